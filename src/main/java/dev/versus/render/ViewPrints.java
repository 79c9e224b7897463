package dev.versus.render;

import dev.versus.digest.Fingerprint;
import dev.versus.digest.Fingerprints;
import dev.versus.digest.Hasher;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateModelException;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fingerprints of template data ({@link Fingerprints}), with the rules for the views this
 * package makes, so that two values have the same fingerprint exactly when a template would
 * see the same thing in them: a page's view inside another value counts as its source path (a
 * change of the page itself is told key by key, see {@link SitePlanner.Prints#pages()}); a
 * body by its HTML, URL and host; HTML made on demand ({@link ViewWrapper.LazyMarkup}) by what
 * it is made from; Freemarker markup by its text; JBake's data files by their content; JBake's
 * {@code db} by what its queries answer.
 */
final class ViewPrints implements Fingerprints.Rules {

    private static final long PAGE = 101;
    private static final long BODY = 102;
    private static final long LAZY = 103;
    private static final long MARKUP = 104;
    private static final long DATA_FILES = 105;
    private static final long JBAKE_DATABASE = 106;

    private ViewPrints() {
    }

    /** A walk with these rules, taking the fingerprints of {@code known} values as given (by identity). */
    static Fingerprints walk(Map<Object, Fingerprint> known) {
        return new Fingerprints(new ViewPrints(), known);
    }

    @Override
    public boolean add(Object value, Fingerprints walk, Hasher into) {
        if (value instanceof PageModel p) {
            into.add(PAGE).add(p.sourcePath());
        } else if (value instanceof ViewWrapper.Body b) {
            into.add(BODY).add(b.print() != null ? b.print() : Fingerprints.PLAIN.of(b.html())).add(b.uri()).add(b.host());
        } else if (value instanceof ViewWrapper.LazyMarkup m) {
            into.add(LAZY);
            walk.add(m.inputs(), into);
        } else if (value instanceof TemplateMarkupOutputModel<?> m) {
            into.add(MARKUP).add(markup(m));
        } else if (value instanceof JBakeDatabase db) {
            into.add(JBAKE_DATABASE);
            walk.add(db.answers(), into);
        } else if (value instanceof DataFiles d) {
            into.add(DATA_FILES).add(d.dataFolder());
            walk.add(d.files(), into);
        } else {
            return false;
        }
        return true;
    }

    /** The fingerprint of each key of a page's view. */
    static Map<String, Fingerprint> keys(PageModel m) {
        // reads are recorded only while a route renders, so walking the view here records nothing
        Fingerprints walk = walk(Map.of());
        Map<String, Fingerprint> keys = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> keys.put(k, walk.of(v)));
        return Collections.unmodifiableMap(keys);
    }

    /**
     * The fingerprints of a plan's template data.
     *
     * @param pages the fingerprints of the page views, key by key, by source path
     */
    static SitePlanner.Prints of(Map<String, Object> globals, List<Route> routes, Map<String, Map<String, Fingerprint>> pages,
                                 Map<Object, Fingerprint> known) {
        Fingerprints walk = walk(known);
        Map<String, Fingerprint> routePrints = new ConcurrentHashMap<>();
        routes.parallelStream().forEach(r -> routePrints.put(r.outputPath(), walk.of(r.model())));
        Map<String, SitePlanner.GlobalPrint> globalPrints = new ConcurrentHashMap<>();
        globals.forEach((name, v) -> {
            if (v instanceof Map<?, ?> map && !(v instanceof PageModel)) {
                // a map by its entries, each kept: a route that read one entry is told of that entry only
                Map<String, Fingerprint> entries = new ConcurrentHashMap<>(map.size() * 2);
                map.entrySet().parallelStream().forEach(e -> entries.put(String.valueOf(e.getKey()), walk.of(e.getValue())));
                Map<String, Fingerprint> copy = Map.copyOf(entries);
                globalPrints.put(name, new SitePlanner.GlobalPrint(Fingerprints.PLAIN.of(copy), copy));
            } else {
                globalPrints.put(name, new SitePlanner.GlobalPrint(walk.of(v), null));
            }
        });
        return new SitePlanner.Prints(Map.copyOf(routePrints), pages, Map.copyOf(globalPrints));
    }

    /** The fingerprint of a site-wide map whose entry {@code key} is now {@code value}, the others as in {@code before}. */
    static SitePlanner.GlobalPrint withEntry(SitePlanner.GlobalPrint before, String key, Object value,
                                             Map<Object, Fingerprint> known) {
        Map<String, Fingerprint> entries = new HashMap<>(before.entries());
        entries.put(key, walk(known).of(value));
        Map<String, Fingerprint> copy = Map.copyOf(entries);
        return new SitePlanner.GlobalPrint(Fingerprints.PLAIN.of(copy), copy);
    }

    private static String markup(TemplateMarkupOutputModel<?> m) {
        try {
            return markupOf(m);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String markupOf(TemplateMarkupOutputModel m) throws TemplateModelException {
        return m.getOutputFormat().getMarkupString(m);
    }
}
