package dev.versus.render;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The template view of one content page. Reads made while a route renders are recorded (which
 * page, which key), so a rebuild can tell which routes a changed page affects.
 */
final class PageModel extends HashMap<String, Object> {

    private final String sourcePath;

    PageModel(String sourcePath) {
        this.sourcePath = sourcePath;
    }

    /** The page's source path: its identity when compared inside other models. */
    String sourcePath() {
        return sourcePath;
    }

    @Override
    public Object get(Object key) {
        Dependencies.readPage(sourcePath, String.valueOf(key));
        return super.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        Dependencies.readPage(sourcePath, String.valueOf(key));
        return super.containsKey(key);
    }

    @Override
    public int size() {
        Dependencies.readPage(sourcePath, Dependencies.ALL);
        return super.size();
    }

    @Override
    public boolean isEmpty() {
        Dependencies.readPage(sourcePath, Dependencies.ALL);
        return super.isEmpty();
    }

    @Override
    public Set<String> keySet() {
        Dependencies.readPage(sourcePath, Dependencies.ALL);
        return super.keySet();
    }

    @Override
    public Collection<Object> values() {
        Dependencies.readPage(sourcePath, Dependencies.ALL);
        return super.values();
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        Dependencies.readPage(sourcePath, Dependencies.ALL);
        return super.entrySet();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageModel p && p.sourcePath.equals(sourcePath) && super.equals(o);
    }

    @Override
    public int hashCode() {
        return sourcePath.hashCode();
    }
}
