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
 * @param rendered    pages rendered (the others were carried over from the previous build)
 * @param cache       what became of the cache: null without one, else "used", or why it was not
 *                    ("no cache yet", "made for another configuration", "damaged", …)
 */
public record BuildResult(List<Diagnostic> diagnostics, Path output, int files, int changed, long millis,
                          int rendered, String cache) implements java.io.Serializable {

    public BuildResult(List<Diagnostic> diagnostics, Path output, int files, int changed, long millis) {
        this(diagnostics, output, files, changed, millis, 0, null);
    }

    public boolean ok() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
