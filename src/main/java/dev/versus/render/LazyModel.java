package dev.versus.render;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A route's template model whose costly entries (rendered tables, pros and cons) are made each
 * time they are read, that is when the page renders, instead of being made when the route is
 * planned and held until then: on a catalogue of hundreds of subjects, with a pair page for
 * every two, holding them all would take gigabytes. Read-only.
 */
final class LazyModel extends AbstractMap<String, Object> {

    private final Map<String, Object> plain;
    private final Map<String, Supplier<Object>> lazy;

    LazyModel(Map<String, Object> plain, Map<String, Supplier<Object>> lazy) {
        this.plain = Map.copyOf(plain);
        this.lazy = Collections.unmodifiableMap(new LinkedHashMap<>(lazy));
    }

    @Override
    public Object get(Object key) {
        Supplier<Object> s = lazy.get(key);
        return s != null ? s.get() : plain.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return plain.containsKey(key) || lazy.containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Set<Entry<String, Object>> out = new LinkedHashSet<>(plain.entrySet());
        lazy.forEach((k, s) -> out.add(new SimpleImmutableEntry<>(k, s.get())));
        return Collections.unmodifiableSet(out);
    }
}
