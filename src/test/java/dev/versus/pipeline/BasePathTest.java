package dev.versus.pipeline;

import dev.versus.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.versus.pipeline.OutputLinks.FolderLinks.WITH_TRAILING_SLASH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site deployed under a path (GitHub Pages project sites, {@code https://example.org/docs/}):
 * every link and asset in every page resolves to a file of the output, and feeds and the
 * sitemap use absolute URLs that include the path.
 */
class BasePathTest {

    @TempDir
    Path dir;

    private static final String SITE = """
            -- jbake.properties --
            site.host=%s
            site.title=Docs
            render.tags=true
            render.tagsindex=true
            render.sitemap=true
            render.error404=true
            index.paginate=true
            index.posts_per_page=1
            uri.noExtension=%s
            uri.noExtension.prefix=/
            -- content/blog/first.md --
            ---
            title: First
            date: 2025-01-10
            tags: [django, python]
            summary: The first.
            ---
            See [the second](second.md#details), the [about page](../about.md) and ![logo](/img/logo.svg).
            -- content/blog/second.md --
            ---
            title: Second
            date: 2025-02-20
            tags: [django]
            ---
            ## Details

            Back to [the first](first.md).
            -- content/about.md --
            ---
            title: About
            type: page
            ---
            About us.
            -- assets/img/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """;

    @ParameterizedTest(name = "{0}, pretty URLs {1}")
    @CsvSource({"https://example.org/docs/, true", "https://example.org/docs, false", "https://example.org/a/b/, true",
            "https://example.org, true"})
    void everyLinkResolvesAndEveryFeedUrlHasTheBasePath(String host, boolean pretty) throws IOException {
        TestSite site = TestSite.write(dir, SITE.formatted(host, pretty));
        BuildResult r = site.buildOk();
        assertEquals(List.of(), r.diagnostics(), TestSite.printed(r));
        Path out = dir.resolve("output").toRealPath();
        URI base = URI.create(host.endsWith("/") ? host : host + "/");

        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path html : files(out, ".html")) {
            String rel = out.relativize(html).toString().replace('\\', '/');
            if (rel.equals("404.html")) {
                continue; // served at any depth; checked below for root-relative links
            }
            Document doc = Jsoup.parse(html.toFile(), "UTF-8");
            for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                checked++;
                String problem = OutputLinks.problem(out, base, base.resolve(rel), url, WITH_TRAILING_SLASH);
                if (problem != null) {
                    broken.add(rel + ": " + e.tagName() + " '" + url + "' " + problem);
                }
            }
        }
        assertTrue(checked > 20, "the walker saw the links");
        assertEquals(List.of(), broken);

        // the 404 page is served for any missing path, so its links must not be relative
        Document notFound = Jsoup.parse(out.resolve("404.html").toFile(), "UTF-8");
        for (Element e : notFound.select("a[href], link[href], script[src], img[src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            if (!url.startsWith("#")) {
                assertTrue(url.startsWith(base.toString()) || url.startsWith(base.getPath()),
                        "404.html: '" + url + "' must be absolute or root-relative with the base path");
                assertEquals(null, OutputLinks.problem(out, base, base, url, WITH_TRAILING_SLASH), url);
            }
        }

        List<String> absolute = new ArrayList<>();
        for (String xml : List.of("feed.xml", "atom.xml", "sitemap.xml")) {
            String text = Files.readString(out.resolve(xml));
            Matcher m = Pattern.compile("(?:<loc>|<link>|<id>|href=\")(https?://[^<\"]+)").matcher(text);
            while (m.find()) {
                absolute.add(xml + ": " + m.group(1));
            }
        }
        assertTrue(absolute.size() > 5, absolute.toString());
        for (String a : absolute) {
            String url = a.substring(a.indexOf(": ") + 2);
            assertTrue(url.startsWith(base.toString()) || url.equals(base.toString().replaceAll("/$", "")),
                    a + " does not start with " + base);
            if (!a.startsWith("atom.xml: " + url) || !url.equals(base.toString())) {
                assertEquals(null, OutputLinks.problem(out, base, base, url, WITH_TRAILING_SLASH), a);
            }
        }
        String robots = Files.readString(out.resolve("robots.txt"));
        assertTrue(robots.contains("Sitemap: " + base + "sitemap.xml"), robots);
        assertFalse(Files.readString(out.resolve("sitemap.xml")).contains("404"), "no 404 page in the sitemap");
    }

    /** Why {@code url}, found in the page at {@code page}, does not lead to an output file; null when it does. */
    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root.toRealPath())) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
