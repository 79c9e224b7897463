package dev.versus.render;

import dev.versus.digest.Fingerprint;
import dev.versus.digest.Fingerprints;
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

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one adaptor between the views Versus builds and Freemarker. Template views are records
 * whose components are named as templates read them (JBake's names, such as {@code content},
 * {@code tagged_posts}, and Versus's, such as {@code choose_when}): a record is a hash of its
 * components in their order, a component that is null being absent, as a key left out of a
 * map is; {@link Markup} is HTML printed as it is.
 *
 * <p>It also gives a page's rendered body ({@code content.body}) to each template in the form its output
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
final class ViewWrapper extends DefaultObjectWrapper {

    /**
     * HTML that templates print as it is (compared by its text, unlike Freemarker's markup
     * values), kept where its {@link dev.versus.text.Text} is.
     */
    record Markup(dev.versus.text.Text text) implements java.io.Serializable {
        Markup(String html) {
            this(dev.versus.text.Text.of(html));
        }

        String html() {
            return text.get();
        }
    }

    /**
     * HTML made only when a template prints it (so the HTML of thousands of pages is not held
     * until they render).
     *
     * @param inputs what the HTML is made from (with the site's configuration and aspect
     *               catalogue): equal inputs make the same HTML, so a rebuild compares these
     *               (by their fingerprint) instead of making the HTML
     */
    record LazyMarkup(Object inputs, Supplier<String> make) implements java.io.Serializable {
        String html() {
            return make.get();
        }
    }

    /** A route's variables: every {@link RouteView} is a record. */
    static Map<String, Object> fields(RouteView view) {
        return fields((Record) view);
    }

    /** A view's fields as templates see them: component name → value, in order, nulls left out. */
    static Map<String, Object> fields(Record view) {
        RecordComponent[] components = dev.versus.digest.Fingerprints.components(view.getClass());
        Map<String, Object> m = new LinkedHashMap<>(components.length * 2);
        for (RecordComponent c : components) {
            try {
                Object v = c.getAccessor().invoke(view);
                if (v != null) {
                    m.put(c.getName(), v);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + view.getClass(), e);
            }
        }
        return m;
    }

    /** The custom attribute of a template's environment that says where it writes (a {@link BodyLinks.Target}). */
    static final String TARGET = "versus.target";

    /**
     * The HTML of a rendered body, wrapped per template.
     *
     * @param text    the body as the Markdown stage made it, its links relative to its page (read
     *                each time it is printed: see {@link dev.versus.text.Spill})
     * @param outline its outline, which makes the body as the theme shows it in HTML templates
     * @param uri     the URL path of its page
     * @param host    the site's host, for absolute URLs
     * @param print   the fingerprint of the HTML ({@link Fingerprints#PLAIN}), or null when
     *                no rebuild compares it
     */
    record Body(dev.versus.text.Text text, Outline outline, String uri, String host, Fingerprint print)
            implements java.io.Serializable {
        /** The HTML. */
        String html() {
            return text.get();
        }

        /** As {@link Outline#themed} makes it of {@code html}, the body's HTML. */
        String themed(String html) {
            return outline.themed(html);
        }

        @Override
        public String toString() {
            return html();
        }
    }

    ViewWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Body body) {
            Environment env = Environment.getCurrentEnvironment();
            Template current = env == null ? null : env.getCurrentTemplate();
            OutputFormat format = current == null ? HTMLOutputFormat.INSTANCE : current.getOutputFormat();
            Object target = env == null ? null : env.getCustomAttribute(TARGET);
            String html = body.html();
            if (!(format instanceof MarkupOutputFormat)) {
                return new SimpleScalar(forTarget(body, html, target));
            }
            return HTMLOutputFormat.INSTANCE.fromMarkup(
                    forTarget(body, format instanceof HTMLOutputFormat ? body.themed(html) : html, target));
        }
        if (obj instanceof Markup m) {
            return HTMLOutputFormat.INSTANCE.fromMarkup(m.html());
        }
        if (obj instanceof LazyMarkup m) {
            return HTMLOutputFormat.INSTANCE.fromMarkup(m.html());
        }
        if (obj instanceof Record view) {
            return wrap(fields(view));
        }
        return super.handleUnknownType(obj);
    }

    /** The body's HTML with its links written for the file being rendered. */
    private static String forTarget(Body body, String html, Object target) {
        return target instanceof BodyLinks.Target t ? BodyLinks.rewrite(html, body.uri(), body.host(), t) : html;
    }
}
