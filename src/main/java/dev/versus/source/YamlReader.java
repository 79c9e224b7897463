package dev.versus.source;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Position;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses YAML text into a {@link YNode} tree, safely: only the node graph is composed (no
 * object is ever constructed from a tag), explicit tags other than YAML's own are refused,
 * aliases, nesting and size are limited, and duplicate keys are errors.
 */
public final class YamlReader {

    /** Largest YAML document accepted, in characters: SnakeYAML builds a node tree of the whole document, several times its size (README, Limits). */
    public static final int MAX_CHARS = 4 * 1024 * 1024;
    /** Deepest nesting of lists and maps accepted. */
    public static final int MAX_DEPTH = 64;
    /** Most values a document may expand to (guards against alias "bombs"). */
    public static final int MAX_NODES = 200_000;
    /** Most aliases of lists and maps a document may use. */
    public static final int MAX_ALIASES = 50;

    private YamlReader() {
    }

    /** The parse result: a tree (a null-scalar for an empty document) and the problems found. */
    public record Result(YNode root, List<Diagnostic> diagnostics, boolean failed) implements java.io.Serializable {
        Result(YNode root, List<Diagnostic> diagnostics) {
            this(root, diagnostics, false);
        }

        public boolean ok() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    private static Result failure(Position docPos, List<Diagnostic> diags) {
        return new Result(new YNode.Scalar("", YNode.Kind.NULL, docPos), diags, true);
    }

    /**
     * Parses {@code yaml}, which starts at line {@code firstLine} of {@code file} (so positions
     * count in the whole file, not in a front-matter block).
     */
    public static Result parse(SourceFile file, String yaml, int firstLine) {
        String path = file.path();
        List<Diagnostic> diags = new ArrayList<>();
        Position docPos = Position.at(path, firstLine, 1);
        if (yaml.length() > MAX_CHARS) {
            diags.add(Diagnostic.error(Position.file(path), "YAML is too large (" + yaml.length()
                    + " characters; the limit is " + MAX_CHARS + " characters, 4 MiB)")
                    .withHint("split the data into several files; the YAML parser holds a whole document in memory"));
            return failure(docPos, diags);
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, with both positions
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARS + 1);
        options.setAllowRecursiveKeys(false);
        options.setTagInspector(tag -> false);
        Yaml snake = new Yaml(options);
        Node node;
        try {
            node = snake.compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            boolean unclosed = String.valueOf(e.getProblem()).contains("end of stream") && e.getContextMark() != null;
            Mark m = unclosed || e.getProblemMark() == null ? e.getContextMark() : e.getProblemMark();
            Position p = m == null ? docPos : Position.at(path, m.getLine() + firstLine, m.getColumn() + 1);
            String problem = String.valueOf(e.getProblem());
            String message = problem.startsWith("Global tag is not allowed: ") ? "YAML tag '" + shortTag(problem
                    .substring("Global tag is not allowed: ".length())) + "' is not allowed"
                    : "invalid YAML: " + describe(e);
            diags.add(file.quote(Diagnostic.error(p, message).withHint(hintFor(e))));
            return failure(docPos, diags);
        } catch (ReaderException e) {
            diags.add(file.quote(Diagnostic.error(codePointPosition(path, yaml, e.getPosition(), firstLine),
                            "invalid YAML: " + describeCharacter(e.getCodePoint()) + " is not allowed")
                    .withHint("remove it: YAML holds printable text only (tabs and line ends are fine)")));
            return failure(docPos, diags);
        } catch (YAMLException e) {
            diags.add(limitDiagnostic(file, yaml, firstLine, docPos, String.valueOf(e.getMessage())));
            return failure(docPos, diags);
        } catch (RuntimeException e) {
            // SnakeYAML signals some limits with plain runtime exceptions; they are input errors.
            diags.add(limitDiagnostic(file, yaml, firstLine, docPos, String.valueOf(e.getMessage())));
            return failure(docPos, diags);
        } catch (StackOverflowError e) {
            diags.add(file.quote(Diagnostic.error(docPos, "YAML is nested too deeply to read")
                    .withHint("flatten the data; at most " + MAX_DEPTH + " levels are allowed")));
            return failure(docPos, diags);
        }
        if (node == null) {
            return new Result(new YNode.Scalar("", YNode.Kind.NULL, docPos), diags);
        }
        Converter c = new Converter(file, firstLine, diags);
        YNode root = c.convert(node, 0);
        return new Result(root, diags);
    }

