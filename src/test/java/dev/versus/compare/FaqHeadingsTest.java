package dev.versus.compare;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The heading scanner finds exactly what the regular expression it replaces finds. */
class FaqHeadingsTest {

    private static final Pattern HEADING = Pattern.compile("<h([1-6])( id=\"([^\"]*)\")?>(.*?)</h\\1>", Pattern.DOTALL);

    private static List<String> byPattern(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = HEADING.matcher(html);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + " h" + m.group(1) + " [" + m.group(4) + "]");
        }
        return out;
    }

    private static List<String> byScanner(String html) {
        List<String> out = new ArrayList<>();
        for (int[] h : Faq.headings(html)) {
            out.add(h[0] + "-" + h[1] + " h" + h[2] + " [" + html.substring(h[3], h[4]) + "]");
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
                "<h", "<h2", "<h2>", "<h2 id=\"", "<h2 id=\"a\"", "<h2 id=\"a\">", "</h2><h2></h2>",
                "<h5 id=\"a\">x</h5><h5 id=\"b\">y</h5>", "text only");
        for (String s : samples) {
            assertEquals(byPattern(s), byScanner(s), s);
        }
        Random random = new Random(7);
        String[] parts = {"<h", "1", "2", "3", "7", ">", "</h2>", "</h3>", " id=\"", "\"", "a", " ", "\n", "<p>", "é"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                sb.append(parts[random.nextInt(parts.length)]);
            }
            String s = sb.toString();
            assertEquals(byPattern(s), byScanner(s), s);
        }
    }
}
