package dev.versus.serve;

import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Benchmark of a dev-server rebuild without the file watcher (not a unit test): builds a site,
 * then edits one article's body at a time and rebuilds, printing the time of each rebuild. Run
 * with {@code -Dversus.timings=true} to see the stages.
 *
 * <p>usage: RebuildBench SITE_DIR [EDITS] [WARMUP]
 */
public final class RebuildBench {

    private RebuildBench() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Path> articles;
        try (Stream<Path> s = Files.walk(site.resolve("content"))) {
            articles = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        try (BuildSession session = new BuildSession(BuildOptions.build(site))) {
            long t0 = System.nanoTime();
            session.build();
            System.out.printf("initial build: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < warmup + edits; i++) {
                Path article = articles.get((i * 7919) % articles.size());
                String before = Files.readString(article);
                Files.writeString(article, before + "\nAn edited sentence " + i + ".\n");
                System.err.println("-- edit " + i);
                long start = System.nanoTime();
                BuildSession.Outcome o = session.rebuild(Set.of(article));
                double ms = (System.nanoTime() - start) / 1e6;
                System.err.printf("-- rebuild %.1f ms, %d rendered, %d written%n", ms, o.rendered(), o.changed());
                if (i >= warmup) {
                    times.add(ms);
                }
                Files.writeString(article, before);
                session.rebuild(Set.of(article));
            }
            Collections.sort(times);
            System.out.printf("body edit rebuild: median %.1f ms, min %.1f ms, max %.1f ms (%d edits)%n",
                    times.get(times.size() / 2), times.get(0), times.get(times.size() - 1), times.size());
        }
        System.exit(0);
    }
}
