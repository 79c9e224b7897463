package dev.versus.source;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Position;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a content file and the body after it. Both header styles give the same
 * result: YAML between {@code ---} lines, or JBake's {@code key=value} lines ending in a
 * {@code ~~~~~~} line (values stay text; {@code tags} is split on commas).
 *
 * @param fields     header keys in file order, each value with its position
 * @param body       the text after the header
 * @param bodyLine   the 1-based line of the file on which {@code body} starts
 * @param style      which header style the file uses
 */
public record FrontMatter(YNode.Map fields, String body, int bodyLine, Style style) implements java.io.Serializable {

    /** Header styles: YAML front matter, JBake's block, an AsciiDoc document's own header, none. */
    public enum Style { YAML, JBAKE, ASCIIDOC, NONE }

    /** A split file: the front matter (null when it could not be read) and problems found. */
    public record Result(FrontMatter frontMatter, List<Diagnostic> diagnostics) implements java.io.Serializable {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * Splits {@code file} into header and body.
     *
     * @param jbakeSeparator the line that ends a JBake header ({@code header.separator}, "~~~~~~")
     */
    public static Result split(SourceFile file, String jbakeSeparator) {
        String text = file.text();
        List<Diagnostic> diags = new ArrayList<>();
        String first = file.firstLine().orElse("");
        if (first.strip().equals("---") && first.startsWith("---")) {
            int start = text.indexOf('\n');
            if (start < 0) {
                diags.add(unclosed(file));
                return new Result(null, diags);
            }
            start++;
            int lineNo = 2;
            int pos = start;
            while (pos <= text.length()) {
                int end = text.indexOf('\n', pos);
                String line = text.substring(pos, end < 0 ? text.length() : end);
                if (line.stripTrailing().equals("...")) {
                    // YAML's end-of-document marker: fine as the closing line, refused when keys follow
                    Diagnostic afterEnd = keysAfterDocumentEnd(file, text, end, lineNo);
                    if (afterEnd != null) {
                        diags.add(afterEnd);
                        return new Result(null, diags);
                    }
                }
                if (line.stripTrailing().equals("---") || line.stripTrailing().equals("...")) {
                    String yaml = text.substring(start, pos);
                    YamlReader.Result yr = YamlReader.parse(file, yaml, 2);
                    diags.addAll(yr.diagnostics());
                    if (!yr.ok()) {
                        // The header could not be read as a whole; checking its keys would only add noise.
                        return new Result(null, diags);
                    }
                    YNode.Map fields;
                    if (yr.root() instanceof YNode.Map m) {
                        fields = m;
                    } else if (yr.root() instanceof YNode.Scalar s && s.isNull()) {
                        fields = new YNode.Map(Map.of(), Position.at(file.path(), 1, 1));
                    } else {
                        diags.add(file.quote(Diagnostic.error(yr.root().position(),
                                        "front matter must be a map of 'key: value' lines, not a " + yr.root().kindName())
                                .withHint("write one 'key: value' per line between the '---' lines")));
                        return new Result(null, diags);
                    }
                    String body = end < 0 ? "" : text.substring(end + 1);
                    return new Result(new FrontMatter(fields, body, lineNo + 1, Style.YAML), diags);
                }
                if (end < 0) {
                    break;
                }
                pos = end + 1;
                lineNo++;
            }
            diags.add(unclosed(file));
            return new Result(null, diags);
        }
        int sep = findJBakeSeparator(text, jbakeSeparator);
        if (sep >= 0) {
            return jbake(file, sep, diags);
        }
        return new Result(new FrontMatter(new YNode.Map(Map.of(), Position.at(file.path(), 1, 1)), text, 1, Style.NONE), diags);
    }

