package dev.versus.maven;

import dev.versus.pipeline.BuildSession;
import dev.versus.serve.DevServer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Builds the site into {@link #outputDirectory}, serves it on 127.0.0.1 and rebuilds what
 * changed on every save, as {@code versus serve} does; open pages reload by themselves. Runs
 * until Maven is stopped (Ctrl+C). Not bound to a phase: run it as {@code mvn versus:serve}.
 */
@Mojo(name = "serve", threadSafe = true)
public final class ServeMojo extends AbstractVersusMojo {

    /** Where the served site is written, as for the build goal. */
    @Parameter(property = "versus.outputDirectory", defaultValue = "${project.build.directory}/versus",
            required = true)
    File outputDirectory;

    /** Port on 127.0.0.1; {@code 0} means {@code server.port} of {@code jbake.properties}, else 8820. */
    @Parameter(property = "versus.port", defaultValue = "0")
    int port;

    @Override
    protected void run(Path site) throws MojoExecutionException, MojoFailureException {
        if (port != 0 && (port < 1 || port > 65535)) {
            throw new MojoFailureException("The port must be between 1 and 65535, not " + port);
        }
        // 0: the site's server.port, as the first build loads it
        Integer p = port == 0 ? null : port;
        BuildSession session = new BuildSession(options(site, outputDirectory.toPath(), true));
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        try (session; DevServer server = DevServer.start(session, p, true, out)) {
            getLog().info("Serving " + session.outputFolder() + " at " + server.url() + " (Ctrl+C to stop)");
            Thread.currentThread().join();
        } catch (BindException e) {
            throw new MojoFailureException("Cannot listen on 127.0.0.1:" + (p != null ? p : session.serverPort()) + ": " + e.getMessage()
                    + "; stop the other server or choose another port with -Dversus.port=N");
        } catch (IOException e) {
            throw new MojoExecutionException("Versus could not read or write the site: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
