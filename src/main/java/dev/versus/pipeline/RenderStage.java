package dev.versus.pipeline;

import dev.versus.diag.Diagnostics;
import dev.versus.output.OutputWriter;
import dev.versus.render.Dependencies;
import dev.versus.render.Renderer;
import dev.versus.render.Route;
import dev.versus.render.Sink;
import dev.versus.render.SitePlanner;
import dev.versus.render.TemplateEngine;
import dev.versus.reuse.Reuse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * render: the routes to render through the templates — all of them, or, over an output an
 * earlier build of this configuration wrote, only those whose inputs changed. The pages
 * render as the write stage takes them, so that a whole site is never held in memory.
 */
final class RenderStage {

    /**
     * @param routes  the routes to render
     * @param full    whether every route renders (a new output), else only changed ones in place
     * @param records whether to record what each route reads, for the next build
     * @param done    what the routes rendered already by this build read (see {@link #without}), by output path
     */
    record Rendering(List<Route> routes, Renderer renderer, boolean full, boolean records,
                     Map<String, Dependencies> done) implements java.io.Serializable {

        /** The routes of {@code paths} alone. */
        Rendering only(java.util.Set<String> paths) {
            return new Rendering(routes.stream().filter(r -> paths.contains(r.outputPath())).toList(), renderer, full,
                    records, Map.of());
        }

        /** The other routes, those of {@code paths} having been rendered with these reads. */
        Rendering without(java.util.Set<String> paths, Map<String, Dependencies> read) {
            return new Rendering(routes.stream().filter(r -> !paths.contains(r.outputPath())).toList(), renderer, full,
                    records, Map.copyOf(read));
        }

        /**
         * Renders every route into {@code sink}, in parallel.
         *
         * @return what each route read, by output path (empty when nothing is recorded)
         */
        Map<String, Dependencies> into(Sink sink, Progress progress, Diagnostics diags) {
            Map<String, Dependencies> read = new ConcurrentHashMap<>(done);
            progress.total(routes.size());
            renderer.render(routes, (path, bytes) -> {
                sink.accept(path, bytes);
                progress.advance();
            }, diags, records ? (r, d) -> read.put(r.outputPath(), d) : null);
            return read;
        }
    }

    private RenderStage() {
    }

    static Rendering run(Setup setup, SitePlanner.Plan plan, TemplateEngine engine, int templatesVersion,
                         Reuse reuse) {
        Renderer renderer = new Renderer(engine, plan.globals());
        boolean write = setup.options().write();
        Path marker = setup.outputDir().resolve(OutputWriter.MARKER);
        boolean full = !write || !reuse.written().any() || !Files.isDirectory(marker.getParent())
                || !Files.exists(marker);
        List<Route> routes = full ? plan.routes() : reuse.written().dirty(plan, templatesVersion);
        return new Rendering(routes, renderer, full, write && reuse.records(), Map.of());
    }
}
