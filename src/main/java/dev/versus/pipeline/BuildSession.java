package dev.versus.pipeline;

import dev.versus.config.ConfigLoader;
import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.output.OutputWriter;
import dev.versus.reuse.Reuse;
import dev.versus.reuse.Stored;
import dev.versus.source.SiteReader;
import dev.versus.source.Snapshot;
import dev.versus.source.SourceFile;
import dev.versus.text.Spill;

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
                          List<String> deleted, boolean full, long millis) implements java.io.Serializable {

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
    /** What the cached state is valid for (see {@link #cacheKey}). */
    private String cacheKey;
    /** What became of the cache: null without one, else "used" or why it was not. */
    private String cacheUse;
    /** What {@link #cacheUse} says of a run that found every input as the last build left it. */
    static final String NOTHING_CHANGED = "used: nothing changed since the last build";
    /** The input files as listed before this run read them; null without a cache. */
    private Snapshot inputs;
    /** What the last build saw, when this run would change nothing: it reports that build's outcome. */
    private Stored.Settled unchanged;
    /** The input paths changed since the cached state was read, or null when every file is to be read. */
    private Set<String> changedSinceCache;
    /**
     * Where the run keeps the texts of files and pages: a file of a session that runs once,
     * memory for one that runs again (the dev server keeps its texts from one build to the next).
     */
    private Spill spill = Spill.memory();

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
        return run(null, Stages.First.NONE);
    }

    /**
     * Rebuilds after the given files or folders changed (paths relative to the site root or
     * absolute inside it). Anything that cannot be matched to a known input triggers a re-scan.
     */
    public Outcome rebuild(Collection<Path> changed) throws IOException {
        return rebuild(changed, Set.of(), written -> { });
    }

    /**
     * As {@link #rebuild(Collection)}, rendering and writing the pages of {@code first} (output
     * paths, relative to the output folder: the pages a browser shows) before the others, when
     * they are to change, and telling {@code firstWritten} which of them changed on disk as soon
     * as they have, while the others are still to render. It is told nothing when none of them
     * is to change, or when the rebuild renders everything (it writes a new build of the
     * output then). Should the rest of the rebuild fail, the pages written first are put back
     * as they were.
     */
    public Outcome rebuild(Collection<Path> changed, Set<String> first, java.util.function.Consumer<List<String>> firstWritten)
            throws IOException {
        Set<String> rel = new TreeSet<>();
        for (Path p : changed) {
            Path abs = root.resolve(p).normalize();
            if (!abs.startsWith(root)) {
                continue;
            }
            rel.add(root.relativize(abs).toString().replace('\\', '/'));
        }
        return run(rel, new Stages.First(Set.copyOf(first), firstWritten));
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

    /**
     * What became of the build cache: null when the session has none, "used" when the run
     * started from it, {@value #NOTHING_CHANGED} when it found every input file as the last
     * build left it (and so reported that build's outcome), else why it did not ("no cache
     * yet", "damaged", …).
     */
    public String cacheUse() {
        return cacheUse;
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
        spill.close();
        spill = Spill.memory();
    }

    private Outcome run(Set<String> changed, Stages.First first) throws IOException {
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
        if (unchanged != null) {
            return unchanged(s, start);
        }
        diags.addAll(s.configDiagnostics());
        try {
            Set<String> since = changedSinceCache;
            changedSinceCache = null;
            Outcome o = pool.submit(() -> new Stages(s, r, progress, diags, start, rebuilds, first, spill)
                    .run(rescan ? since : changed)).get();
            if (rebuilds || s.cacheFolder() == null || !o.ok() || o.output() == null) {
                return o;
            }
            // a build that rendered and changed nothing leaves the stored state as it was
            return stored(s, o, !(o.rendered() == 0 && o.changed() == 0 && cacheUse.equals("used")));
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
     * A run whose inputs, output and day are those of the last build, which no page's date
     * passed since: that build's outcome again, without reading a file (nothing would change).
     */
    private Outcome unchanged(Setup s, long start) {
        Stored.Settled last = unchanged;
        unchanged = null;
        try {
            // what killed builds left beside the output goes, as after a build that wrote nothing
            OutputWriter.tidy(s.outputDir(), root, s.config().flag("versus.output.link"));
        } catch (IOException e) {
            // left for the next build that writes
        }
        Diagnostics d = new Diagnostics();
        d.addAll(last.diagnostics());
        if (!inputs.settled().entries().equals(last.inputs().entries())) {
            try {
                // the same contents at other times (a new checkout): the next run need not read them again
                Stored.save(last.with(inputs.settled()), s.cacheFolder(), cacheKey);
            } catch (IOException | RuntimeException e) {
                // the next run reads the files again
            }
        }
        Stages.lap("unchanged", start);
        return new Outcome(d.sorted(), s.outputDir(), last.files(), 0, 0, List.of(), List.of(),
                false, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Keeps this build's work in the cache folder for the next build (the state only when
     * {@code state}; what the build saw always). A cache that cannot be written is a warning:
     * the output is complete, the next build just starts from nothing.
     */
    private Outcome stored(Setup s, Outcome o, boolean state) {
        java.time.ZonedDateTime until = reuse.pages().firstDatedAfter(s.now());
        boolean others = reuse.pages().readsOtherFiles();
        reuse.pages().forgetDatedAfter(s.now());
        reuse.readAfter(inputs);
        try {
            long t = System.nanoTime();
            if (state) {
                Stored.save(reuse, s.cacheFolder(), cacheKey);
            }
            Stored.save(inputs == null || others ? null : new Stored.Settled(inputs.settled(), o.diagnostics(),
                    o.files(), OutputWriter.identity(s.outputDir()), s.now().toLocalDate(), until,
                    s.gitDates().askedAt()), s.cacheFolder(), cacheKey);
            Stages.lap("cache out", t);
            return o;
        } catch (IOException | RuntimeException e) {
            Diagnostics ds = new Diagnostics();
            ds.addAll(o.diagnostics());
            ds.add(Diagnostic.warning(dev.versus.diag.Position.file(OutputPlace.display(root, s.cacheFolder())),
                    "cannot write the build cache: " + (e.getMessage() == null ? e.toString() : e.getMessage()))
                    .withHint("the output is complete; check that the folder can be written, or build without "
                            + "the cache (--no-cache, or versus.cache=false)"));
            if (options.strict()) {
                ds.promoteWarnings();
            }
            return new Outcome(ds.sorted(), o.output(), o.files(), o.rendered(), o.changed(), o.written(),
                    o.deleted(), o.full(), o.millis());
        }
    }

    /**
     * What a stored state must have been made with to be used: this Versus, this Java, the
     * configuration's text, the site and output folders, and the options and environment that
     * change pages (drafts, the reference date, SOURCE_DATE_EPOCH, the time zone and locale).
     */
    private String cacheKey(Setup s, String configText) {
        return Stored.key(List.of(dev.versus.config.Versions.VERSUS, codeStamp(),
                System.getProperty("java.version"), String.valueOf(configText), root.toString(),
                s.outputDir().toString(), String.valueOf(options.drafts()), String.valueOf(options.referenceDate()),
                String.valueOf(System.getenv("SOURCE_DATE_EPOCH")), java.time.ZoneId.systemDefault().getId(),
                java.util.Locale.getDefault().toLanguageTag(), java.nio.charset.Charset.defaultCharset().name()));
    }

    /** The size and time of the jar this code was loaded from, so that another build of Versus starts afresh. */
    private static String codeStamp() {
        try {
            Path code = Path.of(BuildSession.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return java.nio.file.Files.isRegularFile(code)
                    ? java.nio.file.Files.size(code) + "@" + java.nio.file.Files.getLastModifiedTime(code).toMillis()
                    : code.toString();
        } catch (Exception e) {
            return "";
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
            if (options.cacheFolder() != null && fresh.cacheFolder() != null) {
                OutputPlace.checkCacheNotInsideInputs(root, fresh.cacheFolder(), fresh.folders());
            }
            try {
                OutputWriter.recover(fresh.outputDir(), root, fresh.config().flag("versus.output.link"));
            } catch (IOException e) {
                // the write stage meets the same problem and reports it
            }
        }
        setup = fresh;
        configText = text;
        if (!rebuilds && !spill.spills()) {
            spill = Spill.open(options.write() ? OutputWriter.buildsFolder(fresh.outputDir()) : null);
        }
        if (rebuilds) {
            reuse = Reuse.kept();
        } else if (fresh.cacheFolder() != null) {
            cacheKey = cacheKey(fresh, text);
            long t = System.nanoTime();
            Stored.Settled last = Stored.settled(fresh.cacheFolder(), cacheKey);
            Stages.lap("settled", t);
            t = System.nanoTime();
            if (pool == null) {
                pool = new ForkJoinPool(threads(cr.config()));
            }
            inputs = snapshot(fresh, last);
            // with --strict a warning stops the build at its stage: only a full run tells which ones it reports
            if (last != null && inputs != null && (!options.strict() || last.diagnostics().isEmpty())
                    && last.holds(inputs, OutputWriter.identity(fresh.outputDir()), fresh.now(),
                    () -> fresh.gitDates().headNow())) {
                Stages.lap("inputs", t);
                unchanged = last;
                reuse = Reuse.none();
                cacheUse = NOTHING_CHANGED;
                setup = fresh;
                configText = text;
                return true;
            }
            Stages.lap("inputs", t);
            t = System.nanoTime();
            Stored.Loaded loaded = Stored.load(fresh.cacheFolder(), cacheKey, spill);
            Stages.lap("cache in", t);
            reuse = loaded.reuse();
            cacheUse = loaded.skipped() == null ? "used" : loaded.skipped();
            // the files the state was read from, compared with the files now: only those that differ are read
            changedSinceCache = inputs == null || reuse.inputs() == null || reuse.lastRead() == null ? null
                    : inputs.changedSince(reuse.inputs());
            if (!reuse.written().forgetUnless(OutputWriter.identity(fresh.outputDir())) && loaded.skipped() == null) {
                cacheUse = "used, but the output changed since it was written: every page rendered again";
            }
        } else {
            reuse = Reuse.none();
        }
        if (pool == null) {
            pool = new ForkJoinPool(threads(cr.config()));
        }
        return true;
    }

    /**
     * The site's input files as they are now (their contents read only where {@code last}
     * cannot vouch for them); null when they cannot be listed in a way that shows every change.
     */
    private Snapshot snapshot(Setup s, Stored.Settled last) throws IOException {
        SiteReader.Folders f = s.folders();
        List<String> folders = List.of(f.content(), f.data(), f.templates(), f.assets());
        try {
            return pool.submit(() -> Snapshot.take(root, folders, List.of(ConfigLoader.FILE_NAME),
                    last == null ? null : last.inputs())).get();
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
