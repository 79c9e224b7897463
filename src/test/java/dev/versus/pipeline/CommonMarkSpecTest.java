package dev.versus.pipeline;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.versus.TestSite;
import dev.versus.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example of the CommonMark 0.31.2 specification and the GFM specification's table,
 * strikethrough and autolink examples, built as articles of a real site (read, Markdown,
 * outline, templates, link check, write) and compared with plain flexmark configured with
 * the same extensions and options. The specifications come from the {@code commonmark-test-util}
 * artifact (test scope), which publishes them as {@code spec.txt} and {@code gfm-spec.txt}.
 *
 * <p>The only differences allowed are these, each undone before comparing:
 * <ul>
 * <li>heading anchors: the theme appends a section link to each heading with an id;</li>
 * <li>table wrappers: each Markdown table sits in a focusable region that scrolls sideways;</li>
 * <li>focusable code: {@code <pre>} gets {@code tabindex="0"} so keyboard users can scroll it;</li>
 * <li>site-link rewriting: a root-absolute link ({@code /url}) is written relative to the page,
 *     so it survives a base path; both are compared as the URL they resolve to;</li>
 * <li>site-link checking: an example that links to a page, file or anchor this site does not
 *     have fails the build, as it must; those examples are compared as the Markdown stage
 *     renders them, through the theme's outline, instead of from the written page.</li>
 * </ul>
 */
class CommonMarkSpecTest {

    @TempDir
    Path dir;

    /** One example of a specification: its number, section and Markdown. */
    record Example(String spec, int number, String section, String markdown) {
        String name() {
            return spec + "-" + number;
        }
    }

    private static final String FENCE = "````````````````````````````````";

