package dev.versus.reuse;

import dev.versus.diag.Diagnostic;
import dev.versus.markdown.MarkdownRenderer;
import dev.versus.markdown.PageContext;
import dev.versus.model.Page;
import dev.versus.text.Spill;
import dev.versus.text.Text;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Rendered Markdown bodies. A kept body is reused while its page, what each of its links saw
 * (the target's URL and status), and the data files its comparison embeds used are unchanged.
 */
public final class Bodies implements java.io.Serializable {

    /**
     * A rendered body and what it depended on, as plain data.
     *
     * @param learnt  what rendering learnt of the page (its links, heading ids, diagnostics, the
     *                data files it used), the page included
     * @param lookups content path of each page a link was resolved against → what the link saw
     *                there (see {@link #lookup}); empty when nothing is kept
     */
    public record Body(Text html, PageContext.Learnt learnt, Map<String, String> lookups) implements java.io.Serializable {

        /** The page the body is of. */
        public Page page() {
            return learnt.page();
        }
    }

    private final boolean keeps;
    private final Map<String, Body> kept = new ConcurrentHashMap<>();
    /** Data files changed since the bodies were last brought up to date ("…/" for a folder). */
    private final Set<String> dataChanged = new HashSet<>();
    private MarkdownRenderer.Dialect dialect;

    Bodies(boolean keeps) {
        this.keeps = keeps;
    }

    void dataChanged(Collection<String> paths) {
        dataChanged.addAll(paths);
    }

    /**
     * The body of every page, by source path: kept ones where still current, the others made
     * by {@code render} (called in parallel, each with a fresh context).
     *
     * @param byContentPath the site's pages by content path, for what links see
     * @param draftsLeftOut drafts not rendered, by content path
     * @param spill         where the bodies made are kept
     */
    public Map<String, Body> render(List<Page> pages, MarkdownRenderer.Dialect dialect, Map<String, Page> byContentPath,
                                    Map<String, Page> draftsLeftOut, Function<PageContext, String> render, Spill spill) {
        if (dialect != this.dialect) {
            // the site's templates turned it into a JBake site or back: every body changes
            kept.clear();
            this.dialect = dialect;
        }
        boolean anyData = !dataChanged.isEmpty();
        List<Page> stale = pages.parallelStream().filter(p -> {
            Body b = kept.get(p.sourcePath());
            if (b == null || !b.page().equals(p)) {
                return true;
            }
            if (p.format() == Page.Format.ASCIIDOC && p.body().contains("include::")) {
                return true; // what it includes may have changed: such pages are converted every time
            }
            for (Map.Entry<String, String> l : b.lookups().entrySet()) {
                if (!Objects.equals(lookup(l.getKey(), byContentPath, draftsLeftOut), l.getValue())) {
                    return true;
                }
            }
            PageContext.Learnt c = b.learnt();
            if (anyData && c.usedEmbeds()) {
                if (c.dataDependencies().isEmpty()) {
                    return true;
                }
                for (String dep : c.dataDependencies()) {
                    if (dataChanged.contains(dep) || dataChanged.stream().anyMatch(dep::startsWith)) {
                        return true;
                    }
                }
            }
            return false;
        }).toList();
        Map<String, Body> current = new ConcurrentHashMap<>(kept);
        stale.parallelStream().forEach(p -> {
            PageContext c = new PageContext(p);
            String html = render.apply(c);
            // what the links saw, for telling later whether the body is still current
            Map<String, String> lookups = new HashMap<>();
            if (keeps) {
                for (String target : c.lookups()) {
                    lookups.put(target, lookup(target, byContentPath, draftsLeftOut));
                }
            }
            current.put(p.sourcePath(), new Body(spill.put(html), c.learnt(), java.util.Collections.unmodifiableMap(lookups)));
        });
        Set<String> live = new HashSet<>();
        pages.forEach(p -> live.add(p.sourcePath()));
        current.keySet().retainAll(live);
        dataChanged.clear();
        if (keeps) {
            kept.clear();
            kept.putAll(current);
            // A page with errors renders again next time, so its messages stay current.
            kept.values().removeIf(b -> b.learnt().diagnostics().stream().anyMatch(Diagnostic::isError));
        }
        return current;
    }

    /**
     * What a link to a content path sees there, as far as the rendered body can tell: the
     * page's URL and whether it is published, a draft left out of the site, or nothing.
     */
    static String lookup(String contentPath, Map<String, Page> byContentPath, Map<String, Page> draftsLeftOut) {
        Page to = byContentPath.get(contentPath);
        if (to != null) {
            return (to.isPublished() ? "published " : "draft ") + to.uri();
        }
        Page draft = draftsLeftOut.get(contentPath);
        return draft == null ? null : "left out " + draft.sourcePath();
    }
}
