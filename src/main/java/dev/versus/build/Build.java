package dev.versus.build;

import java.io.IOException;

/** Builds one site: the entry point of the pipeline for the CLI and tests. */
public final class Build {

    private Build() {
    }

    /** Runs a build; author mistakes come back as diagnostics, never as exceptions. */
    public static BuildResult run(BuildOptions options) throws IOException {
        try (BuildSession session = new BuildSession(options)) {
            BuildSession.Outcome o = session.build();
            return new BuildResult(o.diagnostics(), o.output(), o.files(), o.changed(), o.millis());
        }
    }
}
