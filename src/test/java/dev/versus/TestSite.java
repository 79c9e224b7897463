package dev.versus;

import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import dev.versus.diag.DiagnosticPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A small site written from one string of {@code -- path --} sections (as Hugo's integration
 * tests do), built into its {@code output/} folder.
 */
public final class TestSite {

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** Writes the sections of {@code txtar} under {@code root}. */
    public static TestSite write(Path root, String txtar) {
        TestSite site = new TestSite(root);
        site.add(txtar);
        return site;
    }

    /** Adds or replaces files given as {@code -- path --} sections. */
    public TestSite add(String txtar) {
        String path = null;
        StringBuilder body = new StringBuilder();
        for (String line : txtar.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                if (path != null) {
                    put(path, body.toString());
                }
                path = line.substring(3, line.length() - 3).trim();
                body.setLength(0);
            } else if (path != null) {
                body.append(line).append('\n');
            }
        }
        if (path != null) {
            put(path, body.toString().replaceAll("\n+\\z", "\n"));
        }
        return this;
    }

    public TestSite put(String path, String text) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path root() {
        return root;
    }

    public BuildResult build(BuildOptions options) {
        try {
            return Build.run(options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BuildResult build() {
        return build(BuildOptions.build(root));
    }

    /** Builds and fails the test with the printed diagnostics when the build has errors. */
    public BuildResult buildOk() {
        BuildResult r = build();
        if (!r.ok()) {
            fail("build failed:\n" + DiagnosticPrinter.formatAll(r.diagnostics(), 100));
        }
        return r;
    }

    /** The diagnostics of a build, as the CLI prints them. */
    public static String printed(BuildResult r) {
        return DiagnosticPrinter.formatAll(r.diagnostics(), 100);
    }

    public String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("missing file " + path, e);
        }
    }

    public boolean exists(String path) {
        return Files.exists(root.resolve(path));
    }

    /** Asserts the file exists and contains every fragment. */
    public void assertContains(String path, String... fragments) {
        String text = read(path);
        for (String f : fragments) {
            assertTrue(text.contains(f), () -> path + " does not contain: " + f + "\n---\n" + text);
        }
    }

    /** Every file under {@code folder}, relative path → bytes as text (for whole-output comparisons). */
    public static Map<String, String> snapshot(Path folder) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder.toRealPath())) {
            Path start = folder.toRealPath();
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(start.relativize(p).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static void assertSameTree(Path a, Path b) {
        assertEquals(snapshot(a), snapshot(b));
    }
}
