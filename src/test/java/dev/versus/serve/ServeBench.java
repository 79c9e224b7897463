package dev.versus.serve;

import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildSession;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Benchmark of the dev server (not a unit test; run by bench/serve-bench.sh): saves an edit of
 * one article's body on disk and measures the time until its page is written and until the
 * reload event reaches a connected client, with the real file watcher in between; then the same
 * for edits of subject files, until the subject's profile page is written. The event stream
 * is opened from the page edited, as a browser showing it opens it ({@code -Dbench.open=false}:
 * from no page).
 *
 * <p>usage: ServeBench SITE_DIR [EDITS] [WARMUP]
 */
public final class ServeBench {

    private ServeBench() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<Path> articles;
        try (Stream<Path> s = Files.walk(site.resolve("content"))) {
            articles = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        LinkedBlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
        long t0 = System.nanoTime();
        try (BuildSession session = new BuildSession(BuildOptions.build(site));
             DevServer server = DevServer.start(session, 0, true, new PrintWriter(Writer.nullWriter()))) {
            System.out.printf("initial build: %d articles, %d ms%n", articles.size(), (System.nanoTime() - t0) / 1_000_000);
            listen(server.port(), reloads, session.outputFolder(), null);
            Thread.sleep(500);
            List<Double> written = new ArrayList<>();
            List<Double> reloaded = new ArrayList<>();
            for (int i = 0; i < warmup + edits; i++) {
                Path article = articles.get((i * 7919) % articles.size());
                String before = Files.readString(article);
                String marker = "bench-edit-" + i + "-" + System.nanoTime();
                Path page = pageOf(session.outputFolder(), site, article);
                if (OPEN) {
                    listen(server.port(), reloads, session.outputFolder(), page);
                }
                reloads.clear();
                long start = System.nanoTime();
                Files.writeString(article, before + "\nAn edited sentence " + marker + ".\n");
                long deadline = start + TimeUnit.SECONDS.toNanos(30);
                while (!Files.readString(page).contains(marker)) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("page never written: " + page);
                    }
                    Thread.onSpinWait();
                }
                long pageAt = System.nanoTime();
                Long reloadAt = reloads.poll(30, TimeUnit.SECONDS);
                if (reloadAt == null) {
                    throw new IllegalStateException("no reload event");
                }
                if (i >= warmup) {
                    written.add((pageAt - start) / 1e6);
                    reloaded.add((reloadAt - start) / 1e6);
                }
                Files.writeString(article, before);
                reloads.poll(30, TimeUnit.SECONDS);
                Thread.sleep(100);
            }
            System.out.printf("edit -> page written: median %.1f ms, p95 %.1f ms (%d edits)%n",
                    percentile(written, 50), percentile(written, 95), edits);
            System.out.printf("edit -> reload event: median %.1f ms, p95 %.1f ms (%d edits)%n",
                    percentile(reloaded, 50), percentile(reloaded, 95), edits);
            subjectEdits(site, session, server, reloads, Math.max(5, edits / 3), Math.min(warmup, 3));
        }
        System.exit(0);
    }

    /**
     * Saves an edit of one subject file (its website, shown on its profile page; the articles
     * comparing it are rendered again too) and measures the time until the profile page holds it.
     */
    private static void subjectEdits(Path site, BuildSession session, DevServer server, LinkedBlockingQueue<Long> reloads,
                                     int edits, int warmup) throws IOException, InterruptedException {
        Pattern website = Pattern.compile("(?m)^website: .*$");
        List<Path> subjects;
        try (Stream<Path> s = Files.walk(site.resolve("data"))) {
            subjects = s.filter(p -> p.toString().endsWith(".yaml") && !p.getParent().equals(site.resolve("data")))
                    .filter(p -> website.matcher(read(p)).find()).sorted().toList();
        }
        if (subjects.isEmpty()) {
            return;
        }
        List<Double> written = new ArrayList<>();
        for (int i = 0; i < warmup + edits; i++) {
            Path file = subjects.get((i * 7919) % subjects.size());
            String before = Files.readString(file);
            String marker = "bench" + i + "x" + System.nanoTime();
            String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            Path out = session.outputFolder().resolve(file.getParent().getFileName().toString());
            Path page = Files.exists(out.resolve(id + "/index.html")) ? out.resolve(id + "/index.html")
                    : out.resolve(id + ".html");
            if (OPEN) {
                listen(server.port(), reloads, session.outputFolder(), page);
            }
            reloads.clear();
            long start = System.nanoTime();
            Files.writeString(file, website.matcher(before).replaceFirst("website: https://" + marker + ".example.org/"));
            long deadline = start + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(page).contains(marker)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("profile page never written: " + page);
                }
                Thread.onSpinWait();
            }
            if (i >= warmup) {
                written.add((System.nanoTime() - start) / 1e6);
            }
            reloads.poll(60, TimeUnit.SECONDS);
            Files.writeString(file, before);
            reloads.poll(60, TimeUnit.SECONDS);
            Thread.sleep(100);
        }
        System.out.printf("subject edit -> profile page written: median %.1f ms, p95 %.1f ms (%d edits)%n",
                percentile(written, 50), percentile(written, 95), edits);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The output file of an article with the default layout (uri.noExtension on or off). */
    private static Path pageOf(Path out, Path site, Path article) {
        String rel = site.resolve("content").relativize(article).toString().replace('\\', '/');
        String stem = rel.substring(0, rel.lastIndexOf('.'));
        Path pretty = out.resolve(stem + "/index.html");
        return Files.exists(pretty) ? pretty : out.resolve(stem + ".html");
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    /** Whether the event stream names the page edited, as a browser showing it does (-Dbench.open=false: none). */
    private static final boolean OPEN = !"false".equals(System.getProperty("bench.open"));
    private static Socket stream;

    /** Opens an event stream (closing the one before) from the page of output file {@code page}, or from none. */
    private static void listen(int port, LinkedBlockingQueue<Long> reloads, Path out, Path page) throws InterruptedException {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // gone
            }
        }
        String query = "";
        if (OPEN && page != null) {
            String rel = out.relativize(page).toString().replace('\\', '/');
            String uri = "/" + (rel.endsWith("index.html") ? rel.substring(0, rel.length() - "index.html".length()) : rel);
            query = "?page=" + java.net.URLEncoder.encode(uri, StandardCharsets.UTF_8);
        }
        LinkedBlockingQueue<Boolean> ready = new LinkedBlockingQueue<>();
        String q = query;
        Thread t = new Thread(() -> {
            try (Socket s = new Socket("127.0.0.1", port)) {
                stream = s;
                s.getOutputStream().write(("GET /__versus/events" + q + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.equals("event: reload")) {
                        reloads.add(System.nanoTime());
                    } else if (line.equals("event: ok")) {
                        ready.add(true);
                    }
                }
            } catch (IOException e) {
                // done
            }
        });
        t.setDaemon(true);
        t.start();
        ready.poll(10, TimeUnit.SECONDS);
    }
}
