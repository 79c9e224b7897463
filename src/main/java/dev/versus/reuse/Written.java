package dev.versus.reuse;

import dev.versus.render.Dependencies;
import dev.versus.render.ModelDiff;
import dev.versus.render.Route;
import dev.versus.render.SitePlanner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the output folder holds after the last successful write, and what produced it: each
 * route with what it read while it rendered, the page models and site-wide variables it read
 * them from, and every output path. A route is rendered again only when one of those reads
 * may now give another value.
 */
public final class Written {

    private record RouteState(Route route, Dependencies dependencies) {
    }

    /** One successful write. */
    private record Commit(Map<String, RouteState> routes, Map<String, Map<String, Object>> pageModels,
                          Map<String, Object> globals, Set<String> outputs, int templatesVersion) {
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
     * Routes of {@code plan} that may render differently than when last written: all of them
     * after a template changed or when nothing was written yet.
     */
    public List<Route> dirty(SitePlanner.Plan plan, int templatesVersion) {
        Commit before = last;
        if (before == null || before.templatesVersion() != templatesVersion) {
            return plan.routes();
        }
        Set<String> changedGlobals = ModelDiff.changedGlobals(before.globals(), plan.globals());
        Map<String, Set<String>> changedPages = new HashMap<>();
        Set<String> paths = new HashSet<>(before.pageModels().keySet());
        paths.addAll(plan.pageModels().keySet());
        for (String p : paths) {
            Set<String> keys = ModelDiff.changedKeys(before.pageModels().get(p), plan.pageModels().get(p));
            if (!keys.isEmpty()) {
                changedPages.put(p, keys);
            }
        }
        return plan.routes().parallelStream().filter(r -> {
            RouteState old = before.routes().get(r.outputPath());
            if (old == null || !ModelDiff.sameRoute(old.route(), r)) {
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
            for (Map.Entry<String, Set<String>> e : d.pages().entrySet()) {
                Set<String> ch = changedPages.get(e.getKey());
                if (ch == null) {
                    continue;
                }
                if (e.getValue().contains(Dependencies.ALL)) {
                    return true;
                }
                for (String key : e.getValue()) {
                    if (ch.contains(key)) {
                        return true;
                    }
                }
            }
            return false;
        }).toList();
    }

    /**
     * Records a successful write of {@code plan}.
     *
     * @param rendered what each route rendered by this build read, by output path; a route not
     *                 in it kept its output (and what it read) from the write before
     */
    public void commit(SitePlanner.Plan plan, Map<String, Dependencies> rendered, Set<String> outputs,
                       int templatesVersion) {
        if (!keeps) {
            return;
        }
        Map<String, RouteState> routes = new HashMap<>();
        Map<String, RouteState> before = last == null ? Map.of() : last.routes();
        for (Route r : plan.routes()) {
            Dependencies d = rendered.get(r.outputPath());
            if (d == null) {
                RouteState old = before.get(r.outputPath());
                if (old == null) {
                    continue;
                }
                d = old.dependencies();
            }
            routes.put(r.outputPath(), new RouteState(r, d));
        }
        last = new Commit(routes, plan.pageModels(), plan.globals(), Set.copyOf(outputs), templatesVersion);
    }
}
