package dev.versus.cli;

import dev.versus.config.ConfigLoader;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.DiagnosticPrinter;
import dev.versus.diag.Position;
import dev.versus.pipeline.SiteData;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the commands share: their opening (the site folder checked, its configuration and data
 * loaded by the pipeline, problems reported) and printing every problem, usage errors included,
 * as a diagnostic.
 */
final class Console {

    /** Where a problem with the command line itself is reported. */
    private static final Position COMMAND_LINE = Position.file("versus");

    private Console() {
    }

    /** A site opened by a command: its data, or why it could not be used and the exit code that says so. */
    record Opened(SiteData data, int exitCode) {
        boolean ok() {
            return data != null;
        }
    }

    /**
     * Opens {@code site} for a command that needs its configuration and catalogue but no pages:
     * a usage error when it is no folder; the errors of its configuration or aspect catalogue,
     * printed as a build prints them, when it has any. Other problems of the data (a subject's
     * facts not filled in yet) are left to the build, as the command does not depend on them.
     */
    static Opened open(Path site, PrintWriter err) throws IOException {
        if (!checkSite(site, err)) {
            return new Opened(null, Main.EXIT_USAGE);
        }
        SiteData data = SiteData.load(site);
        List<Diagnostic> blocking = data.diagnostics().stream().filter(Diagnostic::isError)
                .filter(d -> d.position().file().equals(ConfigLoader.FILE_NAME)
                        || d.position().file().equals(data.catalog().aspectsFile()))
                .toList();
        if (!blocking.isEmpty()) {
            report(blocking, err, true);
            err.println("Fix these first: the command reads the configuration and the aspect catalogue as a build does.");
            err.flush();
            return new Opened(null, Main.EXIT_SITE_ERRORS);
        }
        return new Opened(data, 0);
    }

    /** Whether {@code site} is a folder; prints a usage error when it is not. */
    static boolean checkSite(Path site, PrintWriter err) {
        if (!Files.isDirectory(site)) {
            usage(err, "'" + site + "' is not a folder", "give the folder that holds jbake.properties, content/ and data/");
            return false;
        }
        return true;
    }

    /** Prints a wrong use of the command line as a diagnostic; returns the exit code for wrong usage. */
    static int usage(PrintWriter err, String message, String hint) {
        print(err, Diagnostic.error(COMMAND_LINE, message).withHint(hint));
        return Main.EXIT_USAGE;
    }

    /** Prints one problem that is not the site's (a file that exists already, a clash while writing). */
    static void problem(PrintWriter err, String message, String hint) {
        print(err, Diagnostic.error(COMMAND_LINE, message).withHint(hint));
    }

    private static void print(PrintWriter err, Diagnostic d) {
        err.print(DiagnosticPrinter.format(d));
        err.flush();
    }

    /** Prints diagnostics (errors only when {@code errorsOnly}), capped as everywhere. */
    static void report(List<Diagnostic> diagnostics, PrintWriter w, boolean errorsOnly) {
        List<Diagnostic> shown = errorsOnly ? diagnostics.stream().filter(Diagnostic::isError).toList() : diagnostics;
        if (!shown.isEmpty()) {
            w.print(DiagnosticPrinter.formatAll(shown, DiagnosticPrinter.DEFAULT_LIMIT));
            w.flush();
        }
    }
}
