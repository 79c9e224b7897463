package dev.versus.cli;

import dev.versus.pipeline.Progress;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Build progress for people: with {@code verbose}, one line per stage with the time since the
 * start; with {@code bar}, a one-line bar redrawn in place that appears only once a build has
 * run for a while, so quick builds print nothing extra. The bar is meant for a terminal only.
 */
final class ConsoleProgress implements Progress {

    /** A build shorter than this never shows a bar. */
    static final long BAR_DELAY_NANOS = 700_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter w;
    private final boolean verbose;
    private final boolean bar;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile String stage = "";
    private volatile long lastDraw;
    private volatile boolean drawn;

    ConsoleProgress(PrintWriter w, boolean verbose, boolean bar) {
        this.w = w;
        this.verbose = verbose;
        this.bar = bar;
    }

    /** A bar only when a person is watching: a console, and neither quiet nor verbose. */
    static Progress forBuild(PrintWriter err, boolean quiet, boolean verbose) {
        boolean terminal = System.console() != null;
        if (verbose) {
            return new ConsoleProgress(err, true, false);
        }
        return !quiet && terminal ? new ConsoleProgress(err, false, true) : Progress.NONE;
    }

    @Override
    public void stage(String name) {
        stage = name;
        if (verbose) {
            synchronized (w) {
                w.printf("versus: %-8s started at %d ms%n", name, (System.nanoTime() - start) / 1_000_000);
                w.flush();
            }
        }
        draw(false);
    }

    @Override
    public void total(int files) {
        total = files;
        if (verbose) {
            synchronized (w) {
                w.printf("versus: rendering %d files%n", files);
                w.flush();
            }
        }
    }

    @Override
    public void advance() {
        int n = done.incrementAndGet();
        draw(n == total);
    }

    private void draw(boolean last) {
        if (!bar) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < BAR_DELAY_NANOS || (!last && now - lastDraw < REDRAW_NANOS)) {
            return;
        }
        synchronized (w) {
            lastDraw = now;
            drawn = true;
            w.print("\r" + line(stage, done.get(), total));
            w.flush();
        }
    }

    /** The bar's text, e.g. {@code render [#######       ]  120/500}. */
    static String line(String stage, int done, int total) {
        if (total <= 0) {
            return String.format("%-9s", stage);
        }
        int filled = (int) ((long) WIDTH * Math.min(done, total) / total);
        return String.format("%-9s[%s%s] %d/%d", stage, "#".repeat(filled), " ".repeat(WIDTH - filled), done, total);
    }

    /** Erases the bar so the summary line starts on a clean line. */
    void finish() {
        if (drawn) {
            synchronized (w) {
                w.print("\r" + " ".repeat(WIDTH + 30) + "\r");
                w.flush();
            }
        }
    }

    static void finish(Progress p) {
        if (p instanceof ConsoleProgress c) {
            c.finish();
        }
    }
}
