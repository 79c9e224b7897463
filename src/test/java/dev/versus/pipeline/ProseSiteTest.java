package dev.versus.pipeline;

import dev.versus.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.versus.pipeline.OutputLinks.FolderLinks.ANY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Real prose on a site served under a path: e-mail, www and scheme autolinks, a commented-out
 * heading, root-absolute and relative image and page links in a post that is also shown on
 * the paginated index, a tag page and both feeds. Every URL resolves from the file it sits in,
 * feeds carry absolute URLs, and every XML file parses.
 */
class ProseSiteTest {

    @TempDir
    Path dir;

    static final String SITE = """
            -- jbake.properties --
            site.host=https://example.org/docs/
            site.title=Prose
            render.tags=true
            render.sitemap=true
            index.paginate=true
            index.posts_per_page=1
            -- templates/index.ftlh --
            <html><head><title>Index</title></head><body>
            <#list published_posts as post><article><h2><a href="${content.rootpath}${post.uri}">${post.title}</a></h2>
            ${post.body}</article></#list>
            </body></html>
            -- templates/tags.ftlh --
            <html><head><title>${tag}</title></head><body>
            <#list tag_posts as post><article>${post.body}</article></#list>
            </body></html>
            -- content/blog/2025/prose.md --
            ---
            title: Prose & links
            date: 2025-03-01
            tags: [prose]
            summary: Links of every kind.
            ---
            Mail foo@bar.com. Visit www.example.com/path. Or www.example.com.
            Write to <foo@bar.example.com>, read <https://example.com/x>, chat on [irc](irc://irc.example.org/chan),
            [mail us](mailto:team@example.org).

            <!--
            <h2 id="hidden">Hidden heading</h2>
            -->

            ## Real heading

            ![logo](/img/logo.svg) [about](/about.html) [the other post](../../other.md)
            ![again](../../img/logo.svg) [back up](#real-heading) [old](/blog/2025/prose.html#real-heading)

            | a | b |
            |---|---|
            | 1 | 2 |
            -- content/other.md --
            ---
            title: Other
            date: 2025-01-01
            tags: [prose]
            ---
            See [prose](blog/2025/prose.md#real-heading) and ![the logo](img/logo.svg).
            -- content/about.md --
            ---
            title: About
            type: page
            ---
            About us.
            -- assets/img/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """;

    private static final URI BASE = URI.create("https://example.org/docs/");

    @Test
    void everyUrlResolvesFromTheFileItSitsIn() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        BuildResult r = site.buildOk();
        assertEquals(List.of(), r.diagnostics(), TestSite.printed(r));
        Path out = dir.resolve("output");
        List<String> broken = new ArrayList<>();
        int checked = walkUrls(out, broken);
        assertTrue(checked > 30, "the walker saw the links: " + checked);
        assertEquals(List.of(), broken);

