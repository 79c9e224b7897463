package dev.versus.render;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The word count and tag stripping match the regular expressions they replace. */
class OutlineWordsTest {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’._-]*");

    private static int byPattern(String html) {
        Matcher w = WORD.matcher(Outline.text(html));
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
            assertEquals(TAG.matcher(html).replaceAll(" "), Outline.stripTags(html), html);
            assertEquals(byPattern(html), Outline.countWords(Outline.visibleText(html)), html);
        }
    }

    @Test
    void eachTableIsLabelledByTheLastHeadingBeforeIt() {
        String t = "<table class=\"md-table\"><tr><td>1</td></tr></table>";
        String body = Outline.of(t + "<h2 id=\"a\">First &amp; one</h2>" + t + t + "<h3 id=\"b\">Second</h3><p>x</p>" + t).body();
        java.util.List<String> labels = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("aria-label=\"([^\"]*)\"><table").matcher(body);
        while (m.find()) {
            labels.add(m.group(1));
        }
        assertEquals(java.util.List.of("Table 1", "First &amp; one", "First &amp; one", "Second"), labels);
    }
}
