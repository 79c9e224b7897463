package dev.versus.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.versus.config.SiteConfig;
import dev.versus.diag.Position;
import dev.versus.model.Page;
import dev.versus.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Inline citations ({@code {{subject.aspect}}}) replace exactly the characters of a valid
 * citation; every other character of the text stays as plain flexmark writes it.
 */
class CitationParserTest {

    /** Renders a citation as a marker that names the reference. */
    private static final Embeds CITE = new Embeds() {
        @Override
        public boolean handlesBlock(String name) {
            return false;
        }

        @Override
        public String renderBlock(String name, String info, String content, Position at, PageContext page) {
            return "";
        }

        @Override
        public String renderCitation(String reference, Position at, PageContext page) {
            return "<cite>" + reference + "</cite>";
        }
    };

    private static final MarkdownRenderer VERSUS = new MarkdownRenderer(
            SiteConfig.of(Map.of("markdown.extensions", "TABLES")), CITE, Map.of());

    private static final Parser PLAIN_PARSER;
    private static final HtmlRenderer PLAIN_RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                FootnoteExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(TablesExtension.CLASS_NAME, "md-table");
        PLAIN_PARSER = Parser.builder(options).build();
        PLAIN_RENDERER = HtmlRenderer.builder(options).build();
    }

    /** A valid citation, found left to right as the earliest match at each place. */
    private static final Pattern CITATION = Pattern.compile("\\{\\{[ \t]*([A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)+)[ \t]*}}");

    private static String render(String markdown) {
        Page page = new Page("content/a.md", "a.md", "a.html", "a.html", "post", Status.PUBLISHED, "A", null,
                List.of(), null, null, Page.Format.MARKDOWN, markdown, 4, Map.of(), Map.of());
        return VERSUS.render(new PageContext(page));
    }

    /**
     * What the body must be: plain flexmark's HTML (which writes every citation as the text it
     * is), with each valid citation in text outside code replaced by its rendering.
     */
    private static String expected(String markdown) {
        String html = PLAIN_RENDERER.render(PLAIN_PARSER.parse(markdown));
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < html.length()) {
            int lt = html.indexOf('<', at);
            int end = lt < 0 ? html.length() : lt;
            Matcher m = CITATION.matcher(html).region(at, end);
            int from = at;
            while (m.find()) {
                out.append(html, from, m.start()).append("<cite>").append(m.group(1)).append("</cite>");
                from = m.end();
            }
            out.append(html, from, end);
            if (lt < 0) {
                break;
            }
            // a tag, or code with all it holds, is copied as it is
            int close = html.startsWith("<code", lt) ? html.indexOf("</code>", lt) + "</code>".length()
                    : html.indexOf('>', lt) + 1;
            out.append(html, lt, close);
            at = close;
        }
        return withoutIds(out.toString());
    }

    /**
     * Heading ids are left out of the comparison: they are made from the heading's text with
     * flexmark's text collector, which reads a link followed by a node of ours differently.
     */
    private static String withoutIds(String html) {
        return html.replaceAll("<h([1-6]) id=\"[^\"]*\">", "<h$1>");
    }

    @Test
    void keepsTextThatIsNotACitation() {
        assertEquals("<p>{{x}} <cite>django.name</cite></p>\n", render("{{x}} {{django.name}}"));
        assertEquals("<p>{{ see }} <em>em</em> <code>code</code> <a href=\"https://example.org/\">link</a> "
                        + "<cite>django.first_release</cite> tail</p>\n",
                render("{{ see }} *em* `code` [link](https://example.org/) {{django.first_release}} tail"));
        assertEquals("<p>{{a.}} {{.b}} {{a..b}} {a.b} {{a.b} }} {{<cite>a.b</cite>} <cite>a.b-c_d.e</cite></p>\n",
                render("{{a.}} {{.b}} {{a..b}} {a.b} {{a.b} }} {{{{a.b}}} {{ a.b-c_d.e\t}}"));
    }

    @Test
    void leavesCitationsInCodeAsWritten() {
        assertEquals("<p><code>{{a.b}}</code> <cite>a.b</cite></p>\n", render("`{{a.b}}` {{a.b}}"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, 2024L})
    void keepsEveryCharacterThatIsNotACitation(long seed) {
        String[] parts = {"{{", "}}", "{", "}", "{{django.name}}", "{{ django.first_release }}", "{{a.b.c}}",
                "{{x}}", "{{ see }}", "{{a.}}", "{{.b}}", "{{a b.c}}", "django", ".", "name", "-", "_", " ", "  ",
                "\n", "\n\n", "*", "**", "_em_", "`code`", "[link](https://example.org/)", "~~", "tail", "a.b",
                "é", "😀", "\t", "|", "- ", "# ", "~~~ "};
        Random random = new Random(seed);
        for (int i = 0; i < 1_500; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                sb.append(parts[random.nextInt(parts.length)]);
            }
            String md = sb.toString();
            assertEquals(expected(md), withoutIds(render(md)), () -> "markdown: " + md);
        }
    }

    @Test
    void readsManyCitationsInOneParagraph() {
        StringBuilder sb = new StringBuilder();
        StringBuilder html = new StringBuilder("<p>");
        for (int i = 0; i < 20_000; i++) {
            sb.append("{{ x }} {{s").append(i).append(".a}} ");
            html.append("{{ x }} <cite>s").append(i).append(".a</cite> ");
        }
        assertEquals(html.toString().stripTrailing() + "</p>\n", render(sb.toString()));
    }
}
