package dev.versus.check;

import dev.versus.cli.Main;
import dev.versus.source.SiteReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The corpus of broken sites under {@code src/test/resources/invalid/<case>/}: each folder is a
 * small site plus {@code expected.txt}, the exact output of {@code versus check}, and optionally
 * {@code args.txt} with extra options (e.g. {@code --strict} for cases that only warn). Every
 * case must exit with 1 and print no stack trace.
 *
 * <p>Run with {@code -Dversus.regenerate=true} to rewrite the expected files from the current
 * output; review the diff before committing.
 */
class InvalidSitesTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "invalid");
    private static final boolean REGENERATE = Boolean.getBoolean("versus.regenerate");
    private static final List<String> NOT_SITE = List.of("expected.txt", "args.txt");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkReportsExactDiagnostics(String name, @org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path source = CORPUS.resolve(name);
        Path site = tmp.resolve("site");
        copySite(source, site);
        prepare(name, site, tmp);

        List<String> args = new ArrayList<>();
        args.add("check");
        Path argsFile = source.resolve("args.txt");
        if (Files.exists(argsFile)) {
            args.addAll(List.of(Files.readString(argsFile).trim().split("\\s+")));
        }
        args.add(site.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));

        String all = out + err.toString();
        assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("internal error"),
                () -> "stack trace or internal error:\n" + all);
        Path expectedFile = source.resolve("expected.txt");
        if (REGENERATE) {
            Files.writeString(expectedFile, all);
        }
        assertEquals(Files.exists(expectedFile) ? Files.readString(expectedFile) : "(no expected.txt)", all);
        assertEquals(1, code, "exit code");
    }

    /** Inputs that are generated rather than committed: huge files and links leaving the site. */
    private static void prepare(String name, Path site, Path tmp) throws IOException {
        switch (name) {
            case "huge-file" -> {
                try (OutputStream o = Files.newOutputStream(site.resolve("content/huge.md"))) {
                    o.write("---\ntitle: Huge\n---\n".getBytes(StandardCharsets.UTF_8));
                    byte[] line = ("lorem ipsum ".repeat(10) + "\n").getBytes(StandardCharsets.UTF_8);
                    for (long n = 0; n <= SiteReader.MAX_FILE_BYTES; n += line.length) {
                        o.write(line);
                    }
                }
            }
            case "symlink-outside" -> {
                Path secret = Files.writeString(tmp.resolve("secret.md"), "---\ntitle: Secret\n---\nsecret\n");
                Path outsideDir = Files.createDirectories(tmp.resolve("elsewhere"));
                Files.writeString(outsideDir.resolve("b.md"), "---\ntitle: B\n---\n");
                try {
                    Files.createSymbolicLink(site.resolve("content/secret.md"), secret);
                    Files.createSymbolicLink(site.resolve("content/elsewhere"), outsideDir);
                } catch (UnsupportedOperationException | IOException e) {
                    Assumptions.abort("symbolic links are not supported here: " + e);
                }
            }
            case "markdown-deep-list" -> {
                // a list nested 1,000 levels deep, each level indented two more columns
                StringBuilder list = new StringBuilder("---\ntitle: List\n---\nItems:\n\n");
                for (int i = 0; i < 1000; i++) {
                    list.append("  ".repeat(i)).append("- level ").append(i + 1).append('\n');
                }
                Files.writeString(site.resolve("content/a.md"), list);
            }
            case "symlink-loop" -> links(() -> {
                Files.createSymbolicLink(site.resolve("content/loop-a.md"), Path.of("loop-b.md"));
                Files.createSymbolicLink(site.resolve("content/loop-b.md"), Path.of("loop-a.md"));
                Files.createSymbolicLink(site.resolve("content/self"), Path.of("self"));
            });
            case "jbake-properties-symlink-outside" -> links(() -> {
                Path outside = Files.writeString(tmp.resolve("shared.properties"), "site.title=Not this site\n");
                Files.createSymbolicLink(site.resolve("jbake.properties"), outside);
            });
            default -> {
            }
        }
    }

    private interface LinkMaker {
        void make() throws IOException;
    }

    private static void links(LinkMaker maker) {
        try {
            maker.make();
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links are not supported here: " + e);
        }
    }

    static void copySite(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path rel = from.relativize(p);
                if (rel.getNameCount() == 1 && NOT_SITE.contains(rel.toString())) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