    private static final Pattern ALIAS = Pattern.compile("(?<=[\\s\\[,{:-]|^)\\*[^\\s,\\[\\]{}]+", Pattern.MULTILINE);

    /** A resource limit hit while composing: points at the alias or bracket that crossed it when it can. */
    private static Diagnostic limitDiagnostic(SourceFile file, String yaml, int firstLine, Position docPos, String raw) {
        String path = file.path();
        if (raw.contains("aliases")) {
            Matcher m = ALIAS.matcher(yaml);
            int n = 0;
            Position p = docPos;
            while (m.find()) {
                if (++n > MAX_ALIASES) {
                    p = offsetPosition(path, yaml, firstLine, m.start(), m.end() - m.start());
                    break;
                }
            }
            return file.quote(Diagnostic.error(p, "YAML repeats blocks through aliases ('*name') more than "
                    + MAX_ALIASES + " times").withHint("write the values out; aliases are limited to guard against "
                    + "documents that expand without bound"));
        }
        if (raw.contains("Nesting Depth")) {
            Position p = docPos;
            int depth = 0;
            for (int i = 0; i < yaml.length(); i++) {
                char c = yaml.charAt(i);
                if (c == '[' || c == '{') {
                    if (++depth > MAX_DEPTH) {
                        p = offsetPosition(path, yaml, firstLine, i, 1);
                        break;
                    }
                } else if ((c == ']' || c == '}') && depth > 0) {
                    depth--;
                }
            }
            return file.quote(Diagnostic.error(p, "YAML is nested more than " + MAX_DEPTH + " levels deep")
                    .withHint("flatten the data into fewer levels of lists and maps"));
        }
        return file.quote(Diagnostic.error(docPos, "invalid YAML: " + firstSentence(raw))
                .withHint("aliases, nesting and size are limited in Versus data; write the values out"));
    }