    static List<Example> examples(String resource, String spec, Set<String> onlyExtensions) throws IOException {
        String text;
        try (InputStream in = CommonMarkSpecTest.class.getResourceAsStream("/" + resource)) {
            assertNotNull(in, resource + " is on the test class path (org.commonmark:commonmark-test-util)");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Example> out = new ArrayList<>();
        String section = "";
        int number = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("#")) {
                section = line.replaceFirst("^#+\\s*", "");
            }
            if (!line.startsWith(FENCE + " example")) {
                continue;
            }
            number++;
            String extension = line.substring((FENCE + " example").length()).trim();
            StringBuilder md = new StringBuilder();
            int k = i + 1;
            for (; !lines[k].equals("."); k++) {
                md.append(lines[k]).append('\n');
            }
            for (; !lines[k].equals(FENCE); k++) {
                // the expected HTML of the specification: not used, flexmark is the reference
            }
            i = k;
            if (onlyExtensions == null ? extension.isEmpty() : onlyExtensions.contains(extension)) {
                out.add(new Example(spec, number, section, md.toString().replace('\u2192', '\t')));
            }
        }
        return out;
    }

    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;

    static {
        // the extensions and options a site gets with markdown.extensions=AUTOLINKS
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                FootnoteExtension.create(), AutolinkExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        options.set(TablesExtension.CLASS_NAME, "md-table");
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    private static final String CONFIG = """
            site.host=https://example.org
            markdown.extensions=AUTOLINKS
            template.post.file=spec.ftlh
            render.index=false
            render.feed=false
            render.archive=false
            render.tags=false
            render.sitemap=false
            render.error404=false
            versus.search=false
            """;

    @Test
    void everyExampleRendersAsFlexmarkDoes() throws IOException {
        List<Example> examples = new ArrayList<>(examples("spec.txt", "commonmark", null));
        examples.addAll(examples("gfm-spec.txt", "gfm", Set.of("table", "strikethrough", "autolink")));
        assertTrue(examples.size() > 660, "examples read: " + examples.size());

        Map<String, Example> byFile = new LinkedHashMap<>();
        TestSite site = TestSite.write(dir, "");
        site.put("jbake.properties", CONFIG);
        site.put("templates/spec.ftlh", "${content.body}");
        for (Example e : examples) {
            String file = "content/spec/" + e.name() + ".md";
            byFile.put(file, e);
            site.put(file, "---\ntitle: Example " + e.number() + "\ndate: 2025-01-01\n---\n" + e.markdown());
        }
        // Builds find the files the examples link to (/url, /uri…), which the site then gets as
        // assets; what is still missing (anchors, source files) leaves those examples out.
        Set<String> failing = new TreeSet<>();
        Set<String> assets = new TreeSet<>();
        for (int round = 0; ; round++) {
            BuildResult r = site.build();
            failing.clear();
            List<String> unexpected = new ArrayList<>();
            boolean added = false;
            for (Diagnostic d : r.diagnostics()) {
                String m = d.message();
                Matcher missing = MISSING.matcher(m);
                if (missing.lookingAt()) {
                    // a path the build looked for must be one flexmark links to as a path of the
                    // site, not an address on the web (www.example.com) or a mailbox
                    Example e = byFile.get(d.position().file());
                    String path = missing.group(1);
                    String flexmark = normalise(RENDERER.render(PARSER.parse(e.markdown())), "spec/" + e.name() + ".html");
                    if (path.matches("[A-Za-z0-9._/-]+") && !flexmark.contains("=\"site:/" + path)) {
                        unexpected.add(e.name() + ": the build looked for '/" + path + "', which flexmark does not link to: "
                                + flexmark);
                    }
                    if (round < 3 && assets.add(path)) {
                        added |= addAsset(site, path);
                    }
                }
                if (m.startsWith("broken link:") || m.startsWith("missing file:") || m.startsWith("link to '")) {
                    failing.add(d.position().file());
                } else {
                    unexpected.add(d.toString());
                }
            }
            assertEquals(List.of(), unexpected, "only link checks may fail");
            if (failing.isEmpty() || !added) {
                break;
            }
        }
        for (String f : failing) {
            site.put(f, "---\ntitle: Left out\ndate: 2025-01-01\nstatus: draft\n---\n");
        }
        if (!failing.isEmpty()) {
            site.buildOk();
        }

        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, Example> entry : byFile.entrySet()) {
            Example e = entry.getValue();
            String uri = "spec/" + e.name() + ".html";
            String ours = failing.contains(entry.getKey()) ? MarkdownStage.themed(e.markdown(), entry.getKey(), uri)
                    : site.read("output/" + uri);
            String flexmark = RENDERER.render(PARSER.parse(e.markdown()));
            compared++;
            String a = normalise(ours, uri);
            String b = normalise(flexmark, uri);
            if (!a.equals(b)) {
                differences.add(e.name() + " (" + e.section() + ")\n--- markdown\n" + e.markdown()
                        + "--- flexmark\n" + b + "--- versus\n" + a);
            }
        }
        assertEquals(examples.size(), compared);
        assertTrue(failing.size() < 30, failing.size() + " examples left to the Markdown stage: " + failing);
        assertEquals(List.of(), differences, differences.size() + " differences:\n" + String.join("\n", differences));
    }

    private static final Pattern MISSING = Pattern.compile("(?:missing file: nothing|broken link: no page) is written at '/([^']+)'");

    /** Gives the site a file at {@code path} (under assets/) when it can be one; whether it did. */
    private static boolean addAsset(TestSite site, String path) {
        if (path.endsWith("/") || path.contains("..") || !path.matches("[A-Za-z0-9._/-]+")) {
            return false;
        }
        try {
            site.put("assets/" + path, "asset\n");
            return true;
        } catch (RuntimeException notAFile) {
            return false;
        }
    }

    private static final Pattern ANCHOR = Pattern.compile(" <a class=\"anchor\" href=\"#[^\"]*\" aria-label=\"[^\"]*\"></a>");
    private static final Pattern TABLE_REGION = Pattern.compile(
            "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"[^\"]*\">(<table class=\"md-table\">)");
    private static final Pattern URL = Pattern.compile("\\b(href|src)=\"([^\"]*)\"");

    /** The HTML with the documented differences undone. */
    static String normalise(String html, String uri) {
        String s = ANCHOR.matcher(html).replaceAll("");
        s = TABLE_REGION.matcher(s).replaceAll("$1").replace("</table></div>", "</table>");
        s = s.replace("<pre tabindex=\"0\"><code", "<pre><code");
        Matcher m = URL.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = m.group(2);
            String resolved = url;
            if (!url.isEmpty() && !url.startsWith("#") && !url.startsWith("//") && !url.contains(":")) {
                String path = dev.versus.model.Urls.resolve(uri, url);
                resolved = path == null ? url : "site:/" + path;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "=\"" + resolved + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The Markdown stage and the theme's outline, for examples whose links fail the build. */
    private static final class MarkdownStage {
        private static final dev.versus.markdown.MarkdownRenderer MARKDOWN = new dev.versus.markdown.MarkdownRenderer(
                dev.versus.config.SiteConfig.of(Map.of("markdown.extensions", "AUTOLINKS")),
                dev.versus.markdown.Embeds.NONE, Map.of());

        static String themed(String markdown, String source, String uri) {
            dev.versus.model.Page page = new dev.versus.model.Page(source, source.substring("content/".length()), uri, uri,
                    "post", dev.versus.model.Status.PUBLISHED, "Example", null, List.of(), null, null,
                    dev.versus.model.Page.Format.MARKDOWN, markdown, 5, Map.of(), Map.of());
            String html = MARKDOWN.render(new dev.versus.markdown.PageContext(page));
            return dev.versus.render.Outline.of(html).themed(html);
        }
    }
}
