package dev.versus.config;

import java.time.ZoneId;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The resolved configuration of one site: every key with its value (file value or default),
 * and typed accessors for the keys the generator itself reads.
 */
public final class SiteConfig {

    private final Map<String, String> values;
    private final ZoneId zone;

    SiteConfig(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
        this.zone = parseZone(get("versus.timezone"));
    }

    /** A configuration with all defaults and {@code overrides} applied (tests, tools). */
    public static SiteConfig of(Map<String, String> overrides) {
        Map<String, String> m = new TreeMap<>();
        for (ConfigKey k : ConfigKey.ALL) {
            m.put(k.name(), k.defaultValue());
        }
        m.putAll(overrides);
        return new SiteConfig(m);
    }

    /** Every key and value, sorted by key (for templates: {@code config.site_host}). */
    public Map<String, String> values() {
        return values;
    }

    public String get(String key) {
        String v = values.get(key);
        if (v == null) {
            ConfigKey k = ConfigKey.byName(key);
            return k == null ? "" : k.defaultValue();
        }
        return v;
    }

    /** Boolean value; anything but "true" (any case) is false. */
    public boolean flag(String key) {
        return "true".equalsIgnoreCase(get(key).trim());
    }

    /** Integer value; the caller has validated it during loading. */
    public int integer(String key) {
        try {
            return Integer.parseInt(get(key).trim());
        } catch (NumberFormatException e) {
            return Integer.parseInt(ConfigKey.byName(key).defaultValue());
        }
    }

    /** site.host without a trailing slash. */
    public String siteHost() {
        String h = get("site.host").trim();
        while (h.endsWith("/")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }

    /** The path part of site.host, "" or "/docs" (no trailing slash), for links on sub-folder deploys. */
    public String basePath() {
        String h = siteHost();
        int scheme = h.indexOf("://");
        int slash = h.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "" : h.substring(slash);
    }

    /**
     * The zone templates print dates in: JBake's {@code freemarker.timezone} when the site sets it
     * (read as JBake reads it: a zone Java does not know is GMT), else {@link #zone()}.
     */
    public java.util.TimeZone templateZone() {
        String tz = get("freemarker.timezone").trim();
        return tz.isEmpty() ? java.util.TimeZone.getTimeZone(zone) : java.util.TimeZone.getTimeZone(tz);
    }

    /** The zone of dates, parsed once: every dated page asks for it. */
    public ZoneId zone() {
        return zone;
    }

    private static ZoneId parseZone(String id) {
        try {
            return ZoneId.of(id.trim());
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    public String defaultStatus() {
        String s = get("default.status").trim();
        return s.isEmpty() ? "published" : s;
    }

    public String defaultType() {
        String s = get("default.type").trim();
        return s.isEmpty() ? "post" : s;
    }

    /** JBake's {@code template.<type>.extension} key: the output file extension of a type's documents. */
    public static final java.util.regex.Pattern TEMPLATE_EXTENSION_KEY =
            java.util.regex.Pattern.compile("template\\.([A-Za-z0-9_-]+)\\.extension");

    /** A {@code template.<type>.file} key, as JBake declares a document type with it. */
    public static final java.util.regex.Pattern TEMPLATE_FILE_KEY =
            java.util.regex.Pattern.compile("template\\.([A-Za-z0-9_-]+)\\.file");

    /**
     * The document types JBake would know for this configuration: one per {@code template.<type>.file}
     * key, defaults included ({@code post}, {@code page}, {@code masterindex}…), but for the tag
     * pages' and Versus's own generated pages' keys; sorted.
     */
    public Set<String> documentTypes() {
        Set<String> out = new java.util.TreeSet<>();
        for (String key : values.keySet()) {
            java.util.regex.Matcher m = TEMPLATE_FILE_KEY.matcher(key);
            if (m.matches() && !NOT_DOCUMENT_TYPES.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static final Set<String> NOT_DOCUMENT_TYPES = Set.of("tag", "profile", "pair", "matrix");

    /** The enabled markdown.extensions names, upper-case. */
    public Set<String> markdownExtensions() {
        Set<String> out = new java.util.TreeSet<>();
        for (String s : get("markdown.extensions").split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim().toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Whether content at {@code uri} (starting with '/') gets a pretty folder URL. */
    public boolean noExtensionFor(String uri) {
        if (!flag("uri.noExtension")) {
            return false;
        }
        String prefix = get("uri.noExtension.prefix").trim();
        return !prefix.isEmpty() && uri.startsWith(prefix);
    }
}
