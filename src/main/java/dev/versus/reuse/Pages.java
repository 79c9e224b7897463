package dev.versus.reuse;

import dev.versus.diag.Diagnostic;
import dev.versus.model.Page;
import dev.versus.source.SourceFile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Pages loaded from content files, kept while a file's text is unchanged. */
public final class Pages implements java.io.Serializable {

    /**
     * A loaded content file.
     *
     * @param text        the text it was loaded from
     * @param page        the page, or null when it failed to load
     * @param diagnostics what loading reported
     */
    public record Loaded(dev.versus.text.Text text, Page page, List<Diagnostic> diagnostics) implements java.io.Serializable {
    }

    private final boolean keeps;
    private final Map<String, Loaded> kept = new ConcurrentHashMap<>();

    Pages(boolean keeps) {
        this.keeps = keeps;
    }

    /**
     * Forgets the pages dated after {@code now}: they are drafts until then, and a later build
     * must load them again to tell whether they still are.
     */
    public void forgetDatedAfter(java.time.ZonedDateTime now) {
        kept.values().removeIf(l -> l.page() != null && l.page().date() != null && l.page().date().isAfter(now));
    }

    /** The earliest date after {@code now} of a page kept, or null when none is dated later. */
    public java.time.ZonedDateTime firstDatedAfter(java.time.ZonedDateTime now) {
        return kept.values().stream().map(Loaded::page).filter(p -> p != null && p.date() != null)
                .map(Page::date).filter(d -> d.isAfter(now)).min(java.util.Comparator.naturalOrder()).orElse(null);
    }

    /**
     * Whether a page kept may read files outside the site's input folders as it renders (an
     * AsciiDoc page with an {@code include::} directive).
     */
    public boolean readsOtherFiles() {
        return kept.values().stream().map(Loaded::page).anyMatch(p -> p != null
                && p.format() == Page.Format.ASCIIDOC && p.body().contains("include::"));
    }

    /**
     * Each file loaded, in the order given: the kept page when its text is the same, else what
     * {@code load} makes of it (called in parallel).
     */
    public Map<String, Loaded> load(Collection<SourceFile> files, Function<SourceFile, Loaded> load) {
        List<SourceFile> all = new ArrayList<>(files);
        Map<String, Loaded> done = new ConcurrentHashMap<>();
        all.parallelStream().forEach(f -> {
            Loaded l = kept.get(f.path());
            if (l == null || !l.text().equals(f.kept())) {
                l = load.apply(f);
            }
            done.put(f.path(), l);
        });
        if (keeps) {
            kept.keySet().retainAll(done.keySet());
            kept.putAll(done);
        }
        Map<String, Loaded> ordered = new LinkedHashMap<>();
        all.forEach(f -> ordered.put(f.path(), done.get(f.path())));
        return ordered;
    }
}
