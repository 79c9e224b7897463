package dev.versus.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/configuration.md is exactly what {@link ConfigKey#ALL} renders. After adding or changing a
 * key, regenerate it with {@code ./mvnw test -Dtest=ConfigReferenceTest -Dversus.regenerate=true}.
 */
class ConfigReferenceTest {

    private static final Path DOC = Path.of("docs/configuration.md");

    @Test
    void configurationReferenceMatchesTheKeysInTheCode() throws IOException {
        String expected = ConfigReference.markdown();
        if (Boolean.getBoolean("versus.regenerate")) {
            ConfigReference.main(new String[] {DOC.toString()});
        }
        assertTrue(Files.isRegularFile(DOC), DOC + " is missing; regenerate it with -Dversus.regenerate=true");
        assertEquals(expected, Files.readString(DOC, StandardCharsets.UTF_8).replace("\r\n", "\n"),
                DOC + " is out of date; regenerate it with ./mvnw test -Dtest=ConfigReferenceTest -Dversus.regenerate=true");
    }

    @Test
    void everyKeyIsDocumentedWithItsDefault() {
        String doc = ConfigReference.markdown();
        for (ConfigKey k : ConfigKey.ALL) {
            assertTrue(!k.description().isBlank(), k.name() + " has no description");
            assertTrue(doc.contains("| `" + k.name() + "` | "), k.name());
        }
    }
}
