package dev.versus.render;

import dev.versus.config.ConfigKey;
import dev.versus.config.JBakeDefaults;
import dev.versus.config.SiteConfig;
import dev.versus.config.Versions;
import dev.versus.load.SiteLoader;
import dev.versus.model.Page;
import dev.versus.model.Site;
import dev.versus.model.Urls;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Plans what a site produces: the site-wide template variables (JBake's names) and one
 * {@link Route} per output file — pages, index pages, archive, tags, feeds, sitemap, 404.
 */
public final class SitePlanner {

    /**
     * The result: variables shared by every template, every file to render, and the template
     * view of each page by source path (for comparing two builds).
     */
    public record Plan(Map<String, Object> globals, List<Route> routes, Map<String, byte[]> files,
                       Map<String, Map<String, Object>> pageModels) {
    }

    /** Files of the built-in theme copied to the output unless the site has its own. */
    public static final List<String> THEME_STATICS = List.of("css/versus.css", "js/versus.js", "js/search.js",
            "js/highlight.min.js", "js/highlight.LICENSE.txt", "favicon.svg");

    /** File name of the search index, at the site root. */
    public static final String SEARCH_INDEX = "search.json";

    /**
     * What a planner keeps between the runs of a build session: each page's {@link Outline}
     * (which reads the whole body), reused while the page's body is the same, and the entries
     * of the search index, reused while what they are made of is the same.
     */
    public static final class Memo {
        private record Kept(String body, Outline outline) {
        }

        private final boolean keep;
        private final Map<String, Kept> outlines = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<List<Object>, SearchIndex.Entry> searchEntries = new HashMap<>();

        /** A memo that keeps what each plan made, for the next plan of the same site. */
        public Memo() {
            this(true);
        }

        /** @param keep false for a planner that plans once: nothing is kept, so nothing is held */
        public Memo(boolean keep) {
            this.keep = keep;
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

        private Map<List<Object>, SearchIndex.Entry> searchEntries() {
            return keep ? searchEntries : new HashMap<>();
        }
    }

    private final Site site;
    private final SiteConfig config;
    private final String host;
    private final Memo memo;

    public SitePlanner(Site site) {
        this(site, new Memo());
    }

    /** A planner that reuses what earlier plans of the same site kept in {@code memo}. */
    public SitePlanner(Site site, Memo memo) {
        this.memo = memo;
        this.site = site;
        this.config = site.config();
        this.host = config.siteHost();
    }

    /**
     * @param bodies       rendered HTML body of each page, by source path
     * @param extraGlobals variables added by other parts (e.g. the comparison data)
     * @param extraRoutes  routes added by other parts (e.g. profile and pair pages)
     */
    public Plan plan(Map<String, String> bodies, Map<String, Object> extraGlobals, List<Route> extraRoutes) {
        // One model per page, built in parallel (each reads its body's outline).
        Map<String, Map<String, Object>> models = new java.util.concurrent.ConcurrentHashMap<>();
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
        List<Page> posts = site.posts();
        List<Map<String, Object>> publishedPosts = posts.stream().map(p -> models.get(p.sourcePath())).toList();
        // in JBake's order: type by type, each newest first
        List<Page> inJBakeOrder = site.pages().stream().sorted(SiteLoader.BY_TYPE_NEWEST_FIRST).toList();
        List<Map<String, Object>> publishedPages = inJBakeOrder.stream()
                .filter(p -> p.isPublished() && p.type().equals("page")).map(p -> models.get(p.sourcePath())).toList();
        List<Map<String, Object>> publishedContent = inJBakeOrder.stream()
                .filter(Page::isPublished).map(p -> models.get(p.sourcePath())).toList();
        List<Map<String, Object>> allContent = inJBakeOrder.stream().map(p -> models.get(p.sourcePath())).toList();

        Map<String, Object> globals = new HashMap<>();
        Map<String, Object> cfg = new LinkedHashMap<>();
        // JBake's own defaults first, for keys Versus does not use but JBake themes print
        // (config.output_extension, config.version…); then the site's configuration.
        JBakeDefaults.UNUSED_KEYS.forEach((k, v) -> cfg.put(ConfigKey.templateName(k), v));
        config.values().forEach((k, v) -> cfg.put(ConfigKey.templateName(k), v));
        // As written, trailing slash included: JBake themes write ${config.site_host}${content.uri}.
        cfg.put("site_host", config.get("site.host").trim());
        globals.put("config", Collections.unmodifiableMap(cfg));
        globals.put("published_posts", publishedPosts);
        globals.put("published_pages", publishedPages);
        // the site navigation: bounded and chosen by the author, unlike published_pages
        globals.put("menu", Menu.pages(site).stream().map(p -> models.get(p.sourcePath())).toList());
        globals.put("published_content", publishedContent);
        globals.put("all_content", allContent);
        // JBake's typed lists ('posts', 'pages', one per type): every document of the type, drafts
        // included, newest first; a theme filters them on status.
        // Every type JBake knows (one per template.<type>.file key) has its lists, empty when no
        // document has the type; published_<type>s as JBake orders them, newest first.
        for (String type : config.documentTypes()) {
            globals.put(type + "s", List.of());
            if (!type.equals("post") && !type.equals("page")) {
                globals.put("published_" + type + "s", List.of());
            }
        }
        byType.forEach((type, typed) -> {
            globals.put(type + "s", typed.stream().map(p -> models.get(p.sourcePath())).toList());
            if (!type.equals("post") && !type.equals("page")) {
                globals.put("published_" + type + "s",
                        typed.stream().filter(Page::isPublished).map(p -> models.get(p.sourcePath())).toList());
            }
        });
        globals.put("alltags", Collections.unmodifiableSet(new TreeSet<>(site.tags().keySet())));
        List<Map<String, Object>> tagList = new ArrayList<>();
        site.tags().forEach((tag, tagged) -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", tag);
            t.put("uri", tagUri(tag));
            List<Map<String, Object>> list = tagged.stream().map(p -> models.get(p.sourcePath())).toList();
            t.put("tagged_posts", list);
            t.put("tagged_documents", site.taggedDocuments().get(tag).stream().map(p -> models.get(p.sourcePath())).toList());
            t.put("count", list.size());
            tagList.add(Collections.unmodifiableMap(t));
        });
        globals.put("tags", Collections.unmodifiableList(tagList));
        Map<String, String> tagUris = new LinkedHashMap<>();
        if (config.flag("render.tags")) {
            site.tags().keySet().forEach(t -> tagUris.put(t, tagUri(t)));
        }
        globals.put("tag_uris", Collections.unmodifiableMap(tagUris));
        Date published = posts.isEmpty() || posts.get(0).date() == null ? new Date(0)
                : Date.from(posts.get(0).date().toInstant());
        if (config.flag("versus.build.timestamp")) {
            globals.put("build_time", new Date());
        }
        globals.put("published_date", published);
        // JBake's 'version' is its own ("v2.7.0", as themes print it: "Baked with JBake v2.7.0"); Versus
        // follows that version's behaviour and names itself in 'generator'.
        globals.put("version", Versions.JBAKE);
        globals.put("generator", "Versus " + Versions.VERSUS);
        String searchUri = config.flag("uri.noExtension") ? "search/" : "search.html";
        if (config.flag("versus.search")) {
            globals.put("search_uri", searchUri);
            globals.put("search_index", SEARCH_INDEX);
        }
        globals.putAll(extraGlobals);

        Map<Page, List<Map<String, Object>>> related = related(site.pages(), posts, models);
        List<Route> routes = new ArrayList<>();
        for (Page p : site.pages()) {
            Map<String, Object> m = Map.of("content", models.get(p.sourcePath()), "related", related.get(p));
            routes.add(new Route(p.outputPath(), p.uri(), config.get(ConfigKey.templateKey(p.type())).isEmpty()
                    ? p.type() + ".ftl" : config.get(ConfigKey.templateKey(p.type())), m, p.isPublished(), p.sourcePath()));
        }
        if (config.flag("render.index")) {
            addIndex(routes, publishedPosts);
        }
        if (config.flag("render.archive")) {
            String f = config.get("archive.file");
            routes.add(new Route(f, f, config.get("template.archive.file"),
                    Map.of("content", ContentModel.generated("archive", f, host)), true, "archive page"));
        }
        if (config.flag("render.tags")) {
            site.tags().forEach((tag, tagged) -> {
                List<Map<String, Object>> list = tagged.stream().map(p -> models.get(p.sourcePath())).toList();
                Map<String, Object> m = new HashMap<>();
                m.put("content", ContentModel.generated("tag", tagUri(tag), host));
                m.put("tag", tag);
                m.put("tag_posts", list);
                m.put("tagged_posts", list);
                m.put("tagged_documents", site.taggedDocuments().get(tag).stream()
                        .map(p -> models.get(p.sourcePath())).toList());
                routes.add(new Route(tagFile(tag), tagUri(tag), config.get("template.tag.file"), m, true,
                        "tag page '" + tag + "'"));
            });
        }
        // As in JBake, the tag index is part of the tag pages: it needs render.tags too.
        if (config.flag("render.tags") && config.flag("render.tagsindex")) {
            String uri = tagFolder() + "/" + (config.flag("uri.noExtension") ? "" : "index.html");
            routes.add(new Route(tagFolder() + "/index.html", uri, config.get("template.tagsindex.file"),
                    Map.of("content", ContentModel.generated("tagsindex", uri, host)), true, "tag index"));
        }
        if (config.flag("render.error404")) {
            String f = config.get("error404.file");
            // hosts serve the 404 page for a missing path at any depth, so relative links would
            // break there: its rootpath is the site's absolute path (/ or /docs/)
            Map<String, Object> content = new java.util.LinkedHashMap<>(ContentModel.generated("error404", f, host));
            content.put("rootpath", config.basePath() + "/");
            routes.add(new Route(f, f, config.get("template.error404.file"),
                    Map.of("content", java.util.Collections.unmodifiableMap(content)), false, "404 page"));
        }
        if (config.flag("versus.search")) {
            String file = searchUri.endsWith("/") ? searchUri + "index.html" : searchUri;
            routes.add(new Route(file, searchUri, "search.ftlh",
                    Map.of("content", ContentModel.generated("search", searchUri, host)), false, "search page"));
        }
        routes.addAll(extraRoutes);
        if (config.flag("render.feed")) {
            String f = config.get("feed.file");
            routes.add(new Route(f, f, config.get("template.feed.file"),
                    Map.of("content", ContentModel.generated("feed", f, host)), false, "RSS feed"));
            String atom = config.get("versus.atom.file").trim();
            if (!atom.isEmpty()) {
                routes.add(new Route(atom, atom, "atom.ftlx",
                        Map.of("content", ContentModel.generated("feed", atom, host)), false, "Atom feed"));
            }
        }
        if (config.flag("render.sitemap")) {
            List<Map<String, Object>> urls = new ArrayList<>();
            for (Route r : routes) {
                if (r.sitemap()) {
                    Map<String, Object> u = new LinkedHashMap<>();
                    u.put("loc", host + "/" + r.uri());
                    Object content = r.model().get("content");
                    if (content instanceof Map<?, ?> c && c.get("date") != null) {
                        u.put("lastmod", c.get("date"));
                    }
                    urls.add(u);
                }
            }
            urls.sort((a, b) -> ((String) a.get("loc")).compareTo((String) b.get("loc")));
            addSitemaps(routes, urls);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (config.flag("render.sitemap") && config.flag("versus.robots")) {
            files.put("robots.txt", ("User-agent: *\nAllow: /\n\nSitemap: " + host + "/" + config.get("sitemap.file") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (config.flag("versus.search")) {
            // Content pages first, then the generated pages with a title of their own that belong
            // in the sitemap (profile, pair and matrix pages), so readers find a subject by name.
            List<Map<String, Object>> searchable = new ArrayList<>(publishedContent);
            for (Route r : extraRoutes) {
                if (r.sitemap() && r.model().get("content") instanceof Map<?, ?> c && c.get("title") != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> content = (Map<String, Object>) c;
                    searchable.add(content);
                }
            }
            files.putAll(SearchIndex.files(SEARCH_INDEX, searchable, memo.searchEntries()));
        }
        for (String f : THEME_STATICS) {
            files.put(f, themeFile("static/" + f));
        }
        return new Plan(Collections.unmodifiableMap(globals), List.copyOf(routes), Collections.unmodifiableMap(files),
                Collections.unmodifiableMap(models));
    }

    /** The sitemaps.org limits of one sitemap file: 50,000 URLs and 50 MB (less a margin for the template's own markup). */
    static final long SITEMAP_MAX_BYTES = 50L * 1024 * 1024 - 64 * 1024;

    /**
     * One sitemap, or when the URLs exceed what one file may hold ({@code versus.sitemap.max_urls}
     * or 50 MB), numbered sitemaps ({@code sitemap-1.xml}, …) and a sitemap index in the sitemap's
     * place, so robots.txt and search engines keep their one address.
     */
    private void addSitemaps(List<Route> routes, List<Map<String, Object>> urls) {
        String f = config.get("sitemap.file");
        int maxUrls = Math.max(1, Math.min(50_000, config.integer("versus.sitemap.max_urls")));
        List<List<Map<String, Object>>> chunks = new ArrayList<>();
        List<Map<String, Object>> chunk = new ArrayList<>();
        long bytes = 0;
        for (Map<String, Object> u : urls) {
            // an entry's size as sitemap.ftlx writes it: <url><loc>…</loc><lastmod>yyyy-MM-dd</lastmod></url>
            long size = 32 + ((String) u.get("loc")).length() * 6L + (u.containsKey("lastmod") ? 28 : 0);
            if (!chunk.isEmpty() && (chunk.size() == maxUrls || bytes + size > SITEMAP_MAX_BYTES)) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                bytes = 0;
            }
            chunk.add(u);
            bytes += size;
        }
        chunks.add(chunk);
        if (chunks.size() == 1) {
            routes.add(new Route(f, f, config.get("template.sitemap.file"),
                    Map.of("content", ContentModel.generated("sitemap", f, host), "sitemap_urls", urls), false,
                    "sitemap"));
            return;
        }
        int dot = f.lastIndexOf('.');
        String stem = dot > 0 ? f.substring(0, dot) : f;
        String ext = dot > 0 ? f.substring(dot) : ".xml";
        List<Map<String, Object>> sitemaps = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            String part = stem + "-" + (i + 1) + ext;
            List<Map<String, Object>> list = chunks.get(i);
            routes.add(new Route(part, part, config.get("template.sitemap.file"),
                    Map.of("content", ContentModel.generated("sitemap", part, host), "sitemap_urls", list), false,
                    "sitemap " + (i + 1)));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("loc", host + "/" + part);
            list.stream().map(u -> (Date) u.get("lastmod")).filter(java.util.Objects::nonNull).max(Date::compareTo)
                    .ifPresent(d -> entry.put("lastmod", d));
            sitemaps.add(entry);
        }
        routes.add(new Route(f, f, "sitemap-index.ftlx",
                Map.of("content", ContentModel.generated("sitemap", f, host), "sitemaps", sitemaps), false,
                "sitemap index"));
    }

    private static byte[] themeFile(String name) {
        try (java.io.InputStream in = SitePlanner.class.getResourceAsStream(TemplateEngine.THEME_ROOT + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in theme file missing: " + name);
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void addIndex(List<Route> routes, List<Map<String, Object>> posts) {
        String indexFile = config.get("index.file");
        boolean paginate = config.flag("index.paginate");
        int perPage = paginate ? Math.max(1, config.integer("index.posts_per_page")) : Math.max(1, posts.size());
        int pages = Math.max(1, (posts.size() + perPage - 1) / perPage);
        for (int n = 1; n <= pages; n++) {
            List<Map<String, Object>> slice = posts.subList(Math.min(posts.size(), (n - 1) * perPage),
                    Math.min(posts.size(), n * perPage));
            String file = n == 1 ? indexFile : n + "/" + indexFile;
            String uri = indexUri(n, indexFile);
            Map<String, Object> m = new HashMap<>();
            m.put("content", ContentModel.generated("masterindex", uri, host));
            // as JBake counts them: a site without posts has one index page, numbered 0 of 0
            m.put("currentPageNumber", posts.isEmpty() ? 0 : n);
            m.put("numberOfPages", posts.isEmpty() ? 0 : pages);
            if (paginate) {
                // JBake narrows published_posts to the page's posts; its file names are relative
                // to the site root (prefix them with content.rootpath): "" is the first page.
                m.put("published_posts", slice);
                if (n > 1) {
                    m.put("previousFileName", n == 2 ? "" : (n - 1) + "/");
                }
                if (n < pages) {
                    m.put("nextFileName", (n + 1) + "/");
                }
            }
            routes.add(new Route(file, uri, config.get("template.masterindex.file"), m, true,
                    n == 1 ? "index page" : "index page " + n));
        }
    }

    /** How many related posts a page lists. */
    static final int RELATED = 3;

    /**
     * For every page, up to {@link #RELATED} other published posts that share the most tags with
     * it (five or more counting as five), newest first among equals.
     *
     * <p>Found through indexes rather than by comparing every post with every other: the posts
     * that share two or more tags with a page are those listed under one of its pairs of tags,
     * and an index by pair of tags keeps those lists short even when every post carries a few
     * common tags (an index by tag alone would make each page visit every post with a common
     * tag, which grows with the square of the site). Posts that share one tag are needed only
     * when fewer than {@link #RELATED} share more, and then only the newest few of each tag.
     */
    static Map<Page, List<Map<String, Object>>> related(List<Page> pages, List<Page> posts,
                                                      Map<String, Map<String, Object>> models) {
        Map<String, List<Integer>> byTag = new HashMap<>();
        Map<TagPair, List<Integer>> byPair = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            List<String> tags = posts.get(i).tags();
            for (int a = 0; a < tags.size(); a++) {
                byTag.computeIfAbsent(tags.get(a), k -> new ArrayList<>()).add(i);
                for (int b = a + 1; b < tags.size(); b++) {
                    byPair.computeIfAbsent(pairKey(tags.get(a), tags.get(b)), k -> new ArrayList<>()).add(i);
                }
            }
        }
        Map<Page, List<Map<String, Object>>> out = new java.util.concurrent.ConcurrentHashMap<>();
        // per worker: shared-tag counts by post index (zero: not seen), and which are non-zero
        ThreadLocal<int[][]> scratch = ThreadLocal.withInitial(() -> new int[][] {new int[posts.size()], new int[posts.size()]});
        Map<Page, Integer> postIndex = new java.util.IdentityHashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            postIndex.put(posts.get(i), i);
        }
        pages.parallelStream().forEach(page -> {
            int self = postIndex.getOrDefault(page, -1);
            int[] shared = scratch.get()[0];
            int[] touched = scratch.get()[1];
            List<String> tags = page.tags();
            java.util.Set<String> own = new java.util.HashSet<>(tags);
            int count = 0;
            for (int a = 0; a < tags.size(); a++) {
                for (int b = a + 1; b < tags.size(); b++) {
                    for (int i : byPair.getOrDefault(pairKey(tags.get(a), tags.get(b)), List.of())) {
                        if (shared[i] == 0 && i != self) {
                            int n = 0;
                            for (String t : posts.get(i).tags()) {
                                if (own.contains(t)) {
                                    n++;
                                }
                            }
                            shared[i] = n;
                            touched[count++] = i;
                        }
                    }
                }
            }
            int[] best = new int[RELATED];
            int found = 0;
            for (int k = 0; k < count; k++) {
                found = offer(touched[k], best, found, shared);
            }
            if (found < RELATED) {
                // then posts sharing one tag: the newest of each tag's list that share no more
                for (String t : tags) {
                    int taken = 0;
                    for (int i : byTag.getOrDefault(t, List.of())) {
                        if (taken == RELATED) {
                            break;
                        }
                        if (i != self && shared[i] == 0) {
                            shared[i] = 1;
                            touched[count++] = i;
                            found = offer(i, best, found, shared);
                            taken++;
                        }
                    }
                }
            }
            for (int k = 0; k < count; k++) {
                shared[touched[k]] = 0;
            }
            List<Map<String, Object>> list = new ArrayList<>(found);
            for (int k = 0; k < found; k++) {
                list.add(models.get(posts.get(best[k]).sourcePath()));
            }
            out.put(page, List.copyOf(list));
        });
        return out;
    }

    /** Two tags, in an order that does not depend on the order they were given in. */
    private record TagPair(String first, String second) {
    }

    private static TagPair pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? new TagPair(a, b) : new TagPair(b, a);
    }

    /** Puts post {@code i} among the {@code found} best so far if it belongs there; how many there are now. */
    private static int offer(int i, int[] best, int found, int[] shared) {
        int pos = found;
        while (pos > 0 && better(i, best[pos - 1], shared)) {
            pos--;
        }
        if (pos < RELATED) {
            System.arraycopy(best, pos, best, pos + 1, Math.min(found, RELATED - 1) - pos);
            best[pos] = i;
            found = Math.min(found + 1, RELATED);
        }
        return found;
    }

    private static boolean better(int a, int b, int[] shared) {
        int sa = Math.min(shared[a], 5);
        int sb = Math.min(shared[b], 5);
        return sa != sb ? sa > sb : a < b;
    }

    private static void linkNeighbours(List<Page> typed, Map<String, Map<String, Object>> models) {
        for (int i = 0; i < typed.size(); i++) {
            Map<String, Object> m = models.get(typed.get(i).sourcePath());
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

    private String indexUri(int n, String indexFile) {
        boolean pretty = config.flag("uri.noExtension") && indexFile.equals("index.html");
        if (n == 1) {
            return pretty ? "" : indexFile;
        }
        return pretty ? n + "/" : n + "/" + indexFile;
    }

    private String tagFolder() {
        return config.get("tag.path").trim();
    }

    /** The file name of a tag: characters that are unsafe in file names become '-'. */
    private String tagName(String tag) {
        String name = tag.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "-");
        if (config.flag("tag.sanitize")) {
            name = name.replace(' ', '-');
        }
        return name.matches("\\.*") ? name.replace('.', '-') : name;
    }

    /** Output file of a tag page. */
    public String tagFile(String tag) {
        return tagFolder() + "/" + tagName(tag) + ".html";
    }

    /** URL path of a tag page, percent-encoded. */
    public String tagUri(String tag) {
        return tagFolder() + "/" + URLEncoder.encode(tagName(tag), StandardCharsets.UTF_8).replace("+", "%20") + ".html";
    }

    /** Relative link between two site URL paths (for templates and generated pages). */
    public static String link(String from, String to) {
        return Urls.relative(from, to);
    }
}
