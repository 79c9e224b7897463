package dev.versus.pipeline;

import dev.versus.diag.Diagnostic;

import java.io.IOException;

/**
 * The output folder, or the cache folder, is inside an input folder (content, data, templates
 * or assets), so every build would read its own output: a usage error, reported before any
 * stage runs.
 */
public final class OutputInsideInputException extends IOException {
    private final transient Diagnostic diagnostic;
    private final String option;

    OutputInsideInputException(Diagnostic diagnostic, String option) {
        super(diagnostic.message());
        this.diagnostic = diagnostic;
        this.option = option;
    }

    /** The problem, at the {@code destination.folder} line when the configuration chose the folder. */
    public Diagnostic diagnostic() {
        return diagnostic;
    }

    /** Whether the folder was given on the command line ({@code -o} or {@code --cache}) rather than configured. */
    public boolean fromOption() {
        return option != null;
    }

    /** The option that gave the folder ({@code -o} or {@code --cache}), or null when it was configured. */
    public String option() {
        return option;
    }
}
