package dev.versus.pipeline;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.output.OutputUpdater;
import dev.versus.output.OutputWriter;
import dev.versus.render.Dependencies;
import dev.versus.render.SitePlanner;
import dev.versus.reuse.Reuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * write: the rendered pages, static files and theme files into the output. A full render goes
 * through a new build of the output swapped in at the end. A partial one (only the routes whose
 * inputs changed were rendered) either updates the output in place, copying changed static
 * files and deleting stale outputs (the dev server), or goes through a new build too, into which
 * every file not rendered again is carried over from the output as it is (a build that reused
 * the cache). Either way the output is what a clean build writes, and a failed build leaves the
 * previous output as it was.
 */
final class WriteStage {

    /**
     * What was written.
     *
     * @param output  the output folder
     * @param files   files in the output
     * @param changed files whose bytes changed (or were deleted)
     * @param written output paths whose bytes changed, sorted (empty after a full write)
     * @param deleted output paths removed, sorted
     */
    record Written(Path output, int files, int changed, List<String> written, List<String> deleted) implements java.io.Serializable {
    }

    private final Setup setup;
    private final RenderStage.Rendering rendering;
    private final CheckStage.Checked checked;
    private final ReadStage.Read read;
    private final SitePlanner.Plan plan;
    private final Reuse reuse;
    private final Progress progress;
    private final Diagnostics diags;
    private final BooleanSupplier stop;

    private WriteStage(Setup setup, RenderStage.Rendering rendering, CheckStage.Checked checked, ReadStage.Read read,
                       SitePlanner.Plan plan, Reuse reuse, Progress progress, Diagnostics diags, BooleanSupplier stop) {
        this.setup = setup;
        this.rendering = rendering;
        this.checked = checked;
        this.read = read;
        this.plan = plan;
        this.reuse = reuse;
        this.progress = progress;
        this.diags = diags;
        this.stop = stop;
    }

    /**
     * Renders and writes; null when it failed (the problems are in {@code diags}).
     *
     * @param stop whether the build has errors, checked before anything is committed
     */
    static Written run(Setup setup, RenderStage.Rendering rendering, CheckStage.Checked checked, ReadStage.Read read,
                       SitePlanner.Plan plan, Reuse reuse, Progress progress, Diagnostics diags, boolean inPlace,
                       BooleanSupplier stop) {
        WriteStage w = new WriteStage(setup, rendering, checked, read, plan, reuse, progress, diags, stop);
        try {
            return rendering.full() || !inPlace ? w.newBuild() : w.changes();
        } catch (OutputWriter.UnsafeOutputException e) {
            diags.add(Diagnostic.error(Position.file(OutputPlace.display(setup.root(), setup.outputDir())),
                    e.getMessage()).withHint(e.hint()));
        } catch (IOException e) {
            diags.add(OutputPlace.writeFailure(setup.root(), setup.outputDir(), e));
        } catch (UncheckedIOException e) {
            diags.add(OutputPlace.writeFailure(setup.root(), setup.outputDir(), e.getCause()));
        }
        return null;
    }

    /**
     * Into a new build of the output: what was rendered, the static and generated files, and,
     * when only the routes whose inputs changed were rendered (a build from the cache), every
     * other file carried over from the build the output shows now, which the reuse state
     * describes.
     */
    private Written newBuild() throws IOException {
        boolean partial = !rendering.full();
        if (partial && outputHoldsAlready()) {
            OutputWriter.tidy(setup.outputDir(), setup.root(), setup.config().flag("versus.output.link"));
            return new Written(setup.outputDir(), checked.outputs().size(), 0, List.of(), List.of());
        }
        long t = System.nanoTime();
        try (OutputWriter writer = OutputWriter.open(setup.outputDir(), setup.root(),
                setup.config().flag("versus.output.link"))) {
            Stages.lap("w-open", t);
            t = System.nanoTime();
            Map<String, Dependencies> rendered = rendering.into(writer::accept, progress, diags);
            Stages.lap("w-render", t);
            t = System.nanoTime();
            new ArrayList<>(read.files().statics().entrySet()).parallelStream()
                    .forEach(e -> writer.copy(e.getKey(), e.getValue()));
            checked.generated().forEach(writer::accept);
            Set<String> outputs = checked.outputs().keySet();
            if (partial) {
                new ArrayList<>(outputs).parallelStream().filter(o -> !writer.wrote(o)).forEach(writer::carry);
            }
            Stages.lap("w-files", t);
            if (stop.getAsBoolean()) {
                return null;
            }
            t = System.nanoTime();
            writer.commit();
            Stages.lap("w-publish", t);
            if (!partial) {
                reuse.written().forget();
            }
            reuse.written().commit(plan, rendered, outputs, read.files().templatesVersion(),
                    OutputWriter.identity(setup.outputDir()));
            return new Written(setup.outputDir(), outputs.size(), writer.written(), List.of(), List.of());
        }
    }

    /**
     * Whether the output is this build already: nothing was rendered again, it has the same
     * files, and the static and generated ones hold the same bytes. Then nothing is written.
     */
    private boolean outputHoldsAlready() throws IOException {
        if (!rendering.routes().isEmpty() || !checked.outputs().keySet().equals(reuse.written().outputs())) {
            return false;
        }
        for (Map.Entry<String, byte[]> e : checked.generated().entrySet()) {
            if (!OutputWriter.holds(setup.outputDir(), e.getKey(), e.getValue())) {
                return false;
            }
        }
        for (Map.Entry<String, Path> e : read.files().statics().entrySet()) {
            if (!OutputWriter.holds(setup.outputDir(), e.getKey(), java.nio.file.Files.readAllBytes(e.getValue()))) {
                return false;
            }
        }
        return !stop.getAsBoolean();
    }

    /** Only what changed, in place. */
    private Written changes() throws IOException {
        Set<String> before = reuse.written().outputs();
        try (OutputUpdater updater = OutputUpdater.open(setup.outputDir())) {
            Map<String, Dependencies> rendered = rendering.into(updater::accept, progress, diags);
            if (stop.getAsBoolean()) {
                return null;
            }
            Set<String> staticsChanged = read.staticsChanged();
            read.files().statics().forEach((out, src) -> {
                if (staticsChanged == null || staticsChanged.contains(out) || !before.contains(out)) {
                    updater.copy(out, src);
                }
            });
            checked.generated().forEach(updater::accept);
            Set<String> outputs = checked.outputs().keySet();
            List<String> deleted = before.stream().filter(o -> !outputs.contains(o)).sorted().toList();
            deleted.forEach(updater::delete);
            List<String> written = updater.commit();
            reuse.written().commit(plan, rendered, outputs, read.files().templatesVersion(), null);
            return new Written(setup.outputDir(), outputs.size(), written.size() + deleted.size(), written, deleted);
        }
    }
}
