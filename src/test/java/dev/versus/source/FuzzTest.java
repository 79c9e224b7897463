package dev.versus.source;

import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostic;
import dev.versus.markdown.Embeds;
import dev.versus.markdown.MarkdownRenderer;
import dev.versus.markdown.PageContext;
import dev.versus.model.Page;
import dev.versus.model.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded random inputs built from fragments that stress the parsers (YAML punctuation, tags,
 * anchors, quotes, tabs, CR, BOM, fences, link syntax, citations): the front-matter splitter,
 * the YAML reader and the Markdown renderer must return diagnostics, never throw, and every
 * diagnostic must point inside the file. Fixed seeds keep failures reproducible.
 */
class FuzzTest {

    private static final int ROUNDS = 400;

    private static final List<String> FRAGMENTS = List.of(
            "---", "---\n", "...", "~~~~~~", "\n", "\r\n", "\r", "\t", " ", "  ", "\uFEFF", "\u0000", "\u2028",
            "title", ": ", "title: x\n", "date: 2025-02-30\n", "tags: [a, b]\n", "key=value\n", "=", "-", "- ",
            "?", "? ", "&a ", "*a", "*a ", "&b [1,2]\n", "<<: *a\n", "!!", "!!java.io.File", "!!str ", "!<tag:x>",
            "!local ", "%YAML 1.1\n", "%TAG ! tag:x:\n", "\"", "'", "\\", "\"\\u12", "\\x", "{", "}", "[", "]",
            ",", "#", "# c\n", "|", ">", "|-\n  a\n", "@", "`", "```", "```comparison\n", "```\n", "~~~",
            "{{", "}}", "{{django.first_release}}", "{{a.b.c}}", "[x](", "](y.md)", "[x](../a.md#h)", "![i](",
            "(#)", "<", ">", "</", "<script>", "&amp;", "&#", "#", "## Heading\n", "| a | b |\n", "|---|---|\n",
            "[^1]", "[^1]: note\n", "*", "_", "~~", "\\\n", "1.", "2025-01-01", "0x1F", "1e999", ".inf", "null",
            "~", "yes", "\ud83d\ude00", "\ud800", "é", "a", "b", "word ");

    private static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(40);
        for (int i = 0; i < n; i++) {
            sb.append(FRAGMENTS.get(r.nextInt(FRAGMENTS.size())));
        }
        return sb.toString();
    }

    private static void assertInside(SourceFile f, List<Diagnostic> ds, String input) {
        int lines = f.text().split("\n", -1).length;
        for (Diagnostic d : ds) {
            assertTrue(d.position().file().equals(f.path()) && d.position().line() <= lines + 1,
                    () -> "diagnostic outside the file: " + d + "\ninput: " + escape(input));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, 20250603L})
    void frontMatterSplitterAndYamlReaderNeverThrow(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < ROUNDS; i++) {
            String input = (r.nextBoolean() ? "---\n" : "") + randomText(r)
                    + (r.nextBoolean() ? "\n---\n" : "") + randomText(r);
            SourceFile f = SourceFile.of("content/f.md", input);
            try {
                FrontMatter.Result split = FrontMatter.split(f, "~~~~~~");
                assertInside(f, split.diagnostics(), input);
                YamlReader.Result yaml = YamlReader.parse(f, f.text(), 1);
                assertInside(f, yaml.diagnostics(), input);
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + seed + " round " + i + " threw on input: " + escape(input), e);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7L, 99L, 31337L})
    void markdownRendererNeverThrows(long seed) {
        Random r = new Random(seed);
        SiteConfig config = SiteConfig.of(Map.of());
        Page other = page("content/blog/other.md", "blog/other.md", "## Heading\n");
        for (int i = 0; i < ROUNDS; i++) {
            String body = randomText(r);
            Page p = page("content/blog/a.md", "blog/a.md", body);
            MarkdownRenderer md = new MarkdownRenderer(config, Embeds.NONE,
                    Map.of(p.contentPath(), p, other.contentPath(), other));
            PageContext ctx = new PageContext(p);
            try {
                md.render(ctx);
                assertInside(SourceFile.of(p.sourcePath(), "---\ntitle: A\n---\n" + body), ctx.diagnostics(), body);
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + seed + " round " + i + " threw on body: " + escape(body), e);
            }
        }
    }

    private static Page page(String source, String contentPath, String body) {
        String uri = contentPath.replace(".md", ".html");
        return new Page(source, contentPath, uri, uri, "post", Status.PUBLISHED, "A", null, List.of(), null, null,
                Page.Format.MARKDOWN, body, 4, Map.of(), Map.of());
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
