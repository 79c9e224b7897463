package dev.versus.render;

import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.MarkupOutputFormat;
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
 */
final class BodyWrapper extends DefaultObjectWrapper {

    /** The HTML of a rendered body, wrapped per template. */
    record Body(String html) {
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
            if (current != null && !(current.getOutputFormat() instanceof MarkupOutputFormat)) {
                return new SimpleScalar(body.html());
            }
            return HTMLOutputFormat.INSTANCE.fromMarkup(body.html());
        }
        return super.handleUnknownType(obj);
    }
}
