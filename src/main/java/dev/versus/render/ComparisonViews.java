package dev.versus.render;

import dev.versus.compare.Comparisons;
import dev.versus.compare.Faq;
import dev.versus.compare.FactFormat;
import dev.versus.compare.Links;
import dev.versus.compare.Pairs;
import dev.versus.config.SiteConfig;
import dev.versus.digest.Fingerprint;
import dev.versus.digest.Fingerprints;
import dev.versus.model.Aspect;
import dev.versus.model.Catalog;
import dev.versus.model.Fact;
import dev.versus.model.Page;
import dev.versus.model.Subject;
import dev.versus.render.ViewWrapper.Markup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The template views of what the comparison engine found: subjects, aspects, pairs and what
 * each page shows around its body, and the site-wide {@code data}, {@code compare_pages} and
 * {@code compare_uri}. Shared by the profile, pair and matrix pages and the content pages.
 */
final class ComparisonViews {

    /** A subject as templates see it ({@code data.subjects}, {@code subject}, {@code subjects}). */
    record SubjectView(String id, String name, String collection, String uri, String kind, String language,
                       String website, String summary, List<String> pros, List<String> cons, List<String> choose_when,
                       Map<String, FactView> facts) implements java.io.Serializable {
    }

    /** One fact of a subject: its text, its HTML, and where it comes from ("" when not given). */
    record FactView(String aspect, String label, String text, Markup html, boolean na, String source, String as_of,
                    String note) implements java.io.Serializable {
    }

    /** An aspect of the catalogue ({@code data.aspects}); "" for what it does not say. */
    record AspectView(String id, String label, String type, String group, String better, String unit,
                      String description) implements java.io.Serializable {
    }

    /** A link to a pair page, its subjects by id. */
    record PairLink(String title, String uri, String first, String second, int differences) implements java.io.Serializable {
    }

    /** A link to an article (summary null when it has none). */
    record PageLink(String title, String uri, String summary) implements java.io.Serializable {
    }

    /** The pair page an article's two subjects have. */
    record PairRef(String title, String uri) implements java.io.Serializable {
    }

    /** One question of a page's FAQ. */
    record FaqEntry(String question, String answer) implements java.io.Serializable {
    }

    /**
     * What a content page shows of the comparison engine: these are variables of the page's
     * own route ({@code jsonld}, {@code faq}, {@code subjects}, {@code pair}), and the entry of
     * {@code compare_pages} for its source file.
     */
    record PageComparison(Markup jsonld, List<FaqEntry> faq, List<SubjectView> subjects, PairRef pair) implements java.io.Serializable {
    }

    /**
     * What the views keep between plans of one site, all of it plain data (fingerprints and
     * records of strings): each subject's view with the fingerprints of the subject it was made
     * from and of the view, kept while the subject's fingerprint is the same; what each content
     * page shows, with the engine's extras it was made from, while those are equal; the routes
     * of the profile, pair list and matrix pages, whose HTML is made as they are planned, by the
     * fingerprint of their inputs (see {@link #made}); and for the pair and reverse-order pages,
     * made each plan, only the fingerprint of their variables (see {@link #printed}). Valid for
     * one configuration and one aspect catalogue (an edit of the catalogue starts afresh).
     */
    static final class Memo implements java.io.Serializable {
        private final boolean keep;
        private Fingerprint catalogue;
        private final Map<String, SubjectMade> subjectViews = new HashMap<>();
        private final Map<String, RouteMade> routes = new ConcurrentHashMap<>();
        private final Map<String, PrintMade> prints = new ConcurrentHashMap<>();
        private final Map<String, PageMade> pages = new ConcurrentHashMap<>();

        Memo(boolean keep) {
            this.keep = keep;
        }

        private void use(Catalog c) {
            Fingerprint key = Fingerprints.PLAIN.of(List.of(List.copyOf(c.aspects().values()), c.aspectsFile()));
            if (!key.equals(catalogue)) {
                catalogue = key;
                subjectViews.clear();
                routes.clear();
                prints.clear();
                pages.clear();
            }
        }
    }

    /** A subject's view, the fingerprint of the subject it shows and the view's own. */
    private record SubjectMade(Fingerprint subject, SubjectView view, Fingerprint print) implements java.io.Serializable {
    }

    /** A route made from inputs of fingerprint {@code inputs}, and the fingerprint of its variables. */
    private record RouteMade(Fingerprint inputs, Route route, Fingerprint print) implements java.io.Serializable {
    }

    /** The fingerprint of the variables of a route made from inputs of fingerprint {@code inputs}. */
    private record PrintMade(Fingerprint inputs, Fingerprint print) implements java.io.Serializable {
    }

    /** What a content page shows of the engine, what it was made from, and the fingerprints of it and of its JSON-LD. */
    private record PageMade(Comparisons.PageComparison from, PageComparison view, Fingerprint print,
                            Fingerprint jsonld) implements java.io.Serializable {
    }

