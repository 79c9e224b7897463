package dev.versus.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
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
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Text written by the plain-text renderer, long runs of it held back from flexmark's writer, is
 * byte for byte what flexmark's own renderer writes.
 */
class PlainTextExtensionTest {

    private static final Flexmark FLEXMARK = new Flexmark(false);
    private static final Flexmark WITH_PLAIN_TEXT = new Flexmark(true);

    /** A parser and renderer with the extensions of a site, with or without the plain-text renderer. */
    private static final class Flexmark {
        final Parser parser;
        final HtmlRenderer renderer;

        Flexmark(boolean plainText) {
            List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(), StrikethroughExtension.create(),
                    FootnoteExtension.create()));
            if (plainText) {
                extensions.add(new PlainTextExtension());
            }
            MutableDataSet options = new MutableDataSet();
            options.set(Parser.EXTENSIONS, extensions);
            options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
            options.set(HtmlRenderer.RENDER_HEADER_ID, true);
            parser = Parser.builder(options).build();
            renderer = HtmlRenderer.builder(options).build();
        }
    }

    /** Renders as flexmark does, or with the plain-text renderer as Versus does (runs of text held back from the writer). */
    private static String render(boolean plainText, String markdown) {
        Flexmark f = plainText ? WITH_PLAIN_TEXT : FLEXMARK;
        return plainText ? MarkdownRenderer.render(f.renderer, f.parser.parse(markdown), markdown)
                : f.renderer.render(f.parser.parse(markdown));
    }

    @Test
    void writesTextAsFlexmarkDoes() {
        String[] parts = {"word", " ", "\n", "\n\n", "\r\n", "\r", "&", "&amp;", "&copy;", "&#169;", "&#xA9;", "&bogus;",
                "<", ">", "\"", "'", "\\", "\\*", "\\&", "*", "**", "_", "`", "~~", "# ", "## Title ", "- ", "1. ", "> ",
                "| a | b |\n|---|---|\n| 1 | 2 |\n", "[^1]", "[^1]: note\n", "<b>", "</b>", "<!-- c -->", "é", "’", "😀",
                "    ", "\t", "[x](y)", "![i](j)", "<https://example.org>", "a run of several words", "  ",
                " spaces  inside ", "\u0001", "\u0000", "&#1;", "&#x1;0&#1;", "- item with a longer text", "  - nested item text", "> quoted text line"};
        Random random = new Random(17);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(25); n > 0; n--) {
                sb.append(parts[random.nextInt(parts.length)]);
            }
            String md = sb.toString();
            assertEquals(render(false, md), render(true, md), md);
        }
    }

    @Test
    void writesTheExampleSiteAsFlexmarkDoes() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("content"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        for (Path f : files) {
            String md = Files.readString(f);
            assertEquals(render(false, md), render(true, md), f.toString());
        }
    }
}
