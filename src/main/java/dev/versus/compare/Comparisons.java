package dev.versus.compare;

import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.markdown.Embeds;
import dev.versus.model.Aspect;
import dev.versus.model.Catalog;
import dev.versus.model.Fact;
import dev.versus.model.Page;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.model.Urls;
import dev.versus.render.DataFiles;
import dev.versus.render.Route;
import dev.versus.source.SourceFile;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The comparison engine for one build: checks what pages ask for, renders the Markdown
 * embeds, adds FAQ markup and JSON-LD to pages, and plans the profile, pair and matrix pages.
 */
public final class Comparisons {

    /**
     * What the engine keeps between the runs of a build session so that a rebuild does not
     * redo, for every page and every pair, work whose inputs did not change: FAQ and JSON-LD
     * extras, generated routes, template views of subjects and the shapes of pairs. Each is reused only while the inputs it was made from are equal (by
     * value: an edited subject invalidates what shows it, not the rest), so output never
     * depends on it. Valid for one configuration and one aspect catalogue (an edit of the
     * catalogue starts afresh). Used by one build at a time.
     */
    public static final class Memo {
        private final boolean keep;
        private List<Object> catalogue;
        private final Map<String, Finished> finished = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Made<Route>> routes = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Made<Map<String, Object>>> subjectViews = new HashMap<>();
        private final Map<String, Pairs.Pair> pairs = new HashMap<>();
        private Made<Map<String, Object>> data;

        /** A memo that keeps what each run made, for the next run over the same site. */
        public Memo() {
            this(true);
        }

        /**
         * @param keep false for comparisons made once: finished bodies and pages are not kept
         *             (subject views and pairs, a few per subject, still are)
         */
        public Memo(boolean keep) {
            this.keep = keep;
        }

        private Catalog last;

        /**
         * The catalogue to work with: {@code c}, with each subject equal to one of the last
         * catalogue replaced by that instance, so that comparing what was made from them is
         * quick. Equal values, so the output is the same.
         */
        private Catalog use(Catalog c) {
            List<Object> key = List.of(List.copyOf(c.aspects().values()), c.aspectsFile());
            if (!key.equals(catalogue)) {
                catalogue = key;
                last = null;
                finished.clear();
                routes.clear();
                subjectViews.clear();
                pairs.clear();
                data = null;
            }
            if (last != null && last != c) {
                Map<String, Subject> subjects = new LinkedHashMap<>();
                c.subjects().forEach((id, subject) -> {
                    Subject before = last.subjects().get(id);
                    subjects.put(id, subject.equals(before) ? before : subject);
                });
                c = new Catalog(last.aspects(), Collections.unmodifiableMap(subjects), c.aspectsFile(), c.dataFiles());
            }
            last = c;
            return c;
        }
    }

    /** A page's published body and extras, and what they were made from. */
    private record Finished(Page page, String body, ArticleSpec spec, String pair, String html, Map<String, Object> extras,
                            List<Diagnostic> diagnostics) {
    }

    /** Something made from {@code inputs} (compared by value). */
    private record Made<T>(Object inputs, T value) {
    }

    private final Memo memo;
    private final SiteConfig config;
    private final Catalog catalog;
    private final Site site;
    private final Links links;
    private final Tables tables;
    private final Map<String, ArticleSpec> specs;
    private final Map<String, Pairs.Pair> pairs;
    private final Map<String, List<Page>> articlesBySubject = new TreeMap<>();
    private final Map<String, Map<String, Object>> pageExtras = new TreeMap<>();
    private final Map<Subject, Map<String, Object>> subjectViews = new java.util.IdentityHashMap<>();
    private final String host;

    private Comparisons(SiteConfig config, Catalog catalog, Site site, Map<String, ArticleSpec> specs,
                        Map<String, Pairs.Pair> pairs, Memo memo) {
        this.memo = memo;
        this.config = config;
        this.catalog = catalog;
        this.site = site;
        this.links = new Links(config);
        this.tables = new Tables(links, catalog.aspects()::get);
        this.specs = specs;
        this.pairs = pairs;
        this.host = config.siteHost();
        for (Subject s : catalog.subjects().values()) {
            Made<Map<String, Object>> m = memo.subjectViews.get(s.id());
            if (m == null || !m.inputs().equals(s)) {
                m = new Made<>(s, buildSubjectView(s));
                memo.subjectViews.put(s.id(), m);
            }
            subjectViews.put(s, m.value());
        }
        memo.subjectViews.keySet().retainAll(catalog.subjects().keySet());
        for (ArticleSpec spec : specs.values()) {
            for (Subject s : spec.subjects()) {
                articlesBySubject.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(spec.page());
            }
        }
    }

