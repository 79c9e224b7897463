package dev.versus.pipeline;

import java.io.IOException;

/** Builds one site: the entry point of the pipeline for the CLI and tests. */
public final class Build {

    private Build() {
    }

    /** Runs a build; author mistakes come back as diagnostics, never as exceptions. */
    public static BuildResult run(BuildOptions options) throws IOException {
        return run(options, Progress.NONE);
    }

    /**
     * Runs a build, telling {@code progress} how far it has got. A build is the first run of a
     * {@link BuildSession}: the same stages a rebuild of the dev server runs.
     */
    public static BuildResult run(BuildOptions options, Progress progress) throws IOException {
        try (BuildSession session = new BuildSession(options, progress, false)) {
            BuildSession.Outcome o = session.build();
            return new BuildResult(o.diagnostics(), o.output(), o.files(), o.changed(), o.millis(), o.rendered(),
                    session.cacheUse());
        }
    }
}
