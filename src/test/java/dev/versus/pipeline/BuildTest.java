package dev.versus.pipeline;

import dev.versus.TestSite;
import dev.versus.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.NodeList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The core build: content, URLs, listings, feeds, drafts, atomic and reproducible writing. */
class BuildTest {

    @TempDir
    Path dir;

    private static final String SITE = """
            -- jbake.properties --
            site.host=https://example.org
            site.title=Test site
            render.tags=true
            render.tagsindex=true
            render.sitemap=true
            render.error404=true
            markdown.extensions=TABLES,FENCED_CODE_BLOCKS
            -- content/blog/first.md --
            ---
            title: First post
            date: 2025-01-10
            tags: [django, python]
            summary: The first one.
            ---
            Hello **world**. See [the second](second.md#details).
            -- content/blog/second.md --
            title=Second post
            date=2025-02-20
            type=post
            status=published
            tags=django,express
            ~~~~~~
            ## Details

            Some details.
            -- content/about.md --
            ---
            title: About
            type: page
            ---
            About us.
            -- content/blog/later.md --
            ---
            title: Not yet
            date: 2025-03-01
            status: draft
            ---
            Draft text.
            -- assets/img/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """;

    @Test
    void buildsPagesListingsFeedsAndSitemap() {
        TestSite site = TestSite.write(dir, SITE);
        BuildResult r = site.buildOk();
        assertEquals(java.util.List.of(), r.diagnostics());
        site.assertContains("output/blog/first.html", "<h1>First post</h1>", "Hello <strong>world</strong>",
                "href=\"second.html#details\"", "2025-01-10");
        site.assertContains("output/blog/second.html", "<h2 id=\"details\">Details <a class=\"anchor\" href=\"#details\"");
        site.assertContains("output/about.html", "<h1>About</h1>");
        site.assertContains("output/index.html", "First post", "Second post");
        String index = site.read("output/index.html");
        assertTrue(index.indexOf("Second post") < index.indexOf("First post"), "newest first");
        site.assertContains("output/tags/django.html", "First post", "Second post");
        site.assertContains("output/tags/express.html", "Second post");
        site.assertContains("output/tags/index.html", "django", "express", "python");
        site.assertContains("output/archive.html", "2025");
        site.assertContains("output/feed.xml", "<link>https://example.org/blog/second.html</link>");
        site.assertContains("output/atom.xml", "<id>https://example.org/blog/first.html</id>");
        site.assertContains("output/sitemap.xml", "<loc>https://example.org/blog/first.html</loc>",
                "<loc>https://example.org/about.html</loc>");
        site.assertContains("output/robots.txt", "Sitemap: https://example.org/sitemap.xml");
        site.assertContains("output/404.html", "Page not found");
        site.assertContains("output/img/logo.svg", "<svg");
        assertTrue(site.exists("output/css/versus.css"), "built-in theme stylesheet");
        assertFalse(site.exists("output/blog/later.html"), "drafts are left out");
        assertFalse(site.read("output/index.html").contains("Not yet"));
    }

    @Test
    void urlsBeyondOneSitemapGoToNumberedSitemapsUnderASitemapIndex() throws Exception {
        TestSite site = TestSite.write(dir, SITE);
        site.buildOk();
        List<String> all = locs(dir.resolve("output/sitemap.xml"), "url");
        assertTrue(all.size() > 7, all.toString());
        site.put("jbake.properties", site.read("jbake.properties") + "versus.sitemap.max_urls=3\n");
        site.buildOk();
        int parts = (all.size() + 2) / 3;
        List<String> expected = IntStream.rangeClosed(1, parts).mapToObj(i -> "https://example.org/sitemap-" + i + ".xml").toList();
        assertEquals(expected, locs(dir.resolve("output/sitemap.xml"), "sitemap"));
        List<String> split = new ArrayList<>();
        for (int i = 1; i <= parts; i++) {
            List<String> part = locs(dir.resolve("output/sitemap-" + i + ".xml"), "url");
            assertTrue(part.size() <= 3 && !part.isEmpty(), part.toString());
            split.addAll(part);
        }
        assertEquals(all, split, "every URL once, in the same order");
        site.assertContains("output/sitemap.xml", "<lastmod>2025-02-20</lastmod>");
        site.assertContains("output/robots.txt", "Sitemap: https://example.org/sitemap.xml");
    }

