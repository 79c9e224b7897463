package dev.versus.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A thread-safe collector of diagnostics. Stages add to it instead of throwing; the build
 * looks at {@link #hasErrors()} between stages.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        items.add(d);
    }

    public synchronized void addAll(Collection<Diagnostic> ds) {
        items.addAll(ds);
    }

    public void error(Position p, String message, String hint) {
        add(Diagnostic.error(p, message).withHint(hint));
    }

    public void warning(Position p, String message, String hint) {
        add(Diagnostic.warning(p, message).withHint(hint));
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized int errorCount() {
        return (int) items.stream().filter(Diagnostic::isError).count();
    }

    /** All diagnostics, duplicates removed, sorted by file, line and column. */
    public synchronized List<Diagnostic> sorted() {
        return items.stream().distinct().sorted().toList();
    }

    /** Turns every warning into an error ({@code --strict}). */
    public synchronized void promoteWarnings() {
        items.replaceAll(d -> d.withSeverity(Severity.ERROR));
    }
}
