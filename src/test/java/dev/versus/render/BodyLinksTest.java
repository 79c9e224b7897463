package dev.versus.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A body's links, written again for the file that prints it. */
class BodyLinksTest {

    private static final String HOST = "https://example.org/docs";

    private static String on(String html, String pageUri, String outputUri) {
        return BodyLinks.rewrite(html, pageUri, HOST, new BodyLinks.Target(outputUri, false));
    }

    private static String inFeed(String html, String pageUri) {
        return BodyLinks.rewrite(html, pageUri, HOST, new BodyLinks.Target("feed.xml", true));
    }

    @Test
    void aBodyOnItsOwnPageOrInItsFolderIsLeftAsItIs() {
        String html = "<p><a href=\"../img/x.png\">x</a></p>";
        assertSame(html, on(html, "blog/a.html", "blog/a.html"));
        assertSame(html, on(html, "blog/a.html", "blog/b.html"));
    }

    @Test
    void relativeLinksAreWrittenForThePageThatShowsTheBody() {
        String html = "<p><img src=\"../img/x.png\" alt=\"x\" /> <a href=\"b.html?x=1&amp;y=2#top\">b</a> "
                + "<a href='c/'>c</a> <a href=\"https://example.com/\">out</a> <a href=\"#note\">note</a> "
                + "<a href=\"/server-root\">root</a> <a href=\"mailto:a@b.example\">mail</a> <a href=\"//cdn.example/x\">cdn</a></p>";
        assertEquals("<p><img src=\"img/x.png\" alt=\"x\" /> <a href=\"blog/b.html?x=1&amp;y=2#top\">b</a> "
                + "<a href='blog/c/'>c</a> <a href=\"https://example.com/\">out</a> <a href=\"#note\">note</a> "
                + "<a href=\"/server-root\">root</a> <a href=\"mailto:a@b.example\">mail</a> <a href=\"//cdn.example/x\">cdn</a></p>",
                on(html, "blog/a.html", "index.html"));
        assertEquals("<a href=\"../../blog/b.html\">b</a>", on("<a href=\"b.html\">b</a>", "blog/a.html", "tags/x/index.html"));
    }

    @Test
    void feedsGetAbsoluteUrls() {
        assertEquals("<a href=\"https://example.org/docs/img/x.png\">i</a> <a href=\"https://example.org/docs/blog/a/#note\">n</a> "
                        + "<a href=\"https://example.org/server-root\">r</a> <a href=\"https://example.org/docs/blog/a/\">self</a>",
                inFeed("<a href=\"../../img/x.png\">i</a> <a href=\"#note\">n</a> <a href=\"/server-root\">r</a> "
                        + "<a href=\"\">self</a>", "blog/a/"));
    }

    @Test
    void textCommentsAndScriptsAreNotLinks() {
        String html = "<p>href=\"x.html\"</p><!-- <a href=\"x.html\"> --><script>var s = '<a href=\"x.html\">';</script>"
                + "<pre><code>&lt;a href=&quot;x.html&quot;&gt;</code></pre><a href=\"x.html\">x</a>";
        assertEquals("<p>href=\"x.html\"</p><!-- <a href=\"x.html\"> --><script>var s = '<a href=\"x.html\">';</script>"
                + "<pre><code>&lt;a href=&quot;x.html&quot;&gt;</code></pre><a href=\"blog/x.html\">x</a>",
                on(html, "blog/a.html", "index.html"));
    }

    @Test
    void aSchemeWrittenWithCharacterReferencesIsStillAScheme() {
        String html = "<a href=\"&#109;&#97;&#105;&#108;&#116;&#111;&#58;a&#64;b.example\">a&#64;b.example</a>";
        assertEquals(html, on(html, "blog/a.html", "index.html"));
        assertEquals(html, inFeed(html, "blog/a.html"));
    }

    @Test
    void aLinkAboveTheSiteRootIsLeftAsWritten() {
        assertEquals("<a href=\"../../../x\">x</a>", on("<a href=\"../../../x\">x</a>", "blog/a.html", "index.html"));
    }
}
