package dev.versus.pipeline;

import dev.versus.diag.Diagnostic;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a build.
 *
 * @param diagnostics every problem found, sorted
 * @param output      the folder written (null when nothing was written)
 * @param files       files in the output
 * @param changed     files whose bytes changed since the previous build
 * @param millis      wall time of the build
 */
public record BuildResult(List<Diagnostic> diagnostics, Path output, int files, int changed, long millis) {

    public boolean ok() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