    private static Position offsetPosition(String path, String yaml, int firstLine, int offset, int length) {
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (yaml.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(path, line, offset - lineStart + 1, length);
    }

    private static String shortTag(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    /** Where the code point at {@code index} (counted in code points, as SnakeYAML does) is, in the whole file. */
    private static Position codePointPosition(String path, String yaml, int index, int firstLine) {
        int line = 0;
        int column = 0;
        int i = 0;
        for (int n = 0; n < index && i < yaml.length(); n++) {
            int cp = yaml.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return Position.at(path, line + firstLine, column + 1);
    }

    private static String describeCharacter(int cp) {
        String name = Character.getName(cp);
        return String.format("the character U+%04X%s", cp, name == null ? "" : " (" + name.toLowerCase(java.util.Locale.ROOT) + ")");
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        if (problem == null) {
            return firstSentence(e.getMessage());
        }
        if (problem.contains("end of stream") && context != null && context.contains("quoted scalar")) {
            return "the quoted value starting here is never closed";
        }
        if (problem.contains("\\t")) {
            return "a tab character cannot be used for indentation";
        }
        if (context != null && !context.isBlank()) {
            return problem + " (" + context + ")";
        }
        return problem;
    }

    private static String hintFor(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem()) + " " + e.getContext();
        if (problem.contains("\\t")) {
            return "indent with spaces, not tabs";
        }
        if (problem.contains("quoted scalar")) {
            return "close the quote, or escape quotes inside the value";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "quote the value if it contains ': ', and check the indentation of this line";
        }
        if (problem.contains("Global tag is not allowed") || problem.contains("tag")) {
            return "remove the '!!' tag; Versus data is plain YAML (text, numbers, lists, maps)";
        }
        return "check the indentation and quoting around this line";
    }

    private static String firstSentence(String s) {
        if (s == null) {
            return "unknown problem";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private static final class Converter {
        private final SourceFile file;
        private final int firstLine;
        private final List<Diagnostic> diags;
        private int count;

        Converter(SourceFile file, int firstLine, List<Diagnostic> diags) {
            this.file = file;
            this.firstLine = firstLine;
            this.diags = diags;
        }

        private Position pos(Node n) {
            Mark s = n.getStartMark();
            if (s == null) {
                return Position.at(file.path(), firstLine, 1);
            }
            int len = 1;
            Mark e = n.getEndMark();
            if (e != null && e.getLine() == s.getLine()) {
                len = Math.max(1, e.getColumn() - s.getColumn());
            }
            return new Position(file.path(), s.getLine() + firstLine, s.getColumn() + 1, len);
        }

        YNode convert(Node n, int depth) {
            if (++count > MAX_NODES) {
                if (count == MAX_NODES + 1) {
                    diags.add(file.quote(Diagnostic.error(pos(n), "YAML expands to more than " + MAX_NODES + " values")
                            .withHint("remove aliases ('*name') that repeat large blocks")));
                }
                return new YNode.Scalar("", YNode.Kind.NULL, pos(n));
            }
            if (depth > MAX_DEPTH) {
                diags.add(file.quote(Diagnostic.error(pos(n), "YAML is nested more than " + MAX_DEPTH + " levels deep")));
                return new YNode.Scalar("", YNode.Kind.NULL, pos(n));
            }
            if (n instanceof ScalarNode s) {
                return new YNode.Scalar(s.getValue(), kindOf(s.getTag()), pos(n));
            }
            if (n instanceof SequenceNode seq) {
                List<YNode> items = new ArrayList<>(seq.getValue().size());
                for (Node item : seq.getValue()) {
                    items.add(convert(item, depth + 1));
                }
                return new YNode.Seq(List.copyOf(items), pos(n));
            }
            MappingNode map = (MappingNode) n;
            Map<String, YNode.Entry> entries = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                Node k = t.getKeyNode();
                Position kp = pos(k);
                if (Tag.MERGE.equals(k.getTag())) {
                    diags.add(file.quote(Diagnostic.error(kp, "merge keys ('<<') are not supported")
                            .withHint("write the keys out in full")));
                    continue;
                }
                if (!(k instanceof ScalarNode ks)) {
                    diags.add(file.quote(Diagnostic.error(kp, "a key must be plain text, not a " + kindName(k))));
                    continue;
                }
                String key = ks.getValue();
                YNode value = convert(t.getValueNode(), depth + 1);
                YNode.Entry previous = entries.get(key);
                if (previous != null) {
                    diags.add(file.quote(Diagnostic.error(kp, "duplicate key '" + key + "'")
                            .withHint("'" + key + "' is already set on line " + previous.keyPosition().line()
                                    + "; keep one of them")));
                    continue;
                }
                entries.put(key, new YNode.Entry(key, kp, value));
            }
            return new YNode.Map(java.util.Collections.unmodifiableMap(entries), pos(n));
        }

        private static String kindName(Node n) {
            return n instanceof SequenceNode ? "list" : n instanceof MappingNode ? "map" : "value";
        }

        private static YNode.Kind kindOf(Tag tag) {
            if (Tag.INT.equals(tag)) {
                return YNode.Kind.INT;
            }
            if (Tag.FLOAT.equals(tag)) {
                return YNode.Kind.FLOAT;
            }
            if (Tag.BOOL.equals(tag)) {
                return YNode.Kind.BOOL;
            }
            if (Tag.NULL.equals(tag)) {
                return YNode.Kind.NULL;
            }
            if (Tag.TIMESTAMP.equals(tag)) {
                return YNode.Kind.TIMESTAMP;
            }
            return YNode.Kind.STRING;
        }
    }
}
