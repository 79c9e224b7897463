package dev.versus.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The filtered autolinker links exactly what flexmark's autolink extension links. */
class CheapAutolinkExtensionTest {

    private static final List<String> SAMPLES = List.of(
            "Plain text with no link at all.",
            "See https://www.djangoproject.com/ for more.",
            "Visit www.example.org, or WWW.EXAMPLE.ORG.",
            "Mail team@example.org or a.b+c@sub.example.co.uk today.",
            "ftp://files.example.org/pub and mailto:me@example.org",
            "An escaped www\\.example.org and http\\://example.org",
            "Entities: www&#46;example.org and http&#58;//example.org and a&#64;b.org",
            "Split *by emphasis* www.example.org *and* http://x.org/a_b_c",
            "`http://in.code.example.org` stays code, http://after.example.org links.",
            "[already a link](http://example.org) and <http://example.org/angle>",
            "A URL at the end of a line http://example.org/path?q=1&r=2\nand the next line www.next.org.",
            "Parentheses (http://example.org/a_(b)) and trailing dot http://example.org.",
            "No scheme: example.org, localhost:8080, 127.0.0.1 and a@ alone.",
            "| a | b |\n|---|---|\n| http://table.example.org | www.cell.org |",
            "- item www.list.org\n- item two@example.org\n\n> quote https://quote.example.org",
            "w.w.w. and ww.w and www and www. and .www.");

    private static String render(Extension autolink, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), autolink));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @Test
    void linksWhatTheExtensionLinks() {
        for (String md : SAMPLES) {
            assertEquals(render(AutolinkExtension.create(), md), render(new CheapAutolinkExtension(), md), md);
        }
    }

    @Test
    void theSamplesDoHoldLinks() {
        String html = render(new CheapAutolinkExtension(), String.join("\n\n", SAMPLES));
        assertTrue(html.contains("<a href=\"http://www.example.org\">www.example.org</a>"), html);
        assertTrue(html.contains("<a href=\"mailto:team@example.org\">team@example.org</a>"), html);
        assertTrue(html.contains("<a href=\"https://quote.example.org\">https://quote.example.org</a>"), html);
    }

    @Test
    void linksTheExampleSiteLikeTheExtension() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("content"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        assertTrue(files.size() >= 2, "example articles");
        for (Path f : files) {
            String md = Files.readString(f);
            assertEquals(render(AutolinkExtension.create(), md), render(new CheapAutolinkExtension(), md), f.toString());
        }
    }
}
