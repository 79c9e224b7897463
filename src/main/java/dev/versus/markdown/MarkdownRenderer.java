package dev.versus.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.MailLink;
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
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.versus.asciidoc.AsciiDoc;
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
     * Blocks of finished HTML (embeds, code, runs of text) held back from flexmark's writer,
     * which would otherwise read them a character at a time: the writer gets a marker, replaced
     * by the block after rendering. Absent when the body itself holds the marker character or
     * could write it (see {@link #render(HtmlRenderer, Document, String)}).
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
    private final AsciiDoc asciidoc;
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
        this(config, embeds, byContentPath, draftsLeftOut, new AsciiDoc(config, null));
    }

    /**
     * @param byContentPath every rendered page by its path in the content folder
     * @param draftsLeftOut drafts that are not rendered, by content path: links to them are errors
     * @param asciidoc      converts the bodies of AsciiDoc pages
     */
    public MarkdownRenderer(SiteConfig config, Embeds embeds, Map<String, Page> byContentPath,
                            Map<String, Page> draftsLeftOut, AsciiDoc asciidoc) {
        this(config, embeds, byContentPath, draftsLeftOut, asciidoc, Dialect.COMMONMARK);
    }

    /** Which Markdown a site is written in. */
    public enum Dialect {
        /** CommonMark with GitHub's tables, strikethrough and footnotes: Versus's own sites. */
        COMMONMARK,
        /**
         * As JBake 2.7 reads it: flexmark with its pegdown profile and the pegdown extensions named
         * in {@code markdown.extensions} (pegdown's list rules: a fenced block right after a list
         * item's line belongs to the item). For JBake sites, whose posts or pages use JBake {@code .ftl} templates.
         */
        PEGDOWN
    }

    /**
     * @param byContentPath every rendered page by its path in the content folder
     * @param draftsLeftOut drafts that are not rendered, by content path: links to them are errors
     * @param asciidoc      converts the bodies of AsciiDoc pages
     * @param dialect       the site's Markdown
     */
    public MarkdownRenderer(SiteConfig config, Embeds embeds, Map<String, Page> byContentPath,
                            Map<String, Page> draftsLeftOut, AsciiDoc asciidoc, Dialect dialect) {
        this.asciidoc = asciidoc;
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
            // pegdown writes e-mail links as character references; the same text, but links written
            // per output file must see the address
            options.set(HtmlRenderer.OBFUSCATE_EMAIL, false);
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
            return context.body();
        }
        if (page.format() == Page.Format.ASCIIDOC) {
            return asciiDoc(context);
        }
        int deep = Nesting.tooDeep(context.body(), Nesting.MAX_LEVELS);
        if (deep >= 0) {
            context.report(Diagnostic.error(context.positionOf(deep, 1), "block quotes and lists nest more than "
                    + Nesting.MAX_LEVELS + " levels deep here")
                    .withHint("flatten the quotes or lists; Versus renders at most " + Nesting.MAX_LEVELS
                            + " levels (each '>' or list marker, or two columns of indentation, is one)"));
            return "";
        }
        try {
            return renderChecked(page, context);
        } catch (StackOverflowError e) {
            context.report(Diagnostic.error(context.positionOf(0, 1), "the Markdown nests too deeply to render")
                    .withHint("flatten nested quotes, lists or emphasis"));
            return "";
        }
    }

    private String renderChecked(Page page, PageContext context) {
        Document doc = parser.parse(context.body());
        doc.set(CONTEXT, context);
        for (Node n : doc.getDescendants()) {
            if (n instanceof Heading h && h.getAnchorRefId() != null && !h.getAnchorRefId().isEmpty()) {
                context.addId(h.getAnchorRefId());
            }
        }
        String html = render(renderer, doc, context.body());
        collectIds(html, context);
        return html;
    }

    /**
     * Renders a parsed body, holding finished blocks back from the writer unless {@code source}
     * holds the marker character or a numeric character reference (which could write it).
     */
    static String render(HtmlRenderer renderer, Document doc, String source) {
        List<String> blocks = source.indexOf(MARK) < 0 && !source.contains("&#") ? new ArrayList<>() : null;
        doc.set(BLOCKS, blocks);
        String html = renderer.render(doc);
        return blocks == null || blocks.isEmpty() ? html : insertBlocks(html, blocks);
    }

    /**
     * Collects the ids of a rendered body (heading ids are generated during rendering): every
     * ' id="…"' with a non-empty value (what the pattern  id="([^"]+)" would find).
     */
    private static void collectIds(String html, PageContext context) {
        for (int at = html.indexOf(" id=\""); at >= 0; ) {
            int close = html.indexOf('"', at + 5);
            if (close < 0) {
                break;
            }
            if (close > at + 5) {
                // the id as the browser reads the attribute: character references decoded
                String id = html.substring(at + 5, close);
                context.addId(id.indexOf('&') < 0 ? id : Escaping.unescapeHtml(id));
                at = html.indexOf(" id=\"", close + 1);
            } else {
                at = html.indexOf(" id=\"", at + 1);
            }
        }
    }

    /**
     * An AsciiDoc body: converted by Asciidoctor, then its links treated as a Markdown page's are
     * (links to content files point at their pages, internal links are checked), its ids kept.
     */
    private String asciiDoc(PageContext context) {
        Page page = context.page();
        AsciiDoc.Converted c = asciidoc.convert(page.sourcePath(), context.body(), page.bodyLine());
        c.diagnostics().forEach(context::report);
        String html = c.html();
        collectIds(html, context);
        StringBuilder out = null;
        int last = 0;
        Matcher m = HTML_LINK.matcher(html);
        while (m.find()) {
            String url = Escaping.unescapeHtml(m.group(2));
            String href = asciiDocLink(context, url);
            if (href != null && !href.equals(url)) {
                if (out == null) {
                    out = new StringBuilder(html.length() + 64);
                }
                out.append(html, last, m.start(2)).append(Escaping.escapeHtml(href, true));
                last = m.end(2);
            }
        }
        return out == null ? html : out.append(html, last, html.length()).toString();
    }

    /** Links and images in HTML as Asciidoctor writes them: href="…" on a, src="…" on img. */
    private static final Pattern HTML_LINK = Pattern.compile("<(?:a|img)\\s[^>]*?\\b(href|src)=\"([^\"]*)\"");
    private static final Set<String> SOURCE_SUFFIXES = Set.of(".adoc", ".asciidoc", ".ad", ".md", ".markdown", ".html", ".htm");

    /** What a link of an AsciiDoc page becomes (null: as written), recording it for the link check. */
    private String asciiDocLink(PageContext context, String url) {
        if (url.isEmpty() || url.startsWith("//") || SCHEME.matcher(url).lookingAt()) {
            return null;
        }
        Page from = context.page();
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String anchor = hash < 0 ? "" : url.substring(hash);
        Position at = positionInBody(context, path.isEmpty() ? url : path, anchor);
        if (path.isEmpty()) {
            context.addLink(new PageContext.Link(from.uri() + anchor, at));
            return null;
        }
        if (!path.startsWith("/")) {
            // a link to another source file (xref:other.adoc[] is written as other.html) goes to its page
            Page to = sourcePage(context, path);
            if (to != null) {
                String href = Urls.relative(from.uri(), to.uri()) + anchor;
                context.addLink(new PageContext.Link(Urls.resolve(from.uri(), Urls.relative(from.uri(), to.uri())) + anchor, at));
                return href;
            }
        }
        // root-relative links stay as written, as JBake leaves them; they are checked against the site root
        // (on a site under a path, /blog/img/a.png is the site's img/a.png)
        String rest = !basePath.isEmpty() && (path.startsWith(basePath + "/") || path.equals(basePath))
                ? path.substring(basePath.length()) : path;
        String target = Urls.resolve(from.uri(), rest.isEmpty() ? "/" : rest);
        context.addLink(new PageContext.Link((target == null ? path : target) + anchor, at));
        return null;
    }

    /** The page a link written as a source path (other.adoc, or other.html for other.adoc) points at, or null. */
    private Page sourcePage(PageContext context, String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0 || !SOURCE_SUFFIXES.contains(path.substring(dot).toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        String target = Urls.resolve(context.page().contentPath(), path);
        if (target == null) {
            return null;
        }
        String stem = target.substring(0, target.lastIndexOf('.'));
        for (String suffix : SOURCE_SUFFIXES) {
            context.addLookup(stem + suffix);
            Page to = byContentPath.get(stem + suffix);
            if (to != null) {
                return to;
            }
        }
        return null;
    }

    /** Where a link target is written in the body (the first line holding it), else the body's first line. */
    private static Position positionInBody(PageContext context, String written, String anchor) {
        String body = context.body();
        List<String> forms = new ArrayList<>(List.of(written));
        if (written.endsWith(".html")) {
            forms.add(written.substring(0, written.length() - 5)); // xref:other.adoc[] is written as other.html
        }
        if (anchor.length() > 1) {
            forms.add("<<" + anchor.substring(1)); // <<id>>, or xref:id[]
            forms.add("xref:" + anchor.substring(1));
        }
        for (String f : forms) {
            int at = body.indexOf(f);
            if (at >= 0) {
                return context.positionOf(at, f.length() + (f.startsWith("<<") ? 2 : 0));
            }
        }
        return context.positionOf(0, 1);
    }

    /**
     * Replaces each block marker with its block. The markers were written in order, so only the
     * next one is taken for a marker: a marker character that reached the writer another way (a
     * data value printed by a citation) stays as it is.
     */
    private static String insertBlocks(String html, List<String> blocks) {
        int size = html.length();
        for (String b : blocks) {
            size += b.length();
        }
        StringBuilder out = new StringBuilder(size);
        int last = 0;
        int next = 0;
        for (int at = html.indexOf(MARK); at >= 0 && next < blocks.size(); at = html.indexOf(MARK, at + 1)) {
            String marker = MARK + Integer.toString(next) + MARK;
            if (html.startsWith(marker, at)) {
                out.append(html, last, at).append(blocks.get(next++));
                last = at + marker.length();
                at = last - 1;
            }
        }
        return out.append(html, last, html.length()).toString();
    }

    /** Writes a finished block of HTML, through a marker when the page allows. */
    static void raw(HtmlWriter html, Node node, String block) {
        List<String> blocks = BLOCKS.get(node.getDocument());
        if (blocks == null) {
            html.raw(block);
        } else {
            blocks.add(block);
            html.raw(MARK + Integer.toString(blocks.size() - 1) + MARK);
        }
    }

    private static final CharPredicate INFO_DELIMITERS = CharPredicate.anyOf(" \t");
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
            // the language is the info string's first word, its escapes and entities decoded
            // as CommonMark says (and flexmark does); the rest holds our options (title=…)
            BasedSequence word = node.getInfoDelimitedByAny(INFO_DELIMITERS);
            String lang = word.unescape();
            String rest = info.substring(Math.min(info.length(), word.length())).trim();
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
            // An autolink (<https://…>, <foo@bar.example>, or with AUTOLINKS www.example.com and
            // foo@bar.com in text) is an address on the web or a mailbox, never a path of this
            // site: flexmark writes it with its scheme (http://, mailto:) and it is not checked.
            if (node instanceof AutoLink || node instanceof MailLink) {
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
