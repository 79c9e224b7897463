package dev.versus.diag;

/** How serious a diagnostic is. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word printed before the message. */
    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
