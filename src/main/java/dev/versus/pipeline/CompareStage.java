package dev.versus.pipeline;

import dev.versus.compare.Comparisons;
import dev.versus.diag.Diagnostics;
import dev.versus.reuse.Reuse;
import dev.versus.reuse.SiteFiles;

import java.util.List;

/** compare: what pages ask of the catalogue, checked, and the pair pages decided. */
final class CompareStage {

    private CompareStage() {
    }

    static Comparisons run(Setup setup, SiteFiles files, LoadStage.Loaded loaded, Reuse reuse, Diagnostics diags) {
        return Comparisons.prepare(setup.config(), setup.configFile(), loaded.catalog(), loaded.site(),
                List.copyOf(files.content().values()), diags, reuse.compare());
    }
}
