package dev.versus.maven;

import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import dev.versus.pipeline.Progress;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.DiagnosticPrinter;
import dev.versus.diag.Severity;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What every Versus goal shares: the site and build options, and how a build's problems reach
 * the Maven log. Problems in the site fail the build with a {@link MojoFailureException} after
 * every diagnostic has been logged as {@code file:line:column}, the quoted line and the hint,
 * exactly as the command line prints them; a bug in Versus or an I/O failure is a
 * {@link MojoExecutionException}.
 */
public abstract class AbstractVersusMojo extends AbstractMojo {

    /**
     * The site folder: the one holding {@code jbake.properties}, {@code content/}, {@code data/},
     * {@code templates/} and {@code assets/}. Diagnostics name files relative to it.
     */
    @Parameter(property = "versus.siteDirectory", defaultValue = "${project.basedir}", required = true)
    File siteDirectory;

    /** Render drafts too, as {@code --drafts} does. */
    @Parameter(property = "versus.drafts", defaultValue = "false")
    boolean drafts;

    /** Treat warnings as errors, as {@code --strict} does. */
    @Parameter(property = "versus.strict", defaultValue = "false")
    boolean strict;

    /**
     * Worker threads; 0 means {@code versus.threads} from {@code jbake.properties}, else one per
     * core.
     */
    @Parameter(property = "versus.threads", defaultValue = "0")
    int threads;

    /** Skip this goal. */
    @Parameter(property = "versus.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Versus (versus.skip)");
            return;
        }
        if (siteDirectory == null || !siteDirectory.isDirectory()) {
            throw new MojoFailureException("The site folder '" + siteDirectory + "' is not a folder; set "
                    + "siteDirectory to the folder that holds jbake.properties, content/ and data/");
        }
        run(siteDirectory.toPath());
    }

    /** Runs the goal on the site folder, which exists. */
    protected abstract void run(Path site) throws MojoExecutionException, MojoFailureException;

    /** The build options the parameters ask for; {@code output} null means the configured one. */
    protected BuildOptions options(Path site, Path output, boolean write) {
        return new BuildOptions(site, output, drafts, write, strict, threads);
    }

    /** Runs a build; a failure that is not the site's fault becomes a MojoExecutionException. */
    protected BuildResult build(BuildOptions options) throws MojoExecutionException {
        try {
            return Build.run(options, new LogProgress(getLog()));
        } catch (IOException e) {
            throw new MojoExecutionException("Versus could not read or write the site: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Internal error in Versus: " + e
                    + ". This is a bug in Versus; please report it with the stack trace (mvn -e).", e);
        }
    }

    /**
     * Logs every diagnostic of the build, errors at error level and warnings at warning level,
     * and fails when the site has errors.
     *
     * @param failure what the failure message says after the count of errors
     */
    protected void report(BuildResult result, String failure) throws MojoFailureException {
        log(getLog(), result.diagnostics());
        long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            throw new MojoFailureException("The site has " + errors + (errors == 1 ? " error" : " errors")
                    + " (printed above)" + failure);
        }
    }

    static void log(Log log, List<Diagnostic> diagnostics) {
        DiagnosticPrinter.forEachLine(diagnostics, DiagnosticPrinter.DEFAULT_LIMIT, (severity, line) -> {
            if (severity == Severity.ERROR) {
                log.error(line);
            } else {
                log.warn(line);
            }
        });
    }

    /** Each stage of a build at debug level ({@code mvn -X}). */
    private record LogProgress(Log log) implements Progress {
        @Override
        public void stage(String name) {
            log.debug("Versus: stage " + name);
        }

        @Override
        public void total(int files) {
            log.debug("Versus: rendering " + files + " pages");
        }

        @Override
        public void advance() {
        }
    }
}
