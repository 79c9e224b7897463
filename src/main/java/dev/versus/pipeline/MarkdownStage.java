package dev.versus.pipeline;

import dev.versus.compare.Comparisons;
import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostics;
import dev.versus.markdown.MarkdownRenderer;
import dev.versus.markdown.PageContext;
import dev.versus.model.Page;
import dev.versus.reuse.Bodies;
import dev.versus.reuse.Reuse;
import dev.versus.reuse.SiteFiles;
import dev.versus.text.Spill;
import dev.versus.text.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * markdown: every page's body as HTML, once every URL is known so that links between pages
 * resolve, then finished by the comparison engine (FAQ markup, structured data).
 */
final class MarkdownStage {

    /**
     * @param bodies   the finished body of each page, by source path
     * @param contexts what rendering learnt of each page (links, heading ids), in site order
     */
    record Marked(Map<String, Text> bodies, List<PageContext.Learnt> contexts) implements java.io.Serializable {
    }

    private MarkdownStage() {
    }

    static Marked run(Setup setup, SiteFiles files, LoadStage.Loaded loaded, Comparisons comparisons, Reuse reuse,
                      Diagnostics diags, Spill spill) {
        List<Page> pages = loaded.site().pages();
        Map<String, Page> byContentPath = new HashMap<>();
        pages.forEach(p -> byContentPath.put(p.contentPath(), p));
        MarkdownRenderer.Dialect dialect = dialect(setup.config(), files.templates().keySet());
        MarkdownRenderer markdown = new MarkdownRenderer(setup.config(), comparisons.embeds(), byContentPath,
                loaded.draftsLeftOut(), setup.asciidoc(), dialect);
        Map<String, Bodies.Body> rendered = reuse.bodies().render(pages, dialect, byContentPath,
                loaded.draftsLeftOut(), markdown::render, spill);
        Map<String, Text> html = new HashMap<>();
        rendered.forEach((k, b) -> html.put(k, b.html()));
        List<PageContext.Learnt> contexts = new ArrayList<>();
        pages.forEach(p -> contexts.add(rendered.get(p.sourcePath()).learnt()));
        contexts.forEach(c -> diags.addAll(c.diagnostics()));
        // Link problems found while rendering Markdown and by the check stage are reported together.
        return new Marked(comparisons.finish(html, diags, spill), contexts);
    }

    /**
     * A site whose posts or pages are shown by JBake {@code .ftl} templates of its own
     * ({@code template.post.file}, {@code template.page.file}) is a JBake site, whose Markdown
     * reads as JBake reads it; other sites (the built-in theme's {@code .ftlh}, perhaps with a
     * JBake index or feed template) keep CommonMark.
     */
    static MarkdownRenderer.Dialect dialect(SiteConfig config, Set<String> templateNames) {
        for (String key : List.of("template.post.file", "template.page.file")) {
            String name = config.get(key).trim();
            if (name.endsWith(".ftl") && templateNames.contains(name)) {
                return MarkdownRenderer.Dialect.PEGDOWN;
            }
        }
        return MarkdownRenderer.Dialect.COMMONMARK;
    }
}
