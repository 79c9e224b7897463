package dev.versus.render;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;

import java.io.IOException;
import java.io.Writer;

/**
 * Watches one page while it renders: stops a template that runs longer than the page's time
 * budget or writes more than its size budget, and remembers the template element entered last,
 * so that a runaway (including one that exhausts the stack or memory) is reported at its line.
 * Freemarker tells it of every element it enters; checking the clock every few hundred elements
 * keeps that cheap.
 */
final class RenderGuard extends Writer implements TemplateProcessingTracer {

    /** A template stopped by a budget. */
    static final class Runaway extends RuntimeException {
        private final String hint;

        Runaway(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }

        String hint() {
            return hint;
        }
    }

    private final Writer out;
    private final long deadline;
    private final long maxSeconds;
    private final long maxChars;
    private final long maxMegabytes;
    private long written;
    private int entered;
    private TracedElement last;

    RenderGuard(Writer out, long maxSeconds, long maxMegabytes) {
        this.out = out;
        this.maxSeconds = maxSeconds;
        this.maxMegabytes = maxMegabytes;
        this.deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        // characters, not bytes: one character is at least one byte, so the page is at least this large
        this.maxChars = maxMegabytes * 1024 * 1024;
    }

    /** The element entered last, or null before the first. */
    TracedElement last() {
        return last;
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        last = element;
        if ((++entered & 0xFF) == 0 && System.nanoTime() - deadline > 0) {
            throw new Runaway("the page took longer than " + maxSeconds + " s to render",
                    "look for a loop without end (<#list 1..>); a page that needs longer can raise versus.render.max_seconds");
        }
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
    }

    private void count(long n) {
        written += n;
        if (written > maxChars) {
            throw new Runaway("the page grew larger than " + maxMegabytes + " MiB",
                    "look for a loop that writes without end; a page that is really this large can raise versus.render.max_megabytes");
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        count(len);
        out.write(buf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        count(len);
        out.write(str, off, len);
    }

    @Override
    public void write(int c) throws IOException {
        count(1);
        out.write(c);
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        count(csq == null ? 4 : csq.length());
        out.append(csq);
        return this;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
