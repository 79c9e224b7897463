package dev.versus.cli;

import dev.versus.config.Versions;
import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import dev.versus.pipeline.BuildSession;
import dev.versus.pipeline.OutputInsideInputException;
import dev.versus.pipeline.Progress;
import dev.versus.diag.DiagnosticPrinter;
import dev.versus.serve.DevServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The command line. Exit codes: 0 success, 1 the site has errors, 2 wrong usage, 3 an
 * internal error (a bug in Versus).
 */
@Command(name = "versus", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds comparison sites from Markdown articles and YAML facts.",
        subcommands = {Main.BuildCommand.class, Main.CheckCommand.class, Main.ServeCommand.class, InitCommand.class,
                NewCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the site has errors (they are printed)", "2:wrong usage",
                "3:internal error (please report it)"})
public final class Main implements Callable<Integer> {

    /** Exit code: the site has author errors. */
    public static final int EXIT_SITE_ERRORS = 1;
    /** Exit code: wrong command-line usage. */
    public static final int EXIT_USAGE = 2;
    /** Exit code: a bug in Versus. */
    public static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        giveEveryCommandTheVersion(cl);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            IOException io = e instanceof IOException x ? x
                    : e instanceof java.io.UncheckedIOException u ? u.getCause() : null;
            if (io != null) {
                // the machine refused (a folder that cannot be read, a file that vanished): not a bug
                err.println("versus: error: cannot read or write the site: " + describe(io));
                err.println("  hint: check that the site's folders can be read and the output folder written");
                err.flush();
                return EXIT_SITE_ERRORS;
            }
            err.println("versus: internal error: " + e);
            e.printStackTrace(err);
            err.println("This is a bug in Versus. Please report it with the lines above.");
            return EXIT_INTERNAL;
        });
        return cl.execute(args);
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f) {
            String reason = f.getReason() != null ? f.getReason()
                    : e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(java.util.Locale.ROOT);
            return reason + " (" + f.getFile() + (f.getOtherFile() != null ? ", " + f.getOtherFile() : "") + ")";
        }
        return String.valueOf(e.getMessage());
    }

    /** So that {@code versus build --version} prints the version too, as every command has -V. */
    private static void giveEveryCommandTheVersion(CommandLine cl) {
        if (cl.getCommandSpec().versionProvider() == null) {
            cl.getCommandSpec().versionProvider(new Version());
        }
        cl.getSubcommands().values().forEach(Main::giveEveryCommandTheVersion);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return EXIT_USAGE;
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"versus " + Versions.VERSUS};
        }
    }

    /** Options shared by commands that build. */
    static class SiteOptions {
        @Parameters(index = "0", arity = "0..1", paramLabel = "SITE_DIR", description = "The site folder (default: .).")
        Path site = Path.of(".");

        @Option(names = "--drafts", description = "Render drafts too.")
        boolean drafts;

        @Option(names = "--strict", description = "Treat warnings as errors.")
        boolean strict;

        @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
        int threads;

        BuildOptions options(Path output, boolean write) {
            return new BuildOptions(site, output, drafts, write, strict, threads);
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site into its output folder.")
    static final class BuildCommand implements Callable<Integer> {
        @CommandLine.Mixin
        SiteOptionsMixin site;

        @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT_DIR",
                description = "Output folder (default: destination.folder, i.e. output/).")
        Path output;

        @Option(names = "--cache", paramLabel = "CACHE_DIR",
                description = "Where the build keeps its work for the next build (default: .NAME.cache beside the output folder NAME).")
        Path cache;

        @Option(names = "--no-cache", description = "Build everything, without reading or writing the cache.")
        boolean noCache;

        @CommandLine.Mixin
        Verbosity verbosity;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Console.checkSite(site.site, err)) {
                return EXIT_USAGE;
            }
            Progress progress = ConsoleProgress.forBuild(err, verbosity.quiet, verbosity.verbose);
            BuildResult r;
            BuildOptions options = site.options(output, true);
            options = noCache ? options.withoutCache() : options.withCacheFolder(cache);
            try {
                r = Build.run(options, progress);
            } catch (OutputInsideInputException e) {
                ConsoleProgress.finish(progress);
                return misplacedOutput(e, err);
            }
            ConsoleProgress.finish(progress);
            Console.report(r.diagnostics(), err, verbosity.quiet);
            if (!r.ok()) {
                err.println("Build failed; the previous output was left as it was.");
                return EXIT_SITE_ERRORS;
            }
            if (!verbosity.quiet) {
                out.printf("Built %d files (%d changed) into %s in %d ms%n", r.files(), r.changed(),
                        r.output(), r.millis());
                if (r.cache() != null) {
                    out.printf("Cache: %s; %d %s rendered%n", r.cache(), r.rendered(),
                            r.rendered() == 1 ? "page" : "pages");
                }
            }
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Run every stage except writing and print the problems found.")
    static final class CheckCommand implements Callable<Integer> {
        @CommandLine.Mixin
        SiteOptionsMixin site;

        @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
        String format = "text";

        @CommandLine.Mixin
        Verbosity verbosity;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!format.equals("text") && !format.equals("json")) {
                return Console.usage(err, "--format must be text or json, not '" + format + "'",
                        "write --format=text (the default) or --format=json");
            }
            if (!Console.checkSite(site.site, err)) {
                return EXIT_USAGE;
            }
            Progress progress = ConsoleProgress.forBuild(err, verbosity.quiet || format.equals("json"), verbosity.verbose);
            BuildResult r = Build.run(site.options(null, false), progress);
            ConsoleProgress.finish(progress);
            if (format.equals("json")) {
                out.print(DiagnosticPrinter.toJson(r.diagnostics()));
                out.flush();
            } else {
                // A clean site prints nothing, as pre-commit hooks expect.
                Console.report(r.diagnostics(), out, verbosity.quiet);
            }
            return r.ok() ? 0 : EXIT_SITE_ERRORS;
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"Build the site, serve it on 127.0.0.1 and rebuild what changed on every save;",
                    "open pages reload by themselves and show build errors over the page."})
    static final class ServeCommand implements Callable<Integer> {
        @CommandLine.Mixin
        SiteOptionsMixin site;

        @Option(names = {"-p", "--port"}, paramLabel = "N",
                description = "Port on 127.0.0.1, 0 for any free one (default: server.port of jbake.properties, else "
                        + DevServer.DEFAULT_PORT + ").")
        Integer port;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException, InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Console.checkSite(site.site, err)) {
                return EXIT_USAGE;
            }
            if (port != null && (port < 0 || port > 65535)) {
                return Console.usage(err, "--port must be between 0 and 65535, not " + port,
                        "leave it out to use server.port of jbake.properties; 0 takes any free port");
            }
            BuildSession session = new BuildSession(site.options(null, true));
            DevServer server;
            try {
                server = DevServer.start(session, port, true, out);
            } catch (OutputInsideInputException e) {
                session.close();
                return misplacedOutput(e, err);
            } catch (java.net.BindException e) {
                int wanted = port != null ? port : session.serverPort();
                session.close();
                return Console.usage(err, "cannot listen on 127.0.0.1:" + wanted + ": " + e.getMessage(),
                        "stop the other server or choose another port with --port (or server.port)");
            }
            out.printf("Serving %s at %s (Ctrl+C to stop)%n", session.outputFolder(), server.url());
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // exiting anyway
                }
                session.close();
            }));
            Thread.currentThread().join();
            return 0;
        }
    }

    /** Picocli mixin wrapper for the shared site options. */
    static final class SiteOptionsMixin extends SiteOptions {
    }

    /** How much the building commands print: -q errors only, -v each stage as it starts. */
    static final class Verbosity {
        @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
        boolean quiet;

        @Option(names = {"-v", "--verbose"}, description = "Print each stage as it starts.")
        boolean verbose;
    }

    /** An output or cache folder inside an input folder: printed like a wrong option, exit 2. */
    static int misplacedOutput(OutputInsideInputException e, PrintWriter err) {
        if (e.fromOption()) {
            Console.usage(err, e.option() + ": " + e.diagnostic().message(), e.diagnostic().hint());
        } else {
            err.print(DiagnosticPrinter.formatAll(List.of(e.diagnostic()), DiagnosticPrinter.DEFAULT_LIMIT));
        }
        err.flush();
        return EXIT_USAGE;
    }
}
