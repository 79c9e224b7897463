package dev.versus.render;

import dev.versus.html.Html;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The outline's scanners (headings, tables, words, tags, entities) match the regular expressions they replace. */
class OutlineWordsTest {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’._-]*");

    private static int byPattern(String html) {
        Matcher w = WORD.matcher(Html.text(html));
        int n = 0;
        while (w.find()) {
            n++;
        }
        return n;
    }

    @Test
    void countsWhatThePatternCounts() {
        String[] parts = {"<p>", "</p>", "<a href=\"x\">", "word", " ", "\n", "-", ".", "'", "’", "_", "&amp;", "&#x41;",
                "&nbsp;", "&eacute;", "<", ">", "é", "٣", "Ⅻ", "½", "𝔸", "x2", ",", "…"};
        Random random = new Random(11);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(20); n > 0; n--) {
                sb.append(parts[random.nextInt(parts.length)]);
            }
            String html = sb.toString();
            assertEquals(TAG.matcher(html).replaceAll(" "), Html.stripTags(html), html);
            assertEquals(byPattern(html), Outline.countWords(Html.visibleText(html)), html);
            assertEquals(byPattern(html), Outline.countWordsInHtml(html), html);
        }
    }

    @Test
    void readsBodiesAsTheRegularExpressionsDo() {
        String[] parts = {"<h2 id=\"a\">", "<h3 id=\"b-c\">", "<h4 class=\"x\" id=\"d\">", "<h2>", "<h2 id=\"\">",
                "<h3\nid=\"e\" data-x=\"1\">", "<h2 data-id=\"f\">", "<h1 id=\"g\">", "<h5 id=\"h\">", "<h2 id=\"i>j\">",
                "</h2>", "</h3>", "</h4>", "</h1>", "</h5>", "<a class=\"anchor\" href=\"#a\"></a>", "<h", "<h2", "id=\"k\"",
                "<table class=\"md-table\">", "<tr><td>", "</td></tr>", "</table>", "<pre><code>", "</code></pre>",
                "<p>", "</p>", "word", " ", "\n", "&amp;", "&#x41;", "&#65;", "&#a1;", "&#x;", "&#X41;", "&lt;", "&nbsp;",
                "&quot;", "&eacute;", "&#1114112;", "&", ";", "#", "x", "<", ">", "\"", "é", "’", "𝔸", "Tom's", "1.5"};
        Random random = new Random(23);
        for (int i = 0; i < 40_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                sb.append(parts[random.nextInt(parts.length)]);
            }
            String html = sb.toString();
            Outline fast = Outline.of(html);
            OutlineReference reference = OutlineReference.of(html);
            assertEquals(reference.body(), fast.themed(html), html);
            assertEquals(reference.headings(), fast.headings(), html);
            assertEquals(reference.words(), fast.words(), html);
            assertEquals(OutlineReference.text(html), Html.text(html), html);
        }
    }

    @Test
    void eachTableIsLabelledByTheLastHeadingBeforeIt() {
        String t = "<table class=\"md-table\"><tr><td>1</td></tr></table>";
        String html = t + "<h2 id=\"a\">First &amp; one</h2>" + t + t + "<h3 id=\"b\">Second</h3><p>x</p>" + t;
        String body = Outline.of(html).themed(html);
        java.util.List<String> labels = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("aria-label=\"([^\"]*)\"><table").matcher(body);
        while (m.find()) {
            labels.add(m.group(1));
        }
        assertEquals(java.util.List.of("Table 1", "First &amp; one", "First &amp; one", "Second"), labels);
    }

    @Test
    void neverReadsInsideCommentsOrScripts() {
        String t = "<table class=\"md-table\"><tr><td>1</td></tr></table>";
        String html = "<h2 id=\"real\">Real</h2>\n<!--\n<h2 id=\"hidden\">Hidden</h2>\n" + t + "\n-->\n"
                + "<script>let s = '<h3 id=\"s\">x</h3>';</script>\n" + t + "<!-- <pre><code>x</code></pre> -->";
        Outline outline = Outline.of(html);
        assertEquals(java.util.List.of(new Outline.Heading(2, "real", "Real")), outline.headings());
        String body = outline.themed(html);
        assertEquals("<h2 id=\"real\">Real <a class=\"anchor\" href=\"#real\" aria-label=\"Link to this section: Real\"></a></h2>\n"
                + "<!--\n<h2 id=\"hidden\">Hidden</h2>\n" + t + "\n-->\n<script>let s = '<h3 id=\"s\">x</h3>';</script>\n"
                + "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Real\">" + t + "</div>"
                + "<!-- <pre><code>x</code></pre> -->", body);
    }
}
