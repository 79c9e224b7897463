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
 *
 * <p>Wherever it is printed, the body's links are written for the file being rendered (see
 * {@link BodyLinks}): relative to it in HTML pages, absolute in feeds.
 */
final class BodyWrapper extends DefaultObjectWrapper {

    /** The custom attribute of a template's environment that says where it writes (a {@link BodyLinks.Target}). */
    static final String TARGET = "versus.target";

    /**
     * The HTML of a rendered body, wrapped per template.
     *
     * @param html    the body as the Markdown stage made it, its links relative to its page
     * @param outline its outline, which makes the body as the theme shows it in HTML templates
     * @param uri     the URL path of its page
     * @param host    the site's host, for absolute URLs
     */
    record Body(String html, Outline outline, String uri, String host) {
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
            Object target = env == null ? null : env.getCustomAttribute(TARGET);
            if (!(format instanceof MarkupOutputFormat)) {
                return new SimpleScalar(forTarget(body, body.html(), target));
            }
            return HTMLOutputFormat.INSTANCE.fromMarkup(
                    forTarget(body, format instanceof HTMLOutputFormat ? body.themed() : body.html(), target));
        }
        return super.handleUnknownType(obj);
    }

    /** The body's HTML with its links written for the file being rendered. */
    private static String forTarget(Body body, String html, Object target) {
        return target instanceof BodyLinks.Target t ? BodyLinks.rewrite(html, body.uri(), body.host(), t) : html;
    }
}
