package dev.versus.pipeline;

import dev.versus.TestSites;
import dev.versus.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile values never become markup; failed builds and all builds leave files alone. */
class SafetyTest {

    /** Breaks out of text, double- and single-quoted attributes, script and JSON contexts. */
    private static final String PAYLOAD = "\\\"'><script>alert(1)</script><img src=x onerror=alert(2)>"
            + "\\\" onmouseover=\\\"alert(3)' onfocus='alert(4)</title></textarea>&amp;\\\\u003c";

    /**
     * Text that may appear in an output file only if escaping failed somewhere. (The built-in
     * theme draws its logo and icons with inline SVG, so the tag from the payload is matched
     * with its attribute.)
     */
    private static final List<String> EXECUTABLE = List.of("<script>alert", "<img src=x",
            "onmouseover=\"alert", "onfocus='alert", "<svg onload", "</title></textarea>");

    private static String post(String extra) {
        return "---\n"
                + "title: \"" + PAYLOAD + "\"\n"
                + "date: 2025-03-01\n"
                + "tags: [\"\\\"' onmouseover=\\\"alert(3)<script>alert(1)<img src=x onerror=alert(2)>\", "
                + "\"<svg onload=alert(5)>\"]\n"
                + "summary: \"" + PAYLOAD + "\"\n"
                + "description: \"" + PAYLOAD + "\"\n"
                + "author: \"" + PAYLOAD + "\"\n"
                + "hero: \"" + PAYLOAD + "\"\n"
                + extra
                + "---\n"
                + "Body text.\n";
    }

    @Test
    void markupInHeaderValuesIsEscapedInEveryOutputFile(@TempDir Path dir) throws IOException {
        TestSites.write(dir, Map.of(
                "jbake.properties", """
                        site.title=Safe
                        render.tags=true
                        render.tagsindex=true
                        render.sitemap=true
                        render.error404=true
                        render.archive=true
                        render.feed=true
                        """,
                "content/blog/a.md", post(""),
                "content/about.md", post("type: page\nnested: {inner: \"" + PAYLOAD + "\", list: [\"" + PAYLOAD
                        + "\"]}\n"),
                "templates/page.ftlh", """
                        <!doctype html>
                        <html><head><title>${content.title}</title>
                        <meta name="description" content="${content.summary}">
                        <meta name='hero' content='${content.hero}'></head>
                        <body data-hero="${content.hero}"><h1>${content.title}</h1>
                        <p>${content.nested.inner}</p><#list content.nested.list as x><i title="${x}">${x}</i></#list>
                        <#list content.tags as t><a href="${t}">${t}</a></#list>
                        ${content.body?no_esc}
                        </body></html>
                        """));
        BuildResult r = Build.run(BuildOptions.build(dir));
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir.resolve("output").toRealPath())) {
            files = s.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() > 8, "expected pages, feed, sitemap, tags: " + files);
        int mentions = 0;
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            mentions += text.contains("alert(1)") ? 1 : 0;
            for (String bad : EXECUTABLE) {
                if (text.contains(bad)) {
                    problems.add(dir.relativize(f) + " contains " + bad);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(mentions >= 3, "the payload should appear, escaped, in several files; found in " + mentions);
    }

    @Test
    void failedBuildLeavesPreviousOutputByteIdentical(@TempDir Path dir) throws IOException {
        TestSites.write(dir, Map.of(
                "jbake.properties", "render.tags=true\n",
                "content/blog/a.md", "---\ntitle: A\ndate: 2025-01-01\ntags: [x]\n---\nSee [b](b.md).\n",
                "content/blog/b.md", "---\ntitle: B\ndate: 2025-01-02\n---\n## Heading\n",
                "assets/css/site.css", "body{}\n"));
        assertEquals(0, cli("build", dir.toString()));
        Map<String, TestSites.Entry> before = TestSites.snapshot(dir.resolve("output"), null);
        assertFalse(before.isEmpty());

        Files.writeString(dir.resolve("content/blog/b.md"), "---\ntitle: B\ndate: 2025-13-02\n---\nChanged\n");
        Files.writeString(dir.resolve("content/blog/c.md"), "---\ntitle: C\n---\nNew page\n");
        assertEquals(1, cli("build", dir.toString()));

        assertEquals(before, TestSites.snapshot(dir.resolve("output"), null));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(".output.builds", ".output.cache", "assets", "content", "jbake.properties", "output"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), "no staging folder left behind");
        }
        try (Stream<Path> s = Files.list(dir.resolve(".output.builds"))) {
            String current = dir.resolve("output").toRealPath().getFileName().toString();
            assertEquals(List.of(".lock", current, "files-" + current),
                    s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "only the current build is kept, with its file list");
        }
    }

    @Test
    void buildsNeverModifySourceFiles(@TempDir Path dir) throws IOException {
        TestSites.write(dir, Map.of(
                "jbake.properties", "render.tags=true\nrender.sitemap=true\n",
                "content/blog/a.md", "\uFEFF---\r\ntitle: A\r\ndate: 2025-01-01\r\ntags: [x]\r\n---\r\nBody\r\n",
                "content/blog/b.md", "title=B\ndate=2025-01-02\n~~~~~~\nBody\n",
                "content/broken.md", "---\ntitle: Broken\ndate: never\n---\n",
                "templates/page.ftlh", "<p>${content.title}</p>\n",
                "assets/a.txt", "asset\n"));
        Map<String, TestSites.Entry> before = TestSites.snapshot(dir, "output");
        assertEquals(1, cli("build", dir.toString()));
        assertEquals(1, cli("check", dir.toString()));
        Files.delete(dir.resolve("content/broken.md"));
        before.remove("content/broken.md");
        assertEquals(0, cli("build", dir.toString()));
        assertEquals(0, cli("build", dir.toString()));
        assertEquals(before, TestSites.snapshot(dir, "output"));
        assertNotEquals(Map.of(), TestSites.snapshot(dir.resolve("output"), null));
    }

    @Test
    void tagsThatClimbOutOfTheOutputFolderAreWrittenInsideIt(@TempDir Path dir) throws IOException {
        TestSites.write(dir.resolve("site"), Map.of(
                "jbake.properties", "render.tags=true\nrender.tagsindex=true\n",
                "content/a.md", "---\ntitle: A\ntags: [ok, ../../outside, /etc/x, '..']\n---\n"));
        assertEquals(0, cli("build", dir.resolve("site").toString()));
        try (Stream<Path> s = Files.walk(dir)) {
            List<String> outside = s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .filter(p -> !p.startsWith("site")).toList();
            assertEquals(List.of(), outside);
        }
        try (Stream<Path> s = Files.list(dir.resolve("site/output/tags"))) {
            assertEquals(List.of("--.html", "-etc-x.html", "..-..-outside.html", "index.html", "ok.html"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private static int cli(String... args) {
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }
}
