package dev.versus.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Position;
import dev.versus.diag.Suggestions;
import dev.versus.model.Page;
import dev.versus.model.Urls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders page bodies to HTML. Built once per site from its {@code markdown.extensions};
 * flexmark's parser and renderer are immutable once built, so one instance serves every
 * thread.
 */
public final class MarkdownRenderer {

    static final NullableDataKey<PageContext> CONTEXT = new NullableDataKey<>("VERSUS_PAGE_CONTEXT");
    /**
     * Blocks of finished HTML (embeds, code) held back from flexmark's writer, which would
     * otherwise read them a character at a time: the writer gets a marker, replaced by the
     * block after rendering. Absent when the body itself holds the marker character.
     */
    static final NullableDataKey<List<String>> BLOCKS = new NullableDataKey<>("VERSUS_BLOCKS");
    /** Starts and ends a block marker; a control character that Markdown text does not hold. */
    private static final char MARK = '\u0001';
    private static final Pattern TITLE = Pattern.compile("title\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Embeds embeds;
    private final Map<String, Page> byContentPath;
    private final Map<String, Page> draftsLeftOut;
    /** The path of site.host ("" or "/docs"): links starting with it are written for the server root. */
    private final String basePath;

    /**
     * @param byContentPath every rendered page by its path in the content folder, for links
     *                      written as source paths ({@code ../blog/a.md})
     */
    public MarkdownRenderer(SiteConfig config, Embeds embeds, Map<String, Page> byContentPath) {
        this(config, embeds, byContentPath, Map.of());
    }

    /**
     * @param byContentPath every rendered page by its path in the content folder
     * @param draftsLeftOut drafts that are not rendered, by content path: links to them are errors
     */
    public MarkdownRenderer(SiteConfig config, Embeds embeds, Map<String, Page> byContentPath,
                            Map<String, Page> draftsLeftOut) {
        this(config, embeds, byContentPath, draftsLeftOut, Dialect.COMMONMARK);
    }

    /** Which Markdown a site is written in. */
    public enum Dialect {
        /** CommonMark with GitHub's tables, strikethrough and footnotes: Versus's own sites. */
        COMMONMARK,
        /**
         * As JBake 2.7 reads it: flexmark with its pegdown profile and the pegdown extensions named
         * in {@code markdown.extensions} (pegdown's list rules: a fenced block right after a list
         * item's line belongs to the item). For JBake sites, whose templates are JBake's {@code .ftl}.
         */
        PEGDOWN
    }

    /**
     * @param byContentPath every rendered page by its path in the content folder
     * @param draftsLeftOut drafts that are not rendered, by content path: links to them are errors
     * @param dialect       the site's Markdown
     */
    public MarkdownRenderer(SiteConfig config, Embeds embeds, Map<String, Page> byContentPath,
                            Map<String, Page> draftsLeftOut, Dialect dialect) {
        this.embeds = embeds;
        this.byContentPath = byContentPath;
        this.draftsLeftOut = draftsLeftOut;
        this.basePath = config.basePath();
        Set<String> ext = config.markdownExtensions();
        if (dialect == Dialect.PEGDOWN) {
            MutableDataSet options = new MutableDataSet(PegdownOptionsAdapter.flexmarkOptions(pegdownExtensions(config)));
            List<Extension> extensions = new ArrayList<>(Parser.EXTENSIONS.get(options));
            extensions.add(new VersusExtension());
            options.set(Parser.EXTENSIONS, extensions);
            options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
            options.set(HtmlRenderer.RENDER_HEADER_ID, true);
            options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
            options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
            this.parser = Parser.builder(options).build();
            this.renderer = HtmlRenderer.builder(options).build();
            return;
        }
        boolean all = ext.contains("ALL");
        List<Extension> extensions = new ArrayList<>();
        extensions.add(TablesExtension.create());
        extensions.add(StrikethroughExtension.create());
        extensions.add(FootnoteExtension.create());
        if (all || ext.contains("AUTOLINKS")) {
            extensions.add(new CheapAutolinkExtension());
        }
        if (all || ext.contains("DEFINITIONS")) {
            // On in JBake's default list: "Term" then ": definition" makes a <dl>.
            extensions.add(DefinitionExtension.create());
        }
        extensions.add(new PlainTextExtension());
        extensions.add(new VersusExtension());
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        options.set(TablesExtension.CLASS_NAME, "md-table");
        if (all || ext.contains("HARDWRAPS")) {
            options.set(HtmlRenderer.SOFT_BREAK, "<br />\n");
        }
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * The pegdown extension bits of {@code markdown.extensions}, as JBake 2.7 reads them: each name
     * a field of pegdown's {@code Extensions}, {@code -NAME} removes one, unknown names count for nothing.
     */
    static int pegdownExtensions(SiteConfig config) {
        int bits = PegdownExtensions.NONE;
        for (String raw : config.get("markdown.extensions").split(",")) {
            String name = raw.trim();
            boolean remove = name.startsWith("-");
            if (remove || name.startsWith("+")) {
                name = name.substring(1);
            }
            int bit;
            try {
                bit = PegdownExtensions.class.getField(name).getInt(null);
            } catch (ReflectiveOperationException | RuntimeException e) {
                bit = PegdownExtensions.NONE;
            }
            bits = remove ? bits & ~bit : bits | bit;
        }
        return bits;
    }

    /** Renders a page's body; problems, links and heading ids go to {@code context}. */
    public String render(PageContext context) {
        Page page = context.page();
        if (page.format() == Page.Format.HTML) {
            return page.body();
        }
        Document doc = parser.parse(page.body());
        doc.set(CONTEXT, context);
        List<String> blocks = page.body().indexOf(MARK) < 0 ? new ArrayList<>() : null;
        doc.set(BLOCKS, blocks);
        for (Node n : doc.getDescendants()) {
            if (n instanceof Heading h && h.getAnchorRefId() != null && !h.getAnchorRefId().isEmpty()) {
                context.addId(h.getAnchorRefId());
            }
        }
        String html = renderer.render(doc);
        if (blocks != null && !blocks.isEmpty()) {
            html = insertBlocks(html, blocks);
        }
        // Heading ids are generated during rendering; collect them from the output too: every
        // ' id="…"' with a non-empty value (what the pattern  id="([^"]+)" would find).
        for (int at = html.indexOf(" id=\""); at >= 0; ) {
            int close = html.indexOf('"', at + 5);
            if (close < 0) {
                break;
            }
            if (close > at + 5) {
                context.addId(html.substring(at + 5, close));
                at = html.indexOf(" id=\"", close + 1);
            } else {
                at = html.indexOf(" id=\"", at + 1);
            }
        }
        return html;
    }

    /** Replaces each block marker with its block. */
    private static String insertBlocks(String html, List<String> blocks) {
        int size = html.length();
        for (String b : blocks) {
            size += b.length();
        }
        StringBuilder out = new StringBuilder(size);
        int last = 0;
        for (int at = html.indexOf(MARK); at >= 0; at = html.indexOf(MARK, last)) {
            int end = html.indexOf(MARK, at + 1);
            out.append(html, last, at).append(blocks.get(Integer.parseInt(html, at + 1, end, 10)));
            last = end + 1;
        }
        return out.append(html, last, html.length()).toString();
    }

    /** Writes a finished block of HTML, through a marker when the page allows. */
    private static void raw(HtmlWriter html, Node node, String block) {
        List<String> blocks = BLOCKS.get(node.getDocument());
        if (blocks == null) {
            html.raw(block);
        } else {
            blocks.add(block);
            html.raw(MARK + Integer.toString(blocks.size() - 1) + MARK);
        }
    }

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private final class VersusExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
        @Override
        public void parserOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(Parser.Builder builder) {
            builder.customInlineParserExtensionFactory(new CitationParser.Factory());
        }

        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(VersusNodeRenderer::new);
            builder.linkResolverFactory(new SourceLinkResolverFactory());
        }
    }

