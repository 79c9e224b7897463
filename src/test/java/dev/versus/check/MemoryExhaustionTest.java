package dev.versus.check;

import dev.versus.TestSites;
import dev.versus.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A template that builds a value too large for memory stops with an error at its line, in a
 * process of its own with a small heap (so that running out of memory cannot disturb the tests
 * around it).
 */
class MemoryExhaustionTest {

    @Test
    void aTemplateThatRunsOutOfMemoryIsAnErrorAtItsLine(@TempDir Path dir) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), Map.of(
                "content/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\nText.\n",
                "templates/post.ftlh", "<#assign s = \"x\">\n<#list 1..64 as i><#assign s = s + s></#list>\n${s}\n"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx48m", "-Dlogback.configurationFile=none", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "check", site.toString())
                .redirectErrorStream(true).start();
        byte[] err = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String printed = new String(err, StandardCharsets.UTF_8);
        assertTrue(printed.contains("""
                templates/post.ftlh:2:19: error: template stopped: the template built a value too large for memory
                 2 | <#list 1..64 as i><#assign s = s + s></#list>
                   |                   ^
                  hint: look for a value that grows on every turn of a loop (<#assign s = s + s>); while rendering content/a.md
                1 error, 0 warnings
                """), printed);
        assertFalse(printed.contains("\tat "), printed);
        assertEquals(1, p.exitValue());
    }
}
