package dev.versus.pipeline;

import dev.versus.compare.Comparisons;
import dev.versus.diag.Diagnostics;
import dev.versus.output.OutputUpdater;
import dev.versus.render.Dependencies;
import dev.versus.render.SitePlanner;
import dev.versus.render.TemplateEngine;
import dev.versus.reuse.Reuse;
import dev.versus.text.Spill;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stages of one build, in order: read → load → compare → markdown → plan → check → render
 * → write. Each takes the records of the stages before it and returns its own; the build stops
 * after a stage that reported errors. A full build and a rebuild run this same list and differ
 * only in the {@link Reuse} they are given (and the changed paths, which only make reading
 * cheaper).
 */
final class Stages {

    private static final boolean TIMINGS = Boolean.getBoolean("versus.timings");

    private final Setup setup;
    private final Reuse reuse;
    private final Progress progress;
    private final Diagnostics diags;
    private final long start;
    private final boolean inPlace;
    private final First first;
    private final Spill spill;
    private long lap = System.nanoTime();
    private boolean rescan;

    /**
     * Output paths to render and write before the others when a rebuild updates the output in
     * place (the pages a browser shows), and what to tell once they are on disk.
     *
     * @param paths   output paths, relative to the output folder
     * @param written hears the paths among them whose bytes changed, before the other routes render
     */
    record First(java.util.Set<String> paths, java.util.function.Consumer<List<String>> written) {

        /** Nothing first. */
        static final First NONE = new First(java.util.Set.of(), w -> { });
    }

    /** @param inPlace whether a partial write updates the output in place (the dev server) rather than publishing a new build */
    Stages(Setup setup, Reuse reuse, Progress progress, Diagnostics diags, long start, boolean inPlace) {
        this(setup, reuse, progress, diags, start, inPlace, First.NONE, Spill.memory());
    }

    /**
     * @param first what to render and write first when a rebuild updates the output in place
     * @param spill where the texts of files, bodies and pages are kept while the stages run
     */
    Stages(Setup setup, Reuse reuse, Progress progress, Diagnostics diags, long start, boolean inPlace, First first,
           Spill spill) {
        this.spill = spill;
        this.inPlace = inPlace;
        this.first = first;
        this.setup = setup;
        this.reuse = reuse;
        this.progress = progress;
        this.diags = diags;
        this.start = start;
    }

    /** @param changed site paths changed since the last build, or null when unknown (read everything) */
    BuildSession.Outcome run(Set<String> changed) throws IOException {
        rescan = changed == null;
        progress.stage("read");
        ReadStage.Read read = ReadStage.run(setup, reuse.lastRead(), changed, spill);
        reuse.read(read.files());
        reuse.dataChanged(read.dataChanged());
        read.files().diagnostics().values().forEach(diags::addAll);
        if (stop("read")) {
            return failed();
        }
        progress.stage("load");
        LoadStage.Loaded loaded = LoadStage.run(setup, read.files(), reuse, diags, spill);
        if (stop("load")) {
            return failed();
        }
        Comparisons comparisons = CompareStage.run(setup, read.files(), loaded, reuse, diags);
        if (stop("compare")) {
            return failed();
        }
        progress.stage("markdown");
        MarkdownStage.Marked marked = MarkdownStage.run(setup, read.files(), loaded, comparisons, reuse, diags, spill);
        lap("markdown");
        progress.stage("check");
        SitePlanner.Plan plan = PlanStage.run(loaded, marked, comparisons, reuse, spill);
        lap(reuse.planner().patched() ? "plan patch" : "plan");
        CheckStage.Checked checked = CheckStage.outputsAndLinks(setup, read.files(), loaded.site().pages(), plan,
                marked.contexts(), diags);
        marked = null; // the bodies live on in the plan's models; the rest is not needed while pages render
        if (stop("check")) {
            return failed();
        }
        progress.stage("render");
        TemplateEngine engine = reuse.engine(setup.config(), read.files().templates(), read.files().templatesVersion());
        CheckStage.templates(setup, read.files(), loaded.site().pages(), plan, engine, diags);
        if (stop("templates")) {
            return failed();
        }
        RenderStage.Rendering rendering = RenderStage.run(setup, plan, engine, read.files().templatesVersion(), reuse);
        lap("diff");
        if (!setup.options().write()) {
            rendering.into((path, bytes) -> { }, progress, diags);
            stop("render");
            return outcome(null, List.of(), List.of(), rendering, 0);
        }
        int routes = rendering.routes().size();
        Early early = null;
        if (inPlace && !rendering.full() && !first.paths().isEmpty()) {
            early = writeFirst(rendering);
            if (early == null) {
                return failed();
            }
            rendering = early.rest();
        }
        WriteStage.Written written = WriteStage.run(setup, rendering, checked, read, plan, reuse, progress, diags,
                inPlace, () -> stop("write"));
        if (written == null) {
            if (early != null) {
                early.undo(setup.outputDir());
            }
            return failed();
        }
        List<String> paths = written.written();
        int files = written.changed();
        if (early != null && !early.written().isEmpty()) {
            java.util.TreeSet<String> all = new java.util.TreeSet<>(paths);
            all.addAll(early.written());
            paths = List.copyOf(all);
            files += early.written().size();
        }
        return new BuildSession.Outcome(diagnostics(), written.output(), written.files(), routes, files, paths,
                written.deleted(), rendering.full(), millis());
    }