    /** The {@code loc} of every {@code element} of a sitemap or sitemap index, parsed as namespaced XML. */
    private static List<String> locs(Path file, String element) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(file.toFile());
        String ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        assertEquals(element.equals("url") ? "urlset" : "sitemapindex", doc.getDocumentElement().getLocalName());
        assertEquals(ns, doc.getDocumentElement().getNamespaceURI());
        NodeList nodes = doc.getElementsByTagNameNS(ns, element);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(((org.w3c.dom.Element) nodes.item(i)).getElementsByTagNameNS(ns, "loc").item(0).getTextContent());
        }
        return out;
    }

    @Test
    void anOutputThatCannotBeCreatedIsASiteErrorNotAnInternalError() throws Exception {
        TestSite.write(dir, SITE);
        Files.writeString(dir.resolve("a-file"), "x");
        BuildResult r = Build.run(BuildOptions.build(dir).withOutput(dir.resolve("a-file/out")));
        assertFalse(r.ok());
        assertEquals(List.of("a-file/out: cannot write the output folder: file already exists (" + dir.resolve("a-file")
                        + ")"),
                r.diagnostics().stream().map(d -> d.position() + ": " + d.message()).toList());
    }

    @Test
    void rendersDraftsWithSuffixWhenAsked() {
        TestSite site = TestSite.write(dir, SITE);
        BuildResult r = site.build(BuildOptions.build(dir).withDrafts(true));
        assertTrue(r.ok());
        site.assertContains("output/blog/later-draft.html", "Draft text.");
    }

    @Test
    void prettyUrlsPutEachPageInItsOwnFolder() {
        TestSite site = TestSite.write(dir, SITE).add("""
                -- jbake.properties --
                site.host=https://example.org/docs/
                uri.noExtension=true
                uri.noExtension.prefix=/
                index.paginate=true
                index.posts_per_page=1
                """);
        site.buildOk();
        site.assertContains("output/blog/first/index.html", "href=\"../second/#details\"",
                "href=\"../../css/versus.css\"", "<link rel=\"canonical\" href=\"https://example.org/docs/blog/first/\">");
        site.assertContains("output/about/index.html", "About us.");
        site.assertContains("output/index.html", "Second post", "href=\"2/\"", "Page 1 of 2");
        site.assertContains("output/2/index.html", "First post", "href=\"../\"", "Page 2 of 2");
        site.assertContains("output/feed.xml", "<link>https://example.org/docs/blog/first/</link>");
    }

    @Test
    void yamlFrontMatterAndJBakeHeaderGiveTheSamePage() {
        TestSite site = TestSite.write(dir, """
                -- content/a.md --
                ---
                title: Same
                date: 2024-05-01
                type: page
                status: published
                tags: [x, y]
                ---
                Body text.
                -- content/b.md --
                title=Same
                date=2024-05-01
                type=page
                status=published
                tags=x, y
                ~~~~~~
                Body text.
                """);
        site.buildOk();
        String a = site.read("output/a.html");
        String b = site.read("output/b.html");
        assertEquals(a.substring(a.indexOf("<article")), b.substring(b.indexOf("<article")));
    }

    @Test
    void brokenFrontMatterStopsTheBuildAndKeepsThePreviousOutput() throws Exception {
        TestSite site = TestSite.write(dir, SITE);
        site.buildOk();
        Map<String, String> before = TestSite.snapshot(dir.resolve("output"));
        site.put("content/blog/first.md", """
                ---
                title: "Unclosed
                date: 2025-01-10
                ---
                Text.
                """);
        BuildResult r = site.build();
        assertFalse(r.ok());
        assertEquals("""
                content/blog/first.md:2:8: error: invalid YAML: the quoted value starting here is never closed
                 2 | title: "Unclosed
                   |        ^
                  hint: close the quote, or escape quotes inside the value
                1 error, 0 warnings
                """, TestSite.printed(r));
        assertEquals(before, TestSite.snapshot(dir.resolve("output")));
        try (var s = Files.list(dir)) {
            assertEquals(List.of(".output.builds", ".output.cache"), s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".output")).sorted().toList(), "no staging folder left behind");
        }
        try (var s = Files.list(dir.resolve(".output.builds"))) {
            String current = dir.resolve("output").toRealPath().getFileName().toString();
            assertEquals(List.of(".lock", current, "files-" + current), s.map(p -> p.getFileName().toString())
                    .sorted().toList(), "the lock, the current build and its file list");
        }
    }

    @Test
    void sameInputGivesIdenticalBytesWhateverTheThreadCount() {
        TestSite site = TestSite.write(dir, SITE);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            many.append("-- content/blog/p").append(i).append(".md --\n---\ntitle: Post ").append(i)
                    .append("\ndate: 2024-01-").append(String.format("%02d", i % 28 + 1))
                    .append("\ntags: [t").append(i % 5).append("]\n---\nText ").append(i).append(".\n");
        }
        site.add(many.toString());
        assertTrue(site.build(BuildOptions.build(dir).withOutput(dir.resolve("one")).withThreads(1)).ok());
        assertTrue(site.build(BuildOptions.build(dir).withOutput(dir.resolve("four")).withThreads(4)).ok());
        assertTrue(site.build(BuildOptions.build(dir).withOutput(dir.resolve("again")).withThreads(4)).ok());
        TestSite.assertSameTree(dir.resolve("one"), dir.resolve("four"));
        TestSite.assertSameTree(dir.resolve("one"), dir.resolve("again"));
    }

    @Test
    void rebuildKeepsUnchangedFilesUntouched() throws Exception {
        TestSite site = TestSite.write(dir, SITE);
        site.buildOk();
        Path about = dir.resolve("output/about.html");
        Path first = dir.resolve("output/blog/first.html");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(about, old);
        Files.setLastModifiedTime(first, old);
        site.put("content/blog/first.md", site.read("content/blog/first.md").replace("Hello", "Goodbye"));
        BuildResult r = site.buildOk();
        assertEquals(old, Files.getLastModifiedTime(about));
        assertNotEquals(old, Files.getLastModifiedTime(first));
        assertTrue(r.changed() < r.files(), r.changed() + " of " + r.files());
    }

    @Test
    void buildOverAnEarlierOutputEndsAsAFreshBuildWouldLeaveIt() throws Exception {
        TestSite site = TestSite.write(dir, SITE);
        site.buildOk();
        assertTrue(site.exists("output/about.html"));
        // a page that is gone, an asset that is gone, a file left by a build stopped half-way
        Files.delete(dir.resolve("content/about.md"));
        Files.delete(dir.resolve("assets/img/logo.svg"));
        Files.writeString(dir.resolve("output/blog/.versus-new-first.html"), "half");
        site.put("content/blog/first.md", site.read("content/blog/first.md").replace("Hello", "Goodbye"));
        BuildResult r = site.buildOk();
        assertTrue(r.changed() < r.files(), r.changed() + " of " + r.files());
        assertFalse(site.exists("output/about.html"));
        assertFalse(site.exists("output/img"), "a folder left empty is removed");
        assertFalse(site.exists("output/blog/.versus-new-first.html"));
        site.assertContains("output/blog/first.html", "Goodbye");
        assertTrue(site.build(BuildOptions.build(dir).withOutput(dir.resolve("fresh"))).ok());
        Files.delete(dir.resolve("fresh/.versus-output"));
        Files.delete(dir.resolve("output/.versus-output"));
        TestSite.assertSameTree(dir.resolve("fresh"), dir.resolve("output"));
    }

    @Test
    void aBuildOverAnEarlierOutputWritesIntoTheBuildBeforeItInsteadOfMakingANewTree() throws Exception {
        TestSite site = TestSite.write(dir, SITE);
        Path store = dir.resolve(".output.builds");
        site.buildOk();
        site.put("content/blog/first.md", site.read("content/blog/first.md").replace("Hello", "Hi"));
        site.buildOk();
        Path second = dir.resolve("output").toRealPath();
        Object cssFile = Files.readAttributes(second.resolve("css/versus.css"), BasicFileAttributes.class).fileKey();
        // the third build rewrites the first one's folder: the page edited twice, the gone page, a stray file
        Path first = builds(store).stream().filter(p -> !p.equals(second)).findFirst().orElseThrow();
        Files.writeString(first.resolve("blog/stray.html"), "left by a build stopped half-way");
        Files.delete(dir.resolve("content/about.md"));
        site.put("content/blog/first.md", site.read("content/blog/first.md").replace("Hi", "Goodbye"));
        BuildResult r = site.buildOk();
        Path third = dir.resolve("output").toRealPath();
        assertEquals(2, builds(store).size(), "the current build and the one before: " + builds(store));
        assertTrue(builds(store).contains(second), "the build before stays for readers still on it");
        assertFalse(third.equals(second));
        assertTrue(r.changed() < r.files(), r.changed() + " of " + r.files());
        assertEquals(cssFile, Files.readAttributes(third.resolve("css/versus.css"), BasicFileAttributes.class).fileKey(),
                "an unchanged file is the same file in every build");
        site.assertContains("output/blog/first.html", "Goodbye");
        assertTrue(Files.readString(second.resolve("blog/first.html")).contains("Hi"), "the build before is untouched");
        assertFalse(site.exists("output/about.html"));
        assertFalse(site.exists("output/blog/stray.html"));
        assertTrue(site.build(BuildOptions.build(dir).withOutput(dir.resolve("fresh"))).ok());
        TestSite.assertSameTree(dir.resolve("fresh").toRealPath(), third);
    }

    private static List<Path> builds(Path store) throws IOException {
        try (Stream<Path> s = Files.list(store)) {
            return s.filter(p -> p.getFileName().toString().startsWith("b-")).sorted().toList();
        }
    }

    @Test
    void siteTemplatesOverrideTheBuiltInThemeAndMissingOnesFallBack() {
        TestSite site = TestSite.write(dir, SITE).add("""
                -- templates/post.ftl --
                <html><body><h1 class="custom">${content.title}</h1>${content.body}<#list content.tags as t>[${t}]</#list></body></html>
                """);
        site.buildOk();
        site.assertContains("output/blog/first.html", "<h1 class=\"custom\">First post</h1>", "[django][python]");
        site.assertContains("output/index.html", "First post", "css/versus.css");
    }

    @Test
    void writesEveryCharacterAsUtf8WhateverTheTemplateWritesItIn() {
        // Emoji (two chars each) written one by one, then half by half among single characters,
        // so some fall across the points where the page writer encodes what it has gathered;
        // the body, long and with characters beyond Latin-1, is written whole.
        String emoji = "\uD83D\uDE00";
        String body = ("caf\u00e9 \u2014 na\u00efve \u201cquotes\u201d " + emoji + " ").repeat(40);
        TestSite site = TestSite.write(dir, SITE).add("""
                -- templates/post.ftl --
                <p id="whole">ab<#list 1..3000 as i>%s</#list></p><p id="halves">a<#list 1..3000 as i>${"\\xD83D"}${"\\xDE00"}x</#list></p>\u2014${content.body}
                """.formatted(emoji));
        site.put("content/blog/first.md", "title=First\ndate=2025-01-10\ntype=post\nstatus=published\n~~~~~~\n" + body + "\n");
        site.buildOk();
        String html = site.read("output/blog/first.html");
        String expected = "<p id=\"whole\">ab" + emoji.repeat(3000) + "</p><p id=\"halves\">a" + (emoji + "x").repeat(3000) + "</p>\u2014<p>"
                + body.strip() + "</p>";
        assertEquals(expected, html.strip());
    }

    @Test
    void escapesHeaderValuesInTheBuiltInTheme() {
        TestSite site = TestSite.write(dir, """
                -- content/x.md --
                ---
                title: "<script>alert(1)</script> & \\"quotes\\""
                summary: "<img src=x onerror=alert(1)>"
                tags: ["<b>tag</b>"]
                ---
                Text.
                """);
        site.buildOk();
        String html = site.read("output/x.html");
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"), html);
    }

    @Test
    void warnsAboutUnknownConfigKeysWithASuggestion() {
        TestSite site = TestSite.write(dir, SITE).add("""
                -- jbake.properties --
                site.host=https://example.org
                render.tag=true
                """);
        BuildResult r = site.build();
        assertTrue(r.ok());
        assertEquals("""
                jbake.properties:2:1: warning: unknown configuration key 'render.tag'
                 2 | render.tag=true
                   | ^^^^^^^^^^
                  hint: did you mean 'render.tags'?
                0 errors, 1 warning
                """, TestSite.printed(r));
        BuildResult strict = site.build(BuildOptions.build(dir).withStrict(true));
        assertFalse(strict.ok());
        assertTrue(strict.diagnostics().stream().allMatch(Diagnostic::isError));
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws Exception {
        TestSite site = TestSite.write(dir, SITE);
        Files.createDirectories(dir.resolve("output"));
        Files.writeString(dir.resolve("output/precious.txt"), "keep me");
        BuildResult r = site.build();
        assertFalse(r.ok());
        assertEquals("""
                output: error: the output folder '%s' holds files that Versus did not write; refusing to replace it
                  hint: empty or remove the folder, or choose another output folder with -o
                1 error, 0 warnings
                """.formatted(dir.resolve("output")), TestSite.printed(r));
        assertEquals("keep me", Files.readString(dir.resolve("output/precious.txt")));
    }
}
