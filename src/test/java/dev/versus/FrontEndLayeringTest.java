package dev.versus;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Maven plugin is a front end beside the command line: only it may use the Maven API, which
 * the command-line jar does not contain, and no other package depends on it.
 */
class FrontEndLayeringTest {

    private static final Path ROOT = Path.of("src/main/java/dev/versus");

    @Test
    void onlyTheMavenPackageUsesTheMavenApi() throws IOException {
        assertEquals(List.of(), offenders(p -> !p.startsWith("maven/"), "import org.apache.maven."));
    }

    @Test
    void nothingDependsOnTheMavenPlugin() throws IOException {
        assertEquals(List.of(), offenders(p -> !p.startsWith("maven/"), "import dev.versus.maven."));
    }

    @Test
    void theMavenPluginDoesNotGoThroughTheCommandLine() throws IOException {
        assertEquals(List.of(), offenders(p -> p.startsWith("maven/"), "import dev.versus.cli."));
    }

    private static List<String> offenders(Predicate<String> where, String importPrefix) throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .filter(where)
                    .filter(p -> read(ROOT.resolve(p)).contains(importPrefix))
                    .sorted().toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
