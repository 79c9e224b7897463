package dev.versus.html;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The heading scanner finds exactly what the regular expressions of its rule find, and nothing hidden. */
class HeadingsTest {

    private static final Pattern HEADING = Pattern.compile("<h([1-6])((?:\\s[^>]*)?)>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("(?s).*\\sid=\"([^\"]+)\"");

    private static List<String> byPattern(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = HEADING.matcher(html);
        while (m.find()) {
            Matcher id = ID.matcher(m.group(2));
            out.add(m.start() + "-" + m.end() + " h" + m.group(1) + " #" + (id.lookingAt() ? id.group(1) : null)
                    + " [" + m.group(3) + "]");
        }
        return out;
    }

    private static List<String> byScanner(String html) {
        List<String> out = new ArrayList<>();
        Headings reader = Headings.in(html, Hidden.of(html));
        for (Headings.Heading h = reader.next(0); h != null; h = reader.next(h.end())) {
            out.add(h.start() + "-" + h.end() + " h" + h.level() + " #" + h.id()
                    + " [" + html.substring(h.contentStart(), h.contentEnd()) + "]");
        }
        return out;
    }

    @Test
    void findsWhatThePatternFinds() {
        List<String> samples = List.of(
                "<h2 id=\"faq\">FAQ</h2>\n<h3 id=\"q\">Why?</h3><p>Because.</p>",
                "<h2>no id</h2><h7>not a heading</h7><h1 id=\"a\">one</h2> text </h1>",
                "<h3 id=\"unclosed\">never closed <h3>inner</h3>",
                "<h2 id=\"x\" class=\"y\">extra attribute</h2><hr><h4>multi\nline</h4>",
                "<h2 class=\"x\"\nid=\"y\" id=\"\">two ids</h2><h2 data-id=\"z\">data</h2><h2id=\"w\">glued</h2>",
                "<h2 id=\"i>j\">a '>' in the id</h2>",
                "<h", "<h2", "<h2>", "<h2 id=\"", "<h2 id=\"a\"", "<h2 id=\"a\">", "</h2><h2></h2>",
                "<h5 id=\"a\">x</h5><h5 id=\"b\">y</h5>", "text only");
        for (String s : samples) {
            assertEquals(byPattern(s), byScanner(s), s);
        }
        Random random = new Random(7);
        String[] parts = {"<h", "1", "2", "3", "7", ">", "</h2>", "</h3>", " id=\"", "\"", "a", " ", "\n", "<p>", "é",
                " class=\"", "\t"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                sb.append(parts[random.nextInt(parts.length)]);
            }
            String s = sb.toString();
            assertEquals(byPattern(s), byScanner(s), s);
        }
    }

    @Test
    void findsNoHeadingInACommentOrAScript() {
        String html = "<!-- <h2 id=\"a\">old</h2> --><script>'<h2 id=\"b\">x</h2>'</script><h2 id=\"c\">C</h2>";
        int c = html.indexOf("<h2 id=\"c\">");
        assertEquals(List.of(c + "-" + (c + "<h2 id=\"c\">C</h2>".length()) + " h2 #c [C]"), byScanner(html));
    }
}