    private final Comparisons comparisons;
    private final Catalog catalog;
    private final Links links;
    private final SiteConfig config;
    private final Memo memo;
    private final Map<Subject, SubjectView> subjectViews = new IdentityHashMap<>();
    /** Fingerprints of the subjects, their views and the aspects, by identity (see {@link #known()}). */
    private final Map<Object, Fingerprint> seeds = new IdentityHashMap<>();
    /** Fingerprints of the variables of kept routes, by identity. */
    private final Map<Object, Fingerprint> routePrints = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Fingerprints walk;
    /** The fingerprint of the aspect catalogue; null when nothing is kept. */
    private final Fingerprint aspectsPrint;
    private final Set<String> made = ConcurrentHashMap.newKeySet();
    /** What each content page shows of the engine, by source path. */
    private final Map<String, PageComparison> pageViews = new TreeMap<>();

    ComparisonViews(Comparisons comparisons, SiteConfig config, Memo memo) {
        this.comparisons = comparisons;
        this.catalog = comparisons.catalog();
        this.links = comparisons.links();
        this.config = config;
        this.memo = memo;
        memo.use(catalog);
        for (Subject s : catalog.subjects().values()) {
            SubjectMade m = memo.subjectViews.get(s.id());
            Fingerprint subject = memo.keep ? Fingerprints.PLAIN.of(s) : null;
            if (m == null || !m.subject().equals(subject)) {
                SubjectView v = buildSubjectView(s);
                m = new SubjectMade(subject, v, memo.keep ? ViewPrints.walk(Map.of()).of(v) : null);
                if (memo.keep) {
                    memo.subjectViews.put(s.id(), m);
                }
            }
            subjectViews.put(s, m.view());
            if (memo.keep) {
                seeds.put(s, m.subject());
                seeds.put(m.view(), m.print());
            }
        }
        memo.subjectViews.keySet().retainAll(catalog.subjects().keySet());
        aspectsPrint = memo.keep ? Fingerprints.PLAIN.of(catalog.aspects()) : null;
        walk = ViewPrints.walk(seeds);
        comparisons.pages().forEach((path, c) -> {
            PageMade m = memo.pages.get(path);
            if (m == null || !m.from().equals(c)) {
                PageComparison v = page(c);
                m = new PageMade(c, v, memo.keep ? walk.of(v) : null, memo.keep ? walk.of(v.jsonld()) : null);
                if (memo.keep) {
                    memo.pages.put(path, m);
                }
            }
            pageViews.put(path, m.view());
            if (memo.keep) {
                // a content page's route shows these parts of it
                PageComparison v = m.view();
                seeds.put(v, m.print());
                seeds.put(v.jsonld(), m.jsonld());
            }
        });
        memo.pages.keySet().retainAll(comparisons.pages().keySet());
    }

    /**
     * Fingerprints made already of records this plan shows in many places (subjects, their
     * views, what content pages show of the engine) and of the variables of kept routes, by identity: so that
     * the plan's fingerprints walk each only once. Empty when nothing is kept.
     */
    /** The fingerprint of the aspect catalogue (null when nothing is kept), for what is made from it. */
    Fingerprint aspectsPrint() {
        return aspectsPrint;
    }

    Map<Object, Fingerprint> known() {
        Map<Object, Fingerprint> all = new IdentityHashMap<>(seeds);
        all.putAll(routePrints);
        return all;
    }


    Comparisons comparisons() {
        return comparisons;
    }

    Catalog catalog() {
        return catalog;
    }

    Links links() {
        return links;
    }

    SiteConfig config() {
        return config;
    }

    /** The {@code data} variable. */
    Map<String, Object> data() {
        return makeData();
    }

    /** The {@code compare_pages} variable: what each content page shows, by source path. */
    Map<String, PageComparison> pages() {
        return Collections.unmodifiableMap(pageViews);
    }

    /** The {@code compare_uri} variable: the matrix page's URL path, or null when the site has no subjects. */
    String matrixUri() {
        return catalog.subjects().isEmpty() ? null : links.matrix().uri();
    }

    /** The {@code data} variable: subjects, aspects and pairs, and JBake's data files. */
    private Map<String, Object> makeData() {
        Map<String, Object> data = new LinkedHashMap<>();
        List<SubjectView> subjects = catalog.subjectsByName().stream().map(this::subject).toList();
        Map<String, SubjectView> byId = new TreeMap<>();
        subjects.forEach(s -> byId.put(s.id(), s));
        List<AspectView> aspects = catalog.aspects().values().stream().map(ComparisonViews::aspect).toList();
        Map<String, AspectView> aspectById = new LinkedHashMap<>();
        aspects.forEach(a -> aspectById.put(a.id(), a));
        data.put("subjects", subjects);
        data.put("subject", Collections.unmodifiableMap(byId));
        data.put("aspects", aspects);
        data.put("aspect", Collections.unmodifiableMap(aspectById));
        data.put("pairs", pairLinks());
        // JBake's data files, as JBake's templates read them: data.get('events.yml')
        data.put("get", new DataFiles(catalog.dataFiles(), config.get("data.folder").trim()));
        return Collections.unmodifiableMap(data);
    }

    /** What the content page of source path {@code path} shows of the engine, or null when it shows nothing. */
    PageComparison page(String path) {
        return pageViews.get(path);
    }

