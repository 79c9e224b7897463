package dev.versus.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static dev.versus.config.ConfigKey.Type.COUNT;
import static dev.versus.config.ConfigKey.Type.DATE_PATTERN;
import static dev.versus.config.ConfigKey.Type.DURATION;
import static dev.versus.config.ConfigKey.Type.ENCODING;
import static dev.versus.config.ConfigKey.Type.FLAG;
import static dev.versus.config.ConfigKey.Type.INTEGER;
import static dev.versus.config.ConfigKey.Type.LIST;
import static dev.versus.config.ConfigKey.Type.PORT;
import static dev.versus.config.ConfigKey.Type.STRING;
import static dev.versus.config.ConfigKey.Type.TIME_ZONE;

/**
 * Every configuration key Versus understands, declared once with its type, default and meaning.
 * The loader checks a site's values against the type; {@link SiteConfig} reads a key only as
 * its type allows, and reading a key that is declared nowhere is a programming error. This
 * table is the single source of the configuration reference in the docs.
 */
public record ConfigKey(String name, Type type, String defaultValue, String description) implements java.io.Serializable {

    /** What values a key takes, as the loader checks them and the reference names them. */
    public enum Type {
        /** {@code true} or {@code false}, any case. */
        FLAG("true or false"),
        /** A whole number, 0 or more. */
        INTEGER("whole number"),
        /** A whole number, 1 or more. */
        COUNT("whole number, at least 1"),
        /** A TCP port, 0 to 65535 (0: any free port). */
        PORT("port, 0 to 65535"),
        /** An age: a number and d, w, m or y ({@code 18m}); empty for none. */
        DURATION("age such as 18m"),
        /** Any text. */
        STRING("text"),
        /** Comma-separated items. */
        LIST("comma-separated list"),
        /** A time zone id ({@code UTC}, {@code Europe/Paris}). */
        TIME_ZONE("time zone"),
        /** A {@code java.time} date pattern. */
        DATE_PATTERN("date pattern"),
        /** A character encoding; only UTF-8 is written. */
        ENCODING("encoding");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        /** How the configuration reference names the type. */
        public String label() {
            return label;
        }
    }

    /**
     * Keys declared as a family rather than one by one: the site's own ({@code site.*} and
     * JBake's {@code blog.*}, {@code custom.*}), Asciidoctor's options, and JBake's per-type
     * {@code template.<type>.file} and {@code template.<type>.extension}. All are text, empty
     * when not set.
     */
    public record Family(Pattern pattern, String description) implements java.io.Serializable {

        /** Whether {@code key} belongs to the family. */
        public boolean matches(String key) {
            return pattern.matcher(key).matches();
        }
    }

    /** JBake's {@code template.<type>.extension} key: the output file extension of a type's documents. */
    public static final Family TEMPLATE_EXTENSION = new Family(
            Pattern.compile("template\\.([A-Za-z0-9_-]+)\\.extension"), "Output file extension of a type's documents.");

    /** A {@code template.<type>.file} key, as JBake declares a document type with it. */
    public static final Family TEMPLATE_FILE = new Family(
            Pattern.compile("template\\.([A-Za-z0-9_-]+)\\.file"), "Template of a document type.");

    /** Every family, the site's own keys first. */
    public static final List<Family> FAMILIES = List.of(
            new Family(Pattern.compile("(?:site|blog|custom)\\..+"), "The site's own keys, for its templates."),
            new Family(Pattern.compile("asciidoctor\\.option\\..+"), "Asciidoctor options for AsciiDoc pages."),
            TEMPLATE_FILE,
            TEMPLATE_EXTENSION);

