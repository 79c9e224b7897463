package dev.versus.theme;

import dev.versus.TestSite;
import org.junit.jupiter.api.Test;

import java.util.List;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in theme around a body: heading anchors, table of contents, reading time, code
 * blocks, scrollable tables, head metadata and the search page with its index.
 */
class ThemeTest {

    @TempDir
    Path dir;

    private static final String SITE = """
            -- jbake.properties --
            site.host=https://example.org/docs
            site.title=Test site
            site.description=Comparisons for tests.
            render.tags=true
            render.error404=true
            uri.noExtension=true
            uri.noExtension.prefix=/
            markdown.extensions=TABLES,FENCED_CODE_BLOCKS
            -- content/blog/long.md --
            ---
            title: Flask vs Django
            date: 2025-03-01
            tags: [python, flask]
            summary: Two Python frameworks & their trade-offs.
            ---
            ## One

            %s

            ### One point one

            Text.

            ## Two & three

            | A | B |
            |---|---|
            | 1 | 2 |

            ## Three

            ```python title="views.py"
            def f():
                return 1


            print(f())
            ```

            ## Four

            Done.
            -- content/blog/short.md --
            ---
            title: Short
            date: 2025-01-01
            tags: [python]
            ---
            Only a paragraph.
            """.formatted("word ".repeat(700));

    @Test
    void articlesGetAnchorsTableOfContentsAndReadingTime() {
        TestSite site = TestSite.write(dir, SITE);
        site.buildOk();
        String page = site.read("output/blog/long/index.html");
        site.assertContains("output/blog/long/index.html",
                "<h2 id=\"one\">One <a class=\"anchor\" href=\"#one\" aria-label=\"Link to this section: One\"></a></h2>",
                "<nav class=\"toc\"", "<li><a href=\"#one\">One</a>\n<ol>\n<li><a href=\"#one-point-one\">One point one</a>",
                "<a href=\"#two--three\">Two &amp; three</a>",
                "3 min read");
        assertFalse(site.read("output/blog/short/index.html").contains("class=\"toc\""), "short articles have no contents");
        site.assertContains("output/blog/short/index.html", "1 min read", "Related comparisons",
                "<a href=\"../../blog/long/\">Flask vs Django</a>");
        assertTrue(page.indexOf("class=\"toc\"") < page.indexOf("<h2 id=\"one\""));
    }

    @Test
    void jbakeTemplatesAndFeedsGetTheBodyAsTheMarkdownMadeIt() {
        TestSite site = TestSite.write(dir, SITE).add("""
                -- templates/post.ftl --
                <html><body>${content.body}</body></html>
                """);
        site.buildOk();
        String jbake = site.read("output/blog/long/index.html");
        assertTrue(jbake.contains("<h2 id=\"one\">One</h2>"), jbake);
        // a site with .ftl templates is a JBake site: its Markdown is JBake's, tables without a class
        assertTrue(jbake.contains("<table>\n<thead>"), jbake);
        assertFalse(jbake.contains("class=\"anchor\""), "section links are the built-in theme's");
        assertFalse(jbake.contains("table-scroll"), "scrolling regions are the built-in theme's");
        assertFalse(jbake.contains("<pre tabindex"), "focusable code blocks are the built-in theme's");
        String feed = site.read("output/feed.xml");
        assertTrue(feed.contains("&lt;h2 id=&quot;one&quot;&gt;One&lt;/h2&gt;"), feed);
        assertFalse(feed.contains("anchor"), "feeds carry the body without section links");
    }

    @Test
    void codeKeepsItsIndentationAndTablesScrollInTheirOwnRegion() {
        TestSite site = TestSite.write(dir, SITE);
        site.buildOk();
        site.assertContains("output/blog/long/index.html",
                "<figure class=\"code\"><figcaption>views.py</figcaption><pre tabindex=\"0\"><code class=\"language-python\">def f():\n    return 1\n\n\nprint(f())\n</code></pre></figure>",
                "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Two &amp; three\"><table class=\"md-table\">",
                "<script src=\"../../js/highlight.min.js\" defer></script>");
        assertFalse(site.read("output/blog/short/index.html").contains("highlight.min.js"),
                "pages without code do not load the highlighter");
        assertTrue(site.exists("output/js/highlight.LICENSE.txt"));
    }

    @Test
    void headNamesCanonicalUrlCardsFaviconAndFeeds() {
        TestSite site = TestSite.write(dir, SITE);
        site.buildOk();
        site.assertContains("output/blog/long/index.html",
                "<html lang=\"en\">",
                "<title>Flask vs Django · Test site</title>",
                "<meta name=\"description\" content=\"Two Python frameworks &amp; their trade-offs.\">",
                "<link rel=\"canonical\" href=\"https://example.org/docs/blog/long/\">",
                "<meta property=\"og:type\" content=\"article\">",
                "<meta property=\"og:url\" content=\"https://example.org/docs/blog/long/\">",
                "<meta property=\"article:tag\" content=\"flask\">",
                "<meta name=\"twitter:card\" content=\"summary\">",
                "<link rel=\"icon\" href=\"../../favicon.svg\" type=\"image/svg+xml\">",
                "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Test site (RSS)\" href=\"../../feed.xml\">");
        site.assertContains("output/index.html", "<meta name=\"description\" content=\"Comparisons for tests.\">",
                "<meta property=\"og:type\" content=\"website\">");
        // A host serves the 404 page at any address, so it links from the site root.
        site.assertContains("output/404.html", "href=\"/docs/css/versus.css\"", "action=\"/docs/search/\"");
        assertFalse(site.read("output/404.html").contains("rel=\"canonical\""));
        assertTrue(site.exists("output/favicon.svg"));
    }