    /**
     * The routes rendered and written ahead of the others, what the files held before (null
     * for a file that was not there), and the rendering of the other routes.
     */
    private record Early(List<String> written, Map<String, byte[]> before, RenderStage.Rendering rest) {

        /** Puts back what the files written first held: the rest of the build failed. */
        void undo(java.nio.file.Path output) throws IOException {
            if (written.isEmpty()) {
                return;
            }
            try (OutputUpdater u = OutputUpdater.open(output)) {
                for (String path : written) {
                    byte[] b = before.get(path);
                    if (b == null) {
                        u.delete(path);
                    } else {
                        u.accept(path, b);
                    }
                }
                u.commit();
            }
        }
    }

    /**
     * Renders the routes of {@link #first} that are to render again and writes them, then tells
     * {@link First#written}; null when rendering them reported errors (nothing is written then).
     * Should the rest of the build fail, {@link Early#undo} puts the files back as they were, so
     * that a failed build still leaves the output as it was.
     */
    private Early writeFirst(RenderStage.Rendering rendering) throws IOException {
        RenderStage.Rendering open = rendering.only(first.paths());
        if (open.routes().isEmpty()) {
            return new Early(List.of(), Map.of(), rendering);
        }
        Map<String, byte[]> bytes = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Dependencies> read = open.into(bytes::put, Progress.NONE, diags);
        if (stop("first")) {
            return null;
        }
        java.nio.file.Path out = setup.outputDir().toRealPath();
        Map<String, byte[]> before = new java.util.HashMap<>();
        List<String> written;
        try (OutputUpdater u = OutputUpdater.open(setup.outputDir())) {
            for (String path : new java.util.TreeSet<>(bytes.keySet())) {
                java.nio.file.Path file = out.resolve(path).normalize();
                if (file.startsWith(out) && java.nio.file.Files.isRegularFile(file)) {
                    before.put(path, java.nio.file.Files.readAllBytes(file));
                }
                u.accept(path, bytes.get(path));
            }
            written = u.commit();
        }
        lap("first write");
        if (!written.isEmpty()) {
            first.written().accept(written);
        }
        return new Early(written, before, rendering.without(bytes.keySet(), read));
    }

    /** Whether the build stops here: it has errors (warnings count when strict). */
    private boolean stop(String stage) {
        lap(stage);
        if (setup.options().strict()) {
            diags.promoteWarnings();
        }
        return diags.hasErrors();
    }

    private BuildSession.Outcome failed() {
        return new BuildSession.Outcome(diagnostics(), null, reuse.written().outputs().size(), 0, 0, List.of(),
                List.of(), rescan, millis());
    }

    private BuildSession.Outcome outcome(java.nio.file.Path output, List<String> written, List<String> deleted,
                                         RenderStage.Rendering rendering, int changed) {
        return new BuildSession.Outcome(diagnostics(), output, reuse.written().outputs().size(),
                rendering.routes().size(), changed, written, deleted, true, millis());
    }

    private List<dev.versus.diag.Diagnostic> diagnostics() {
        if (setup.options().strict()) {
            diags.promoteWarnings();
        }
        return diags.sorted();
    }

    private long millis() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Prints the time since {@code start} when the system property versus.timings is set. */
    static void lap(String what, long start) {
        if (TIMINGS) {
            System.err.printf("  %-10s %6.1f ms%n", what, (System.nanoTime() - start) / 1e6);
        }
    }

    /**
     * Prints stage times when the system property versus.timings is set (for profiling rebuilds),
     * and with versus.heap the heap in use after each stage (after a full collection, so slower).
     */
    private void lap(String stage) {
        if (TIMINGS) {
            long now = System.nanoTime();
            System.err.printf("  %-10s %6.1f ms%n", stage, (now - lap) / 1e6);
            if (Boolean.getBoolean("versus.heap")) {
                System.gc();
                Runtime rt = Runtime.getRuntime();
                System.err.printf("  %-10s heap %d MB%n", stage, (rt.totalMemory() - rt.freeMemory()) >> 20);
            }
            lap = System.nanoTime();
        }
    }
}