    /**
     * Checks the comparison keys of every page's front matter and decides the pair pages.
     *
     * @param content    the content files, to quote the lines messages point at
     * @param configFile the configuration file, for positions in messages (may be null)
     */
    public static Comparisons prepare(SiteConfig config, SourceFile configFile, Catalog catalog, Site site,
                                      List<SourceFile> content, Diagnostics diags) {
        return prepare(config, configFile, catalog, site, content, diags, new Memo());
    }

    /**
     * As {@link #prepare(SiteConfig, SourceFile, Catalog, Site, List, Diagnostics)}, reusing what
     * an earlier run with the same configuration kept in {@code memo}.
     */
    public static Comparisons prepare(SiteConfig config, SourceFile configFile, Catalog catalog, Site site,
                                      List<SourceFile> content, Diagnostics diags, Memo memo) {
        catalog = memo.use(catalog);
        Map<String, ArticleSpec> specs = ArticleSpec.readAll(site.pages(), content, catalog, diags);
        Map<String, List<Pairs.Ordered>> articlePairs = new TreeMap<>();
        Map<String, SourceFile> files = new HashMap<>();
        content.forEach(f -> files.put(f.path(), f));
        for (ArticleSpec s : specs.values()) {
            if (s.subjects().size() == 2 && s.page().isPublished()) {
                Subject first = s.subjects().get(0);
                Subject second = s.subjects().get(1);
                articlePairs.computeIfAbsent(Pairs.key(first, second), k -> new ArrayList<>())
                        .add(new Pairs.Ordered(s.page(), first, second, files.get(s.page().sourcePath())));
            }
        }
        Map<String, Pairs.Pair> pairs = catalog.subjects().size() < 2 ? Map.of()
                : Pairs.select(config.get("versus.pairs"), config.integer("versus.pairs.min_differences"), catalog,
                articlePairs, configFile, diags, memo.pairs);
        return new Comparisons(config, catalog, site, specs, pairs, memo);
    }

    /** The Markdown embeds: comparison blocks and fact citations. */
    public Embeds embeds() {
        return new CompareEmbeds(catalog, specs, links);
    }

    /**
     * Adds FAQ markup to rendered bodies and collects each page's FAQ and JSON-LD.
     *
     * @param bodies rendered HTML by source path
     * @return the bodies to publish, by source path
     */
    public Map<String, String> finish(Map<String, String> bodies, Diagnostics diags) {
        List<Finished> done = site.pages().parallelStream()
                .filter(page -> bodies.containsKey(page.sourcePath()))
                .map(page -> {
                    String body = bodies.get(page.sourcePath());
                    ArticleSpec spec = specs.getOrDefault(page.sourcePath(), ArticleSpec.NONE);
                    Pairs.Pair pair = spec.subjects().size() == 2
                            ? pairs.get(Pairs.key(spec.subjects().get(0), spec.subjects().get(1))) : null;
                    // The order too: another article can change which order the pair page uses.
                    String pairKey = pair == null ? null : pair.slug();
                    Finished f = memo.finished.get(page.sourcePath());
                    if (f == null || !f.page().equals(page) || !f.body().equals(body) || !f.spec().equals(spec)
                            || !java.util.Objects.equals(f.pair(), pairKey)) {
                        Diagnostics d = new Diagnostics();
                        f = finish(page, body, spec, pair, d);
                        f = new Finished(page, body, spec, pairKey, f.html(), f.extras(), d.sorted());
                        if (memo.keep) {
                            memo.finished.put(page.sourcePath(), f);
                        }
                    }
                    return f;
                })
                .toList();
        Map<String, String> out = new HashMap<>(bodies);
        for (Finished f : done) {
            diags.addAll(f.diagnostics());
            out.put(f.page().sourcePath(), f.html());
            if (f.extras() != null) {
                pageExtras.put(f.page().sourcePath(), f.extras());
            }
        }
        memo.finished.keySet().retainAll(bodies.keySet());
        return out;
    }

