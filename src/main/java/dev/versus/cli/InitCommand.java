package dev.versus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code versus init [DIR]}: writes a small site that builds as it is, to start from. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Create a new site: configuration, a first comparison article with a FAQ, two subjects, "
                + "the aspect catalogue, an about page and a .gitignore for output/.",
                "Existing files are never overwritten: if any file of the new site exists, nothing is written."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was created", "1:a file of the new site exists already; nothing was written",
                "2:wrong usage"})
final class InitCommand implements Callable<Integer> {

    /** Scaffold resource → path in the new site. */
    static final Map<String, String> FILES;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("jbake.properties", "jbake.properties");
        m.put("gitignore", ".gitignore");
        m.put("aspects.yaml", "data/aspects.yaml");
        m.put("python.yaml", "data/languages/python.yaml");
        m.put("javascript.yaml", "data/languages/javascript.yaml");
        m.put("python-vs-javascript.md", "content/blog/python-vs-javascript.md");
        m.put("about.md", "content/about.md");
        FILES = java.util.Collections.unmodifiableMap(m);
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Folder of the new site (default: .); created if missing.")
    Path dir = Path.of(".");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return Console.usage(err, "'" + dir + "' is a file, not a folder", "give the name of a new or empty folder");
        }
        NewFiles files = new NewFiles(dir);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        FILES.forEach((resource, target) -> files.add(target, resource(resource).replace("@DATE@", today)));
        if (!files.write(err)) {
            return Main.EXIT_SITE_ERRORS;
        }
        out.println("Created a new site in " + dir + ":");
        files.files().keySet().forEach(f -> out.println("  " + f));
        String cd = dir.equals(Path.of(".")) ? "" : "cd " + dir + " && ";
        out.println("Next: " + cd + "versus serve, and open http://127.0.0.1:8820/ (versus build writes output/).");
        out.println("Add an article with: versus new article \"Python vs Ruby\" --compare python,ruby");
        return 0;
    }

    static String resource(String name) {
        try (InputStream in = InitCommand.class.getResourceAsStream("/dev/versus/scaffold/" + name)) {
            if (in == null) {
                throw new IllegalStateException("scaffold file missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
