package dev.versus.markdown;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Position;
import dev.versus.model.Page;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the Markdown renderer learns about one page while rendering it: diagnostics, the
 * links it contains and the ids of its headings. Used by one thread at a time.
 */
public final class PageContext {

    /** A link found in a page, with its resolved target. */
    public record Link(String href, Position position) implements java.io.Serializable {
    }

    /**
     * What rendering learnt of a page, as plain data: kept with its body for later builds, and
     * what the link check reads.
     *
     * @param lookups          content paths of the pages its links were resolved against
     * @param dataDependencies data files the body used ({@link #dependOn})
     * @param usedEmbeds       whether the body embeds data ({@link #usedEmbeds()})
     */
    public record Learnt(Page page, List<Diagnostic> diagnostics, List<Link> links, Set<String> ids,
                         Set<String> lookups, Set<String> dataDependencies, boolean usedEmbeds) implements java.io.Serializable {

        /** The diagnostic with the line of the page's body it points at. */
        public Diagnostic quote(Diagnostic d) {
            String body = page.body().get();
            return PageContext.quote(page, body, lineStarts(body), d);
        }
    }

    private final Page page;
    private final String body;
    private final int[] lineStarts;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Set<String> ids = new LinkedHashSet<>();
    private final Set<String> lookups = new LinkedHashSet<>();
    private final Set<String> dataDependencies = new LinkedHashSet<>();
    private boolean usedEmbeds;

    public PageContext(Page page) {
        this.page = page;
        this.body = page.body().get();
        this.lineStarts = lineStarts(body);
    }

    /** The page's body (read once, however it is kept). */
    public String body() {
        return body;
    }

    private static int[] lineStarts(String body) {
        int[] starts = new int[64];
        int n = 1;
        for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = java.util.Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        return java.util.Arrays.copyOf(starts, n);
    }

    /** What was learnt, as it stands now. */
    public Learnt learnt() {
        return new Learnt(page, List.copyOf(diagnostics), List.copyOf(links), Packed.of(ids), ordered(lookups),
                ordered(dataDependencies), usedEmbeds);
    }

    /**
     * A set of strings in one string, in the order they were added (each followed by a NUL,
     * which no id holds): a site's pages are held with their ids until the link check, and a
     * set of thirty ids would be a hundred objects. Looking one up reads the string.
     */
    static final class Packed extends java.util.AbstractSet<String> implements java.io.Serializable {
        private static final char END = '\u0000';
        private final String joined;
        private final int size;

        private Packed(String joined, int size) {
            this.joined = joined;
            this.size = size;
        }

        static Set<String> of(Set<String> strings) {
            if (strings.isEmpty()) {
                return Set.of();
            }
            StringBuilder b = new StringBuilder(1 + strings.size() * 16).append(END);
            int n = 0;
            for (String s : strings) {
                if (s.indexOf(END) >= 0) {
                    return ordered(strings); // cannot be told apart in one string
                }
                b.append(s).append(END);
                n++;
            }
            return new Packed(b.toString(), n);
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof String s && s.indexOf(END) < 0 && joined.contains(END + s + END);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return new java.util.Iterator<>() {
                private int at = 1;

                @Override
                public boolean hasNext() {
                    return at < joined.length();
                }

                @Override
                public String next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    int end = joined.indexOf(END, at);
                    String s = joined.substring(at, end);
                    at = end + 1;
                    return s;
                }
            };
        }
    }

    private static Set<String> ordered(Set<String> s) {
        return s.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(s));
    }

    public Page page() {
        return page;
    }

    /** The position in the source file of a character offset in the body. */
    public Position positionOf(int offset, int length) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return new Position(page.sourcePath(), page.bodyLine() + lo, offset - lineStarts[lo] + 1, length);
    }

    /** Adds a diagnostic, quoting the source line it points at. */
    public void report(Diagnostic d) {
        diagnostics.add(quote(d));
    }

    /** The diagnostic with the line of this page's body it points at. */
    public Diagnostic quote(Diagnostic d) {
        return quote(page, body, lineStarts, d);
    }

    private static Diagnostic quote(Page page, String body, int[] lineStarts, Diagnostic d) {
        int bodyLine = d.position().line() - page.bodyLine();
        if (d.sourceLine() == null && bodyLine >= 0 && bodyLine < lineStarts.length) {
            int start = lineStarts[bodyLine];
            int end = bodyLine + 1 < lineStarts.length ? lineStarts[bodyLine + 1] - 1 : body.length();
            return d.withSourceLine(body.substring(start, end));
        }
        return d;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    void addLink(Link l) {
        links.add(l);
    }

    public List<Link> links() {
        return links;
    }

    void addId(String id) {
        ids.add(id);
    }

    void addLookup(String contentPath) {
        lookups.add(contentPath);
    }

    /**
     * Content paths of the pages this page's links were resolved against (found or not): its
     * rendered body stays valid while those resolve to the same URLs.
     */
    public Set<String> lookups() {
        return lookups;
    }

    /**
     * Records that the rendered body used a data file ({@code data/…} path relative to the site
     * root), so an edit of that file re-renders this page. {@link Embeds} implementations call it.
     */
    public void dependOn(String sourcePath) {
        dataDependencies.add(sourcePath);
    }

    /** Data files the body used, as recorded with {@link #dependOn(String)}. */
    public Set<String> dataDependencies() {
        return dataDependencies;
    }

    void markEmbedsUsed() {
        usedEmbeds = true;
    }

    /**
     * Whether the body contains embedded data (fenced blocks or citations handled by
     * {@link Embeds}); if so and no data dependency was recorded, any data edit re-renders it.
     */
    public boolean usedEmbeds() {
        return usedEmbeds;
    }

    /** Ids of the elements a link can point at with '#'. */
    public Set<String> ids() {
        return ids;
    }
}