    private final class VersusNodeRenderer implements NodeRenderer {
        VersusNodeRenderer(DataHolder options) {
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(FencedCodeBlock.class, this::fenced),
                    new NodeRenderingHandler<>(CitationParser.Citation.class, this::citation));
        }

        private void fenced(FencedCodeBlock node, NodeRendererContext ctx, HtmlWriter html) {
            PageContext page = CONTEXT.get(node.getDocument());
            String info = node.getInfo().toString().trim();
            int space = info.indexOf(' ');
            String lang = space < 0 ? info : info.substring(0, space);
            String rest = space < 0 ? "" : info.substring(space + 1).trim();
            String content = node.getContentChars().toString();
            if (page != null && !lang.isEmpty() && embeds.handlesBlock(lang)) {
                Position at = page.positionOf(node.getStartOffset(), 3 + info.length());
                page.markEmbedsUsed();
                html.line();
                raw(html, node, embeds.renderBlock(lang, rest, content, at, page));
                html.line();
                return;
            }
            String title = null;
            Matcher m = TITLE.matcher(rest);
            if (m.find()) {
                title = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            }
            StringBuilder sb = new StringBuilder();
            if (title != null) {
                sb.append("<figure class=\"code\"><figcaption>").append(Escaping.escapeHtml(title, false))
                        .append("</figcaption>");
            }
            sb.append("<pre><code");
            if (!lang.isEmpty()) {
                sb.append(" class=\"language-").append(Escaping.escapeHtml(lang, true)).append('"');
            }
            sb.append('>').append(Escaping.escapeHtml(content, false)).append("</code></pre>");
            if (title != null) {
                sb.append("</figure>");
            }
            // In pre mode the writer keeps the code's indentation and blank lines as written.
            html.line();
            html.openPre();
            raw(html, node, sb.toString());
            html.closePre();
            html.line();
        }