    /** One page's body with its FAQ marked up, and its template extras (null when it has none). */
    private Finished finish(Page page, String body, ArticleSpec spec, Pairs.Pair pair, Diagnostics diags) {
        Faq.Result faq = Faq.extract(body);
        List<Faq.Entry> entries = faq.entries();
        String html = faq.html();
        if (!spec.faq().isEmpty()) {
            if (!entries.isEmpty()) {
                diags.add(Diagnostic.error(page.positionOf("faq"), "this page has a FAQ both in its front matter and in its text")
                        .withHint("keep one of them: remove 'faq:' or the FAQ section of the text"));
            }
            String id = html.contains("id=\"faq\"") ? "faq-section" : "faq";
            html = html + Faq.render(spec.faq(), id);
            entries = Faq.normalised(spec.faq());
        }
        StringBuilder jsonld = new StringBuilder();
        boolean article = page.isPost() || !spec.subjects().isEmpty();
        if (article) {
            Map<String, String> about = new LinkedHashMap<>();
            spec.subjects().forEach(s -> about.put(s.name(), absolute(links.profile(s).uri())));
            jsonld.append(JsonLd.script(JsonLd.article(page.isPost() ? "BlogPosting" : "Article", page.title(),
                    page.summary(), page.date(), page.author(), siteAuthor(), absolute(page.uri()), page.tags(), about)));
            jsonld.append(JsonLd.script(JsonLd.breadcrumbs(List.of(home(), new JsonLd.Crumb(page.title(), absolute(page.uri()))))));
        }
        if (!entries.isEmpty()) {
            jsonld.append(JsonLd.script(JsonLd.faqPage(entries)));
        }
        if (jsonld.length() == 0 && spec.subjects().isEmpty()) {
            return new Finished(page, body, spec, null, html, null, List.of());
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("jsonld", markup(jsonld.toString()));
        extras.put("faq", entries.stream().map(e -> Map.of("question", e.question(), "answer", e.answer())).toList());
        extras.put("subjects", spec.subjects().stream().map(this::subjectView).toList());
        if (pair != null) {
            extras.put("pair", Map.of("title", pair.title(), "uri", links.pair(pair.first().id(), pair.second().id()).uri()));
        }
        return new Finished(page, body, spec, null, html, Collections.unmodifiableMap(extras), List.of());
    }

    /** Who wrote a page whose front matter names no author: the site, as the Atom feed says. */
    private String siteAuthor() {
        return config.get("site.title").isBlank() ? "Versus" : config.get("site.title");
    }

    private JsonLd.Crumb home() {
        String title = config.get("site.title").isBlank() ? "Home" : config.get("site.title");
        return new JsonLd.Crumb(title, host + "/");
    }

    private String absolute(String uri) {
        return host + "/" + uri;
    }

    /** Template variables: {@code data}, {@code compare_pages} and {@code compare_uri}. */
    public Map<String, Object> globals() {
        Map<String, Object> g = new HashMap<>();
        List<Object> inputs = List.of(catalog.subjectsByName(), pairLinks(), catalog.dataFiles());
        if (memo.data == null || !memo.data.inputs().equals(inputs)) {
            memo.data = new Made<>(inputs, data());
        }
        g.put("data", memo.data.value());
        g.put("compare_pages", Collections.unmodifiableMap(pageExtras));
        if (!catalog.subjects().isEmpty()) {
            g.put("compare_uri", links.matrix().uri());
        }
        return g;
    }

    /** The {@code data} variable: subjects, aspects and pairs. */
    private Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        List<Map<String, Object>> subjects = catalog.subjectsByName().stream().map(this::subjectView).toList();
        Map<String, Object> byId = new TreeMap<>();
        subjects.forEach(s -> byId.put((String) s.get("id"), s));
        List<Map<String, Object>> aspects = catalog.aspects().values().stream().map(Comparisons::aspectView).toList();
        Map<String, Object> aspectById = new LinkedHashMap<>();
        aspects.forEach(a -> aspectById.put((String) a.get("id"), a));
        data.put("subjects", subjects);
        data.put("subject", Collections.unmodifiableMap(byId));
        data.put("aspects", aspects);
        data.put("aspect", Collections.unmodifiableMap(aspectById));
        data.put("pairs", pairs.values().stream().map(this::pairLink).toList());
        // JBake's data files, as JBake's templates read them: data.get('events.yml')
        data.put("get", new DataFiles(catalog.dataFiles(), config.get("data.folder").trim()));
        return Collections.unmodifiableMap(data);
    }

