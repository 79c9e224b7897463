package dev.versus.config;

import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resolved configuration of one site: every key with its value (file value or default),
 * and typed accessors for the keys the generator itself reads.
 */
public final class SiteConfig {

    private final Map<String, String> values;
    private final Map<String, List<String>> lists;
    private final ZoneId zone;

    SiteConfig(Map<String, String> values, Map<String, List<String>> lists) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
        this.lists = Collections.unmodifiableMap(new TreeMap<>(lists));
        this.zone = parseZone(get("versus.timezone"));
    }

    /** A configuration with all defaults and {@code overrides} applied (tests, tools). */
    public static SiteConfig of(Map<String, String> overrides) {
        Map<String, String> m = new TreeMap<>();
        for (ConfigKey k : ConfigKey.ALL) {
            m.put(k.name(), k.defaultValue());
        }
        m.putAll(overrides);
        Map<String, List<String>> lists = new TreeMap<>();
        m.forEach((k, v) -> {
            List<String> items = ConfigLoader.splitPlain(v);
            if (items.size() > 1) {
                lists.put(k, items);
            }
        });
        return new SiteConfig(m, lists);
    }

    /** Every key and value, sorted by key (for templates: {@code config.site_host}). */
    public Map<String, String> values() {
        return values;
    }

    /**
     * The keys whose values JBake's configuration reads as lists, with their items: a value with
     * a comma not escaped as {@code \,} ({@code site.menus=home, about} is {@code [home, about]}),
     * as JBake templates see it in {@code config}.
     */
    public Map<String, List<String>> lists() {
        return lists;
    }

    /**
     * The text of a declared key, or of a key of a declared family ("" when not set). Flags and
     * numbers are read with {@link #flag} and {@link #integer}.
     *
     * @throws IllegalArgumentException when no key or family declares {@code key}, or it is a
     *     flag or number: a programming error, never an author's
     */
    public String get(String key) {
        ConfigKey k = ConfigKey.byName(key);
        if (k == null) {
            if (ConfigKey.familyOf(key) == null) {
                throw undeclared(key);
            }
            return values.getOrDefault(key, "");
        }
        if (k.type() == ConfigKey.Type.FLAG || k.type() == ConfigKey.Type.INTEGER || k.type() == ConfigKey.Type.COUNT
                || k.type() == ConfigKey.Type.PORT) {
            throw new IllegalArgumentException("configuration key '" + key + "' is a " + k.type() + "; read it with "
                    + (k.type() == ConfigKey.Type.FLAG ? "flag" : "integer") + "()");
        }
        return values.getOrDefault(key, k.defaultValue());
    }

    /** A flag's value; the loader has checked it is true or false (any case). */
    public boolean flag(String key) {
        return "true".equalsIgnoreCase(raw(key, ConfigKey.Type.FLAG).trim());
    }

    /** A whole number's value; the loader has checked it. */
    public int integer(String key) {
        ConfigKey k = declared(key);
        String v = raw(key, k.type() == ConfigKey.Type.COUNT || k.type() == ConfigKey.Type.PORT ? k.type() : ConfigKey.Type.INTEGER);
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return Integer.parseInt(k.defaultValue());
        }
    }

    /** A list's items, trimmed, blanks dropped, in their order. */
    public List<String> list(String key) {
        List<String> out = new ArrayList<>();
        for (String s : raw(key, ConfigKey.Type.LIST).split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return List.copyOf(out);
    }

    /** An age's value ({@code 18m} is 18 months), empty when the key is empty. */
    public Optional<Period> duration(String key) {
        return parseAge(raw(key, ConfigKey.Type.DURATION));
    }

    private static final Pattern AGE = Pattern.compile("(\\d{1,4})\\s*([dwmy])");

    /** {@code 18m} as a period, or empty for text that is not an age. */
    static Optional<Period> parseAge(String text) {
        Matcher m = AGE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "d" -> Period.ofDays(n);
            case "w" -> Period.ofWeeks(n);
            case "m" -> Period.ofMonths(n);
            default -> Period.ofYears(n);
        });
    }

    private String raw(String key, ConfigKey.Type type) {
        ConfigKey k = declared(key);
        if (k.type() != type) {
            throw new IllegalArgumentException("configuration key '" + key + "' is a " + k.type() + ", not a " + type);
        }
        return values.getOrDefault(key, k.defaultValue());
    }

    private static ConfigKey declared(String key) {
        ConfigKey k = ConfigKey.byName(key);
        if (k == null) {
            throw undeclared(key);
        }
        return k;
    }

    private static IllegalArgumentException undeclared(String key) {
        return new IllegalArgumentException("configuration key '" + key + "' is not declared; declare it in ConfigKey.ALL");
    }

    /** A folder key's value as the site names the folder: '/'-separated, no trailing '/'. */
    public String folder(String key) {
        return get(key).trim().replace('\\', '/').replaceAll("/+$", "");
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
    public static final Pattern TEMPLATE_EXTENSION_KEY = ConfigKey.TEMPLATE_EXTENSION.pattern();

    /** A {@code template.<type>.file} key, as JBake declares a document type with it. */
    public static final Pattern TEMPLATE_FILE_KEY = ConfigKey.TEMPLATE_FILE.pattern();

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
        for (String s : list("markdown.extensions")) {
            out.add(s.toUpperCase(Locale.ROOT));
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
