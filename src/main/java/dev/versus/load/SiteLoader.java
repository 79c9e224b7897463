package dev.versus.load;

import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.model.Page;
import dev.versus.model.Site;
import dev.versus.model.Status;
import dev.versus.source.SourceFile;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.function.Consumer;

/** Loads every content file into a {@link Site}: pages, the post listing and the tag map. */
public final class SiteLoader {

    /**
     * The order in which JBake's crawler meets files: folder by folder, each folder's entries
     * sorted by name, a subfolder's files where its name sorts ({@code blog/z.md} before
     * {@code blog.md}, which plain path order puts first).
     */
    public static final Comparator<Page> CRAWL_ORDER = (a, b) -> crawlCompare(a.sourcePath(), b.sourcePath());

    /**
     * Newest first; undated last. Documents of the same date come as JBake lists them when its
     * database has one cluster: the one crawled last first. (With more clusters JBake's order of
     * equal dates depends on the machine's processor count.) Never dependent on threads.
     */
    public static final Comparator<Page> NEWEST_FIRST = Comparator
            .comparing(Page::date, Comparator.nullsLast(Comparator.<ZonedDateTime>reverseOrder()))
            .thenComparing(CRAWL_ORDER.reversed());

    /**
     * JBake's order of lists of documents of several types ({@code published_content},
     * {@code all_content}, a tag's documents): type by type (pages, posts, then the others by
     * name), each type newest first.
     */
    public static final Comparator<Page> BY_TYPE_NEWEST_FIRST = byType().thenComparing(NEWEST_FIRST);

    /** JBake's order of document types: pages, posts, then the others by name. */
    private static Comparator<Page> byType() {
        return Comparator.comparing(SiteLoader::typeRank).thenComparing(Page::type);
    }

    static int crawlCompare(String a, String b) {
        int i = 0;
        int n = Math.min(a.length(), b.length());
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == a.length() || i == b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        // The first difference: compare the two path segments it falls in, as names.
        int start = a.lastIndexOf('/', i - 1) + 1;
        int endA = a.indexOf('/', i);
        int endB = b.indexOf('/', i);
        return a.substring(start, endA < 0 ? a.length() : endA).compareTo(b.substring(start, endB < 0 ? b.length() : endB));
    }

    private SiteLoader() {
    }

    /** JBake's order of document types: pages, posts, then the others. */
    private static int typeRank(Page p) {
        return p.type().equals("page") ? 0 : p.type().equals("post") ? 1 : 2;
    }

    /**
     * Loads pages from {@code content} (in parallel) and checks that no two write the same file.
     */
    public static Site load(SiteConfig config, List<SourceFile> content, boolean drafts, ZonedDateTime now,
                            Diagnostics diags) {
        return load(config, content, drafts, now, diags, page -> { });
    }

    /**
     * As {@link #load(SiteConfig, List, boolean, ZonedDateTime, Diagnostics)}, also handing every
     * draft left out of the site (no {@code --drafts}) to {@code leftOut}, so that links to
     * them can be reported as links to drafts. {@code leftOut} must be thread-safe.
     */
    public static Site load(SiteConfig config, List<SourceFile> content, boolean drafts, ZonedDateTime now,
                            Diagnostics diags, Consumer<Page> leftOut) {
        ContentLoader loader = new ContentLoader(config, drafts, now);
        List<Page> pages = content.parallelStream()
                .map(f -> loader.loadAny(f, diags))
                .filter(Objects::nonNull)
                .filter(p -> {
                    if (p.status() == Status.DRAFT && !drafts) {
                        leftOut.accept(p);
                        return false;
                    }
                    return true;
                })
                .toList();
        return assemble(config, pages, diags);
    }

    /** The tags in alphabetical order; see {@link #assemble(SiteConfig, List, Diagnostics, boolean)}. */
    public static Site assemble(SiteConfig config, List<Page> loaded, Diagnostics diags) {
        return assemble(config, loaded, diags, false);
    }

    /**
     * Builds the site from pages loaded one by one (e.g. kept from an earlier build): sorts
     * them, checks that no two write the same file, and derives the post listing and tags.
     *
     * @param jbakeTagOrder whether the tags come in JBake's order (see {@link #inJBakeTagOrder})
     *                      rather than alphabetically
     */
    public static Site assemble(SiteConfig config, List<Page> loaded, Diagnostics diags, boolean jbakeTagOrder) {
        List<Page> pages = loaded.stream().sorted(Comparator.comparing(Page::sourcePath)).toList();
        Map<String, Page> byOutput = new HashMap<>();
        for (Page p : pages) {
            Page other = byOutput.putIfAbsent(p.outputPath(), p);
            if (other != null) {
                diags.add(Diagnostic.error(Position.file(p.sourcePath()),
                                "'" + p.sourcePath() + "' and '" + other.sourcePath() + "' would both be written to '"
                                        + p.outputPath() + "'")
                        .withHint("rename one of the files or give one a different 'slug'"));
            }
        }
        List<Page> posts = pages.stream().filter(p -> p.isPost() && p.isPublished()).sorted(NEWEST_FIRST).toList();
        // As in JBake, a tag of any published document has its tag page, whose posts may be none;
        // its documents are listed type by type (page, post, then the site's own), newest first.
        Map<String, List<Page>> tags = new TreeMap<>();
        Map<String, List<Page>> documents = new TreeMap<>();
        List<Page> published = pages.stream().filter(Page::isPublished)
                .sorted(BY_TYPE_NEWEST_FIRST)
                .toList();
        for (Page p : published) {
            for (String t : p.tags()) {
                tags.computeIfAbsent(t, k -> new ArrayList<>());
                documents.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
            }
        }
        for (Page p : posts) {
            for (String t : p.tags()) {
                tags.get(t).add(p);
            }
        }
        tags.replaceAll((k, v) -> List.copyOf(v));
        documents.replaceAll((k, v) -> List.copyOf(v));
        if (jbakeTagOrder) {
            return new Site(config, pages, posts, inJBakeTagOrder(tags, published),
                    inJBakeTagOrder(documents, published), true);
        }
        return new Site(config, pages, posts, Collections.unmodifiableMap(tags), Collections.unmodifiableMap(documents),
                false);
    }

    /**
     * A tag map in the order JBake 2.7 lists tags ({@code alltags}, {@code tags}): it collects
     * them into a {@code java.util.HashSet}, type by type (pages, posts, then the others), each
     * type's documents as its crawler met them, and lists the set as it iterates. That order
     * depends only on the tags and that sequence (a string's hash is fixed by the language),
     * so it is the same on every machine.
     */
    private static Map<String, List<Page>> inJBakeTagOrder(Map<String, List<Page>> tags, List<Page> published) {
        Set<String> jbake = new HashSet<>();
        published.stream()
                .sorted(byType().thenComparing(CRAWL_ORDER))
                .forEach(p -> jbake.addAll(p.tags()));
        Map<String, List<Page>> ordered = new LinkedHashMap<>();
        for (String t : jbake) {
            ordered.put(t, tags.get(t));
        }
        return Collections.unmodifiableMap(ordered);
    }
}
