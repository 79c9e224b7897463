package dev.versus.pipeline;

import dev.versus.compare.Comparisons;
import dev.versus.render.SitePlanner;
import dev.versus.reuse.Reuse;
import dev.versus.text.Spill;

/** plan: every file the site produces — a route per page, index, feed, tag, comparison page — and the template variables. */
final class PlanStage {

    private PlanStage() {
    }

    static SitePlanner.Plan run(LoadStage.Loaded loaded, MarkdownStage.Marked marked, Comparisons comparisons,
                                Reuse reuse, Spill spill) {
        return new SitePlanner(loaded.site(), reuse.planner(), spill).plan(marked.bodies(), comparisons);
    }
}