        private void citation(CitationParser.Citation node, NodeRendererContext ctx, HtmlWriter html) {
            PageContext page = CONTEXT.get(node.getDocument());
            String ref = node.reference();
            if (page != null) {
                page.markEmbedsUsed();
            }
            String out = page == null ? null
                    : embeds.renderCitation(ref, page.positionOf(node.getStartOffset(), node.getChars().length()), page);
            html.raw(out != null ? out : Escaping.escapeHtml(node.getChars().toString(), false));
        }
    }

    private final class SourceLinkResolverFactory implements LinkResolverFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return this::resolve;
        }

        private ResolvedLink resolve(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            PageContext page = CONTEXT.get(context.getDocument());
            if (page == null || link.getLinkType() != LinkType.LINK && link.getLinkType() != LinkType.IMAGE) {
                return link;
            }
            String url = link.getUrl();
            if (url.isEmpty() || url.startsWith("//") || SCHEME.matcher(url).lookingAt()) {
                return link;
            }
            Position at = page.positionOf(node.getStartOffset(), node.getChars().length());
            int hash = url.indexOf('#');
            String path = hash < 0 ? url : url.substring(0, hash);
            String anchor = hash < 0 ? "" : url.substring(hash);
            if (path.endsWith(".md") || path.endsWith(".markdown") || path.endsWith(".html") && isSource(page, path)) {
                Page from = page.page();
                String target = Urls.resolve(from.contentPath(), path);
                if (target != null) {
                    page.addLookup(target);
                }
                Page to = target == null ? null : byContentPath.get(target);
                if (to == null && target != null && draftsLeftOut.containsKey(target)) {
                    page.report(Diagnostic.error(at, "link to '" + path + "', which is a draft and is not published")
                            .withHint("publish " + draftsLeftOut.get(target).sourcePath()
                                    + " (status: published) or remove the link until it is"));
                    return link.withStatus(LinkStatus.INVALID);
                }
                if (to == null) {
                    if (path.endsWith(".html")) {
                        return link;
                    }
                    page.report(Diagnostic.error(at, "link to '" + path + "', which is not a page of this site")
                            .withHint(target == null ? "the path climbs above the content folder"
                                    : Suggestions.hint(target, byContentPath.keySet(), "content files")));
                    return link.withStatus(LinkStatus.INVALID);
                }
                if (from.isPublished() && !to.isPublished()) {
                    page.report(Diagnostic.warning(at, "published page links to '" + path + "', which is a draft")
                            .withHint("the link breaks when the site is built without --drafts; publish "
                                    + to.sourcePath() + " first"));
                }
                String href = Urls.relative(from.uri(), to.uri()) + anchor;
                page.addLink(new PageContext.Link(Urls.resolve(from.uri(), Urls.relative(from.uri(), to.uri())) + anchor, at));
                return link.withUrl(href).withStatus(LinkStatus.VALID);
            }
            if (!basePath.isEmpty() && (path.startsWith(basePath + "/") || path.equals(basePath))) {
                // written for the server root on a site deployed under a path (site.host
                // https://example.org/blog/, link /blog/img/a.png): checked as the site's img/a.png
                // and left as written, as JBake leaves it
                String rest = path.substring(basePath.length());
                String target = Urls.resolve(page.page().uri(), rest.isEmpty() ? "/" : rest);
                page.addLink(new PageContext.Link((target == null ? "" : target) + anchor, at));
                return link;
            }
            if (path.startsWith("/")) {
                // root-relative means the site root, which is not the server root when site.host has a
                // path (https://example.org/docs/): write it relative so it works under any base path
                String target = Urls.resolve(page.page().uri(), path);
                page.addLink(new PageContext.Link(target + anchor, at));
                return link.withUrl(Urls.relative(page.page().uri(), target) + anchor);
            }
            String resolved = url.startsWith("#") ? page.page().uri() + url : Urls.resolve(page.page().uri(), url);
            page.addLink(new PageContext.Link(resolved == null ? url : resolved, at));
            return link;
        }

        private boolean isSource(PageContext page, String path) {
            String target = Urls.resolve(page.page().contentPath(), path);
            if (target != null) {
                page.addLookup(target);
            }
            return target != null && (byContentPath.containsKey(target) || draftsLeftOut.containsKey(target));
        }
    }
}
