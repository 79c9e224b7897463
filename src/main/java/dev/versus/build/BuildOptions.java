package dev.versus.build;

import java.nio.file.Path;

/**
 * What to build and how.
 *
 * @param site    the site folder
 * @param output  the output folder, or null for the configured {@code destination.folder}
 * @param drafts  render drafts too
 * @param write   false for {@code check}: run every stage but writing
 * @param strict  treat warnings as errors
 * @param threads worker threads; 0 means the configured {@code versus.threads}, else one per core
 */
public record BuildOptions(Path site, Path output, boolean drafts, boolean write, boolean strict, int threads) {

    /** A plain build of {@code site} into its configured output folder. */
    public static BuildOptions build(Path site) {
        return new BuildOptions(site, null, false, true, false, 0);
    }

    public BuildOptions withOutput(Path out) {
        return new BuildOptions(site, out, drafts, write, strict, threads);
    }

    public BuildOptions withThreads(int n) {
        return new BuildOptions(site, output, drafts, write, strict, n);
    }

    public BuildOptions withDrafts(boolean d) {
        return new BuildOptions(site, output, d, write, strict, threads);
    }

    public BuildOptions checkOnly() {
        return new BuildOptions(site, output, drafts, false, strict, threads);
    }

    public BuildOptions withStrict(boolean s) {
        return new BuildOptions(site, output, drafts, write, s, threads);
    }
}
