package dev.versus.compare;

import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.markdown.Embeds;
import dev.versus.model.Aspect;
import dev.versus.model.Catalog;
import dev.versus.model.Page;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.source.SourceFile;
import dev.versus.text.Spill;
import dev.versus.text.Text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The comparison engine for one build: checks what pages ask for, renders the Markdown
 * embeds, adds FAQ markup and JSON-LD to pages, decides the pair pages, and makes the HTML
 * (tables, pros and cons, structured data) that the profile, pair and matrix pages show.
 */
public final class Comparisons {

    /**
     * What the engine keeps between the runs of a build session so that a rebuild does not
     * redo, for every page and every pair, work whose inputs did not change: FAQ and JSON-LD
     * extras and the shapes of pairs. Each is reused only while the inputs it was made from are equal (by
     * value: an edited subject invalidates what shows it, not the rest), so output never
     * depends on it. Valid for one configuration and one aspect catalogue (an edit of the
     * catalogue starts afresh). Used by one build at a time.
     *
     * <p>All of it is plain data: the model's records (pages, subjects, aspects, pairs,
     * diagnostics: strings, numbers, dates, positions, and lists and maps of those) and the
     * HTML and JSON-LD strings made from them. The inputs are kept as they are rather than as
     * fingerprints because the load stage hands over the same page records while their files
     * are unchanged, and this memo keeps one instance of each unchanged subject, so comparing
     * them mostly costs nothing, where a fingerprint would read every body again on every rebuild.
     */
    public static final class Memo implements java.io.Serializable {
        private final boolean keep;
        private List<Object> catalogue;
        private final Map<String, Finished> finished = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Pairs.Pair> pairs = new HashMap<>();

        /** A memo that keeps what each run made, for the next run over the same site. */
        public Memo() {
            this(true);
        }

        /**
         * @param keep false for comparisons made once: finished bodies are not kept (pairs, a
         *             few per subject, still are)
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
                pairs.clear();
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

    /**
     * What a page shows of the engine around its body.
     *
     * @param jsonld   its schema.org {@code <script>} elements (article, breadcrumbs, FAQ), or ""
     * @param faq      the questions of its FAQ
     * @param subjects the subjects it compares
     * @param pair     the pair page of its two subjects, or null
     */
    public record PageComparison(Text jsonld, List<Faq.Entry> faq, List<Subject> subjects, Pairs.Pair pair) implements java.io.Serializable {

        /** This with its structured data kept in {@code spill} (read when its page renders). */
        PageComparison in(Spill spill) {
            Text t = spill.keep(jsonld);
            return t == jsonld ? this : new PageComparison(t, faq, subjects, pair);
        }
    }

    /** A page's published body and extras, and what they were made from. */
    private record Finished(Page page, Text body, ArticleSpec spec, String pair, Text html, PageComparison extras,
                            List<Diagnostic> diagnostics) implements java.io.Serializable {
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
    private final Map<String, PageComparison> pageExtras = new TreeMap<>();
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
     * @param spill  where the finished bodies are kept
     * @return the bodies to publish, by source path
     */
    public Map<String, Text> finish(Map<String, Text> bodies, Diagnostics diags, Spill spill) {
        List<Finished> done = site.pages().parallelStream()
                .filter(page -> bodies.containsKey(page.sourcePath()))
                .map(page -> {
                    Text body = bodies.get(page.sourcePath());
                    ArticleSpec spec = specs.getOrDefault(page.sourcePath(), ArticleSpec.NONE);
                    Pairs.Pair pair = spec.subjects().size() == 2
                            ? pairs.get(Pairs.key(spec.subjects().get(0), spec.subjects().get(1))) : null;
                    // The order too: another article can change which order the pair page uses.
                    String pairKey = pair == null ? null : pair.slug();
                    Finished f = memo.finished.get(page.sourcePath());
                    if (f == null || !f.page().equals(page) || !f.body().equals(body) || !f.spec().equals(spec)
                            || !java.util.Objects.equals(f.pair(), pairKey)) {
                        Diagnostics d = new Diagnostics();
                        String in = body.get();
                        f = finish(page, in, spec, pair, d);
                        String out = f.html().get();
                        // most bodies have no FAQ to mark up: the body as rendered is the one to publish
                        Text html = out.equals(in) ? body : spill.put(out);
                        PageComparison extras = f.extras() == null ? null : f.extras().in(spill);
                        f = new Finished(page, body, spec, pairKey, html, extras, d.sorted());
                        if (memo.keep) {
                            memo.finished.put(page.sourcePath(), f);
                        }
                    }
                    return f;
                })
                .toList();
        Map<String, Text> out = new HashMap<>(bodies);
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
            return new Finished(page, null, spec, null, Text.of(html), null, List.of());
        }
        PageComparison extras = new PageComparison(Text.of(jsonld.toString()), List.copyOf(entries), spec.subjects(), pair);
        return new Finished(page, null, spec, null, Text.of(html), extras, List.of());
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

    /** What each finished page shows of the engine, by source path (pages that show nothing are left out). */
    public Map<String, PageComparison> pages() {
        return Collections.unmodifiableMap(pageExtras);
    }

    /** The catalogue compared: subjects, aspects and the data files. */
    public Catalog catalog() {
        return catalog;
    }

    /** The pair pages, in the order the site lists them. */
    public List<Pairs.Pair> pairs() {
        return List.copyOf(pairs.values());
    }

    /** The pages that compare {@code s}, published or not, in the site's order. */
    public List<Page> articles(Subject s) {
        return articlesBySubject.getOrDefault(s.id(), List.of());
    }

    /** The addresses of the generated pages. */
    public Links links() {
        return links;
    }

    /** Pair links a site shows where they belong (profiles, the matrix); more go to a page per subject. */
    public static final int INLINE_PAIRS = 100;

    /** The facts table of a profile page (element ids start with "facts"). */
    public String profileFacts(Subject s) {
        return tables.profileFacts(s, "facts");
    }

    /** A comparison table of {@code subjects} against {@code aspects}, with charts, on the page at {@code fromUri}. */
    public String table(List<Subject> subjects, List<Aspect> aspects, String caption, String idPrefix, String fromUri) {
        return tables.render(new Tables.Spec(subjects, aspects, caption, false, true, idPrefix, fromUri));
    }

    /** The pros and cons of {@code subjects}, on the page at {@code fromUri}. */
    public String prosCons(List<Subject> subjects, String fromUri) {
        return Blocks.prosCons(subjects, fromUri, links);
    }

    /** The "choose it when" lists of {@code subjects}, on the page at {@code fromUri}. */
    public String choose(List<Subject> subjects, String fromUri) {
        return Blocks.choose(subjects, fromUri, links);
    }

    /**
     * The schema.org breadcrumbs of a generated page, as a {@code <script>} element: the site's
     * home, then each crumb of {@code trail} (name → URL path).
     */
    public String breadcrumbs(List<Map.Entry<String, String>> trail) {
        List<JsonLd.Crumb> crumbs = new ArrayList<>();
        crumbs.add(home());
        trail.forEach(e -> crumbs.add(new JsonLd.Crumb(e.getKey(), absolute(e.getValue()))));
        return JsonLd.script(JsonLd.breadcrumbs(crumbs));
    }
}
