package dev.versus.reuse;

import dev.versus.digest.Fingerprint;
import dev.versus.render.Dependencies;
import dev.versus.render.Route;
import dev.versus.render.SitePlanner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the output folder holds after the last successful write, and what produced it, as
 * plain data: each route's template, URL, the fingerprint of its own variables and what it
 * read while it rendered; the fingerprint of each key of each page's view and of each
 * site-wide variable (and of each entry of those that are maps); and every output path. A
 * route is rendered again only when one of those reads may now give another value.
 */
public final class Written implements java.io.Serializable {

    /** A route as last written: what it was given and what it read. */
    private record RouteState(String template, String uri, Fingerprint model, Dependencies dependencies)
            implements java.io.Serializable {
    }

    /** One successful write. */
    private record Commit(Map<String, RouteState> routes, Map<String, Map<String, Fingerprint>> pages,
                          Map<String, SitePlanner.GlobalPrint> globals, Set<String> outputs, int templatesVersion,
                          String output) implements java.io.Serializable {
    }

    private final boolean keeps;
    private Commit last;

    Written(boolean keeps) {
        this.keeps = keeps;
    }

    /** Whether an earlier build of this configuration wrote the output. */
    public boolean any() {
        return last != null;
    }

    /** The output paths of the last successful write; empty when there was none. */
    public Set<String> outputs() {
        return last == null ? Set.of() : last.outputs();
    }

    /** Forgets the last write (its output folder is gone or was replaced). */
    public void forget() {
        last = null;
    }

    /**
     * Forgets the last write unless it wrote the output that has this identity now (see
     * {@code OutputWriter.identity}): another build may have written the output since, or
     * it may be gone.
     *
     * @return false when it forgot the last write
     */
    public boolean forgetUnless(String output) {
        if (last != null && (output == null || !output.equals(last.output()))) {
            last = null;
            return false;
        }
        return true;
    }

    /**
     * Routes of {@code plan} that may render differently than when last written: all of them
     * after a template changed or when nothing was written yet (or the plan has no fingerprints).
     */
    public List<Route> dirty(SitePlanner.Plan plan, int templatesVersion) {
        Commit before = last;
        SitePlanner.Prints now = plan.prints();
        if (before == null || now == null || before.templatesVersion() != templatesVersion) {
            return plan.routes();
        }
        Set<String> changedGlobals = before.globals() == now.globals() ? Set.of()
                : changedGlobals(before.globals(), now.globals());
        Map<String, Set<String>> changedPages = new HashMap<>();
        // a page's fingerprints are kept as one map while its view is the same, so most compare by identity
        before.pages().forEach((p, keys) -> {
            Map<String, Fingerprint> after = now.pages().get(p);
            if (after != keys) {
                Set<String> ch = changedKeys(keys, after);
                if (!ch.isEmpty()) {
                    changedPages.put(p, ch);
                }
            }
        });
        now.pages().forEach((p, keys) -> {
            if (!before.pages().containsKey(p)) {
                changedPages.put(p, changedKeys(null, keys));
            }
        });
        return plan.routes().parallelStream().filter(r -> {
            RouteState old = before.routes().get(r.outputPath());
            if (old == null || !old.template().equals(r.template()) || !old.uri().equals(r.uri())
                    || !old.model().equals(now.routes().get(r.outputPath()))) {
                return true;
            }
            Dependencies d = old.dependencies();
            if (!changedGlobals.isEmpty() && d.globals().contains(Dependencies.ALL)) {
                return true;
            }
            for (String g : d.globals()) {
                if (changedGlobals.contains(g)) {
                    return true;
                }
            }
            if (changedPages.isEmpty()) {
                return false;
            }
            if (changedPages.size() < d.pages().size()) {
                // few pages changed (an edit): look those up in what the route read
                for (Map.Entry<String, Set<String>> e : changedPages.entrySet()) {
                    if (reads(d.pages().get(e.getKey()), e.getValue())) {
                        return true;
                    }
                }
                return false;
            }
            for (Map.Entry<String, Set<String>> e : d.pages().entrySet()) {
                if (reads(e.getValue(), changedPages.get(e.getKey()))) {
                    return true;
                }
            }
            return false;
        }).toList();
    }

    /** Whether a route that read these keys of a page (null: none) read one of its changed keys (null: none). */
    private static boolean reads(Set<String> read, Set<String> changed) {
        if (read == null || changed == null) {
            return false;
        }
        if (read.contains(Dependencies.ALL)) {
            return true;
        }
        for (String key : read) {
            if (changed.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Keys of a page's view whose values differ between two builds; {@link Dependencies#ALL} is
     * added when any did. Either side may be null (page added or removed).
     */
    static Set<String> changedKeys(Map<String, Fingerprint> before, Map<String, Fingerprint> after) {
        Set<String> changed = new HashSet<>();
        if (before == null || after == null) {
            changed.addAll(before == null ? after.keySet() : before.keySet());
            changed.add(Dependencies.ALL);
            return changed;
        }
        before.forEach((key, print) -> {
            if (!print.equals(after.get(key))) {
                changed.add(key);
            }
        });
        for (String k : after.keySet()) {
            if (!before.containsKey(k)) {
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
    static Set<String> changedGlobals(Map<String, SitePlanner.GlobalPrint> before,
                                      Map<String, SitePlanner.GlobalPrint> after) {
        Set<String> changed = new HashSet<>();
        Set<String> names = new HashSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            SitePlanner.GlobalPrint a = before.get(name);
            SitePlanner.GlobalPrint b = after.get(name);
            if (a != null && b != null && a.value().equals(b.value())) {
                continue;
            }
            if (a != null && b != null && a.entries() != null && b.entries() != null) {
                Set<String> keys = new HashSet<>(a.entries().keySet());
                keys.addAll(b.entries().keySet());
                for (String k : keys) {
                    if (!Objects.equals(a.entries().get(k), b.entries().get(k))) {
                        changed.add(Dependencies.entry(name, k));
                    }
                }
                changed.add(Dependencies.entry(name, Dependencies.ALL));
            } else {
                changed.add(name);
            }
        }
        return changed;
    }

    /**
     * Records a successful write of {@code plan}.
     *
     * @param rendered what each route rendered by this build read, by output path; a route not
     *                 in it kept its output (and what it read) from the write before
     * @param output   the identity of the output written, or null when it is not known
     */
    public void commit(SitePlanner.Plan plan, Map<String, Dependencies> rendered, Set<String> outputs,
                       int templatesVersion, String output) {
        SitePlanner.Prints prints = plan.prints();
        if (!keeps || prints == null) {
            return;
        }
        Map<String, RouteState> routes = new HashMap<>(plan.routes().size() * 2);
        Map<String, RouteState> before = last == null ? Map.of() : last.routes();
        for (Route r : plan.routes()) {
            Dependencies d = rendered.get(r.outputPath());
            RouteState old = before.get(r.outputPath());
            Fingerprint print = prints.routes().get(r.outputPath());
            if (d == null) {
                if (old == null) {
                    continue;
                }
                if (old.template().equals(r.template()) && old.uri().equals(r.uri()) && Objects.equals(old.model(), print)) {
                    routes.put(r.outputPath(), old); // as it was: most routes of an edit
                    continue;
                }
                d = old.dependencies();
            }
            routes.put(r.outputPath(), new RouteState(r.template(), r.uri(), print, d));
        }
        last = new Commit(routes, prints.pages(), prints.globals(), Set.copyOf(outputs), templatesVersion, output);
    }
}