    /** Profile, pair (with reverse-order redirects) and matrix pages. */
    public List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        java.util.Set<String> made = java.util.concurrent.ConcurrentHashMap.newKeySet();
        if (catalog.subjects().isEmpty()) {
            memo.routes.clear();
            return routes;
        }
        // Each route is made again only when what it shows changed: its subjects' data, the
        // articles and pairs it lists.
        List<Map<String, Object>> pairLinks = pairLinks();
        Map<String, List<Map<String, Object>>> pairsBySubject = new HashMap<>();
        for (Map<String, Object> link : pairLinks) {
            pairsBySubject.computeIfAbsent((String) link.get("first"), k -> new ArrayList<>()).add(link);
            pairsBySubject.computeIfAbsent((String) link.get("second"), k -> new ArrayList<>()).add(link);
        }
        List<Subject> subjects = catalog.subjectsByName();
        // A large catalogue lists each subject's pairs on a page of their own, so that profiles
        // and the matrix stay small; a small one lists them where they are shown.
        boolean ownPages = pairLinks.size() > INLINE_PAIRS;
        routes.addAll(subjects.parallelStream().flatMap(s -> {
            List<Map<String, Object>> subjectPairs = pairsBySubject.getOrDefault(s.id(), List.of());
            List<Object> inputs = List.of(s, publishedArticles(s), subjectPairs, ownPages);
            Route profile = made(made, "profile " + s.id(), inputs, () -> profile(s, subjectPairs, ownPages));
            if (!ownPages || subjectPairs.isEmpty()) {
                return java.util.stream.Stream.of(profile);
            }
            return java.util.stream.Stream.of(profile, made(made, "pairs of " + s.id(), List.of(s.name(), subjectPairs),
                    () -> pairList(s, subjectPairs)));
        }).toList());
        // Pair pages are most of the generated pages on a large site: build them in parallel.
        routes.addAll(pairs.values().parallelStream().flatMap(p -> {
            List<Object> inputs = List.of(p.first(), p.second(), p.articles().stream().map(this::pageLink).toList());
            return java.util.stream.Stream.of(made(made, "pair " + p.key(), inputs, () -> pairPage(p)),
                    made(made, "redirect " + p.key(), List.of(p.slug(), p.title()), () -> redirect(p)));
        }).toList());
        int perPage = Math.max(1, config.integer("versus.matrix.subjects_per_page"));
        int pages = (subjects.size() + perPage - 1) / perPage;
        for (int n = 1; n <= pages; n++) {
            int number = n;
            List<Subject> slice = subjects.subList((n - 1) * perPage, Math.min(subjects.size(), n * perPage));
            List<Object> inputs = n == 1 ? List.of(subjects, ownPages ? List.of() : pairLinks, pages, perPage)
                    : List.of(slice, subjects.stream().map(Subject::name).toList(), ownPages, pages, perPage);
            routes.add(made(made, "matrix " + n, inputs, () -> matrix(number, pages, slice, ownPages)));
        }
        memo.routes.keySet().retainAll(made);
        return routes;
    }

    /** The route {@code id} made from {@code inputs}: the kept one when they are equal. */
    private Route made(java.util.Set<String> made, String id, Object inputs, java.util.function.Supplier<Route> make) {
        made.add(id);
        Made<Route> m = memo.routes.get(id);
        if (m == null || !m.inputs().equals(inputs)) {
            m = new Made<>(inputs, make.get());
            if (memo.keep) {
                memo.routes.put(id, m);
            }
        }
        return m.value();
    }

    private List<Map<String, Object>> publishedArticles(Subject s) {
        List<Map<String, Object>> articles = new ArrayList<>();
        for (Page p : articlesBySubject.getOrDefault(s.id(), List.of())) {
            if (p.isPublished()) {
                articles.add(pageLink(p));
            }
        }
        return articles;
    }

    /** Pair links a site shows where they belong (profiles, the matrix); more go to a page per subject. */
    static final int INLINE_PAIRS = 100;

    /**
     * The profile page of {@code s}; {@code subjectPairs} are the links to the pairs it is part
     * of, listed on the page itself unless {@code ownPages}, when the page links to their list.
     */
    private Route profile(Subject s, List<Map<String, Object>> subjectPairs, boolean ownPages) {
        Links.Target t = links.profile(s);
        Map<String, Object> m = new HashMap<>();
        m.put("content", generated(s.name(), t.uri(), s.summary()));
        m.put("subject", subjectView(s));
        m.put("facts", markup(tables.profileFacts(s, "facts")));
        m.put("proscons", markup(Blocks.prosCons(List.of(s), t.uri(), links)));
        m.put("choose", markup(Blocks.choose(List.of(s), t.uri(), links)));
        m.put("articles", publishedArticles(s));
        m.put("pairs", ownPages ? List.of() : subjectPairs);
        m.put("pair_count", subjectPairs.size());
        if (ownPages && !subjectPairs.isEmpty()) {
            m.put("pairs_uri", links.pairList(s).uri());
        }
        m.put("jsonld", markup(JsonLd.script(JsonLd.breadcrumbs(List.of(home(), new JsonLd.Crumb(s.name(), absolute(t.uri())))))));
        return new Route(t.outputPath(), t.uri(), config.get("template.profile.file"), m, true, "profile page of '" + s.id() + "'");
    }

    /** The page listing every pair page of {@code s}. */
    private Route pairList(Subject s, List<Map<String, Object>> subjectPairs) {
        Links.Target t = links.pairList(s);
        Map<String, Object> m = new HashMap<>();
        m.put("content", generated(s.name() + " side by side", t.uri(),
                s.name() + " side by side with each of " + subjectPairs.size() + " other subjects."));
        m.put("subject", subjectView(s));
        m.put("pairs", subjectPairs);
        m.put("compare_uri", links.matrix().uri());
        return new Route(t.outputPath(), t.uri(), config.get("template.pairlist.file"), m, true,
                "pair list of '" + s.id() + "'");
    }

    private Route pairPage(Pairs.Pair p) {
        Links.Target t = links.pair(p.first().id(), p.second().id());
        List<Subject> both = List.of(p.first(), p.second());
        Map<String, Object> m = new HashMap<>();
        String summary = p.first().name() + " and " + p.second().name() + " side by side: " + p.aspects().size()
                + " aspects, " + p.differences() + " of them different.";
        m.put("content", generated(p.title(), t.uri(), summary));
        m.put("subjects", both.stream().map(this::subjectView).toList());
        m.put("articles", p.articles().stream().map(this::pageLink).toList());
        m.put("differences", p.differences());
        // Most of a large site's pages: their markup is made as each renders, not held for all.
        Map<String, java.util.function.Supplier<Object>> lazy = new LinkedHashMap<>();
        lazy.put("table", () -> markup(tables.render(new Tables.Spec(both, p.aspects(), p.title(), false, true, "pair", t.uri()))));
        lazy.put("proscons", () -> markup(Blocks.prosCons(both, t.uri(), links)));
        lazy.put("choose", () -> markup(Blocks.choose(both, t.uri(), links)));
        lazy.put("jsonld", () -> markup(JsonLd.script(JsonLd.breadcrumbs(List.of(home(),
                new JsonLd.Crumb("Compare", absolute(links.matrix().uri())), new JsonLd.Crumb(p.title(), absolute(t.uri())))))));
        return new Route(t.outputPath(), t.uri(), config.get("template.pair.file"), new LazyModel(m, lazy), true,
                "pair page '" + p.slug() + "'");
    }

    private Route redirect(Pairs.Pair p) {
        Links.Target t = links.pair(p.second().id(), p.first().id());
        String target = links.pair(p.first().id(), p.second().id()).uri();
        Map<String, Object> m = new HashMap<>();
        m.put("content", generated(p.title(), t.uri(), null));
        m.put("target_uri", target);
        m.put("target_url", absolute(target));
        m.put("target_href", Urls.relative(t.uri(), target));
        return new Route(t.outputPath(), t.uri(), "pair-redirect.ftl", m, false, "pair page '" + p.slug() + "' (reverse order)");
    }

    /**
     * Page {@code number} of {@code pages} of the matrix: the subjects of {@code slice} against
     * every aspect. Every page lists every subject; the first also lists the pairs unless they
     * have pages of their own ({@code ownPages}), where each subject links to its list.
     */
    private Route matrix(int number, int pages, List<Subject> slice, boolean ownPages) {
        Links.Target t = links.matrix(number);
        List<Subject> subjects = catalog.subjectsByName();
        List<Aspect> aspects = List.copyOf(catalog.aspects().values());
        Map<String, Object> m = new HashMap<>();
        String title = number == 1 ? "Compare" : "Compare, page " + number;
        String caption = pages == 1 ? "Every subject, every aspect"
                : slice.get(0).name() + " to " + slice.get(slice.size() - 1).name() + ", every aspect";
        m.put("content", generated(title, t.uri(), pages == 1
                ? "Every subject against every aspect, with links to each pair comparison."
                : "Every subject against every aspect, " + slice.size() + " subjects a page (page " + number + " of "
                + pages + "), with links to each pair comparison."));
        m.put("table", markup(tables.render(new Tables.Spec(slice, aspects, caption, false, true, "matrix", t.uri()))));
        m.put("subjects", subjects.stream().map(this::subjectView).toList());
        m.put("page_subjects", slice.stream().map(this::subjectView).toList());
        m.put("pairs", ownPages || number > 1 ? List.of() : pairs.values().stream().map(this::pairLink).toList());
        if (ownPages) {
            Map<String, String> lists = new HashMap<>();
            for (Subject s : subjects) {
                lists.put(s.id(), links.pairList(s).uri());
            }
            m.put("pair_lists", Collections.unmodifiableMap(lists));
        }
        List<Map<String, Object>> nav = new ArrayList<>();
        int perPage = Math.max(1, config.integer("versus.matrix.subjects_per_page"));
        for (int n = 1; n <= pages; n++) {
            Subject first = subjects.get((n - 1) * perPage);
            Subject last = subjects.get(Math.min(subjects.size(), n * perPage) - 1);
            nav.add(Map.of("number", n, "uri", links.matrix(n).uri(), "first", first.name(), "last", last.name()));
        }
        m.put("matrix_pages", nav);
        m.put("page_number", number);
        m.put("number_of_pages", pages);
        m.put("jsonld", markup(JsonLd.script(JsonLd.breadcrumbs(List.of(home(), new JsonLd.Crumb(title, absolute(t.uri())))))));
        return new Route(t.outputPath(), t.uri(), config.get("template.matrix.file"), m, true,
                number == 1 ? "matrix page" : "matrix page " + number);
    }

    private Map<String, Object> generated(String title, String uri, String summary) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("uri", uri);
        m.put("url", absolute(uri));
        m.put("rootpath", Urls.rootPath(uri));
        m.put("type", "generated");
        m.put("tags", List.of());
        if (summary != null) {
            m.put("summary", summary);
        }
        return Collections.unmodifiableMap(m);
    }

    private Map<String, Object> pageLink(Page p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.title());
        m.put("uri", p.uri());
        if (p.summary() != null) {
            m.put("summary", p.summary());
        }
        return m;
    }

    private Map<String, Object> pairLink(Pairs.Pair p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.title());
        m.put("uri", links.pair(p.first().id(), p.second().id()).uri());
        m.put("first", p.first().id());
        m.put("second", p.second().id());
        m.put("differences", p.differences());
        return m;
    }

    /** The template view of a subject, built once per build (and kept while the subject is unchanged). */
    private Map<String, Object> subjectView(Subject s) {
        Map<String, Object> v = subjectViews.get(s);
        return v != null ? v : buildSubjectView(s);
    }

    private List<Map<String, Object>> pairLinks() {
        return pairs.values().stream().map(this::pairLink).toList();
    }

    private Map<String, Object> buildSubjectView(Subject s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("collection", s.collection());
        m.put("uri", links.profile(s).uri());
        m.put("kind", s.kind() == null ? "" : s.kind());
        m.put("language", s.language() == null ? "" : s.language());
        m.put("website", s.website() == null ? "" : s.website());
        m.put("summary", s.summary() == null ? "" : s.summary());
        m.put("pros", s.pros());
        m.put("cons", s.cons());
        m.put("choose_when", s.chooseWhen());
        Map<String, Object> facts = new LinkedHashMap<>();
        for (Fact f : s.facts().values()) {
            Aspect a = catalog.aspects().get(f.aspectId());
            Map<String, Object> fv = new LinkedHashMap<>();
            fv.put("aspect", a.id());
            fv.put("label", a.label());
            fv.put("text", FactFormat.text(a, f));
            fv.put("html", markup(FactFormat.html(a, f)));
            fv.put("na", f.isNotApplicable());
            fv.put("source", f.source() == null ? "" : f.source());
            fv.put("as_of", f.asOf() == null ? "" : f.asOf());
            fv.put("note", f.note() == null ? "" : f.note());
            facts.put(a.id(), Collections.unmodifiableMap(fv));
        }
        m.put("facts", Collections.unmodifiableMap(facts));
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Object> aspectView(Aspect a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("label", a.label());
        m.put("type", a.type().label());
        m.put("group", a.group());
        m.put("better", a.better() == null ? "" : a.better().label());
        m.put("unit", a.unit() == null ? "" : a.unit());
        m.put("description", a.description() == null ? "" : a.description());
        return Collections.unmodifiableMap(m);
    }

    /** HTML that templates print as it is. */
    static Object markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

}
