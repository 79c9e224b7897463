package dev.versus.render;

import dev.versus.compare.Comparisons;
import dev.versus.config.SiteConfig;
import dev.versus.load.SiteLoader;
import dev.versus.model.Page;
import dev.versus.model.Site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plans what a site produces: the site-wide template variables (JBake's names, see {@link
 * SiteGlobals}) and, from each {@link Output} in {@link #OUTPUTS} in turn, the {@link Route}s
 * to render and the files to write as they are.
 */
public final class SitePlanner {

    /**
     * The result: variables shared by every template, every file to render, and the template
     * view of each page by source path (for comparing two builds).
     */
    public record Plan(Map<String, Object> globals, List<Route> routes, Map<String, byte[]> files,
                       Map<String, Map<String, Object>> pageModels) {
    }

    /** What a site produces, in this order (the sitemap lists the routes before it). */
    static final List<Output> OUTPUTS = List.of(
            new ContentPages(),
            new IndexPages(),
            new ArchivePage(),
            new TagPages(),
            new TagIndex(),
            new NotFoundPage(),
            new Search(),
            new ProfilePages(),
            new PairPages(),
            new PairRedirects(),
            new MatrixPages(),
            new Feeds(),
            new Sitemaps(),
            new Robots(),
            new ThemeFiles());

    /**
     * What a planner keeps between the runs of a build session: each page's {@link Outline}
     * (which reads the whole body), reused while the page's body is the same, and the entries
     * of the search index, reused while what they are made of is the same; and the views and
     * routes of the comparison pages (see {@link ComparisonViews.Memo}).
     */
    public static final class Memo {
        private record Kept(String body, Outline outline) {
        }

        private final boolean keep;
        private final Map<String, Kept> outlines = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<List<Object>, SearchIndex.Entry> searchEntries = new HashMap<>();
        private final ComparisonViews.Memo comparisons;

        /** A memo that keeps what each plan made, for the next plan of the same site. */
        public Memo() {
            this(true);
        }

        /** @param keep false for a planner that plans once: nothing is kept, so nothing is held */
        public Memo(boolean keep) {
            this.keep = keep;
            this.comparisons = new ComparisonViews.Memo(keep);
        }

        Outline outline(String sourcePath, String body) {
            Kept k = outlines.get(sourcePath);
            if (k == null || !k.body().equals(body)) {
                k = new Kept(body, Outline.of(body));
                if (keep) {
                    outlines.put(sourcePath, k);
                }
            }
            return k.outline();
        }

        Map<List<Object>, SearchIndex.Entry> searchEntries() {
            return keep ? searchEntries : new HashMap<>();
        }
    }

    private final Site site;
    private final SiteConfig config;
    private final Memo memo;

    public SitePlanner(Site site) {
        this(site, new Memo());
    }

    /** A planner that reuses what earlier plans of the same site kept in {@code memo}. */
    public SitePlanner(Site site, Memo memo) {
        this.memo = memo;
        this.site = site;
        this.config = site.config();
    }

    /**
     * @param bodies      the finished HTML body of each page, by source path
     * @param comparisons the comparison engine's work for this site, its pages finished
     */
    public Plan plan(Map<String, String> bodies, Comparisons comparisons) {
        String host = config.siteHost();
        // One model per page, built in parallel (each reads its body's outline).
        Map<String, PageModel> models = new ConcurrentHashMap<>();
        site.pages().parallelStream().forEach(p -> {
            String body = bodies.getOrDefault(p.sourcePath(), "");
            models.put(p.sourcePath(), ContentModel.of(p, body, memo.outline(p.sourcePath(), body), host));
        });
        memo.outlines.keySet().retainAll(models.keySet());
        // As JBake links them: within each type, newest first, previous = the nearest older
        // published document, next = the nearest newer one; drafts get neighbours but are none.
        Map<String, List<Page>> byType = new TreeMap<>();
        site.pages().stream().sorted(SiteLoader.NEWEST_FIRST)
                .forEach(p -> byType.computeIfAbsent(p.type(), t -> new ArrayList<>()).add(p));
        byType.values().forEach(typed -> linkNeighbours(typed, models));
        List<PageModel> publishedPosts = site.posts().stream().map(p -> models.get(p.sourcePath())).toList();
        // in JBake's order: type by type, each newest first
        List<Page> inJBakeOrder = site.pages().stream().sorted(SiteLoader.BY_TYPE_NEWEST_FIRST).toList();
        List<PageModel> publishedContent = inJBakeOrder.stream()
                .filter(Page::isPublished).map(p -> models.get(p.sourcePath())).toList();
        ComparisonViews views = new ComparisonViews(comparisons, config, memo.comparisons);
        Planning planning = new Planning(site, config, host, Collections.unmodifiableMap(models), publishedPosts,
                inJBakeOrder, publishedContent, views, memo);
        Map<String, Object> globals = SiteGlobals.of(planning, byType);

        List<Route> routes = new ArrayList<>();
        for (Output o : OUTPUTS) {
            o.routes(planning, routes);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Output o : OUTPUTS) {
            o.files(planning, Collections.unmodifiableList(routes), files);
        }
        views.forgetUnmade();
        return new Plan(globals, List.copyOf(routes), Collections.unmodifiableMap(files),
                Collections.unmodifiableMap(models));
    }

    private static void linkNeighbours(List<Page> typed, Map<String, PageModel> models) {
        for (int i = 0; i < typed.size(); i++) {
            PageModel m = models.get(typed.get(i).sourcePath());
            for (int j = i + 1; j < typed.size(); j++) {
                if (typed.get(j).isPublished()) {
                    m.put("previousContent", models.get(typed.get(j).sourcePath()));
                    break;
                }
            }
            for (int j = i - 1; j >= 0; j--) {
                if (typed.get(j).isPublished()) {
                    m.put("nextContent", models.get(typed.get(j).sourcePath()));
                    break;
                }
            }
        }
    }

}
