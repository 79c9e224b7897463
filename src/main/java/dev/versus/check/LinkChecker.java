package dev.versus.check;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Suggestions;
import dev.versus.markdown.PageContext;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that every internal link of every page points at a file the build writes, and that
 * '#anchors' into content pages exist. External links are not fetched.
 */
public final class LinkChecker {

    private LinkChecker() {
    }

    /**
     * @param pages   rendering contexts of content pages (their links and ids)
     * @param outputs every output path the build writes
     * @param idsByOutput heading ids of each content page, by output path
     */
    public static void check(Collection<PageContext.Learnt> pages, Set<String> outputs, Map<String, Set<String>> idsByOutput,
                             Diagnostics diags) {
        check(pages, outputs, idsByOutput, false, diags);
    }

    /**
     * As {@link #check(Collection, Set, Map, Diagnostics)}; with {@code jbakeSite}, the site is a
     * JBake site (its Markdown read as JBake reads it), whose broken links are warnings on every
     * page, as they are on AsciiDoc pages: JBake never checks them and builds the site all the same.
     */
    public static void check(Collection<PageContext.Learnt> pages, Set<String> outputs, Map<String, Set<String>> idsByOutput,
                             boolean jbakeSite, Diagnostics diags) {
        for (PageContext.Learnt page : pages) {
            for (PageContext.Link link : page.links()) {
                String href = link.href();
                int q = href.indexOf('?');
                if (q >= 0) {
                    int hash = href.indexOf('#');
                    href = href.substring(0, q) + (hash > q ? href.substring(hash) : "");
                }
                int hash = href.indexOf('#');
                String path = hash < 0 ? href : href.substring(0, hash);
                String anchor = hash < 0 ? null : href.substring(hash + 1);
                path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
                String file = target(path, outputs);
                if (file == null) {
                    diags.add(page.quote(severity(page, jbakeSite, missing(path, outputs, link, asciidoc(page)))));
                    continue;
                }
                if (anchor != null && !anchor.isEmpty()) {
                    Set<String> ids = idsByOutput.get(file);
                    if (ids != null && !ids.contains(anchor) && !ids.contains(decodeFragment(anchor))) {
                        diags.add(page.quote(severity(page, jbakeSite, Diagnostic.error(link.position(), "broken link: '/" + path + "' has no anchor '#" + anchor + "'")
                                .withHint(ids.isEmpty() ? "that page has no headings to link to; drop the '#" + anchor + "'"
                                        : Suggestions.hint(anchor, ids, "anchors on that page")))));
                    }
                }
            }
        }
    }

    /**
     * A fragment as the browser matches it against ids when it is not an id as written: percent
     * escapes decoded as UTF-8 ({@code #%E8%A8%AD%E5%AE%9A} reaches {@code id="設定"}).
     */
    static String decodeFragment(String fragment) {
        if (fragment.indexOf('%') < 0) {
            return fragment;
        }
        try {
            return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment; // a '%' not followed by two hex digits stays as written
        }
    }

    private static boolean asciidoc(PageContext.Learnt page) {
        return page.page().format() == dev.versus.model.Page.Format.ASCIIDOC;
    }

    /**
     * Broken links of AsciiDoc pages, and of every page of a JBake site, are warnings
     * ({@code --strict} makes them errors): JBake never checks them, and the parts of a document
     * that other pages include often link to anchors that only the including page has.
     */
    private static Diagnostic severity(PageContext.Learnt page, boolean jbakeSite, Diagnostic d) {
        return jbakeSite || asciidoc(page) ? d.withSeverity(dev.versus.diag.Severity.WARNING) : d;
    }

    private static Diagnostic missing(String path, Set<String> outputs, PageContext.Link link, boolean asciidoc) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        boolean page = ext.isEmpty() || ext.equals("html") || ext.equals("htm");
        String host = hostLike(path);
        if (host != null) {
            // [text](www.example.com/x) is a path of this site in Markdown, as on GitHub
            return Diagnostic.error(link.position(), (page ? "broken link: no page is written at '/"
                            : "missing file: nothing is written at '/") + path + "'")
                    .withHint("a link to another site needs its scheme: https://" + host);
        }
        Optional<String> close = Suggestions.closest(path, page ? pageCandidates(outputs) : outputs);
        if (page) {
            return Diagnostic.error(link.position(), "broken link: no page is written at '/" + path + "'")
                    .withHint(close.map(c -> "did you mean '/" + c + "'? ").orElse("")
                            + (asciidoc ? "link to another page by its source file, e.g. xref:other-page.adoc[text]"
                            : "link to another article by its source file, e.g. [text](other-article.md)"));
        }
        return Diagnostic.error(link.position(), "missing file: nothing is written at '/" + path + "'")
                .withHint(close.map(c -> "did you mean '/" + c + "'? ").orElse("")
                        + "put the file in the assets folder (copied to the output root as it is) or fix the path");
    }

    /**
     * The first folder of {@code path} that reads like a host name ({@code www.example.com},
     * {@code github.com}), with what follows it; null when none does.
     */
    static String hostLike(String path) {
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean folder = i < segments.length - 1;
            if (s.startsWith("www.") && s.length() > 4
                    || folder && s.matches("(?:[a-z0-9-]+\\.)+(?:com|org|net|io|dev|edu|gov|co|app)")) {
                return String.join("/", java.util.Arrays.copyOfRange(segments, i, segments.length));
            }
        }
        return null;
    }

    private static List<String> pageCandidates(Set<String> outputs) {
        return outputs.stream().filter(o -> o.endsWith(".html")).map(o -> o.endsWith("index.html")
                ? o.substring(0, o.length() - "index.html".length()) : o).filter(o -> !o.isEmpty()).sorted().toList();
    }

    /** The output file a link path resolves to, or null. */
    static String target(String path, Set<String> outputs) {
        if (path.isEmpty() || path.endsWith("/")) {
            String index = path + "index.html";
            return outputs.contains(index) ? index : null;
        }
        if (outputs.contains(path)) {
            return path;
        }
        if (outputs.contains(path + "/index.html")) {
            return path + "/index.html";
        }
        return null;
    }
}
