package dev.versus.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to build and how.
 *
 * @param site    the site folder
 * @param output  the output folder, or null for the configured {@code destination.folder}
 * @param drafts  render drafts too
 * @param write   false for {@code check}: run every stage but writing
 * @param strict  treat warnings as errors
 * @param threads worker threads; 0 means the configured {@code versus.threads}, else one per core
 * @param referenceDate the date fact ages are measured from, or null for the default
 * @param cache   whether a build keeps its work in a cache folder for the next build (and
 *                reuses what the build before kept), unless the configuration turns it off
 *                ({@code versus.cache=false})
 * @param cacheFolder the cache folder, or null for the default: {@code .NAME.cache} beside the
 *                output folder {@code NAME}
 */
public record BuildOptions(Path site, Path output, boolean drafts, boolean write, boolean strict, int threads,
                           LocalDate referenceDate, boolean cache, Path cacheFolder) implements java.io.Serializable {

    /** Options with the default cache. */
    public BuildOptions(Path site, Path output, boolean drafts, boolean write, boolean strict, int threads,
                        LocalDate referenceDate) {
        this(site, output, drafts, write, strict, threads, referenceDate, true, null);
    }

    /**
     * Options measuring fact ages from the default reference date.
     *
     * @see #withReferenceDate(LocalDate)
     */
    public BuildOptions(Path site, Path output, boolean drafts, boolean write, boolean strict, int threads) {
        this(site, output, drafts, write, strict, threads, null);
    }

    /**
     * The date fact ages ({@code versus.facts.max_age}) are measured from; null for the day of
     * {@code SOURCE_DATE_EPOCH} when it is set, else today. It makes warnings only, never output.
     */
    public BuildOptions withReferenceDate(LocalDate date) {
        return new BuildOptions(site, output, drafts, write, strict, threads, date, cache, cacheFolder);
    }

    /** A plain build of {@code site} into its configured output folder. */
    public static BuildOptions build(Path site) {
        return new BuildOptions(site, null, false, true, false, 0);
    }

    public BuildOptions withOutput(Path out) {
        return new BuildOptions(site, out, drafts, write, strict, threads, referenceDate, cache, cacheFolder);
    }

    public BuildOptions withThreads(int n) {
        return new BuildOptions(site, output, drafts, write, strict, n, referenceDate, cache, cacheFolder);
    }

    public BuildOptions withDrafts(boolean d) {
        return new BuildOptions(site, output, d, write, strict, threads, referenceDate, cache, cacheFolder);
    }

    public BuildOptions withStrict(boolean s) {
        return new BuildOptions(site, output, drafts, write, s, threads, referenceDate, cache, cacheFolder);
    }

    /** Without a cache: nothing is read from one or written to one. */
    public BuildOptions withoutCache() {
        return new BuildOptions(site, output, drafts, write, strict, threads, referenceDate, false, null);
    }

    /** With the cache in {@code folder} (null for the default place). */
    public BuildOptions withCacheFolder(Path folder) {
        return new BuildOptions(site, output, drafts, write, strict, threads, referenceDate, true, folder);
    }
}
