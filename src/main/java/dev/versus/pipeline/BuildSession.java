package dev.versus.pipeline;

import dev.versus.config.Versions;
import dev.versus.check.LinkChecker;
import dev.versus.check.TemplateChecker;
import dev.versus.compare.Comparisons;
import dev.versus.config.ConfigLoader;
import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.load.ContentLoader;
import dev.versus.load.DataLoader;
import dev.versus.load.FactChecks;
import dev.versus.load.SiteLoader;
import dev.versus.asciidoc.AsciiDoc;
import dev.versus.markdown.Embeds;
import dev.versus.markdown.MarkdownRenderer;
import dev.versus.markdown.PageContext;
import dev.versus.model.Catalog;
import dev.versus.model.Page;
import dev.versus.model.Site;
import dev.versus.model.Status;
import dev.versus.output.OutputUpdater;
import dev.versus.output.OutputWriter;
import dev.versus.render.Dependencies;
import dev.versus.render.Menu;
import dev.versus.render.ModelDiff;
import dev.versus.render.Renderer;
import dev.versus.render.Route;
import dev.versus.render.Sink;
import dev.versus.render.SitePlanner;
import dev.versus.render.TemplateEngine;
import dev.versus.source.GitDates;
import dev.versus.source.SiteReader;
import dev.versus.source.SiteSources;
import dev.versus.source.SourceFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A build that stays in memory between runs; {@link Build#run} is a session's first run, so a
 * build and a rebuild go through the same stages. Told which files changed, it re-reads only
 * those, reloads the pages and (after a data edit) the catalogue, re-renders the Markdown of
 * only the pages they affect (a body is kept while its page, the pages its links point at and
 * the data files its comparison embeds used are unchanged), re-renders only the routes whose
 * inputs changed (what each route read is recorded while it renders), writes only files whose
 * bytes changed and deletes stale ones. The result is the same, byte for byte, as a clean
 * build of the same sources.
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

    private static final boolean TIMINGS = Boolean.getBoolean("versus.timings");

    private final BuildOptions options;
    private final boolean rebuilds;
    private final Path root;
    private final Progress progress;
    private ForkJoinPool pool;
    private State state;
    private Committed committed;

    public BuildSession(BuildOptions options) {
        this(options, Progress.NONE);
    }

    /** A session that tells {@code progress} how far each run has got. */
    public BuildSession(BuildOptions options, Progress progress) {
        this(options, progress, true);
    }

    /**
     * @param rebuilds false for a session that runs once ({@code versus build}): it then skips
     *                 recording what each page read, which only later rebuilds would use
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
        return state == null ? null : state.outputDir;
    }

    /** The site's base path ({@code /docs} when site.host ends in /docs), "" for none; "" before the first run. */
    public String basePath() {
        return state == null ? "" : state.config.basePath();
    }

    /** The site's {@code server.port}, as the last run loaded it; its default before the first run. */
    public int serverPort() {
        return (state == null ? SiteConfig.of(Map.of()) : state.config).integer("server.port");
    }

    /** Output path of the site's 404 page, or null when the site has none. */
    public String notFoundFile() {
        return state == null || !state.config.flag("render.error404") ? null : state.config.get("error404.file");
    }

    /** Site-relative folders a rebuild depends on: content, data, templates, assets. */
    public List<String> inputFolders() {
        if (state == null) {
            return List.of("content", "data", "templates", "assets");
        }
        SiteReader.Folders f = state.folders;
        return List.of(f.content(), f.data(), f.templates(), f.assets());
    }

    /** Whether the read stage takes hidden files of the assets folder (not {@code asset.ignore}). */
    public boolean hiddenAssets() {
        return state == null || state.folders.hiddenAssets();
    }

    /** The output paths of the last successful build. */
    public Set<String> outputs() {
        return committed == null ? Set.of() : committed.outputs;
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
        String configName = ConfigLoader.FILE_NAME;
        boolean rescan = changed == null || state == null || changed.contains(configName) || changed.contains("");
        if (rescan) {
            SourceFile configFile = SiteReader.readConfig(root, configName, diags);
            String text = configFile == null ? null : configFile.text();
            if (state == null || !Objects.equals(text, state.configText) || diags.hasErrors()) {
                ConfigLoader.Result cr = ConfigLoader.load(configFile, Map.of());
                diags.addAll(cr.diagnostics());
                if (diags.hasErrors()) {
                    state = null;
                    committed = null;
                    return outcome(diags, null, 0, 0, List.of(), List.of(), true, start);
                }
                State fresh = new State(cr.config(), configFile, text, cr.diagnostics());
                if (options.write()) {
                    OutputPlace.checkNotInsideInputs(root, fresh.outputDir, fresh.folders, options.output() != null,
                            configFile);
                    try {
                        OutputWriter.recover(fresh.outputDir, root, fresh.config.flag("versus.output.link"));
                    } catch (IOException e) {
                        // the write stage meets the same problem and reports it
                    }
                }
                state = fresh;
                committed = null;
                if (pool == null) {
                    pool = new ForkJoinPool(threads(cr.config()));
                }
            }
        }
        State s = state;
        diags.addAll(s.configDiagnostics);
        try {
            return pool.submit(() -> new Run(s, diags, rescan ? null : changed, start).execute()).get();
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

    private Outcome outcome(Diagnostics diags, Path output, int rendered, int changedFiles, List<String> written,
                            List<String> deleted, boolean full, long start) {
        if (options.strict()) {
            diags.promoteWarnings();
        }
        return new Outcome(diags.sorted(), output, committed == null ? 0 : committed.outputs.size(), rendered,
                changedFiles, written, deleted, full, (System.nanoTime() - start) / 1_000_000);
    }

    /** A loaded content file: the page (null when it failed to load) and its diagnostics. */
    private record Loaded(SourceFile file, Page page, List<Diagnostic> diagnostics) {
    }

    /**
     * A rendered Markdown body and what it depended on.
     *
     * @param lookups content path of each page a link was resolved against → what the link saw
     *                there (see {@link Run#lookup})
     */
    private record Body(Page page, String html, PageContext context, Map<String, String> lookups) {
    }

    /** Per-stage results kept between runs; valid for one configuration. */
    private final class State {
        final SiteConfig config;
        final SourceFile configFile;
        final String configText;
        final List<Diagnostic> configDiagnostics;
        final SiteReader.Folders folders;
        final ZonedDateTime now;
        final Path outputDir;
        final ContentLoader loader;
        /** Undated JBake documents' dates: their files' last commits. */
        final GitDates gitDates;
        /** AsciiDoc configuration of the site; Asciidoctor itself starts only if a page needs it. */
        final AsciiDoc asciidoc;
        final Map<String, SourceFile> content = new TreeMap<>();
        final Map<String, SourceFile> data = new TreeMap<>();
        final Map<String, SourceFile> templates = new TreeMap<>();
        final Map<String, Path> statics = new TreeMap<>();
        final Map<String, List<Diagnostic>> readDiagnostics = new HashMap<>();
        final Map<String, Loaded> pages = new ConcurrentHashMap<>();
        final Map<String, Body> bodies = new ConcurrentHashMap<>();
        /** Data files changed since bodies were last brought up to date. */
        final Set<String> pendingData = new HashSet<>();
        /** The data folder as last loaded and what loading it reported; loaded again after a data edit. */
        Catalog catalog;
        List<Diagnostic> catalogDiagnostics = List.of();
        /** The comparison engine's work, reused while its inputs are unchanged. */
        final Comparisons.Memo compareMemo = new Comparisons.Memo(rebuilds);
        /** The planner's work (page outlines), reused while bodies are unchanged. */
        final SitePlanner.Memo planMemo = new SitePlanner.Memo(rebuilds);
        /** Changes every time the set of templates or one of them changes. */
        int templatesVersion;
        TemplateEngine engine;
        int engineVersion = -1;
        /** The Markdown the kept bodies were rendered in. */
        MarkdownRenderer.Dialect dialect;

        State(SiteConfig config, SourceFile configFile, String configText, List<Diagnostic> configDiagnostics) {
            this.config = config;
            this.configFile = configFile;
            this.configText = configText;
            this.configDiagnostics = List.copyOf(configDiagnostics);
            this.folders = new SiteReader.Folders(folder("content.folder"), folder("data.folder"),
                    folder("template.folder"), folder("asset.folder"), !config.flag("asset.ignore"));
            this.now = ZonedDateTime.now(config.zone());
            this.outputDir = options.output() != null ? options.output().toAbsolutePath().normalize()
                    : root.resolve(config.get("destination.folder")).normalize();
            this.asciidoc = new AsciiDoc(config, root, Versions.JBAKE);
            this.loader = new ContentLoader(config, options.drafts(), now, asciidoc);
            this.gitDates = new GitDates(root);
        }

        private String folder(String key) {
            return config.folder(key);
        }

        TemplateEngine engine() {
            if (engine == null || engineVersion != templatesVersion) {
                engine = new TemplateEngine(config, Map.copyOf(templates));
                engineVersion = templatesVersion;
            }
            return engine;
        }
    }

    /** What the output folder holds after the last successful write, and what produced it. */
    private static final class Committed {
        final Map<String, RouteState> routes = new HashMap<>();
        Map<String, Map<String, Object>> pageModels = Map.of();
        Map<String, Object> globals = Map.of();
        Set<String> outputs = Set.of();
        int templatesVersion;
    }

    private record RouteState(Route route, Dependencies dependencies) {
    }

    /** One run over a state. */
    private final class Run {
        private final State s;
        private final Diagnostics diags;
        private final Set<String> changed;
        private final long start;
        /** Statics to copy again (output path), or null for all. */
        private Set<String> staticsChanged = new HashSet<>();

        Run(State s, Diagnostics diags, Set<String> changed, long start) {
            this.s = s;
            this.diags = diags;
            this.changed = changed;
            this.start = start;
        }

        private long lap = System.nanoTime();

        /** Prints stage times when the system property versus.timings is set (for profiling rebuilds). */
        private void lap(String stage) {
            if (TIMINGS) {
                long now = System.nanoTime();
                System.err.printf("  %-10s %6.1f ms%n", stage, (now - lap) / 1e6);
                lap = now;
            }
        }

        private boolean stop() {
            if (options.strict()) {
                diags.promoteWarnings();
            }
            return diags.hasErrors();
        }

        private Outcome fail() {
            return outcome(diags, null, 0, 0, List.of(), List.of(), changed == null, start);
        }

        Outcome execute() throws IOException {
            // read
            progress.stage("read");
            if (changed == null || !readChanged()) {
                rescan();
            }
            s.readDiagnostics.values().forEach(diags::addAll);
            lap("read");
            if (stop()) {
                return fail();
            }
            // parse, validate, model
            progress.stage("load");
            List<SourceFile> toLoad = s.content.values().stream().filter(f -> {
                Loaded l = s.pages.get(f.path());
                return l == null || l.file() != f;
            }).toList();
            s.pages.keySet().retainAll(s.content.keySet());
            toLoad.parallelStream().forEach(f -> {
                Diagnostics d = new Diagnostics();
                Page p = s.loader.loadAny(f, d);
                s.pages.put(f.path(), new Loaded(f, p, d.sorted()));
            });
            List<Page> loaded = new ArrayList<>();
            // Drafts are loaded even when they are not rendered, so links to them can be told
            // apart from links to nothing.
            Map<String, Page> draftsLeftOut = new HashMap<>();
            for (String path : s.content.keySet()) {
                Loaded l = s.pages.get(path);
                diags.addAll(l.diagnostics());
                Page p = l.page();
                if (p == null) {
                    continue;
                }
                if (p.status() == Status.DRAFT && !options.drafts()) {
                    draftsLeftOut.put(p.contentPath(), p);
                } else {
                    loaded.add(p);
                }
            }
            Site site = SiteLoader.assemble(s.config, dateUndated(loaded), diags);
            Menu.check(site, s.configFile, diags);
            Catalog catalog = catalog();
            lap("load");
            if (stop()) {
                return fail();
            }
            List<SourceFile> content = List.copyOf(s.content.values());
            Comparisons comparisons = Comparisons.prepare(s.config, s.configFile, catalog, site, content, diags,
                    s.compareMemo);
            lap("compare");
            if (stop()) {
                return fail();
            }
            Planned planned = markdownAndPlan(site, draftsLeftOut, comparisons);
            if (stop()) {
                return fail();
            }
            SitePlanner.Plan plan = planned.plan();
            Map<String, String> outputs = planned.outputs();
            Map<String, byte[]> generated = planned.generated();
            // render and write
            progress.stage("render");
            TemplateEngine engine = s.engine();
            TemplateChecker.check(s.config, s.configFile, content, site.pages(), plan.routes(), engine,
                    s.templates.keySet(), diags);
            if (stop()) {
                return fail();
            }
            Renderer renderer = new Renderer(engine, plan.globals());
            if (!options.write()) {
                progress.total(plan.routes().size());
                renderer.render(plan.routes(), (path, bytes) -> progress.advance(), diags);
                stop();
                return outcome(diags, null, plan.routes().size(), 0, List.of(), List.of(), true, start);
            }
            Committed before = committed;
            if (before == null || !Files.isDirectory(s.outputDir.resolve(OutputWriter.MARKER).getParent())
                    || !Files.exists(s.outputDir.resolve(OutputWriter.MARKER))) {
                return writeAll(plan, renderer, generated, outputs.keySet());
            }
            return writeChanges(before, plan, renderer, generated, outputs.keySet());
        }

        /**
         * Markdown, then the comparison engine's finishing (FAQ markup, structured data): the
         * finished body of each page, by source path; each page's context goes to
         * {@code contexts}. A method of its own so that the bodies as the Markdown stage made
         * them are not held once finished.
         */
        private Map<String, String> markdownAndFinish(Site site, Map<String, Page> draftsLeftOut,
                                                      Comparisons comparisons, List<PageContext> contexts) {
            // Markdown, once every URL is known
            progress.stage("markdown");
            Map<String, Page> byContentPath = site.pages().stream()
                    .collect(Collectors.toMap(Page::contentPath, Function.identity()));
            Map<String, Body> rendered = markdown(site, byContentPath, draftsLeftOut, comparisons.embeds());
            lap("markdown");
            Map<String, String> html = new HashMap<>();
            rendered.forEach((k, b) -> html.put(k, b.html()));
            site.pages().forEach(p -> contexts.add(rendered.get(p.sourcePath()).context()));
            contexts.forEach(c -> diags.addAll(c.diagnostics()));
            // Link problems found while rendering Markdown and by the link check below are
            // reported together.
            Map<String, String> bodies = comparisons.finish(html, diags);
            lap("finish");
            return bodies;
        }

        /** What the render stage needs of the stages before it. */
        private record Planned(SitePlanner.Plan plan, Map<String, String> outputs, Map<String, byte[]> generated) {
        }

        /**
         * Markdown, comparison finishing, planning and the output and link checks. A method of
         * its own so that the bodies as rendered and finished, which the plan's models replace,
         * are not held while the pages render.
         */
        private Planned markdownAndPlan(Site site, Map<String, Page> draftsLeftOut, Comparisons comparisons) {
            List<PageContext> contexts = new ArrayList<>();
            Map<String, String> bodies = markdownAndFinish(site, draftsLeftOut, comparisons, contexts);
            // plan every output, then check outputs and links
            progress.stage("check");
            SitePlanner.Plan plan = new SitePlanner(site, s.planMemo).plan(bodies, comparisons);
            lap("plan");
            Map<String, String> outputs = new HashMap<>();
            Map<String, Position> slugs = new HashMap<>();
            for (Page p : site.pages()) {
                if (p.positions().containsKey("slug")) {
                    slugs.put(p.sourcePath(), p.positionOf("slug"));
                }
            }
            for (Route r : plan.routes()) {
                claim(outputs, r.outputPath(), r.source(), slugs);
            }
            s.statics.forEach((out, src) -> claim(outputs, out, root.relativize(src).toString().replace('\\', '/'), slugs));
            Map<String, byte[]> generated = new TreeMap<>();
            plan.files().forEach((path, bytes) -> {
                if (!outputs.containsKey(path)) {
                    generated.put(path, bytes);
                    outputs.put(path, "built-in theme");
                }
            });
            Map<String, Set<String>> ids = new HashMap<>();
            contexts.forEach(c -> ids.put(c.page().outputPath(), c.ids()));
            LinkChecker.check(contexts, outputs.keySet(), ids, diags);
            lap("check");
            return new Planned(plan, outputs, generated);
        }

        /** The data folder as a catalogue, loaded again only after a data file changed. */
        private Catalog catalog() {
            if (s.catalog == null || !s.pendingData.isEmpty()) {
                Diagnostics d = new Diagnostics();
                s.catalog = DataLoader.load(s.folders.data(), List.copyOf(s.data.values()), d);
                if (!d.hasErrors()) {
                    FactChecks.check(s.catalog, s.config, s.data, options.referenceDate() != null ? options.referenceDate()
                            : FactChecks.defaultReferenceDate(s.config.zone()), d);
                }
                s.catalogDiagnostics = d.sorted();
            }
            diags.addAll(s.catalogDiagnostics);
            return s.catalog;
        }

        /** Re-reads the changed paths; false when only a full re-scan can tell what changed. */
        private boolean readChanged() {
            SiteReader.Folders f = s.folders;
            for (String rel : changed) {
                if (rel.equals(ConfigLoader.FILE_NAME)) {
                    continue;
                }
                Path abs = root.resolve(rel);
                if (Files.isDirectory(abs) || Files.isSymbolicLink(abs)) {
                    return false;
                }
                s.readDiagnostics.remove(rel);
                if (under(rel, f.content())) {
                    String inFolder = rel.substring(f.content().length() + 1);
                    if (SiteReader.isContentFile(rel)) {
                        readInto(s.content, rel, rel);
                    } else {
                        staticChanged(inFolder, abs);
                    }
                } else if (under(rel, f.data())) {
                    if (rel.endsWith(".yaml") || rel.endsWith(".yml") || !Files.exists(abs)) {
                        readInto(s.data, rel, rel);
                        s.pendingData.add(rel);
                    }
                } else if (under(rel, f.templates())) {
                    if (readInto(s.templates, rel.substring(f.templates().length() + 1), rel)) {
                        s.templatesVersion++;
                    }
                } else if (under(rel, f.assets())) {
                    String inAssets = rel.substring(f.assets().length() + 1);
                    boolean skippedAsset = false;
                    for (String part : inAssets.split("/")) {
                        skippedAsset |= SiteReader.isSkippedAsset(part, f.hiddenAssets());
                    }
                    if (!skippedAsset && Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
                        s.statics.put(inAssets, abs);
                        staticsChanged.add(inAssets);
                    } else {
                        s.statics.remove(inAssets);
                    }
                }
                // A deleted folder: forget everything that was under it.
                if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                    String prefix = rel + "/";
                    if (s.content.keySet().removeIf(k -> k.startsWith(prefix))) {
                        continue;
                    }
                    if (s.data.keySet().removeIf(k -> k.startsWith(prefix))) {
                        s.pendingData.add(prefix);
                    }
                    String tp = under(rel, f.templates()) ? rel.substring(f.templates().length() + 1) + "/" : null;
                    if (tp != null && s.templates.keySet().removeIf(k -> k.startsWith(tp))) {
                        s.templatesVersion++;
                    }
                    s.statics.entrySet().removeIf(e -> root.relativize(e.getValue()).toString().replace('\\', '/')
                            .startsWith(prefix));
                }
            }
            return true;
        }

        private void staticChanged(String out, Path abs) {
            if (Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS) && !hidden(root.relativize(abs).toString())) {
                s.statics.put(out, abs);
                staticsChanged.add(out);
            } else {
                s.statics.remove(out);
            }
        }

        private boolean hidden(String rel) {
            for (String part : rel.replace('\\', '/').split("/")) {
                if (SiteReader.isSkipped(part)) {
                    return true;
                }
            }
            return false;
        }

        /** Reads one file into a map; returns whether the map changed. */
        private boolean readInto(Map<String, SourceFile> map, String key, String rel) {
            Diagnostics d = new Diagnostics();
            SourceFile f = SiteReader.readFile(root, rel, d);
            if (!d.sorted().isEmpty()) {
                s.readDiagnostics.put(rel, d.sorted());
            }
            SourceFile old = map.get(key);
            if (f == null) {
                return map.remove(key) != null;
            }
            if (old != null && old.text().equals(f.text())) {
                return false;
            }
            map.put(key, f);
            return true;
        }

        private boolean under(String rel, String folder) {
            return !folder.isEmpty() && rel.startsWith(folder + "/");
        }

        /** Reads the whole site again, keeping the instances of unchanged files so later stages reuse their work. */
        private void rescan() throws IOException {
            Diagnostics d = new Diagnostics();
            SiteSources src = SiteReader.read(root, null, s.folders, d);
            s.readDiagnostics.clear();
            if (!d.sorted().isEmpty()) {
                s.readDiagnostics.put("", d.sorted());
            }
            merge(s.content, src.content().stream().collect(Collectors.toMap(SourceFile::path, Function.identity())));
            Map<String, SourceFile> oldData = new HashMap<>(s.data);
            merge(s.data, src.data().stream().collect(Collectors.toMap(SourceFile::path, Function.identity())));
            Set<String> dataKeys = new HashSet<>(oldData.keySet());
            dataKeys.addAll(s.data.keySet());
            for (String k : dataKeys) {
                if (oldData.get(k) != s.data.get(k)) {
                    s.pendingData.add(k);
                }
            }
            if (merge(s.templates, src.templates())) {
                s.templatesVersion++;
            }
            s.statics.clear();
            s.statics.putAll(src.statics());
            staticsChanged = null;
        }

        /** Replaces {@code into} by {@code fresh}, keeping old instances of unchanged files; returns whether anything changed. */
        private boolean merge(Map<String, SourceFile> into, Map<String, SourceFile> fresh) {
            boolean changedAny = into.keySet().retainAll(fresh.keySet());
            for (Map.Entry<String, SourceFile> e : fresh.entrySet()) {
                SourceFile old = into.get(e.getKey());
                if (old == null || !old.text().equals(e.getValue().text())) {
                    into.put(e.getKey(), e.getValue());
                    changedAny = true;
                }
            }
            return changedAny;
        }

        /**
         * The pages of a JBake site (one with {@code .ftl} templates of its own, named by
         * {@code template.<type>.file} keys), each undated one dated. JBake dates it
         * with its file's modification time, which every checkout changes; Versus with the date
         * of the file's last commit when the site is in Git, else (an untracked file, a site
         * outside Git) the newest date of the site's published documents, so that the same sources
         * give the same pages on every machine. Other sites keep undated pages undated.
         */
        private List<Page> dateUndated(List<Page> pages) {
            List<String> undated = pages.stream().filter(p -> p.date() == null).map(Page::sourcePath).toList();
            if (undated.isEmpty() || !hasJBakeTemplates(s.config, s.templates.keySet())) {
                return pages;
            }
            GitDates.Result git = s.gitDates.lastCommits(undated);
            ZonedDateTime newest = pages.stream().filter(Page::isPublished).map(Page::date).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            if (git.problem() != null) {
                diags.add(Diagnostic.warning(Position.file(undated.get(0)), "cannot read the date of its last commit: "
                                + git.problem() + "; " + (newest == null ? "it stays undated"
                                : "it is dated with the site's newest date, " + newest.toLocalDate()))
                        .withHint("install Git to date undated documents by their last commit, or give "
                                + (undated.size() == 1 ? "it a date" : "the " + undated.size() + " undated documents dates")));
            }
            List<Page> out = new ArrayList<>(pages.size());
            for (Page p : pages) {
                java.time.Instant committed = p.date() == null ? git.dates().get(p.sourcePath()) : null;
                ZonedDateTime date = p.date() != null ? p.date()
                        : committed != null ? committed.atZone(s.config.zone()) : newest;
                out.add(date == p.date() ? p : p.withDate(date));
            }
            return out;
        }

        /** Whether a {@code template.<type>.file} key names a {@code .ftl} template of the site's own. */
        private static boolean hasJBakeTemplates(SiteConfig config, Set<String> templateNames) {
            for (Map.Entry<String, String> e : config.values().entrySet()) {
                String name = e.getValue().trim();
                if (SiteConfig.TEMPLATE_FILE_KEY.matcher(e.getKey()).matches() && name.endsWith(".ftl")
                        && templateNames.contains(name)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A site whose posts or pages are shown by JBake {@code .ftl} templates of its own
         * ({@code template.post.file}, {@code template.page.file}) is a JBake site, whose Markdown
         * reads as JBake reads it; other sites (the built-in theme's {@code .ftlh}, perhaps with a
         * JBake index or feed template) keep CommonMark.
         */
        private static MarkdownRenderer.Dialect dialect(SiteConfig config, Set<String> templateNames) {
            for (String key : List.of("template.post.file", "template.page.file")) {
                String name = config.get(key).trim();
                if (name.endsWith(".ftl") && templateNames.contains(name)) {
                    return MarkdownRenderer.Dialect.PEGDOWN;
                }
            }
            return MarkdownRenderer.Dialect.COMMONMARK;
        }

        /**
         * Renders the Markdown of pages whose body may have changed; returns every body by source
         * path. A kept body is reused while its page, the pages its links resolved against, and
         * the data files its embeds used (as recorded with {@link PageContext#dependOn}) are
         * unchanged.
         */
        private Map<String, Body> markdown(Site site, Map<String, Page> byContentPath, Map<String, Page> draftsLeftOut,
                                           Embeds embeds) {
            MarkdownRenderer.Dialect dialect = dialect(s.config, s.templates.keySet());
            if (dialect != s.dialect) {
                // the site's templates turned it into a JBake site or back: every body changes
                s.bodies.clear();
                s.dialect = dialect;
            }
            Set<String> pendingData = s.pendingData;
            boolean anyData = !pendingData.isEmpty();
            List<Page> stale = site.pages().parallelStream().filter(p -> {
                Body b = s.bodies.get(p.sourcePath());
                if (b == null || !b.page().equals(p)) {
                    return true;
                }
                if (p.format() == Page.Format.ASCIIDOC && p.body().contains("include::")) {
                    return true; // what it includes may have changed: such pages are converted every time
                }
                for (Map.Entry<String, String> l : b.lookups().entrySet()) {
                    if (!Objects.equals(lookup(l.getKey(), byContentPath, draftsLeftOut), l.getValue())) {
                        return true;
                    }
                }
                PageContext c = b.context();
                if (anyData && c.usedEmbeds()) {
                    if (c.dataDependencies().isEmpty()) {
                        return true;
                    }
                    for (String dep : c.dataDependencies()) {
                        if (pendingData.contains(dep) || pendingData.stream().anyMatch(dep::startsWith)) {
                            return true;
                        }
                    }
                }
                return false;
            }).toList();
            MarkdownRenderer markdown = new MarkdownRenderer(s.config, embeds, byContentPath, draftsLeftOut, s.asciidoc,
                    dialect);
            stale.parallelStream().forEach(p -> {
                PageContext c = new PageContext(p);
                String html = markdown.render(c);
                // what the links saw, for telling later whether the body is still current
                Map<String, String> lookups = new HashMap<>();
                if (rebuilds) {
                    for (String target : c.lookups()) {
                        lookups.put(target, lookup(target, byContentPath, draftsLeftOut));
                    }
                }
                s.bodies.put(p.sourcePath(), new Body(p, html, c, lookups));
            });
            Set<String> live = site.pages().stream().map(Page::sourcePath).collect(Collectors.toSet());
            s.bodies.keySet().retainAll(live);
            pendingData.clear();
            Map<String, Body> current = new HashMap<>(s.bodies);
            if (rebuilds) {
                // A page with errors renders again next time, so its messages stay current.
                s.bodies.values().removeIf(b -> b.context().diagnostics().stream().anyMatch(Diagnostic::isError));
            } else {
                s.bodies.clear(); // nothing runs again: hand the bodies over rather than keep them
            }
            return current;
        }

        /**
         * What a link to a content path sees there, as far as the rendered body can tell: the
         * page's URL and whether it is published, a draft left out of the site, or nothing.
         */
        private static String lookup(String contentPath, Map<String, Page> byContentPath,
                                     Map<String, Page> draftsLeftOut) {
            Page to = byContentPath.get(contentPath);
            if (to != null) {
                return (to.isPublished() ? "published " : "draft ") + to.uri();
            }
            Page draft = draftsLeftOut.get(contentPath);
            return draft == null ? null : "left out " + draft.sourcePath();
        }

        /** The first write of a session: everything, through a staging folder swapped in at the end. */
        private Outcome writeAll(SitePlanner.Plan plan, Renderer renderer, Map<String, byte[]> generated,
                                 Set<String> outputs) throws IOException {
            Map<String, RouteState> routes = new ConcurrentHashMap<>();
            OutputWriter writer;
            try {
                writer = OutputWriter.open(s.outputDir, root, s.config.flag("versus.output.link"));
            } catch (OutputWriter.UnsafeOutputException e) {
                diags.add(Diagnostic.error(Position.file(OutputPlace.display(root, s.outputDir)),
                        e.getMessage()).withHint(e.hint()));
                return fail();
            } catch (IOException e) {
                diags.add(OutputPlace.writeFailure(root, s.outputDir, e));
                return fail();
            }
            try (writer) {
                return writeAll(writer, routes, plan, renderer, generated, outputs);
            } catch (IOException e) {
                diags.add(OutputPlace.writeFailure(root, s.outputDir, e));
                return fail();
            } catch (UncheckedIOException e) {
                diags.add(OutputPlace.writeFailure(root, s.outputDir, e.getCause()));
                return fail();
            }
        }

        private Outcome writeAll(OutputWriter writer, Map<String, RouteState> routes, SitePlanner.Plan plan,
                                 Renderer renderer, Map<String, byte[]> generated, Set<String> outputs)
                throws IOException {
            {
                progress.total(plan.routes().size());
                renderer.render(plan.routes(), (path, bytes) -> {
                    writer.accept(path, bytes);
                    progress.advance();
                }, diags, rebuilds ? (r, d) -> routes.put(r.outputPath(), new RouteState(r, d)) : null);
                new ArrayList<>(s.statics.entrySet()).parallelStream().forEach(e -> writer.copy(e.getKey(), e.getValue()));
                generated.forEach(writer::accept);
                if (stop()) {
                    return fail();
                }
                writer.commit();
                Committed c = new Committed();
                c.routes.putAll(routes);
                remember(c, plan, outputs);
                committed = c;
                return outcome(diags, s.outputDir, plan.routes().size(), writer.written(), List.of(), List.of(), true, start);
            }
        }

        /** Later writes: only routes whose inputs changed, in place. */
        private Outcome writeChanges(Committed before, SitePlanner.Plan plan, Renderer renderer,
                                     Map<String, byte[]> generated, Set<String> outputs) throws IOException {
            List<Route> dirty = dirtyRoutes(before, plan);
            lap("diff");
            Map<String, RouteState> fresh = new ConcurrentHashMap<>();
            try {
                return writeChanges(dirty, fresh, before, plan, renderer, generated, outputs);
            } catch (IOException e) {
                diags.add(OutputPlace.writeFailure(root, s.outputDir, e));
                return fail();
            } catch (UncheckedIOException e) {
                diags.add(OutputPlace.writeFailure(root, s.outputDir, e.getCause()));
                return fail();
            }
        }

        private Outcome writeChanges(List<Route> dirty, Map<String, RouteState> fresh, Committed before,
                                     SitePlanner.Plan plan, Renderer renderer, Map<String, byte[]> generated,
                                     Set<String> outputs) throws IOException {
            try (OutputUpdater updater = OutputUpdater.open(s.outputDir)) {
                progress.total(dirty.size());
                Sink sink = (path, bytes) -> {
                    updater.accept(path, bytes);
                    progress.advance();
                };
                renderer.render(dirty, sink, diags, (r, d) -> fresh.put(r.outputPath(), new RouteState(r, d)));
                lap("render");
                if (stop()) {
                    return fail();
                }
                s.statics.forEach((out, src) -> {
                    if (staticsChanged == null || staticsChanged.contains(out) || !before.outputs.contains(out)) {
                        updater.copy(out, src);
                    }
                });
                generated.forEach(updater::accept);
                List<String> deleted = before.outputs.stream().filter(o -> !outputs.contains(o)).sorted().toList();
                deleted.forEach(updater::delete);
                List<String> written = updater.commit();
                lap("write");
                Committed c = new Committed();
                for (Route r : plan.routes()) {
                    RouteState rs = fresh.get(r.outputPath());
                    c.routes.put(r.outputPath(), rs != null ? rs : new RouteState(r, before.routes.get(r.outputPath())
                            .dependencies()));
                }
                remember(c, plan, outputs);
                committed = c;
                return outcome(diags, s.outputDir, dirty.size(), written.size() + deleted.size(), written, deleted, false, start);
            }
        }

        private void remember(Committed c, SitePlanner.Plan plan, Set<String> outputs) {
            c.pageModels = plan.pageModels();
            c.globals = plan.globals();
            c.outputs = Set.copyOf(outputs);
            c.templatesVersion = s.templatesVersion;
        }

        /** Routes that may render differently than when last written. */
        private List<Route> dirtyRoutes(Committed before, SitePlanner.Plan plan) {
            if (before.templatesVersion != s.templatesVersion) {
                return plan.routes();
            }
            Set<String> changedGlobals = ModelDiff.changedGlobals(before.globals, plan.globals());
            Map<String, Set<String>> changedPages = new HashMap<>();
            Set<String> paths = new HashSet<>(before.pageModels.keySet());
            paths.addAll(plan.pageModels().keySet());
            for (String p : paths) {
                Map<String, Object> a = before.pageModels.get(p);
                Map<String, Object> b = plan.pageModels().get(p);
                Set<String> keys = ModelDiff.changedKeys(a, b);
                if (!keys.isEmpty()) {
                    changedPages.put(p, keys);
                }
            }
            return plan.routes().parallelStream().filter(r -> {
                RouteState old = before.routes.get(r.outputPath());
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
         * Records that {@code source} writes {@code path}; a clash or an impossible name is an
         * error at the page's {@code slug:} line when it has one, else at the file.
         */
        private void claim(Map<String, String> outputs, String path, String source, Map<String, Position> slugs) {
            if (!OutputWriter.isSafePath(path)) {
                diags.add(quoted(Diagnostic.error(slugs.getOrDefault(source, Position.file(source)), "'" + source + "' would be written to '" + path
                        + "', outside the output folder").withHint("remove '..', '/' and ':' from its slug, tags or name")));
                return;
            }
            String tooLong = OutputPlace.nameTooLong(path);
            if (tooLong != null) {
                diags.add(quoted(Diagnostic.error(slugs.getOrDefault(source, Position.file(source)), "'" + source + "' would be written to a file named '"
                                + OutputPlace.shorten(tooLong) + "', " + OutputPlace.utf8Length(tooLong)
                                + " bytes long; file systems hold names of at most " + OutputPlace.MAX_NAME_BYTES + " bytes")
                        .withHint("give it a shorter slug, file name or tag")));
                return;
            }
            String other = outputs.putIfAbsent(path, source);
            if (other != null) {
                String file = source.contains("/") ? source : other;
                Position at = slugs.containsKey(source) ? slugs.get(source)
                        : slugs.containsKey(other) ? slugs.get(other) : Position.file(file);
                diags.add(quoted(Diagnostic.error(at,
                                "'" + source + "' and '" + other + "' would both be written to '" + path + "'")
                        .withHint("rename one of them, or give the page a different 'slug'")));
            }
        }

        /** The diagnostic with the line it points at quoted, when that is a line of a content file. */
        private Diagnostic quoted(Diagnostic d) {
            SourceFile f = s.content.get(d.position().file());
            return f != null && d.position().line() > 0 ? d.withSourceLine(f.line(d.position().line())) : d;
        }
    }
}
