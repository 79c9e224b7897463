package dev.versus.asciidoc;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * AsciidoctorJ stays behind one package, so a site without AsciiDoc never loads it, and that
 * package sits low: it uses only diagnostics, sources and configuration.
 */
class AsciiDocLayeringTest {

    private static final Path ROOT = Path.of("src/main/java/dev/versus");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?dev\\.versus\\.(\\w+)\\.");

    @Test
    void onlyTheAsciiDocPackageUsesAsciidoctorJ() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !ROOT.relativize(p).startsWith("asciidoc"))
                    .filter(p -> read(p).contains("org.asciidoctor"))
                    .map(p -> ROOT.relativize(p).toString()).sorted().toList();
            assertEquals(List.of(), offenders);
        }
    }

    @Test
    void theAsciiDocPackageDependsOnlyOnEarlierStages() throws IOException {
        Set<String> allowed = Set.of("asciidoc", "diag", "source", "config");
        try (Stream<Path> files = Files.walk(ROOT.resolve("asciidoc"))) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> {
                        Matcher m = IMPORT.matcher(read(p));
                        return m.results().map(r -> r.group(1)).filter(pkg -> !allowed.contains(pkg))
                                .map(pkg -> p.getFileName() + " imports " + pkg);
                    }).sorted().toList();
            assertEquals(List.of(), offenders);
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
