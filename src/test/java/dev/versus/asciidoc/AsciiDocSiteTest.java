package dev.versus.asciidoc;

import dev.versus.config.Versions;
import dev.versus.TestSite;
import dev.versus.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * AsciiDoc pages in a site: both header styles, JBake's configuration keys, includes, links,
 * the later stages (feed, search, tags), and Asciidoctor's messages as positioned diagnostics.
 */
class AsciiDocSiteTest {

    @TempDir
    Path dir;

    private static final String SITE = """
            -- jbake.properties --
            site.host=https://example.org
            site.title=Test site
            render.tags=true
            asciidoctor.attributes=source-highlighter=prettify,product=Versus
            -- content/blog/first.adoc --
            = First post
            Jane Doe
            2025-01-10
            :jbake-type: post
            :jbake-tags: asciidoc, jbake
            :jbake-status: published
            :category: news

            == A section

            Hello *world* from {product} on {site_host}.
            See xref:second.adoc#details[the second] and link:/about.html[about].

            include::_parts/note.adoc[]

            Made with {version}.

            [source,java]
            ----
            class A {}
            ----
            -- content/blog/_parts/note.adoc --
            NOTE: Included text.
            -- content/blog/second.asciidoc --
            title=Second post
            date=2025-02-20
            type=post
            status=published
            tags=jbake
            ~~~~~~
            [[details]]
            == Details

            Some details.
            -- content/about.ad --
            = About
            :jbake-type: page
            :jbake-date: 2024-12-01

            About us.
            """;

    @Test
    void rendersAsciiDocPagesWithBothHeaderStyles() {
        TestSite site = TestSite.write(dir, SITE);
        BuildResult r = site.build();
        assertEquals("""
                content/blog/_parts/note.adoc:1:1: warning: AsciiDoc file without a header is not a page; skipped
                 1 | NOTE: Included text.
                   | ^
                  hint: to make it a page, start it with a title and JBake's attributes ('= Title', then \
                ':jbake-type: post' and ':jbake-status: published' lines) or a JBake header ending in a '~~~~~~' \
                line; a part that other pages include needs none
                0 errors, 1 warning
                """, TestSite.printed(r));
        // the document's own header: title, author and revision lines, :jbake-*: attributes
        site.assertContains("output/blog/first.html",
                "<title>First post · Test site</title>",
                "<time datetime=\"2025-01-10\">",
                "href=\"../tags/asciidoc.html\">asciidoc</a>", "href=\"../tags/jbake.html\">jbake</a>",
                "<h2 id=\"_a_section\">A section",
                // attributes from asciidoctor.attributes and, exported, from the configuration
                "Hello <strong>world</strong> from Versus on <a href=\"https://example.org\" class=\"bare\">",
                // xref to another AsciiDoc file goes to its page; root-relative links stay as written
                "<a href=\"second.html#details\">the second</a> and <a href=\"/about.html\">about</a>",
                "Included text.", "Made with " + Versions.JBAKE + ".",
                "<pre class=\"prettyprint highlight\"><code data-lang=\"java\">class A {}</code></pre>");
        assertFalse(site.read("output/blog/first.html").contains("jbake-type"));
        // JBake's key=value header, the body after it
        site.assertContains("output/blog/second.html", "<title>Second post · Test site</title>",
                "<time datetime=\"2025-02-20\">", "<h2 id=\"details\">Details", "Some details.");
        assertFalse(site.read("output/blog/second.html").contains("~~~~~~"));
        site.assertContains("output/about.html", "<title>About · Test site</title>", "About us.");
        // parts that pages include, and the sources, are not copied
        assertFalse(site.exists("output/blog/_parts/note.adoc"));
        assertFalse(site.exists("output/blog/first.adoc"));
        assertFalse(site.exists("output/blog/_parts/note.html"));
        // later stages see the rendered body: tags, feed, search
        site.assertContains("output/tags/asciidoc.html", "First post");
        site.assertContains("output/feed.xml", "<title>First post</title>", "Included text.");
        site.assertContains("output/search/pages-0.json", "First post", "Included text.");
    }

    @Test
    void templatesSeeTheDocumentsOwnAttributesAsJBakePassesThem() {
        TestSite site = TestSite.write(dir, SITE + """
                -- templates/post.ftl --
                <h1>${content.title}</h1>[${content.category!'-'}][${content.type}][${content.status}]\
                [<#list content.tags as t>${t};</#list>]${content.body}
                """);
        site.buildOk();
        site.assertContains("output/blog/first.html", "<h1>First post</h1>[news][post][published][asciidoc;jbake;]",
                "<strong>world</strong>");
    }

    @Test
    void configurationIsExportedOnlyWhenAsked() {
        TestSite site = TestSite.write(dir, SITE.replace("render.tags=true", """
                render.tags=true
                asciidoctor.attributes.export=false
                asciidoctor.option.doctype=book
                """));
        site.buildOk();
        site.assertContains("output/blog/first.html", "from Versus on {site_host}.");
    }

    @Test
    void exportedConfigurationTakesThePrefix() {
        TestSite site = TestSite.write(dir, SITE.replace("render.tags=true", """
                render.tags=true
                asciidoctor.attributes.export.prefix=jb_
                """).replace("{site_host}", "{jb_site_title} ({site_title})"));
        site.buildOk();
        site.assertContains("output/blog/first.html", "from Versus on Test site ({site_title}).");
    }

    @Test
    void includesReachTheWholeSiteButNotBeyondItInTheDefaultSafeMode() {
        TestSite site = TestSite.write(dir, SITE + """
                -- content/shared.adoc --
                Shared text.
                -- assets/data/run.sh --
                echo "from the assets"
                -- content/blog/parts/inner.adoc --
                Inner text, then include::../../shared.adoc[] is not at a line start.

                include::../../../assets/data/run.sh[]
                -- content/blog/third.adoc --
                = Third
                :jbake-type: post
                :jbake-date: 2025-03-01

                include::../shared.adoc[]

                ----
                include::{docdir}/../../assets/data/run.sh[]
                ----

                include::parts/inner.adoc[]

                \\include::../shared.adoc[]
                """);
        site.buildOk();
        String html = site.read("output/blog/third.html");
        assertTrue(html.contains("Shared text."), html);
        assertTrue(html.contains("echo &quot;from the assets&quot;") || html.contains("echo \"from the assets\""), html);
        assertTrue(html.contains("Inner text, then include::../../shared.adoc[] is not at a line start."), html);
        assertTrue(html.contains("include::../shared.adoc[]"), html);

        TestSite.write(dir, """
                -- content/blog/fourth.adoc --
                = Fourth
                :jbake-type: post
                :jbake-date: 2025-03-02

                include::../../../outside.adoc[]
                """);
        BuildResult r = site.build();
        String printed = TestSite.printed(r);
        assertTrue(printed.contains("""
                content/blog/fourth.adoc:5:1: error: include file not found: outside.adoc
                 5 | include::../../../outside.adoc[]
                   | ^
                  hint: include:: paths are relative to the page's own file and, in Asciidoctor's safe mode, stay inside the site's folder; asciidoctor.option.safe=unsafe lets them reach further, as in JBake
                """), printed);
        assertFalse(printed.contains(dir.toString()), printed);
    }
}
