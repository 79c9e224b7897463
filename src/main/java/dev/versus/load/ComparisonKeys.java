package dev.versus.load;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.diag.Suggestions;
import dev.versus.model.Comparing;
import dev.versus.model.Ref;
import dev.versus.source.SourceFile;
import dev.versus.source.YNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Binds a page's comparison keys ({@code compare}, {@code aspects}, {@code faq}) as written,
 * with positions, and reads the lists of ids that comparison blocks hold in the same form.
 * Whether the ids name subjects and aspects is the comparison engine's to tell.
 */
public final class ComparisonKeys {

    /** Keys of one front-matter FAQ entry. */
    private static final List<String> FAQ_KEYS = List.of("question", "answer");

    private ComparisonKeys() {
    }

    /** The comparison keys of a header; problems with their shape go to {@code diags}, quoted. */
    static Comparing bind(SourceFile file, YNode.Map fields, Diagnostics diags) {
        Consumer<Diagnostic> report = d -> diags.add(file.quote(d));
        List<Ref> compare = null;
        YNode compareNode = fields.get("compare");
        if (compareNode != null) {
            compare = ids(compareNode, "compare", report);
            if (compare != null && compare.isEmpty()) {
                report.accept(Diagnostic.error(compareNode.position(), "'compare' names no subjects")
                        .withHint("list the subject ids, e.g. compare: [django, express]"));
            }
        }
        YNode aspectsNode = fields.get("aspects");
        List<Ref> aspects = aspectsNode == null ? null : ids(aspectsNode, "aspects", report);
        return new Comparing(compare, aspects, faq(fields.get("faq"), report));
    }

    /**
     * The ids of a list value: a YAML list, or one line of comma-separated ids.
     *
     * @param key the key the value belongs to, for messages
     * @return null when the value is neither (reported)
     */
    public static List<Ref> ids(YNode node, String key, Consumer<Diagnostic> report) {
        List<Ref> out = new ArrayList<>();
        if (node instanceof YNode.Seq q) {
            for (YNode item : q.items()) {
                if (item instanceof YNode.Scalar s && !s.isNull()) {
                    out.add(new Ref(s.value().strip(), s.position().withLength(s.value().strip().length())));
                } else {
                    report.accept(Diagnostic.error(item.position(), "an entry of '" + key + "' must be an id, not a "
                            + item.kindName()).withHint("write ids such as [django, express]"));
                }
            }
            return out;
        }
        if (node instanceof YNode.Scalar s) {
            if (s.isNull()) {
                return out;
            }
            String v = s.value();
            int i = 0;
            for (String part : v.split(",", -1)) {
                String id = part.strip();
                if (!id.isEmpty()) {
                    int col = s.position().column() + i + part.indexOf(id);
                    out.add(new Ref(id, new Position(s.position().file(), s.position().line(), col, id.length())));
                }
                i += part.length() + 1;
            }
            return out;
        }
        report.accept(Diagnostic.error(node.position(), "'" + key + "' must be a list of ids, not a " + node.kindName())
                .withHint("write ids such as [django, express]"));
        return null;
    }

    private static List<Comparing.Question> faq(YNode node, Consumer<Diagnostic> report) {
        if (node == null || node instanceof YNode.Scalar s && s.isNull()) {
            return List.of();
        }
        String example = "write faq: as a list of '- question: …' entries, each with an indented 'answer: …'";
        if (!(node instanceof YNode.Seq q)) {
            report.accept(Diagnostic.error(node.position(), "'faq' must be a list, not a " + node.kindName()).withHint(example));
            return List.of();
        }
        List<Comparing.Question> out = new ArrayList<>();
        for (YNode item : q.items()) {
            if (!(item instanceof YNode.Map m)) {
                report.accept(Diagnostic.error(item.position(), "a FAQ entry must have a 'question' and an 'answer'")
                        .withHint(example));
                continue;
            }
            for (YNode.Entry e : m.entries().values()) {
                if (!Set.copyOf(FAQ_KEYS).contains(e.key())) {
                    report.accept(Diagnostic.error(e.keyPosition().withLength(e.key().length()),
                                    "unknown FAQ key '" + e.key() + "'")
                            .withHint(Suggestions.closest(e.key(), FAQ_KEYS).map(s -> "did you mean '" + s + "'? ").orElse("")
                                    + "a FAQ entry has 'question' and 'answer'"));
                }
            }
            String question = text(m, "question", report);
            String answer = text(m, "answer", report);
            if (question != null && answer != null) {
                out.add(new Comparing.Question(question.strip(), answer.strip()));
            }
        }
        return out;
    }

    private static String text(YNode.Map m, String key, Consumer<Diagnostic> report) {
        YNode v = m.get(key);
        if (v instanceof YNode.Scalar s && !s.isNull() && !s.value().isBlank()) {
            return s.value();
        }
        Position p = v == null ? m.position() : v.position();
        report.accept(Diagnostic.error(p, v == null ? "FAQ entry has no '" + key + "'" : "'" + key + "' must be text")
                .withHint("write '" + key + ": …' in every FAQ entry"));
        return null;
    }
}
