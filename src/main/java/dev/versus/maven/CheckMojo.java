package dev.versus.maven;

import dev.versus.pipeline.BuildResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.nio.file.Path;

/**
 * Checks the site without writing anything, as {@code versus check} does: every stage of a build
 * runs (reading, front matter and YAML, data, links, templates) and the problems found are
 * logged; errors fail the build. Bound to {@code verify} when declared in an execution.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractVersusMojo {

    @Override
    protected void run(Path site) throws MojoExecutionException, MojoFailureException {
        getLog().info("Checking the site in " + site);
        BuildResult r = build(options(site, null, false));
        report(r, "");
        if (r.diagnostics().isEmpty()) {
            getLog().info("No problems found");
        }
    }
}