    @Test
    void searchPageAndIndexAreWritten() {
        TestSite site = TestSite.write(dir, SITE);
        site.buildOk();
        site.assertContains("output/search.json", "{\"version\":2,", "\"chunk\":500,", "\"fl\":\"fl\"");
        site.assertContains("output/search/words-fl.json", "\"flask\":[");
        site.assertContains("output/search/pages-0.json",
                "{\"title\":\"Flask vs Django\",\"url\":\"blog/long/\",\"summary\":\"Two Python frameworks \\u0026 their trade-offs.\","
                        + "\"tags\":[\"python\",\"flask\"],\"headings\":[\"One\",\"One point one\",\"Two \\u0026 three\",\"Three\",\"Four\"]}",
                "{\"title\":\"Short\",\"url\":\"blog/short/\",\"summary\":\"Only a paragraph.\"");
        site.assertContains("output/search/index.html", "<h1>Search</h1>",
                "src=\"../js/search.js\" defer data-index=\"../search.json\"", "<noscript>");
        site.assertContains("output/index.html", "<form class=\"search-box\" role=\"search\" aria-label=\"Site search\" action=\"search/\" method=\"get\">");
    }

    private static final String DATA = """
            -- jbake.properties --
            site.host=https://example.org/docs
            site.title=Test site
            uri.noExtension=true
            uri.noExtension.prefix=/
            versus.pairs=all
            versus.pairs.min_differences=1
            -- data/aspects.yaml --
            language:
              label: Language
              type: text
            first_release:
              label: First release
              type: year
            -- data/frameworks/flask.yaml --
            name: Flask
            kind: Web framework
            summary: A small Python framework.
            facts:
              language: Python
              first_release: 2010
            -- data/frameworks/django.yaml --
            name: Django
            kind: Web framework
            summary: A full-stack Python framework.
            facts:
              language: Python
              first_release: 2005
            """;

    @Test
    void comparisonPagesGetTheThemeAndAreFoundBySearch() {
        TestSite site = TestSite.write(dir, SITE).add(DATA);
        site.buildOk();
        // page → its way back to the site root
        Map<String, String> pages = Map.of("output/frameworks/django/index.html", "../../",
                "output/compare/django-vs-flask/index.html", "../../", "output/compare/index.html", "../");
        pages.forEach((page, root) -> site.assertContains(page,
                "<form class=\"search-box\" role=\"search\" aria-label=\"Site search\" action=\"" + root + "search/\"",
                "<button class=\"theme-toggle\"", "<meta property=\"og:title\"",
                "<link rel=\"icon\" href=\"" + root + "favicon.svg\"", "<script src=\"" + root + "js/versus.js\" defer>"));
        site.assertContains("output/compare/index.html", "<a href=\"../compare/\" aria-current=\"page\">Compare</a>");
        site.assertContains("output/search/pages-0.json",
                "{\"title\":\"Django\",\"url\":\"frameworks/django/\",\"summary\":\"A full-stack Python framework.\",\"tags\":[],\"headings\":[]}",
                "{\"title\":\"Django vs Flask\",\"url\":\"compare/django-vs-flask/\",",
                "{\"title\":\"Compare\",\"url\":\"compare/\",");
        assertFalse(site.read("output/search/pages-0.json").contains("compare/flask-vs-django/"),
                "the reverse-order address only points at the pair page, so search leaves it out");
    }

    @Test
    void searchCanBeSwitchedOff() {
        TestSite site = TestSite.write(dir, SITE).add("""
                -- jbake.properties --
                site.host=https://example.org
                versus.search=false
                """);
        site.buildOk();
        assertFalse(site.exists("output/search.json"));
        assertFalse(site.exists("output/search"));
        assertFalse(site.exists("output/search.html"));
        assertFalse(site.read("output/index.html").contains("role=\"search\""));
    }

    @Test
    void relatedPostsShareTheMostTagsNewestFirstAmongEquals() {
        StringBuilder txtar = new StringBuilder("""
                -- jbake.properties --
                site.host=https://example.org
                """);
        String[][] posts = {
                {"me", "2025-06-01", "a, b, c"},
                {"one-tag-new", "2025-05-01", "a"},
                {"two-tags", "2025-01-01", "a, b"},
                {"three-tags", "2024-01-01", "a, b, c, z"},
                {"one-tag-old", "2024-06-01", "c"},
                {"no-tag", "2025-05-15", "z"},
                {"draft", "2025-05-20", "a, b, c"}};
        for (String[] p : posts) {
            txtar.append("-- content/blog/").append(p[0]).append(".md --\n---\ntitle: ").append(p[0])
                    .append("\ndate: ").append(p[1]).append("\ntags: [").append(p[2]).append("]\n")
                    .append(p[0].equals("draft") ? "status: draft\n" : "").append("---\nText.\n");
        }
        TestSite site = TestSite.write(dir, txtar.toString());
        site.buildOk();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.read("output/blog/me.html"));
        assertEquals(List.of("three-tags", "two-tags", "one-tag-new"), page.select("aside.related li a").eachText());
        org.jsoup.nodes.Document lonely = org.jsoup.Jsoup.parse(site.read("output/blog/no-tag.html"));
        assertEquals(List.of("three-tags"), lonely.select("aside.related li a").eachText());
    }
}
