package dev.versus.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JBake 2.7's defaults for the keys of its {@code default.properties} that Versus has no use
 * for, so templates that print them ({@code config.output_extension}) get what JBake would give.
 * The keys Versus does use, with their defaults, are in {@link ConfigKey}.
 */
public final class JBakeDefaults {

    private JBakeDefaults() {
    }

    /** Key (as written in {@code jbake.properties}) → JBake's default, in JBake's order. */
    public static final Map<String, String> UNUSED_KEYS = unusedKeys();

    /**
     * JBake 2.7's keys without a default that Versus does not use.
     */
    public static final java.util.Set<String> OTHER_KEYS = java.util.Set.of("jvm.locale",
            "build.timestamp", "git.hash", "asciidoctor.option", "example.project.freemarker",
            "example.project.groovy", "example.project.groovy-mte", "example.project.thymeleaf",
            "example.project.jade");

    /** Whether JBake 2.7 reads {@code key} although {@link ConfigKey} does not list it: such a key is not unknown. */
    public static boolean isJBakeKey(String key) {
        return UNUSED_KEYS.containsKey(key) || OTHER_KEYS.contains(key);
    }

    private static Map<String, String> unusedKeys() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("version", Versions.JBAKE);
        m.put("output.extension", ".html");
        m.put("template.encoding", "UTF-8");
        m.put("data.file.docType", "data");
        m.put("server.hostname", "localhost");
        m.put("server.contextPath", "/");
        m.put("thymeleaf.locale", "en_US");
        m.put("freemarker.outputencoding", "UTF-8");
        m.put("markdown.maxParsingTimeInMillis", "2000");
        m.put("img.path.update", "false");
        m.put("img.path.prepend.host", "true");
        m.put("db.store", "memory");
        m.put("db.path", "cache");
        m.put("db.clear.cache", "false");
        return Collections.unmodifiableMap(m);
    }
}
