package dev.versus.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every configuration key Versus understands, with its default and meaning. This table is the
 * single source of the configuration reference in the docs.
 */
public record ConfigKey(String name, String defaultValue, String description) {

    /** All known keys, JBake's first, then Versus's own. */
    public static final List<ConfigKey> ALL = List.of(
            // JBake's keys, JBake's defaults
            new ConfigKey("site.host", "http://www.jbake.org", "Absolute URL of the site; may end in a path for sub-folder deploys."),
            new ConfigKey("content.folder", "content", "Folder of Markdown, AsciiDoc and HTML content."),
            new ConfigKey("data.folder", "data", "Folder of YAML data: subjects (in collection folders), the aspect catalogue, and JBake data files (other YAML files at its top)."),
            new ConfigKey("template.folder", "templates", "Folder of Freemarker templates; missing ones come from the built-in theme."),
            new ConfigKey("asset.folder", "assets", "Folder copied unchanged to the output root."),
            new ConfigKey("asset.ignore", "false", "Leave hidden files of the assets folder (.htaccess, .well-known/) out of the output."),
            new ConfigKey("destination.folder", "output", "Folder the site is written to."),
            new ConfigKey("render.index", "true", "Write the index page (paginated when index.paginate is true)."),
            new ConfigKey("render.feed", "true", "Write the RSS feed (feed.file)."),
            new ConfigKey("render.archive", "true", "Write the archive page (archive.file)."),
            new ConfigKey("render.tags", "true", "Write one page per tag."),
            new ConfigKey("render.tagsindex", "false", "Write the tag index page (tags/index.html); needs render.tags."),
            new ConfigKey("render.sitemap", "false", "Write sitemap.xml and a robots.txt pointing at it."),
            new ConfigKey("render.error404", "false", "Write the 404 page (error404.file)."),
            new ConfigKey("render.encoding", "UTF-8", "Encoding of output files (only UTF-8 is supported)."),
            new ConfigKey("index.file", "index.html", "File name of the index page."),
            new ConfigKey("index.paginate", "false", "Split the index into pages."),
            new ConfigKey("index.posts_per_page", "3", "Posts per index page when paginating."),
            new ConfigKey("archive.file", "archive.html", "File name of the archive page."),
            new ConfigKey("feed.file", "feed.xml", "File name of the RSS feed."),
            new ConfigKey("sitemap.file", "sitemap.xml", "File name of the sitemap."),
            new ConfigKey("error404.file", "404.html", "File name of the 404 page."),
            new ConfigKey("tag.path", "tags", "Folder of the tag pages."),
            new ConfigKey("tag.sanitize", "false", "Replace spaces in tag file names with '-'."),
            new ConfigKey("default.status", "", "Status of content without one; empty means 'published'."),
            new ConfigKey("default.type", "", "Type of content without one; empty means 'post'."),
            new ConfigKey("date.format", "yyyy-MM-dd", "Pattern of dates in JBake headers (java.time pattern); text after a date it reads is ignored, with a warning, as JBake ignores it."),
            new ConfigKey("draft.suffix", "-draft", "Suffix added to the output name of drafts rendered with --drafts."),
            new ConfigKey("header.separator", "~~~~~~", "Line that ends a JBake-style header."),
            new ConfigKey("markdown.extensions", "HARDWRAPS,AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS",
                    "Markdown extensions (pegdown's names, as JBake reads them). On a JBake site (posts or pages shown by its own .ftl templates) every pegdown name counts, '-NAME' removes one; elsewhere AUTOLINKS, HARDWRAPS, DEFINITIONS, ALL, and tables, strikethrough, footnotes and heading ids are always on."),
            new ConfigKey("asciidoctor.attributes", "source-highlighter=prettify",
                    "Asciidoctor attributes for AsciiDoc pages, comma-separated name=value ('name!' unsets one)."),
            new ConfigKey("asciidoctor.attributes.export", "true",
                    "Pass every configuration key to AsciiDoc pages as an attribute (site.host is {site_host})."),
            new ConfigKey("asciidoctor.attributes.export.prefix", "", "Prefix of the attributes exported by asciidoctor.attributes.export."),
            new ConfigKey("uri.noExtension", "false", "Write content as folder/index.html and link to folder/ (pretty URLs)."),
            new ConfigKey("uri.noExtension.prefix", "", "Only content whose URL starts with this prefix gets pretty URLs; empty means none, '/' means all."),
            new ConfigKey("server.port", "8820", "Port of the preview server."),
            new ConfigKey("template.masterindex.file", "index.ftl", "Template of the index page."),
            new ConfigKey("template.post.file", "post.ftl", "Template of posts."),
            new ConfigKey("template.page.file", "page.ftl", "Template of pages."),
            new ConfigKey("template.archive.file", "archive.ftl", "Template of the archive page."),
            new ConfigKey("template.tag.file", "tags.ftl", "Template of a tag page."),
            new ConfigKey("template.tagsindex.file", "tags-index.ftl", "Template of the tag index page."),
            new ConfigKey("template.feed.file", "feed.ftl", "Template of the RSS feed."),
            new ConfigKey("template.sitemap.file", "sitemap.ftl", "Template of the sitemap."),
            new ConfigKey("template.error404.file", "error404.ftl", "Template of the 404 page."),
            new ConfigKey("template.profile.file", "profile.ftl", "Template of a subject's profile page (e.g. frameworks/django/)."),
            new ConfigKey("template.pair.file", "pair.ftl", "Template of a pair page (compare/django-vs-express/)."),
            new ConfigKey("template.matrix.file", "matrix.ftl", "Template of the matrix page (compare/): every subject against every aspect."),
            new ConfigKey("template.pairlist.file", "pairlist.ftl",
                    "Template of the page listing one subject's pair pages (compare/with/django/), made when a site has more than 100 pair pages."),
            // Versus's own keys
            new ConfigKey("versus.threads", "0", "Worker threads for parsing and rendering; 0 means one per core."),
            new ConfigKey("versus.timezone", "UTC", "Time zone of dates without one, and of dates shown in pages."),
            new ConfigKey("versus.search", "true", "Write the search page and its index (search.json, a small manifest, and the files in search/) for the theme's search box."),
            new ConfigKey("versus.atom.file", "atom.xml", "File name of the Atom feed, written when render.feed is true; empty for none."),
            new ConfigKey("versus.robots", "true", "Write robots.txt pointing at the sitemap when render.sitemap is true."),
            new ConfigKey("versus.pairs", "articles",
                    "Pair pages to write: 'all' (every two subjects), 'articles' (pairs an article compares), 'none', and/or pairs such as django-vs-express (in the order their page shows them), comma-separated."),
            new ConfigKey("versus.pairs.min_differences", "3",
                    "Pair pages whose subjects differ in fewer aspects are left out, unless an article compares exactly that pair."),
            new ConfigKey("versus.sitemap.max_urls", "50000",
                    "URLs per sitemap file (at most the sitemaps.org limit of 50,000; files stay under 50 MB too); beyond it, sitemap.file becomes a sitemap index of sitemap-1.xml, sitemap-2.xml…"),
            new ConfigKey("versus.matrix.subjects_per_page", "50",
                    "Subjects per page of the matrix: a larger catalogue gets compare/page-2/ and so on, every page listing every subject."),
            new ConfigKey("versus.facts.max_age", "",
                    "Warn about facts whose as_of date is older than this age: a number and d, w, m or y, e.g. 18m; empty for no age check. Ages count from SOURCE_DATE_EPOCH when set, else today; they only make warnings, never output."),
            new ConfigKey("versus.facts.require_source", "false",
                    "Warn about facts without a source (facts marked na need none)."),
            new ConfigKey("versus.build.timestamp", "false", "Expose the build time to templates as 'build_time'; off keeps output byte-identical between builds."),
            new ConfigKey("versus.menu", "",
                    "Pages of the site navigation, by path in the content folder, comma-separated (about.md,faq.md); empty means the pages marked 'menu: true', else the top-level pages of type page (at most 12)."),
            new ConfigKey("versus.output.link", "true",
                    "Publish the output folder as a symbolic link to the newest build, switched in one atomic step; false writes a plain folder, replaced by two renames (for tools that cannot follow a link)."),
            new ConfigKey("versus.render.max_seconds", "30",
                    "Longest time one page may take to render; a template that runs longer is stopped with an error naming its line and the page."),
            new ConfigKey("versus.render.max_megabytes", "64",
                    "Largest page a template may write, in MiB; a template that writes more is stopped with an error naming its line and the page."));

    private static final Map<String, ConfigKey> BY_NAME;

    static {
        Map<String, ConfigKey> m = new LinkedHashMap<>();
        for (ConfigKey k : ALL) {
            m.put(k.name, k);
        }
        BY_NAME = Map.copyOf(m);
    }

    /** The key named {@code name}, or null. */
    public static ConfigKey byName(String name) {
        return BY_NAME.get(name);
    }

    /** All known names. */
    public static java.util.Set<String> names() {
        return BY_NAME.keySet();
    }

    /** A template variable name for a key, as JBake makes it ({@code site.host} → {@code site_host}). */
    public static String templateName(String key) {
        return key.replace('.', '_');
    }

    /** The suffix for a template key from its type (post → template.post.file). */
    public static String templateKey(String type) {
        return "template." + type + ".file";
    }

    @Override
    public String toString() {
        return name;
    }
}