    /**
     * An error at a {@code ...} line when it is followed, before a closing {@code ---}, by more
     * front matter keys: YAML ends the document at {@code ...}, so those keys would be read as
     * part of the body or, worse, silently applied by a reader that keeps going.
     */
    private static Diagnostic keysAfterDocumentEnd(SourceFile file, String text, int end, int lineNo) {
        if (end < 0) {
            return null;
        }
        int pos = end + 1;
        while (pos < text.length()) {
            int e = text.indexOf('\n', pos);
            String line = text.substring(pos, e < 0 ? text.length() : e).stripTrailing();
            if (line.equals("---")) {
                return file.quote(Diagnostic.error(Position.at(file.path(), lineNo, 1).withLength(3),
                                "'...' ends the front matter here, but more front matter follows before the closing '---'")
                        .withHint("remove the '...' line, so that the keys after it belong to the front matter"));
            }
            if (!line.isBlank() && !line.startsWith("#") && !line.matches("^[A-Za-z_][\\w.-]*\\s*:.*")) {
                return null; // the body starts here: '...' closed the front matter
            }
            if (e < 0) {
                break;
            }
            pos = e + 1;
        }
        return null;
    }

    private static Diagnostic unclosed(SourceFile file) {
        return file.quote(Diagnostic.error(Position.at(file.path(), 1, 1).withLength(3),
                        "front matter opened with '---' is never closed")
                .withHint("add a line with only '---' after the last front matter key"));
    }

    /** Index of the line number (0-based) of the JBake separator among the first header lines, or -1. */
    private static int findJBakeSeparator(String text, String separator) {
        int lineNo = 0;
        int pos = 0;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            String line = text.substring(pos, end < 0 ? text.length() : end).strip();
            if (line.equals(separator)) {
                return lineNo;
            }
            // A JBake header is only key=value lines (blank lines allowed); anything else means no header.
            if (!line.isEmpty() && line.indexOf('=') <= 0) {
                return -1;
            }
            if (end < 0) {
                return -1;
            }
            pos = end + 1;
            lineNo++;
        }
        return -1;
    }

    private static Result jbake(SourceFile file, int sepLine, List<Diagnostic> diags) {
        Map<String, YNode.Entry> entries = new LinkedHashMap<>();
        String path = file.path();
        for (int i = 1; i <= sepLine; i++) {
            String line = file.line(i);
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = line.substring(0, eq).strip();
            String raw = line.substring(eq + 1);
            String value = raw.strip();
            int keyCol = line.indexOf(key) + 1;
            int valueCol = eq + 2 + (raw.length() - raw.stripLeading().length());
            Position kp = new Position(path, i, keyCol, key.length());
            Position vp = new Position(path, i, valueCol, Math.max(1, value.length()));
            YNode node;
            if (key.equals("tags")) {
                List<YNode> tags = new ArrayList<>();
                for (String t : value.split(",")) {
                    if (!t.isBlank()) {
                        tags.add(new YNode.Scalar(t.strip(), YNode.Kind.STRING, vp));
                    }
                }
                node = new YNode.Seq(List.copyOf(tags), vp);
            } else {
                node = new YNode.Scalar(value, YNode.Kind.STRING, vp);
            }
            YNode.Entry prev = entries.get(key);
            if (prev != null) {
                diags.add(file.quote(Diagnostic.error(kp, "duplicate key '" + key + "'")
                        .withHint("'" + key + "' is already set on line " + prev.keyPosition().line() + "; keep one of them")));
                continue;
            }
            entries.put(key, new YNode.Entry(key, kp, node));
        }
        String text = file.text();
        int bodyStart = 0;
        for (int i = 0; i <= sepLine && bodyStart >= 0; i++) {
            int nl = text.indexOf('\n', bodyStart);
            bodyStart = nl < 0 ? text.length() : nl + 1;
        }
        String body = text.substring(Math.min(bodyStart, text.length()));
        return new Result(new FrontMatter(new YNode.Map(java.util.Collections.unmodifiableMap(entries),
                Position.at(path, 1, 1)), body, sepLine + 2, Style.JBAKE), diags);
    }
}
