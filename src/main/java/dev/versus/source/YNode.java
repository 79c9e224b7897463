package dev.versus.source;

import dev.versus.diag.Position;

import java.util.List;
import java.util.Map;

/**
 * A YAML value with the position it was read from. Scalars keep their resolved YAML tag so
 * the binding code can tell {@code 2005} from {@code "2005"}.
 */
public sealed interface YNode permits YNode.Scalar, YNode.Seq, YNode.Map {

    Position position();

    /** A short name of the node's kind for messages: "text", "number", "list", "map"… */
    String kindName();

    /** A scalar: text, number, boolean, null or timestamp. */
    record Scalar(String value, Kind kind, Position position) implements YNode, java.io.Serializable {
        @Override
        public String kindName() {
            return kind.label;
        }

        public boolean isNull() {
            return kind == Kind.NULL;
        }
    }

    /** The resolved type of a scalar. */
    enum Kind {
        STRING("text"), INT("number"), FLOAT("number"), BOOL("boolean"), NULL("null"), TIMESTAMP("date");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** A sequence. */
    record Seq(List<YNode> items, Position position) implements YNode, java.io.Serializable {
        @Override
        public String kindName() {
            return "list";
        }
    }

    /** A mapping with string keys, in file order; each entry remembers its key's position. */
    record Map(java.util.Map<String, Entry> entries, Position position) implements YNode, java.io.Serializable {
        @Override
        public String kindName() {
            return "map";
        }

        public YNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }
    }

    /** One key of a mapping. */
    record Entry(String key, Position keyPosition, YNode value) implements java.io.Serializable {
    }
}
