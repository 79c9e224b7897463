package dev.versus.pipeline;

import dev.versus.config.ConfigLoader;
import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.output.OutputWriter;
import dev.versus.reuse.Reuse;
import dev.versus.source.SiteReader;
import dev.versus.source.SourceFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Builds of one site, run one after another: it reads the configuration (starting afresh when
 * it changed), owns the worker pool, and runs the {@link Stages} with what the builds before
 * may give ({@link Reuse}). {@link Build#run} is a session's only run, given nothing to reuse;
 * the dev server's rebuilds are told which files changed. Either way the result is the same,
 * byte for byte, as a clean build of the same sources.
 *
 * <p>Not thread-safe: one build at a time.
 */
public final class BuildSession implements AutoCloseable {

    /**
     * What one run did.
     *
     * @param diagnostics every problem found, sorted
     * @param output      the output folder, or null when nothing was written
     * @param files       files in the output
     * @param rendered    routes rendered by this run (the rest were still up to date)
     * @param changed     output files whose bytes changed
     * @param written     output paths whose bytes changed, sorted (empty after a full build)
     * @param deleted     output paths removed, sorted
     * @param full        whether this run rebuilt everything
     * @param millis      wall time
     */
    public record Outcome(List<Diagnostic> diagnostics, Path output, int files, int rendered, int changed,
                          List<String> written,
                          List<String> deleted, boolean full, long millis) {

        public boolean ok() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    private final BuildOptions options;
    private final boolean rebuilds;
    private final Path root;
    private final Progress progress;
    private ForkJoinPool pool;
    /** The configuration as last read, and what it sets up; null until it was read without errors. */
    private Setup setup;
    private String configText;
    /** What the next run may reuse; a new configuration starts afresh. */
    private Reuse reuse;

    public BuildSession(BuildOptions options) {
        this(options, Progress.NONE);
    }

    /** A session that tells {@code progress} how far each run has got. */
    public BuildSession(BuildOptions options, Progress progress) {
        this(options, progress, true);
    }

    /**
     * @param rebuilds false for a session that runs once ({@code versus build}): it is given
     *                 {@link Reuse#none()}, so it keeps nothing and records nothing
     */
    BuildSession(BuildOptions options, Progress progress, boolean rebuilds) {
        this.options = options;
        this.root = options.site().toAbsolutePath().normalize();
        this.progress = progress;
        this.rebuilds = rebuilds;
    }

    /** The site folder, absolute. */
    public Path root() {
        return root;
    }

    /** Builds everything, re-reading every file (later runs still reuse unchanged work). */
    public Outcome build() throws IOException {
        return run(null);
    }

    /**
     * Rebuilds after the given files or folders changed (paths relative to the site root or
     * absolute inside it). Anything that cannot be matched to a known input triggers a re-scan.
     */
    public Outcome rebuild(Collection<Path> changed) throws IOException {
        Set<String> rel = new TreeSet<>();
        for (Path p : changed) {
            Path abs = root.resolve(p).normalize();
            if (!abs.startsWith(root)) {
                continue;
            }
            rel.add(root.relativize(abs).toString().replace('\\', '/'));
        }
        return run(rel);
    }

    /** The output folder the session writes, once known (after the configuration was read). */
    public Path outputFolder() {
        return setup == null ? null : setup.outputDir();
    }

    /** The name of the file that marks a folder as a Versus output (at its top); no page of the site. */
    public static String outputMarker() {
        return dev.versus.output.OutputWriter.MARKER;
    }

    /** The site's base path ({@code /docs} when site.host ends in /docs), "" for none; "" before the first run. */
    public String basePath() {
        return setup == null ? "" : setup.config().basePath();
    }

    /** The site's {@code server.port}, as the last run loaded it; its default before the first run. */
    public int serverPort() {
        return (setup == null ? SiteConfig.of(Map.of()) : setup.config()).integer("server.port");
    }

    /** Output path of the site's 404 page, or null when the site has none. */
    public String notFoundFile() {
        return setup == null || !setup.config().flag("render.error404") ? null : setup.config().get("error404.file");
    }

    /** Site-relative folders a rebuild depends on: content, data, templates, assets. */
    public List<String> inputFolders() {
        if (setup == null) {
            return List.of("content", "data", "templates", "assets");
        }
        SiteReader.Folders f = setup.folders();
        return List.of(f.content(), f.data(), f.templates(), f.assets());
    }

    /** Whether the read stage takes hidden files of the assets folder (not {@code asset.ignore}). */
    public boolean hiddenAssets() {
        return setup == null || setup.folders().hiddenAssets();
    }

    /** The output paths of the last successful build. */
    public Set<String> outputs() {
        return reuse == null ? Set.of() : reuse.written().outputs();
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }

    private Outcome run(Set<String> changed) throws IOException {
        long start = System.nanoTime();
        Diagnostics diags = new Diagnostics();
        boolean rescan = changed == null || setup == null || changed.contains(ConfigLoader.FILE_NAME)
                || changed.contains("");
        if (rescan && !configure(diags)) {
            if (options.strict()) {
                diags.promoteWarnings();
            }
            return new Outcome(diags.sorted(), null, 0, 0, 0, List.of(), List.of(), true,
                    (System.nanoTime() - start) / 1_000_000);
        }
        Setup s = setup;
        Reuse r = reuse;
        diags.addAll(s.configDiagnostics());
        try {
            return pool.submit(() -> new Stages(s, r, progress, diags, start).run(rescan ? null : changed)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("build interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e.getCause());
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Reads the configuration; when it changed (or on the first run), starts afresh: a new
     * setup, nothing reused. False when it has errors.
     */
    private boolean configure(Diagnostics diags) throws IOException {
        SourceFile configFile = SiteReader.readConfig(root, ConfigLoader.FILE_NAME, diags);
        String text = configFile == null ? null : configFile.text();
        if (setup != null && Objects.equals(text, configText) && !diags.hasErrors()) {
            return true;
        }
        ConfigLoader.Result cr = ConfigLoader.load(configFile, Map.of());
        diags.addAll(cr.diagnostics());
        if (diags.hasErrors()) {
            setup = null;
            reuse = null;
            return false;
        }
        Setup fresh = Setup.of(root, options, cr.config(), configFile, cr.diagnostics());
        if (options.write()) {
            OutputPlace.checkNotInsideInputs(root, fresh.outputDir(), fresh.folders(), options.output() != null,
                    configFile);
            try {
                OutputWriter.recover(fresh.outputDir(), root, fresh.config().flag("versus.output.link"));
            } catch (IOException e) {
                // the write stage meets the same problem and reports it
            }
        }
        setup = fresh;
        configText = text;
        reuse = rebuilds ? Reuse.kept() : Reuse.none();
        if (pool == null) {
            pool = new ForkJoinPool(threads(cr.config()));
        }
        return true;
    }

    /**
     * The failure inside the pool: the pool wraps a checked exception in a plain
     * RuntimeException, and the writers report I/O failures as UncheckedIOException.
     */
    private static Throwable unwrap(Throwable t) {
        while (t.getCause() != null
                && (t.getClass() == RuntimeException.class || t instanceof UncheckedIOException)) {
            t = t.getCause();
        }
        return t;
    }

    private int threads(SiteConfig config) {
        return options.threads() > 0 ? options.threads()
                : config.integer("versus.threads") > 0 ? config.integer("versus.threads")
                : Runtime.getRuntime().availableProcessors();
    }
}
