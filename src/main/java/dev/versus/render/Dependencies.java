package dev.versus.render;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one route read while it rendered: site-wide variables by name, and keys of page models
 * by page. A route whose reads did not change renders to the same bytes (templates unchanged).
 *
 * @param globals site-wide variables read ({@link #ALL} when the template listed them all), and
 *                entries of site-wide maps read, as {@link #entry(String, String)} names them
 * @param pages   source path of each page read → the keys read ({@link #ALL} for every key)
 */
public record Dependencies(Set<String> globals, Map<String, Set<String>> pages) implements java.io.Serializable {

    /** Stands for "every key" when a template enumerated a whole map. */
    public static final String ALL = "*";

    private static final ThreadLocal<Recorder> CURRENT = new ThreadLocal<>();

    /**
     * How a read of one entry of a site-wide map is recorded: {@code name[key]};
     * {@code name[*]} ({@link #ALL}) when the template listed the whole map.
     */
    public static String entry(String global, String key) {
        return global + "[" + key + "]";
    }

    /** Collects reads on the current thread. */
    static final class Recorder {
        private final Set<String> globals = new HashSet<>();
        private final Map<String, Set<String>> pages = new HashMap<>();

        Dependencies finish() {
            Map<String, Set<String>> p = new HashMap<>(pages.size() * 2);
            pages.forEach((k, v) -> p.put(k, Set.copyOf(v)));
            return new Dependencies(Set.copyOf(globals), Collections.unmodifiableMap(p));
        }
    }

    static Recorder start() {
        Recorder r = new Recorder();
        CURRENT.set(r);
        return r;
    }

    static void stop() {
        CURRENT.remove();
    }

    static void readGlobal(String name) {
        Recorder r = CURRENT.get();
        if (r != null) {
            r.globals.add(name);
        }
    }

    static void readPage(String sourcePath, String key) {
        Recorder r = CURRENT.get();
        if (r != null) {
            r.pages.computeIfAbsent(sourcePath, k -> new HashSet<>(8)).add(key);
        }
    }
}
