package dev.versus.compare;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The comparison engine sits above model, markdown and render: only build and the front ends may use it. */
class CompareLayeringTest {

    private static final Set<String> ALLOWED = Set.of("compare", "build", "cli", "maven", "serve");

    @Test
    void onlyLaterStagesImportTheComparisonEngine() throws IOException {
        Path root = Path.of("src/main/java/dev/versus");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !ALLOWED.contains(root.relativize(p).getName(0).toString()))
                    .filter(p -> read(p).contains("import dev.versus.compare."))
                    .map(p -> root.relativize(p).toString())
                    .sorted().toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
