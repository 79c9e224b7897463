package dev.versus.render;

import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.MarkupOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;

/**
 * Gives a page's rendered body ({@code content.body}) to each template in the form its output
 * format expects: HTML markup in auto-escaping {@code .ftlh}/{@code .ftlx} templates (printed as
 * is), a plain string in JBake's {@code .ftl} templates, where JBake themes print it raw and
 * escape it themselves for feeds ({@code <#escape x as x?xml>}, {@code ?xml}).
 *
 * <p>HTML templates ({@code .ftlh}, such as the built-in theme) get the body as the theme shows
 * it (see {@link Outline}: section links, scrolling table regions, focusable code blocks); JBake's
 * {@code .ftl} templates and XML templates (feeds) get it as the Markdown stage made it, so a JBake
 * site's pages and every feed keep the markup JBake would give them.
 */
final class BodyWrapper extends DefaultObjectWrapper {

    /**
     * The HTML of a rendered body, wrapped per template.
     *
     * @param html    the body as the Markdown stage made it
     * @param outline its outline, which makes the body as the theme shows it in HTML templates
     */
    record Body(String html, Outline outline) {
        String themed() {
            return outline.themed(html);
        }

        @Override
        public String toString() {
            return html;
        }
    }

    BodyWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Body body) {
            Environment env = Environment.getCurrentEnvironment();
            Template current = env == null ? null : env.getCurrentTemplate();
            OutputFormat format = current == null ? HTMLOutputFormat.INSTANCE : current.getOutputFormat();
            if (!(format instanceof MarkupOutputFormat)) {
                return new SimpleScalar(body.html());
            }
            return HTMLOutputFormat.INSTANCE.fromMarkup(format instanceof HTMLOutputFormat ? body.themed() : body.html());
        }
        return super.handleUnknownType(obj);
    }
}
