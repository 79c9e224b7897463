package dev.versus.diag;

import java.util.List;
import java.util.function.BiConsumer;

/** Formats diagnostics for a terminal, Rust/Hugo style, with the offending line and a caret. */
public final class DiagnosticPrinter {

    /** At most this many diagnostics are printed; the rest are counted. */
    public static final int DEFAULT_LIMIT = 100;

    private DiagnosticPrinter() {
    }

    public static String format(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.position()).append(": ").append(d.severity().label()).append(": ").append(d.message()).append('\n');
        Position p = d.position();
        if (d.sourceLine() != null && p.line() > 0) {
            String num = Integer.toString(p.line());
            String pad = " ".repeat(num.length());
            String text = visible(d.sourceLine().replace('\t', ' '));
            sb.append(' ').append(num).append(" | ").append(text).append('\n');
            int col = Math.min(p.column(), text.length() + 1);
            int len = Math.max(1, Math.min(p.length(), text.length() - col + 1));
            sb.append(' ').append(pad).append(" | ").append(" ".repeat(col - 1)).append("^".repeat(len)).append('\n');
        }
        if (d.hint() != null) {
            sb.append("  hint: ").append(d.hint()).append('\n');
        }
        return sb.toString();
    }

    /** All diagnostics, capped at {@code limit}, then a one-line summary. */
    public static String formatAll(List<Diagnostic> ds, int limit) {
        StringBuilder sb = new StringBuilder();
        forEachLine(ds, limit, (severity, line) -> sb.append(line).append('\n'));
        return sb.toString();
    }

    /**
     * What {@link #formatAll} prints, line by line, each with the severity it belongs to, for
     * front ends that print through a logger with one level per line. The lines of a diagnostic
     * carry its severity; the "… and N more" and summary lines carry the most serious one.
     */
    public static void forEachLine(List<Diagnostic> ds, int limit, BiConsumer<Severity, String> out) {
        int shown = 0;
        long errors = ds.stream().filter(Diagnostic::isError).count();
        Severity overall = errors > 0 ? Severity.ERROR : Severity.WARNING;
        for (Diagnostic d : ds) {
            if (shown == limit) {
                out.accept(overall, "… and " + (ds.size() - limit) + " more");
                break;
            }
            String[] lines = format(d).split("\n", -1);
            // format ends every line with a newline: the last piece is empty
            for (int i = 0; i < lines.length - 1; i++) {
                out.accept(d.severity(), lines[i]);
            }
            shown++;
        }
        long warnings = ds.size() - errors;
        if (!ds.isEmpty()) {
            out.accept(overall, plural(errors, "error") + ", " + plural(warnings, "warning"));
        }
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Diagnostics as a JSON array, for {@code --format json}. */
    public static String toJson(List<Diagnostic> ds) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < ds.size(); i++) {
            Diagnostic d = ds.get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("\n  {\"severity\":").append(Json.quote(d.severity().label()))
                    .append(",\"file\":").append(Json.quote(d.position().file()))
                    .append(",\"line\":").append(d.position().line())
                    .append(",\"column\":").append(d.position().column())
                    .append(",\"message\":").append(Json.quote(d.message()))
                    .append(",\"hint\":").append(d.hint() == null ? "null" : Json.quote(d.hint()))
                    .append('}');
        }
        return sb.append(ds.isEmpty() ? "]" : "\n]").append('\n').toString();
    }

    /** Control characters (a NUL byte in a file) shown as their Unicode pictures, one column each. */
    private static String visible(String line) {
        StringBuilder sb = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                if (sb == null) {
                    sb = new StringBuilder(line.substring(0, i));
                }
                sb.append(c == 0x7F ? '\u2421' : (char) (0x2400 + c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? line : sb.toString();
    }
}
