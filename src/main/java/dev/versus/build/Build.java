package dev.versus.build;

import dev.versus.check.LinkChecker;
import dev.versus.check.TemplateChecker;
import dev.versus.config.ConfigLoader;
import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.compare.Comparisons;
import dev.versus.load.DataLoader;
import dev.versus.load.SiteLoader;
import dev.versus.markdown.MarkdownRenderer;
import dev.versus.markdown.PageContext;
import dev.versus.model.Catalog;
import dev.versus.model.Page;
import dev.versus.model.Site;
import dev.versus.output.OutputWriter;
import dev.versus.render.Renderer;
import dev.versus.render.Route;
import dev.versus.render.SitePlanner;
import dev.versus.render.TemplateEngine;
import dev.versus.source.SiteReader;
import dev.versus.source.SiteSources;
import dev.versus.source.SourceFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds one site: the entry point of the pipeline for the CLI, the server and tests. */
public final class Build {

    private Build() {
    }

    /** Runs a build; author mistakes come back as diagnostics, never as exceptions. */
    public static BuildResult run(BuildOptions options) throws IOException {
        return run(options, Progress.NONE);
    }

    /** Runs a build, telling {@code progress} how far it has got. */
    public static BuildResult run(BuildOptions options, Progress progress) throws IOException {
        long start = System.nanoTime();
        Diagnostics diags = new Diagnostics();
        Path root = options.site().toAbsolutePath().normalize();
        SourceFile configFile = SiteReader.readConfig(root, ConfigLoader.FILE_NAME, diags);
        ConfigLoader.Result cr = ConfigLoader.load(configFile, Map.of());
        diags.addAll(cr.diagnostics());
        SiteConfig config = cr.config();
        int threads = options.threads() > 0 ? options.threads()
                : config.integer("versus.threads") > 0 ? config.integer("versus.threads")
                : Runtime.getRuntime().availableProcessors();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            Run run = new Run(options, root, configFile, config, diags, progress);
            pool.submit(() -> {
                run.execute();
                return null;
            }).get();
            List<Diagnostic> all = finish(diags, options);
            return new BuildResult(all, run.written ? run.outputDir : null, run.files, run.changed,
                    (System.nanoTime() - start) / 1_000_000);
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
        } finally {
            pool.shutdown();
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

    private static List<Diagnostic> finish(Diagnostics diags, BuildOptions options) {
        if (options.strict()) {
            diags.promoteWarnings();
        }
        return diags.sorted();
    }

    /** The state of one build while it runs. */
    private static final class Run {
        private final BuildOptions options;
        private final Path root;
        private final SourceFile configFile;
        private final SiteConfig config;
        private final Diagnostics diags;
        private final Progress progress;
        private Path outputDir;
        private boolean written;
        private int files;
        private int changed;

        Run(BuildOptions options, Path root, SourceFile configFile, SiteConfig config, Diagnostics diags,
            Progress progress) {
            this.options = options;
            this.configFile = configFile;
            this.progress = progress;
            this.root = root;
            this.config = config;
            this.diags = diags;
        }

        private boolean stop() {
            if (options.strict()) {
                diags.promoteWarnings();
            }
            return diags.hasErrors();
        }

        void execute() throws IOException {
            if (stop()) {
                return;
            }
            // read
            progress.stage("read");
            SiteReader.Folders folders = new SiteReader.Folders(folder("content.folder"), folder("data.folder"),
                    folder("template.folder"), folder("asset.folder"));
            SiteSources sources = SiteReader.read(root, null, folders, diags);
            if (stop()) {
                return;
            }
            // parse, validate, model
            progress.stage("load");
            ZonedDateTime now = ZonedDateTime.now(config.zone());
            Map<String, Page> draftsLeftOut = new ConcurrentHashMap<>();
            Site site = SiteLoader.load(config, sources.content(), options.drafts(), now, diags,
                    p -> draftsLeftOut.put(p.contentPath(), p));
            Catalog catalog = DataLoader.load(folder("data.folder"), sources.data(), diags);
            if (stop()) {
                return;
            }
            Comparisons comparisons = Comparisons.prepare(config, configFile, catalog, site, sources.content(), diags);
            if (stop()) {
                return;
            }
            // Markdown, once every URL is known
            progress.stage("markdown");
            Map<String, Page> byContentPath = site.pages().stream()
                    .collect(Collectors.toMap(Page::contentPath, Function.identity()));
            MarkdownRenderer markdown = new MarkdownRenderer(config, comparisons.embeds(), byContentPath, draftsLeftOut);
            List<PageContext> contexts = site.pages().stream().map(PageContext::new).toList();
            Map<String, String> rendered = contexts.parallelStream()
                    .collect(Collectors.toConcurrentMap(c -> c.page().sourcePath(), markdown::render));
            contexts.forEach(c -> diags.addAll(c.diagnostics()));
            // Link problems found while rendering Markdown and by the link check below are
            // reported together.
            Map<String, String> bodies = comparisons.finish(rendered, diags);
            // plan every output, then check outputs and links
            progress.stage("check");
            SitePlanner.Plan plan = new SitePlanner(site).plan(bodies, comparisons.globals(), comparisons.routes());
            Map<String, String> outputs = new HashMap<>();
            for (Route r : plan.routes()) {
                claim(outputs, r.outputPath(), r.source());
            }
            sources.statics().forEach((out, src) -> claim(outputs, out, root.relativize(src).toString().replace('\\', '/')));
            Map<String, byte[]> generated = new HashMap<>();
            plan.files().forEach((path, bytes) -> {
                if (!outputs.containsKey(path)) {
                    generated.put(path, bytes);
                    outputs.put(path, "built-in theme");
                }
            });
            Map<String, Set<String>> ids = new HashMap<>();
            contexts.forEach(c -> ids.put(c.page().outputPath(), c.ids()));
            LinkChecker.check(contexts, outputs.keySet(), ids, diags);
            if (stop()) {
                return;
            }
            // render and write
            progress.stage("render");
            progress.total(plan.routes().size());
            TemplateEngine engine = new TemplateEngine(config, sources.templates());
            TemplateChecker.check(config, configFile, sources.content(), site.pages(), plan.routes(), engine,
                    sources.templates().keySet(), diags);
            if (stop()) {
                return;
            }
            Renderer renderer = new Renderer(engine, plan.globals());
            if (!options.write()) {
                renderer.render(plan.routes(), (path, bytes) -> progress.advance(), diags);
                return;
            }
            outputDir = options.output() != null ? options.output().toAbsolutePath().normalize()
                    : root.resolve(config.get("destination.folder")).normalize();
            try (OutputWriter writer = open(outputDir)) {
                if (writer == null) {
                    return;
                }
                renderer.render(plan.routes(), (path, bytes) -> {
                    writer.accept(path, bytes);
                    progress.advance();
                }, diags);
                new ArrayList<>(sources.statics().entrySet()).parallelStream()
                        .forEach(e -> writer.copy(e.getKey(), e.getValue()));
                generated.forEach(writer::accept);
                if (stop()) {
                    return;
                }
                writer.commit();
                written = true;
                files = writer.written() + writer.unchanged();
                changed = writer.written();
            }
        }

        private OutputWriter open(Path out) throws IOException {
            try {
                return OutputWriter.open(out, root);
            } catch (OutputWriter.UnsafeOutputException e) {
                diags.add(Diagnostic.error(Position.file(root.relativize(out).toString().replace('\\', '/')), e.getMessage())
                        .withHint(e.hint()));
                return null;
            }
        }

        private void claim(Map<String, String> outputs, String path, String source) {
            if (!OutputWriter.isSafePath(path)) {
                diags.add(Diagnostic.error(Position.file(source), "'" + source + "' would be written to '" + path
                        + "', outside the output folder").withHint("remove '..', '/' and ':' from its slug, tags or name"));
                return;
            }
            String other = outputs.putIfAbsent(path, source);
            if (other != null) {
                diags.add(Diagnostic.error(Position.file(source.contains("/") ? source : other),
                                "'" + source + "' and '" + other + "' would both be written to '" + path + "'")
                        .withHint("rename one of them, or give the page a different 'slug'"));
            }
        }

        private String folder(String key) {
            return config.get(key).trim().replace('\\', '/').replaceAll("/+$", "");
        }
    }
}
