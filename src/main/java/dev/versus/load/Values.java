package dev.versus.load;

import dev.versus.source.YNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts YAML nodes to plain immutable Java values for templates. */
final class Values {

    private Values() {
    }

    static Object plain(YNode n) {
        if (n instanceof YNode.Scalar s) {
            return switch (s.kind()) {
                case NULL -> "";
                case BOOL -> Boolean.parseBoolean(s.value().toLowerCase(java.util.Locale.ROOT))
                        || s.value().equalsIgnoreCase("yes") || s.value().equalsIgnoreCase("on");
                case INT -> parseLong(s.value());
                case FLOAT -> parseDouble(s.value());
                default -> s.value();
            };
        }
        if (n instanceof YNode.Seq q) {
            List<Object> out = new ArrayList<>(q.items().size());
            for (YNode item : q.items()) {
                out.add(plain(item));
            }
            return Collections.unmodifiableList(out);
        }
        YNode.Map m = (YNode.Map) n;
        Map<String, Object> out = new LinkedHashMap<>();
        for (YNode.Entry e : m.entries().values()) {
            out.put(e.key(), plain(e.value()));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Object parseLong(String v) {
        try {
            return Long.decode(v.replace("_", ""));
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private static Object parseDouble(String v) {
        try {
            return Double.parseDouble(v.replace("_", ""));
        } catch (NumberFormatException e) {
            return v;
        }
    }
}