    /** All known keys, JBake's first, then Versus's own. */
    public static final List<ConfigKey> ALL = List.of(
            // JBake's keys, JBake's defaults
            new ConfigKey("site.host", STRING, "http://www.jbake.org", "Absolute URL of the site; may end in a path for sub-folder deploys."),
            new ConfigKey("content.folder", STRING, "content", "Folder of Markdown, AsciiDoc and HTML content."),
            new ConfigKey("data.folder", STRING, "data", "Folder of YAML data: subjects (in collection folders), the aspect catalogue, and JBake data files (other YAML files at its top)."),
            new ConfigKey("template.folder", STRING, "templates", "Folder of Freemarker templates; missing ones come from the built-in theme."),
            new ConfigKey("asset.folder", STRING, "assets", "Folder copied unchanged to the output root."),
            new ConfigKey("ignore.file", STRING, ".jbakeignore", "A folder of the content folder that holds a file of this name is left out of the site, with everything under it, as in JBake; empty for none."),
            new ConfigKey("asset.ignore", FLAG, "false", "Leave hidden files of the assets folder (.htaccess, .well-known/) out of the output."),
            new ConfigKey("destination.folder", STRING, "output", "Folder the site is written to."),
            new ConfigKey("render.index", FLAG, "true", "Write the index page (paginated when index.paginate is true)."),
            new ConfigKey("render.feed", FLAG, "true", "Write the RSS feed (feed.file)."),
            new ConfigKey("render.archive", FLAG, "true", "Write the archive page (archive.file)."),
            new ConfigKey("render.tags", FLAG, "true", "Write one page per tag."),
            new ConfigKey("render.tagsindex", FLAG, "false", "Write the tag index page (tags/index.html); needs render.tags."),
            new ConfigKey("render.sitemap", FLAG, "false", "Write sitemap.xml and a robots.txt pointing at it."),
            new ConfigKey("render.error404", FLAG, "false", "Write the 404 page (error404.file)."),
            new ConfigKey("render.encoding", ENCODING, "UTF-8", "Encoding of output files (only UTF-8 is supported)."),
            new ConfigKey("index.file", STRING, "index.html", "File name of the index page."),
            new ConfigKey("index.paginate", FLAG, "false", "Split the index into pages."),
            new ConfigKey("index.posts_per_page", COUNT, "3", "Posts per index page when paginating."),
            new ConfigKey("archive.file", STRING, "archive.html", "File name of the archive page."),
            new ConfigKey("feed.file", STRING, "feed.xml", "File name of the RSS feed."),
            new ConfigKey("sitemap.file", STRING, "sitemap.xml", "File name of the sitemap."),
            new ConfigKey("error404.file", STRING, "404.html", "File name of the 404 page."),
            new ConfigKey("tag.path", STRING, "tags", "Folder of the tag pages."),
            new ConfigKey("tag.sanitize", FLAG, "false", "Replace spaces in tags with '-' (`Spring Boot` is the tag `Spring-Boot`, on its page and in its file name), as JBake does."),
            new ConfigKey("default.status", STRING, "", "Status of content without one; empty means 'published'."),
            new ConfigKey("default.type", STRING, "", "Type of content without one; empty means 'post'."),
            new ConfigKey("freemarker.timezone", STRING, "", "Time zone that templates print dates in, as in JBake (a zone Java does not know is GMT); empty for versus.timezone."),
            new ConfigKey("date.format", DATE_PATTERN, "yyyy-MM-dd", "Pattern of dates in JBake headers (java.time pattern); text after a date it reads is ignored, with a warning, as JBake ignores it."),
            new ConfigKey("draft.suffix", STRING, "-draft", "Suffix added to the output name of drafts rendered with --drafts."),
            new ConfigKey("header.separator", STRING, "~~~~~~", "Line that ends a JBake-style header."),
            new ConfigKey("markdown.extensions", LIST, "HARDWRAPS,AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS",
                    "Markdown extensions (pegdown's names, as JBake reads them). On a JBake site (posts or pages shown by its own .ftl templates) every pegdown name counts, '-NAME' removes one; elsewhere AUTOLINKS, HARDWRAPS, DEFINITIONS, ALL, and tables, strikethrough, footnotes and heading ids are always on."),
            new ConfigKey("asciidoctor.attributes", LIST, "source-highlighter=prettify",
                    "Asciidoctor attributes for AsciiDoc pages, comma-separated name=value ('name!' unsets one)."),
            new ConfigKey("asciidoctor.attributes.export", FLAG, "true",
                    "Pass every configuration key to AsciiDoc pages as an attribute (site.host is {site_host})."),
            new ConfigKey("asciidoctor.attributes.export.prefix", STRING, "", "Prefix of the attributes exported by asciidoctor.attributes.export."),
            new ConfigKey("uri.noExtension", FLAG, "false", "Write content as folder/index.html and link to folder/ (pretty URLs)."),
            new ConfigKey("uri.noExtension.prefix", STRING, "", "Only content whose URL starts with this prefix gets pretty URLs; empty means none, '/' means all."),
            new ConfigKey("server.port", PORT, "8820", "Port of the preview server."),
            new ConfigKey("template.masterindex.file", STRING, "index.ftl", "Template of the index page."),
            new ConfigKey("template.post.file", STRING, "post.ftl", "Template of posts."),
            new ConfigKey("template.page.file", STRING, "page.ftl", "Template of pages."),
            new ConfigKey("template.archive.file", STRING, "archive.ftl", "Template of the archive page."),
            new ConfigKey("template.tag.file", STRING, "tags.ftl", "Template of a tag page."),
            new ConfigKey("template.tagsindex.file", STRING, "tags-index.ftl", "Template of the tag index page."),
            new ConfigKey("template.feed.file", STRING, "feed.ftl", "Template of the RSS feed."),
            new ConfigKey("template.sitemap.file", STRING, "sitemap.ftl", "Template of the sitemap."),
            new ConfigKey("template.error404.file", STRING, "error404.ftl", "Template of the 404 page."),
            new ConfigKey("template.profile.file", STRING, "profile.ftl", "Template of a subject's profile page (e.g. frameworks/django/)."),
            new ConfigKey("template.pair.file", STRING, "pair.ftl", "Template of a pair page (compare/django-vs-express/)."),
            new ConfigKey("template.matrix.file", STRING, "matrix.ftl", "Template of the matrix page (compare/): every subject against every aspect."),
            new ConfigKey("template.pairlist.file", STRING, "pairlist.ftl",
                    "Template of the page listing one subject's pair pages (compare/with/django/), made when a site has more than 100 pair pages."),
            // Versus's own keys
            new ConfigKey("versus.threads", INTEGER, "0", "Worker threads for parsing and rendering; 0 means one per core."),
            new ConfigKey("versus.timezone", TIME_ZONE, "UTC", "Time zone of dates without one, and of dates shown in pages."),
            new ConfigKey("versus.search", FLAG, "true", "Write the search page and its index (search.json, a small manifest, and the files in search/) for the theme's search box."),
            new ConfigKey("versus.atom.file", STRING, "atom.xml", "File name of the Atom feed, written when render.feed is true; empty for none."),
            new ConfigKey("versus.robots", FLAG, "true", "Write robots.txt pointing at the sitemap when render.sitemap is true."),
            new ConfigKey("versus.pairs", LIST, "articles",
                    "Pair pages to write: 'all' (every two subjects), 'articles' (pairs an article compares), 'none', and/or pairs such as django-vs-express (in the order their page shows them), comma-separated."),
            new ConfigKey("versus.pairs.min_differences", INTEGER, "3",
                    "Pair pages whose subjects differ in fewer aspects are left out, unless an article compares exactly that pair."),
            new ConfigKey("versus.sitemap.max_urls", INTEGER, "50000",
                    "URLs per sitemap file (at most the sitemaps.org limit of 50,000; files stay under 50 MB too); beyond it, sitemap.file becomes a sitemap index of sitemap-1.xml, sitemap-2.xml…"),
            new ConfigKey("versus.matrix.subjects_per_page", INTEGER, "50",
                    "Subjects per page of the matrix: a larger catalogue gets compare/page-2/ and so on, every page showing its own subjects' table first and then listing every subject."),
            new ConfigKey("versus.facts.max_age", DURATION, "",
                    "Warn about facts whose as_of date is older than this age: a number and d, w, m or y, e.g. 18m; empty for no age check. Ages count from SOURCE_DATE_EPOCH when set, else today; they only make warnings, never output."),
            new ConfigKey("versus.facts.require_source", FLAG, "false",
                    "Warn about facts without a source (facts marked na need none)."),
            new ConfigKey("versus.build.timestamp", FLAG, "false", "Expose the build time to templates as 'build_time'; off keeps output byte-identical between builds."),
            new ConfigKey("versus.menu", LIST, "",
                    "Pages of the site navigation, by path in the content folder, comma-separated (about.md,faq.md); empty means the pages marked 'menu: true', else the top-level pages of type page (at most 12)."),
            new ConfigKey("versus.cache", FLAG, "true",
                    "Keep each build's work in a cache folder (.NAME.cache beside the output folder NAME, or the folder given with --cache) so that the next build, in a new process too, renders and writes only what changed; false builds everything every time. The output is the same either way."),
            new ConfigKey("versus.output.link", FLAG, "true",
                    "Publish the output folder as a symbolic link to the newest build, switched in one atomic step; false writes a plain folder, replaced by two renames (for tools that cannot follow a link)."),
            new ConfigKey("versus.render.max_seconds", INTEGER, "30",
                    "Longest time one page may take to render; a template that runs longer is stopped with an error naming its line and the page."),
            new ConfigKey("versus.render.max_megabytes", INTEGER, "64",
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

    /** The family {@code name} belongs to, or null; a key of its own is in no family. */
    public static Family familyOf(String name) {
        if (BY_NAME.containsKey(name)) {
            return null;
        }
        for (Family f : FAMILIES) {
            if (f.matches(name)) {
                return f;
            }
        }
        return null;
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