    private PageComparison page(Comparisons.PageComparison c) {
        Pairs.Pair p = c.pair();
        return new PageComparison(new Markup(c.jsonld()), // a Text: kept where the engine kept it
                c.faq().stream().map(ComparisonViews::faqEntry).toList(),
                c.subjects().stream().map(this::subject).toList(),
                p == null ? null : new PairRef(p.title(), links.pair(p.first().id(), p.second().id()).uri()));
    }

    private static FaqEntry faqEntry(Faq.Entry e) {
        return new FaqEntry(e.question(), e.answer());
    }

    /** The links to every pair page, in the site's order. */
    List<PairLink> pairLinks() {
        return comparisons.pairs().stream().map(this::pairLink).toList();
    }

    PairLink pairLink(Pairs.Pair p) {
        return new PairLink(p.title(), links.pair(p.first().id(), p.second().id()).uri(), p.first().id(),
                p.second().id(), p.differences());
    }

    static PageLink pageLink(Page p) {
        return new PageLink(p.title(), p.uri(), p.summary());
    }

    /** Links to the published articles that compare {@code s}. */
    List<PageLink> publishedArticles(Subject s) {
        List<PageLink> articles = new ArrayList<>();
        for (Page p : comparisons.articles(s)) {
            if (p.isPublished()) {
                articles.add(pageLink(p));
            }
        }
        return articles;
    }

    /** The template view of a subject, built once per build (and kept while the subject is unchanged). */
    SubjectView subject(Subject s) {
        SubjectView v = subjectViews.get(s);
        return v != null ? v : buildSubjectView(s);
    }

    private SubjectView buildSubjectView(Subject s) {
        Map<String, FactView> facts = new LinkedHashMap<>();
        for (Fact f : s.facts().values()) {
            Aspect a = catalog.aspects().get(f.aspectId());
            facts.put(a.id(), new FactView(a.id(), a.label(), FactFormat.text(a, f), new Markup(FactFormat.html(a, f)),
                    f.isNotApplicable(), orEmpty(f.source()), orEmpty(f.asOf()), orEmpty(f.note())));
        }
        return new SubjectView(s.id(), s.name(), s.collection(), links.profile(s).uri(), orEmpty(s.kind()),
                orEmpty(s.language()), orEmpty(s.website()), orEmpty(s.summary()), s.pros(), s.cons(), s.chooseWhen(),
                Collections.unmodifiableMap(facts));
    }

    private static AspectView aspect(Aspect a) {
        return new AspectView(a.id(), a.label(), a.type().label(), a.group(),
                a.better() == null ? "" : a.better().label(), orEmpty(a.unit()), orEmpty(a.description()));
    }

    private static String orEmpty(Object s) {
        return s == null ? "" : String.valueOf(s);
    }

    /**
     * The route {@code id} made from {@code inputs}: the kept one when their fingerprints are
     * equal. Each profile, pair list and matrix page is made again only when what it shows
     * changed: its subjects' data, the articles and pairs it lists. Only for routes whose
     * variables are plain data (records of strings and numbers), as they are kept.
     */
    Route made(String id, Object inputs, Supplier<Route> make) {
        if (!memo.keep) {
            return make.get();
        }
        made.add(id);
        Fingerprint in = walk.of(inputs);
        RouteMade m = memo.routes.get(id);
        if (m == null || !m.inputs().equals(in)) {
            Route r = make.get();
            m = new RouteMade(in, r, walk.of(r.model()));
            memo.routes.put(id, m);
        }
        routePrints.put(m.route().model(), m.print());
        return m.route();
    }

    /**
     * The route {@code id}, made from {@code inputs} by {@code make}, whose variables are not
     * kept (they hold HTML made on demand): only the fingerprint of its variables is, and
     * given again while the fingerprint of the inputs is the same.
     */
    Route printed(String id, Object inputs, Supplier<Route> make) {
        Route r = make.get();
        if (!memo.keep) {
            return r;
        }
        made.add(id);
        Fingerprint in = walk.of(inputs);
        PrintMade m = memo.prints.get(id);
        if (m == null || !m.inputs().equals(in)) {
            m = new PrintMade(in, walk.of(r.model()));
            memo.prints.put(id, m);
        }
        routePrints.put(r.model(), m.print());
        return r;
    }

    /**
     * Makes again what the content page of {@code path} shows of the engine, now {@code c}, as
     * this plan's view of it (and so {@code compare_pages}, which shows these views) and as
     * what is kept for the next plan; the catalogue must be this plan's.
     */
    PageComparison repage(String path, Comparisons.PageComparison c) {
        PageComparison v = page(c);
        PageMade m = new PageMade(c, v, memo.keep ? walk.of(v) : null, memo.keep ? walk.of(v.jsonld()) : null);
        if (memo.keep) {
            memo.pages.put(path, m);
            seeds.put(v, m.print());
            seeds.put(v.jsonld(), m.jsonld());
        }
        pageViews.put(path, v);
        return v;
    }

    /** Forgets the kept routes that this plan did not make. */
    void forgetUnmade() {
        memo.routes.keySet().retainAll(made);
        memo.prints.keySet().retainAll(made);
    }
}
