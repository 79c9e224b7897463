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
import java.util.function.Consumer;

/** Loads every content file into a {@link Site}: pages, the post listing and the tag map. */
public final class SiteLoader {

    /** Newest first; undated last; ties broken by source path so order never depends on threads. */
    public static final Comparator<Page> NEWEST_FIRST = Comparator
            .comparing(Page::date, Comparator.nullsLast(Comparator.<ZonedDateTime>reverseOrder()))
            .thenComparing(Page::sourcePath);

    private SiteLoader() {
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

    /**
     * Builds the site from pages loaded one by one (e.g. kept from an earlier build): sorts
     * them, checks that no two write the same file, and derives the post listing and tags.
     */
    public static Site assemble(SiteConfig config, List<Page> loaded, Diagnostics diags) {
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
        Map<String, List<Page>> tags = new TreeMap<>();
        for (Page p : posts) {
            for (String t : p.tags()) {
                tags.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
            }
        }
        tags.replaceAll((k, v) -> List.copyOf(v));
        return new Site(config, pages, posts, Collections.unmodifiableMap(tags));
    }
}
