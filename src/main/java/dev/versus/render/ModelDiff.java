package dev.versus.render;

import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateModelException;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares template models of two builds. A page model nested inside another value counts as
 * a reference (its source path): changes to the page itself are tracked key by key instead.
 */
public final class ModelDiff {

    private ModelDiff() {
    }

    /** Whether two values would look the same to a template. */
    public static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof PageModel pa) {
            return b instanceof PageModel pb && pa.sourcePath().equals(pb.sourcePath());
        }
        if (a instanceof TemplateMarkupOutputModel<?> ma) {
            return b instanceof TemplateMarkupOutputModel<?> mb && markup(ma).equals(markup(mb));
        }
        if (a instanceof Record ra && !(a instanceof ViewWrapper.Body)) {
            // a template view: the same when each field is (pages inside count as references)
            return a.getClass() == b.getClass() && same(ViewWrapper.fields(ra), ViewWrapper.fields((Record) b));
        }
        if (a instanceof Map<?, ?> ma) {
            if (!(b instanceof Map<?, ?> mb) || ma.size() != mb.size() || b instanceof PageModel) {
                return false;
            }
            for (Map.Entry<?, ?> e : ma.entrySet()) {
                if (!mb.containsKey(e.getKey()) || !same(e.getValue(), mb.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> la) {
            if (!(b instanceof List<?> lb) || la.size() != lb.size()) {
                return false;
            }
            Iterator<?> ia = la.iterator();
            Iterator<?> ib = lb.iterator();
            while (ia.hasNext()) {
                if (!same(ia.next(), ib.next())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Object[] oa) {
            return b instanceof Object[] ob && Arrays.deepEquals(oa, ob);
        }
        return a.getClass() == b.getClass() && Objects.equals(a, b);
    }

    /**
     * Keys of a page model whose values differ between two builds; {@link Dependencies#ALL} is
     * added when any did. Either side may be null (page added or removed).
     */
    public static Set<String> changedKeys(Map<String, Object> before, Map<String, Object> after) {
        Set<String> changed = new HashSet<>();
        if (before == null || after == null) {
            changed.addAll(before == null ? after.keySet() : before.keySet());
            changed.add(Dependencies.ALL);
            return changed;
        }
        Map<String, Object> b = raw(before);
        Map<String, Object> a = raw(after);
        for (Map.Entry<String, Object> e : b.entrySet()) {
            if (!a.containsKey(e.getKey()) || !same(e.getValue(), a.get(e.getKey()))) {
                changed.add(e.getKey());
            }
        }
        for (String k : a.keySet()) {
            if (!b.containsKey(k)) {
                changed.add(k);
            }
        }
        if (!changed.isEmpty()) {
            changed.add(Dependencies.ALL);
        }
        return changed;
    }

    /**
     * Site-wide variables that differ between two builds, as {@link Dependencies} records reads:
     * the name of a variable added, removed or changed; for a map present in both, each entry
     * that differs ({@link Dependencies#entry}) and the map's {@code name[*]} instead of its name.
     */
    public static Set<String> changedGlobals(Map<String, Object> before, Map<String, Object> after) {
        Set<String> changed = new HashSet<>();
        Set<String> names = new HashSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            Object a = before.get(name);
            Object b = after.get(name);
            if (same(a, b)) {
                continue;
            }
            if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb && !(a instanceof PageModel)
                    && !(b instanceof PageModel)) {
                Set<Object> keys = new HashSet<>(ma.keySet());
                keys.addAll(mb.keySet());
                for (Object k : keys) {
                    if (!ma.containsKey(k) || !mb.containsKey(k) || !same(ma.get(k), mb.get(k))) {
                        changed.add(Dependencies.entry(name, String.valueOf(k)));
                    }
                }
                changed.add(Dependencies.entry(name, Dependencies.ALL));
            } else {
                changed.add(name);
            }
        }
        return changed;
    }

    /** Whether the routes' own variables (not the site-wide ones) are the same. */
    public static boolean sameRoute(Route a, Route b) {
        return a.template().equals(b.template()) && a.uri().equals(b.uri()) && same(a.model(), b.model());
    }

    private static Map<String, Object> raw(Map<String, Object> m) {
        // Reads are recorded only while a route renders, so comparing here records nothing.
        return m;
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
