package dev.versus.jbake;

import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import dev.versus.diag.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Versus alone on the JBake-style fixture ({@code src/test/resources/jbake-site}): JBake's
 * {@code key=value} headers ending in {@code ~~~~~~}, dates in a custom {@code date.format},
 * an HTML content file, a draft, a nested folder, and {@code .ftl} templates written the way
 * JBake themes are (includes, {@code content.rootpath}, {@code (content.title)??},
 * {@code published_posts}, {@code tag_posts}, {@code published_content}).
 */
class JBakeFixtureSiteTest {

    @TempDir
    static Path work;
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() throws IOException {
        Path site = JBakeSites.copyFixture(work);
        out = work.resolve("output");
        result = Build.run(BuildOptions.build(site).withOutput(out));
    }

    private static String page(String path) {
        Path f = out.resolve(path);
        assertTrue(Files.isRegularFile(f), path + " was not written; output has " + JBakeSites.files(out));
        return JBakeSites.read(f);
    }

    private static void assertContains(String path, String... snippets) {
        String html = page(path);
        for (String s : snippets) {
            assertTrue(html.contains(s), path + " lacks '" + s + "':\n" + html);
        }
    }

    @Test
    void buildsWithoutDiagnostics() {
        assertEquals(List.of(), result.diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void writesEveryPageWhereJBakeWould() {
        for (String f : List.of("index.html", "2/index.html", "archive.html", "404.html", "about.html", "contact.html",
                "guides/kneading/basics.html", "blog/2023/oven-thermometer.html", "blog/2024/first-loaf.html",
                "blog/2024/sourdough-starter.html", "blog/2024/rye-experiments.html", "tags/index.html",
                "tags/bread.html", "tags/oven.html", "tags/rye.html", "tags/sourdough starter.html",
                "tags/technique.html", "feed.xml", "sitemap.xml", "css/site.css")) {
            page(f);
        }
    }

    @Test
    void leavesDraftsOutUnlessAsked() {
        assertFalse(Files.exists(out.resolve("blog/2024/pretzel-plans.html")));
        assertFalse(Files.exists(out.resolve("blog/2024/pretzel-plans-draft.html")));
        assertFalse(Files.exists(out.resolve("tags/pretzel.html")));
    }

    @Test
    void rendersPostsWithHeaderValuesAndRootRelativeLinks() {
        assertContains("blog/2024/first-loaf.html",
                "<title>My First Loaf | Crumb and Crust</title>",
                "<em>03 January 2024</em> by Ada Baker",
                "href=\"../../css/site.css\"",
                "<a href=\"../../tags/bread.html\">bread</a>, <a href=\"../../tags/oven.html\">oven</a>",
                "<strong>dense</strong> but edible.<br />",
                "Previous: Why an Oven Thermometer Matters",
                "Next: Keeping a Sourdough Starter");
    }

    @Test
    void passesHtmlContentThrough() {
        assertContains("blog/2023/oven-thermometer.html",
                "<p>The dial said 220 degrees; the thermometer said <strong>190</strong>.</p>",
                "<em>10 December 2023</em>");
    }

    @Test
    void rendersPagesInNestedFoldersWithExtraHeaderKeys() {
        assertContains("guides/kneading/basics.html", "href=\"../../css/site.css\"", "Level: beginner", "<dl>");
        assertContains("about.html", "<title>About This Bakery | Crumb and Crust</title>", "href=\"css/site.css\"");
    }

    @Test
    void paginatesTheIndexWithJBakesFileNames() {
        assertContains("index.html", "<title>Crumb and Crust</title>", "Rye Experiments", "Keeping a Sourdough Starter",
                "20 March 2024", "Page 1 of 2", "<a href=\"2/\">Older posts</a>");
        assertFalse(page("index.html").contains("My First Loaf"));
        assertContains("2/index.html", "My First Loaf", "Why an Oven Thermometer Matters", "Page 2 of 2",
                "<a href=\"../\">Newer posts</a>", "href=\"../css/site.css\"");
    }

    @Test
    void listsPostsByMonthInTheArchive() {
        assertContains("archive.html", "<h2>March 2024</h2>", "<h2>December 2023</h2>",
                "<a href=\"blog/2024/rye-experiments.html\">Rye Experiments</a>");
    }

    @Test
    void writesTagPagesAndTheTagIndex() {
        assertContains("tags/bread.html", "Posts tagged &ldquo;bread&rdquo;", "../blog/2024/first-loaf.html",
                "Keeping a Sourdough Starter");
        assertContains("tags/sourdough starter.html", "Posts tagged &ldquo;sourdough starter&rdquo;");
        // as in JBake, a page's tags count: 'technique' is on a page only, and has a page without posts
        assertContains("tags/technique.html", "Posts tagged &ldquo;technique&rdquo;",
                "<a href=\"../guides/kneading/basics.html\">Kneading Basics</a> (page)");
        assertContains("tags/index.html", "<a href=\"../tags/bread.html\">bread</a> (2 posts, 3 documents)",
                "<a href=\"../tags/technique.html\">technique</a> (0 posts, 1 documents)", "5 tags in total.");
    }

    @Test
    void writesFeedAndSitemapFromJBakesLists() {
        assertContains("feed.xml", "<link>http://bakery.example.test/blog/2024/first-loaf.html</link>",
                "&lt;strong&gt;dense&lt;/strong&gt;");
        assertFalse(page("feed.xml").contains("Pretzel"));
        assertContains("sitemap.xml", "<loc>http://bakery.example.test/about.html</loc>",
                "<loc>http://bakery.example.test/guides/kneading/basics.html</loc>",
                // undated, outside Git: the newest date of the site's published documents
                "<loc>http://bakery.example.test/contact.html</loc>\n    <lastmod>2024-05-05</lastmod>");
    }
}
