package dev.versus.maven;

import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;

/**
 * Builds the site into {@link #outputDirectory}, as {@code versus build} does. The folder is
 * replaced only when the whole build succeeded; when the site has errors they are logged and
 * the previous output is left as it was. Bound to {@code generate-resources} when declared in an
 * execution, so the site is ready before {@code package}.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class BuildMojo extends AbstractVersusMojo {

    /**
     * Where the site is written. Under {@code target/} by default, so that {@code mvn clean}
     * removes it; {@code destination.folder} in {@code jbake.properties} applies to the command
     * line only. Versus refuses to replace a non-empty folder that it did not write.
     */
    @Parameter(property = "versus.outputDirectory", defaultValue = "${project.build.directory}/versus",
            required = true)
    File outputDirectory;

    /**
     * Where a build keeps its work for the next one (see the README's "The build cache"): the
     * next build renders and writes only what changed, with the same output as a clean build.
     * Under {@code target/} by default, so that {@code mvn clean} removes it.
     */
    @Parameter(property = "versus.cacheDirectory", defaultValue = "${project.build.directory}/versus-cache",
            required = true)
    File cacheDirectory;

    /** Build everything without the cache, as {@code --no-cache} does. */
    @Parameter(property = "versus.noCache", defaultValue = "false")
    boolean noCache;

    @Override
    protected void run(Path site) throws MojoExecutionException, MojoFailureException {
        getLog().info("Building the site in " + site + " into " + outputDirectory);
        BuildOptions o = options(site, outputDirectory.toPath(), true);
        BuildResult r = build(noCache ? o.withoutCache()
                : o.withCacheFolder(cacheDirectory == null ? null : cacheDirectory.toPath()));
        report(r, "; the previous output was left as it was");
        getLog().info(String.format("Built %d files (%d changed) into %s in %d ms", r.files(), r.changed(),
                r.output(), r.millis()));
    }
}
