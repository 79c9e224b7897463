package dev.versus.diag;

import java.util.List;

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
            String text = d.sourceLine().replace('\t', ' ');
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
        int shown = 0;
        for (Diagnostic d : ds) {
            if (shown == limit) {
                sb.append("… and ").append(ds.size() - limit).append(" more\n");
                break;
            }
            sb.append(format(d));
            shown++;
        }
        long errors = ds.stream().filter(Diagnostic::isError).count();
        long warnings = ds.size() - errors;
        if (!ds.isEmpty()) {
            sb.append(plural(errors, "error")).append(", ").append(plural(warnings, "warning")).append('\n');
        }
        return sb.toString();
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
}
