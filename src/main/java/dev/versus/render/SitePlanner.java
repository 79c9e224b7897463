package dev.versus.render;

import dev.versus.compare.Comparisons;
import dev.versus.compare.Pairs;
import dev.versus.config.SiteConfig;
import dev.versus.digest.Fingerprint;
import dev.versus.digest.Fingerprints;
import dev.versus.load.SiteLoader;
import dev.versus.model.Page;
import dev.versus.model.Site;
import dev.versus.text.Spill;
import dev.versus.text.Text;

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
     * The result: variables shared by every template, every file to render, and, when a
     * rebuild will compare them (a planner whose {@link Memo} keeps), their fingerprints.
     *
     * @param prints the fingerprints of the template data, or null when nothing is kept
     */
    public record Plan(Map<String, Object> globals, List<Route> routes, Map<String, byte[]> files, Prints prints) implements java.io.Serializable {
    }

    /**
     * What a plan gave templates, as fingerprints ({@link dev.versus.digest.Fingerprints}, with
     * the rules of the views: a page's view inside another value counts as its source path):
     * plain data, for telling which routes a later plan changed.
     *
     * @param routes  each route's own variables ({@link Route#model()}), by output path
     * @param pages   each page's view key by key, by source path
     * @param globals each site-wide variable, by name
     */
    public record Prints(Map<String, Fingerprint> routes, Map<String, Map<String, Fingerprint>> pages,
                         Map<String, GlobalPrint> globals) implements java.io.Serializable {
    }

    /**
     * The fingerprint of a site-wide variable.
     *
     * @param entries when it is a map, the fingerprint of each entry by its key (as
     *                {@link Dependencies#entry} names them); else null
     */
    public record GlobalPrint(Fingerprint value, Map<String, Fingerprint> entries) implements java.io.Serializable {
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
     * What a planner keeps between the runs of a build session, all of it plain data: each
     * page's body with its {@link Outline} (which reads the whole body) and the body's
     * fingerprint, reused while the page's body is the same; each page's view as fingerprints
     * key by key, with the page, body and neighbours it was made from; the entries of the search index
     * (their JSON and words), by the fingerprint of what each is made of; and what the
     * comparison views keep (see {@link ComparisonViews.Memo}).
     */
    public static final class Memo implements java.io.Serializable {
        private record Kept(Text body, Outline outline, Fingerprint print) implements java.io.Serializable {
        }

        /** A page's view, as fingerprints key by key, and what the view was made from. */
        private record PagePrints(Page page, Text body, String previous, String next, Map<String, Fingerprint> keys) implements java.io.Serializable {
        }

        private final boolean keep;
        private final Map<String, Kept> outlines = new ConcurrentHashMap<>();
        private final Map<String, PagePrints> pagePrints = new ConcurrentHashMap<>();
        private final Map<Fingerprint, SearchIndex.Entry> searchEntries = new HashMap<>();
        private final ComparisonViews.Memo comparisons;
        /** The last plan and what it was made from, for patching (see {@link SitePlanner#patch}); in memory only. */
        private transient Last last;
        private transient boolean patched;

        /** A memo that keeps what each plan made, for the next plan of the same site. */
        public Memo() {
            this(true);
        }

        /** @param keep false for a planner that plans once: nothing is kept, so nothing is held */
        public Memo(boolean keep) {
            this.keep = keep;
            this.comparisons = new ComparisonViews.Memo(keep);
        }

        private Kept outline(String sourcePath, Text body, Spill spill) {
            Kept k = outlines.get(sourcePath);
            if (k == null || !k.body().equals(body)) {
                String html = body.get();
                k = new Kept(body, Outline.of(html, spill), keep ? Fingerprints.PLAIN.of(html) : null);
                if (keep) {
                    outlines.put(sourcePath, k);
                }
            }
            return k;
        }

        /** Whether the last plan was the one before it with only the views of some bodies made again. */
        public boolean patched() {
            return patched;
        }

        /** Whether plans are compared with the next ones (so their fingerprints are wanted). */
        boolean keeps() {
            return keep;
        }

        /** The search entries kept; null when nothing is kept. */
        Map<Fingerprint, SearchIndex.Entry> searchEntries() {
            return keep ? searchEntries : null;
        }
    }

    /**
     * A plan as made, with what it was made from: the site, the bodies, the comparison
     * engine's work, and the planning whose page views the plan's routes and variables share.
     */
    private record Last(Site site, Map<String, Text> bodies, Comparisons comparisons, Planning planning,
                        Plan plan) {
    }

    private final Site site;
    private final SiteConfig config;
    private final Memo memo;
    private final Spill spill;

    /** A planner that plans once: nothing is kept. */
    public SitePlanner(Site site) {
        this(site, new Memo(false), Spill.memory());
    }

    /**
     * A planner that reuses what earlier plans of the same site kept in {@code memo}, and keeps
     * the long texts it makes (what the theme inserts into bodies) in {@code spill}.
     */
    public SitePlanner(Site site, Memo memo, Spill spill) {
        this.spill = spill;
        this.memo = memo;
        this.site = site;
        this.config = site.config();
    }

    /**
     * @param bodies      the finished HTML body of each page, by source path
     * @param comparisons the comparison engine's work for this site, its pages finished
     */
    public Plan plan(Map<String, Text> bodies, Comparisons comparisons) {
        Plan patched = patch(bodies, comparisons);
        memo.patched = patched != null;
        if (patched != null) {
            return patched;
        }
        String host = config.siteHost();
        // One model per page, built in parallel (each reads its body's outline).
        Map<String, PageModel> models = new ConcurrentHashMap<>();
        site.pages().parallelStream().forEach(p -> {
            Text body = bodies.getOrDefault(p.sourcePath(), Text.EMPTY);
            Memo.Kept k = memo.outline(p.sourcePath(), body, spill);
            models.put(p.sourcePath(), ContentModel.of(p, body, k.outline(), k.print(), host));
        });
        memo.outlines.keySet().retainAll(models.keySet());
        // As JBake links them: within each type, newest first, previous = the nearest older
        // published document, next = the nearest newer one; drafts get neighbours but are none.
        Map<String, List<Page>> byType = new TreeMap<>();
        site.pages().stream().sorted(SiteLoader.NEWEST_FIRST)
                .forEach(p -> byType.computeIfAbsent(p.type(), t -> new ArrayList<>()).add(p));
        byType.values().forEach(typed -> linkNeighbours(typed, models));
        Map<String, Map<String, Fingerprint>> pagePrints = memo.keeps() ? pagePrints(bodies, models) : null;
        List<PageModel> publishedPosts = site.posts().stream().map(p -> models.get(p.sourcePath())).toList();
        // in JBake's order: type by type, each newest first
        List<Page> inJBakeOrder = site.pages().stream().sorted(SiteLoader.BY_TYPE_NEWEST_FIRST).toList();
        List<PageModel> publishedContent = inJBakeOrder.stream()
                .filter(Page::isPublished).map(p -> models.get(p.sourcePath())).toList();
        ComparisonViews views = new ComparisonViews(comparisons, config, memo.comparisons);
        Planning planning = new Planning(site, config, host, Collections.unmodifiableMap(models), publishedPosts,
                inJBakeOrder, publishedContent, views, memo, pagePrints);
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
        Prints prints = memo.keeps() ? ViewPrints.of(globals, routes, pagePrints, views.known()) : null;
        Plan plan = new Plan(globals, List.copyOf(routes), Collections.unmodifiableMap(files), prints);
        memo.last = memo.keeps() && !config.flag("versus.build.timestamp")
                ? new Last(site, Map.copyOf(bodies), comparisons, planning, plan) : null;
        return plan;
    }

    /**
     * The last plan with the views of the pages whose bodies alone changed made again, or null
     * when anything else changed (then the whole site is planned). A body reaches only its own
     * page's view (its {@code body}, {@code toc}, {@code reading_time}, {@code word_count}) and
     * the search index: listings, tags, neighbours, related posts, the sitemap and the comparison
     * pages are made of the pages' headers and the data, so they are the last plan's. The views
     * are changed in place, so that every listing of the last plan that shows one shows it as it
     * is now; the routes that read what changed are told by the fingerprints, as after a whole plan.
     */
    private Plan patch(Map<String, Text> bodies, Comparisons comparisons) {
        Last last = memo.last;
        memo.last = null;
        if (last == null || last.site().config() != config || last.site().jbakeOrder() != site.jbakeOrder()
                || last.comparisons().catalog() != comparisons.catalog()
                || !bodies.keySet().equals(last.bodies().keySet())) {
            return null;
        }
        List<Page> before = last.site().pages();
        List<Page> now = site.pages();
        if (before.size() != now.size() || last.site().posts().size() != site.posts().size()
                || !last.site().tags().keySet().equals(site.tags().keySet())) {
            return null;
        }
        List<Page> changed = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            Page a = before.get(i);
            Page b = now.get(i);
            String path = b.sourcePath();
            if (a != b && !sameButBody(a, b)) {
                return null;
            }
            Text oldBody = last.bodies().get(path);
            Text newBody = bodies.get(path);
            if (a != b || !java.util.Objects.equals(oldBody, newBody)) {
                changed.add(b);
            }
        }
        Map<String, Comparisons.PageComparison> extrasBefore = last.comparisons().pages();
        Map<String, Comparisons.PageComparison> extrasNow = comparisons.pages();
        if (!extrasBefore.keySet().equals(extrasNow.keySet())) {
            return null;
        }
        // what a page shows of the engine (its FAQ, its structured data) may come from its body
        Map<String, Comparisons.PageComparison> repaged = new TreeMap<>();
        for (Map.Entry<String, Comparisons.PageComparison> e : extrasNow.entrySet()) {
            Comparisons.PageComparison old = extrasBefore.get(e.getKey());
            if (old != e.getValue() && !sameView(old, e.getValue())) {
                repaged.put(e.getKey(), e.getValue());
            }
        }
        if (repaged.size() > changed.size() || !repaged.isEmpty() && !last.plan().globals().containsKey("compare_pages")) {
            return null;
        }
        Planning planning = last.planning();
        Plan plan = last.plan();
        List<Route> routes = plan.routes();
        Map<String, Fingerprint> routePrints = plan.prints().routes();
        Map<String, GlobalPrint> globalPrints = plan.prints().globals();
        if (!repaged.isEmpty()) {
            ComparisonViews views = planning.comparisons();
            List<Route> list = new ArrayList<>(routes);
            Map<String, Fingerprint> rp = new HashMap<>(routePrints);
            Map<String, GlobalPrint> gp = new HashMap<>(globalPrints);
            for (int i = 0; i < list.size(); i++) {
                Route r = list.get(i);
                if (r.model() instanceof ContentPages.PageRoute pr && repaged.containsKey(r.source())) {
                    ComparisonViews.PageComparison v = views.repage(r.source(), repaged.remove(r.source()));
                    Route fresh = new Route(r.outputPath(), r.uri(), r.template(),
                            new ContentPages.PageRoute(pr.content(), pr.related(), v.jsonld(), v.faq(), v.subjects(),
                                    v.pair()), r.sitemap(), r.source());
                    list.set(i, fresh);
                    Map<Object, Fingerprint> known = views.known();
                    rp.put(r.outputPath(), ViewPrints.walk(known).of(fresh.model()));
                    gp.put("compare_pages", ViewPrints.withEntry(gp.get("compare_pages"), r.source(), v, known));
                }
            }
            if (!repaged.isEmpty()) {
                return null; // not a content page's
            }
            routes = List.copyOf(list);
            routePrints = Map.copyOf(rp);
            globalPrints = Map.copyOf(gp);
        }
        Map<String, Map<String, Fingerprint>> pagePrints = new HashMap<>(planning.pagePrints());
        String host = config.siteHost();
        boolean searchChanged = false;
        for (Page p : changed) {
            Text body = bodies.getOrDefault(p.sourcePath(), Text.EMPTY);
            PageModel m = planning.models().get(p.sourcePath());
            Memo.Kept k = memo.outline(p.sourcePath(), body, spill);
            PageModel fresh = ContentModel.of(p, body, k.outline(), k.print(), host);
            Object previous = m.get("previousContent");
            Object next = m.get("nextContent");
            if (previous != null) {
                fresh.put("previousContent", previous);
            }
            if (next != null) {
                fresh.put("nextContent", next);
            }
            m.clear();
            m.putAll(fresh);
            Memo.PagePrints kept = new Memo.PagePrints(p, body,
                    previous instanceof PageModel pm ? pm.sourcePath() : null,
                    next instanceof PageModel nm ? nm.sourcePath() : null, ViewPrints.keys(m));
            memo.pagePrints.put(p.sourcePath(), kept);
            Map<String, Fingerprint> old = pagePrints.put(p.sourcePath(), kept.keys());
            searchChanged |= p.isPublished() && SearchIndex.changes(m, old, kept.keys());
        }
        pagePrints = Collections.unmodifiableMap(pagePrints);
        Planning patched = new Planning(site, config, host, planning.models(), planning.publishedPosts(),
                planning.inJBakeOrder(), planning.publishedContent(), planning.comparisons(), memo, pagePrints);
        Map<String, byte[]> files = plan.files();
        if (searchChanged) {
            Map<String, byte[]> made = new LinkedHashMap<>();
            for (Output o : OUTPUTS) {
                o.files(patched, routes, made);
            }
            files = Collections.unmodifiableMap(made);
        }
        Prints prints = new Prints(routePrints, pagePrints, globalPrints);
        Plan out = new Plan(plan.globals(), routes, files, prints);
        memo.last = new Last(site, Map.copyOf(bodies), comparisons, patched, out);
        return out;
    }

    /**
     * Whether what a page shows of the comparison engine is the same, as {@link ComparisonViews}
     * shows it: its JSON-LD, FAQ and subjects, and of its pair the subjects and what tells the
     * pair's title and address (its articles as links: title, address, summary).
     */
    private static boolean sameView(Comparisons.PageComparison a, Comparisons.PageComparison b) {
        if (!a.jsonld().equals(b.jsonld()) || !a.faq().equals(b.faq()) || !a.subjects().equals(b.subjects())) {
            return false;
        }
        Pairs.Pair p = a.pair();
        Pairs.Pair q = b.pair();
        if (p == null || q == null) {
            return p == q;
        }
        if (!p.first().equals(q.first()) || !p.second().equals(q.second()) || p.differences() != q.differences()
                || !p.aspects().equals(q.aspects()) || p.articles().size() != q.articles().size()) {
            return false;
        }
        for (int i = 0; i < p.articles().size(); i++) {
            if (!ComparisonViews.pageLink(p.articles().get(i)).equals(ComparisonViews.pageLink(q.articles().get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether two records of one page differ at most in their body. */
    private static boolean sameButBody(Page a, Page b) {
        return a.sourcePath().equals(b.sourcePath()) && a.contentPath().equals(b.contentPath()) && a.uri().equals(b.uri())
                && a.outputPath().equals(b.outputPath()) && a.type().equals(b.type()) && a.status() == b.status()
                && a.title().equals(b.title()) && java.util.Objects.equals(a.date(), b.date())
                && a.tags().equals(b.tags()) && java.util.Objects.equals(a.summary(), b.summary())
                && java.util.Objects.equals(a.author(), b.author()) && a.format() == b.format()
                && a.bodyLine() == b.bodyLine() && a.extra().equals(b.extra()) && a.positions().equals(b.positions())
                && a.comparing().equals(b.comparing());
    }

    /**
     * The fingerprints of each page's view, key by key: kept ones while the page, its body and
     * its neighbours are the same (what the view is made of), the others made again.
     */
    private Map<String, Map<String, Fingerprint>> pagePrints(Map<String, Text> bodies, Map<String, PageModel> models) {
        Map<String, Map<String, Fingerprint>> out = new ConcurrentHashMap<>();
        site.pages().parallelStream().forEach(p -> {
            PageModel m = models.get(p.sourcePath());
            Text body = bodies.getOrDefault(p.sourcePath(), Text.EMPTY);
            String previous = m.get("previousContent") instanceof PageModel pm ? pm.sourcePath() : null;
            String next = m.get("nextContent") instanceof PageModel nm ? nm.sourcePath() : null;
            Memo.PagePrints k = memo.pagePrints.get(p.sourcePath());
            if (k == null || !k.page().equals(p) || !k.body().equals(body) || !java.util.Objects.equals(k.previous(), previous)
                    || !java.util.Objects.equals(k.next(), next)) {
                k = new Memo.PagePrints(p, body, previous, next, ViewPrints.keys(m));
                memo.pagePrints.put(p.sourcePath(), k);
            }
            out.put(p.sourcePath(), k.keys());
        });
        memo.pagePrints.keySet().retainAll(out.keySet());
        return Collections.unmodifiableMap(out);
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
