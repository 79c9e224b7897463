package dev.versus.diag;

/**
 * One problem found in a site: where, how serious, what is wrong, and how to fix it.
 *
 * @param sourceLine the text of the offending line, or {@code null} when not known
 * @param hint how to fix it, or {@code null}
 */
public record Diagnostic(Severity severity, Position position, String message, String sourceLine, String hint)
        implements Comparable<Diagnostic>, java.io.Serializable {

    public static Diagnostic error(Position position, String message) {
        return new Diagnostic(Severity.ERROR, position, message, null, null);
    }

    public static Diagnostic warning(Position position, String message) {
        return new Diagnostic(Severity.WARNING, position, message, null, null);
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, position, message, sourceLine, newHint);
    }

    public Diagnostic withSourceLine(String line) {
        return new Diagnostic(severity, position, message, line, hint);
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(newSeverity, position, message, sourceLine, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = position.file().compareTo(o.position.file());
        if (c == 0) {
            c = Integer.compare(position.line(), o.position.line());
        }
        if (c == 0) {
            c = Integer.compare(position.column(), o.position.column());
        }
        if (c == 0) {
            c = message.compareTo(o.message);
        }
        return c;
    }
}