        // each post is on an index page and its tag page, with its links written for them
        site.assertContains("output/index.html", "src=\"img/logo.svg\"", "href=\"about.html\"",
                "href=\"other.html\"", "href=\"blog/2025/prose.html#real-heading\"");
        site.assertContains("output/2/index.html", "src=\"../img/logo.svg\"",
                "href=\"../blog/2025/prose.html#real-heading\"");
        site.assertContains("output/tags/prose.html", "src=\"../img/logo.svg\"", "href=\"../other.html\"");
        // autolinks are links out, with their scheme
        site.assertContains("output/blog/2025/prose.html", "href=\"mailto:foo@bar.com\"",
                "href=\"http://www.example.com/path\"", "href=\"mailto:foo@bar.example.com\"",
                "href=\"irc://irc.example.org/chan\"");
    }

    @Test
    void feedsCarryAbsoluteUrls() throws IOException {
        TestSite.write(dir, SITE).buildOk();
        Path out = dir.resolve("output");
        List<String> urls = new ArrayList<>();
        Document rss = Jsoup.parse(Files.readString(out.resolve("feed.xml")), "", Parser.xmlParser());
        for (Element d : rss.select("item > description")) {
            urls.addAll(urlsIn(d.text()));
        }
        Document atom = Jsoup.parse(Files.readString(out.resolve("atom.xml")), "", Parser.xmlParser());
        for (Element c : atom.select("entry > content")) {
            urls.addAll(urlsIn(c.text()));
        }
        assertTrue(urls.size() >= 20, urls.toString());
        List<String> wrong = new ArrayList<>();
        for (String url : urls) {
            URI u = URI.create(url);
            if (!u.isAbsolute()) {
                wrong.add(url + " is not absolute");
            } else if (u.getHost() != null && u.getHost().equals(BASE.getHost())) {
                String problem = OutputLinks.problem(out, BASE, BASE, url, ANY);
                if (problem != null) {
                    wrong.add(url + " " + problem);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(urls.contains("https://example.org/docs/img/logo.svg"), urls.toString());
        assertTrue(urls.contains("https://example.org/docs/blog/2025/prose.html#real-heading"), urls.toString());
    }

    @Test
    void everyXmlFileParses() throws Exception {
        TestSite.write(dir, SITE).buildOk();
        assertAllXmlParses(dir.resolve("output"));
    }

    @Test
    void aLinkWrittenWithoutItsSchemeSaysSo() {
        TestSite site = TestSite.write(dir, SITE);
        site.put("content/about.md", "---\ntitle: About\ntype: page\n---\nSee [the code](github.com/example/code) and "
                + "[the site](www.example.com/start).\n");
        BuildResult r = site.build();
        assertEquals("""
                content/about.md:5:5: error: broken link: no page is written at '/github.com/example/code'
                 5 | See [the code](github.com/example/code) and [the site](www.example.com/start).
                   |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  hint: a link to another site needs its scheme: https://github.com/example/code
                content/about.md:5:45: error: broken link: no page is written at '/www.example.com/start'
                 5 | See [the code](github.com/example/code) and [the site](www.example.com/start).
                   |                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  hint: a link to another site needs its scheme: https://www.example.com/start
                2 errors, 0 warnings
                """, TestSite.printed(r));
    }

    @Test
    void charactersXmlForbidsNeverReachAnXmlFile() throws Exception {
        String bad = "\u001b\u000b\f\u0000\ufffe\uffff";
        TestSite site = TestSite.write(dir, SITE);
        site.put("content/blog/controls.md", "title=Bad" + bad + " title\ndate=2025-04-01\ntype=post\nstatus=published\n"
                + "tags=bad" + bad + "tag\nsummary=A" + bad + " summary\n~~~~~~\n\nBody" + bad + " text.\n");
        site.buildOk();
        Path out = dir.resolve("output");
        assertAllXmlParses(out);
        // (CommonMark reads NUL in a body as U+FFFD, which XML allows)
        site.assertContains("output/feed.xml", "<title>Bad title</title>", "Body\ufffd text.");
        site.assertContains("output/atom.xml", "<title>Bad title</title>", "<summary>A summary</summary>",
                "<category term=\"badtag\"/>");
    }

    @Test
    void theOutlineSkipsCommentedOutHeadings() {
        TestSite site = TestSite.write(dir, SITE);
        site.buildOk();
        String page = site.read("output/blog/2025/prose.html");
        assertTrue(page.contains("<!--\n<h2 id=\"hidden\">Hidden heading</h2>\n-->"), page);
        assertFalse(page.contains("href=\"#hidden\""), "no anchor or contents entry for a commented-out heading");
        assertTrue(page.contains("aria-label=\"Real heading\""), "the table is labelled by the real heading");
    }

    /** Parses every {@code .xml} file under {@code out} with the JDK's XML parser (namespaces on). */
    static void assertAllXmlParses(Path out) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        List<Path> xml = files(out, ".xml");
        assertFalse(xml.isEmpty());
        for (Path p : xml) {
            try {
                f.newDocumentBuilder().parse(p.toFile());
            } catch (org.xml.sax.SAXException e) {
                fail(out.relativize(p) + " is not well-formed XML: " + e.getMessage());
            }
        }
    }

    /** The URLs of the links, images and other references in a fragment of HTML. */
    @Test
    void aJBakeSiteKeepsEveryLinkWorkingToo() throws IOException {
        // A post template of JBake's .ftl kind makes it a JBake site, whose Markdown is flexmark's
        // pegdown profile; its links stay right on every page too.
        TestSite site = TestSite.write(dir, SITE.replace(".ftlh --", ".ftl --")
                + "-- templates/post.ftl --\n<html><head><title>${content.title}</title></head><body>${content.body}</body></html>\n");
        BuildResult r = site.buildOk();
        assertEquals(List.of(), r.diagnostics(), TestSite.printed(r));
        List<String> broken = new ArrayList<>();
        assertTrue(walkUrls(dir.resolve("output"), broken) > 30);
        assertEquals(List.of(), broken);
        // e-mail links as plain addresses (pegdown's random character references would make the
        // output differ from build to build), the same on the page and on the index
        site.assertContains("output/blog/2025/prose.html", "<br />", "href=\"mailto:foo@bar.com\"");
        site.assertContains("output/index.html", "href=\"mailto:foo@bar.com\"");
    }

    /** Checks every link of every HTML page under {@code out}; returns how many were checked. */
    private static int walkUrls(Path out, List<String> broken) throws IOException {
        int checked = 0;
        for (Path html : files(out, ".html")) {
            String rel = out.relativize(html).toString().replace('\\', '/');
            if (rel.equals("404.html")) {
                continue;
            }
            Document doc = Jsoup.parse(html.toFile(), "UTF-8");
            for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                checked++;
                String problem = OutputLinks.problem(out, BASE, BASE.resolve(rel), url, ANY);
                if (problem != null) {
                    broken.add(rel + ": " + e.tagName() + " '" + url + "' " + problem);
                }
            }
        }
        return checked;
    }

    private static List<String> urlsIn(String html) {
        List<String> out = new ArrayList<>();
        for (Element e : Jsoup.parseBodyFragment(html).select("[href], [src]")) {
            out.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
        }
        return out;
    }

    /** Why {@code url}, found in the file at {@code page}, does not lead to an output file; null when it does. */
    private static List<Path> files(Path root, String suffix) throws IOException {
        // The output is a link to the build it shows: follow it, keeping paths under the output.
        try (Stream<Path> s = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
