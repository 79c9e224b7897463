package dev.versus.compare;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.diag.Suggestions;
import dev.versus.model.Aspect;
import dev.versus.model.Catalog;
import dev.versus.model.Page;
import dev.versus.model.Subject;
import dev.versus.source.FrontMatter;
import dev.versus.source.SourceFile;
import dev.versus.source.YNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a page's front matter says about comparisons: the subjects it compares ({@code compare}),
 * the default aspects and their order ({@code aspects}) and a FAQ ({@code faq}).
 *
 * @param aspects empty when the page names none
 */
record ArticleSpec(Page page, List<Subject> subjects, List<Aspect> aspects, List<Faq.Entry> faq) {

    static final ArticleSpec NONE = new ArticleSpec(null, List.of(), List.of(), List.of());

    /** Keys of one front-matter FAQ entry. */
    static final List<String> FAQ_KEYS = List.of("question", "answer");

    /** Reads and checks the comparison keys of every page that has any. */
    static Map<String, ArticleSpec> readAll(List<Page> pages, List<SourceFile> content, String separator, Catalog catalog,
                                           Diagnostics diags) {
        Map<String, SourceFile> files = new LinkedHashMap<>();
        content.forEach(f -> files.put(f.path(), f));
        List<ArticleSpec> read = pages.parallelStream()
                .filter(p -> p.extra().containsKey("compare") || p.extra().containsKey("aspects") || p.extra().containsKey("faq"))
                .map(p -> {
                    SourceFile f = files.get(p.sourcePath());
                    FrontMatter fm = f == null ? null : FrontMatter.split(f, separator).frontMatter();
                    return fm == null ? null : read(p, f, fm.fields(), catalog, diags);
                })
                .filter(java.util.Objects::nonNull)
                .toList();
        Map<String, ArticleSpec> out = new LinkedHashMap<>();
        read.forEach(spec -> out.put(spec.page().sourcePath(), spec));
        return out;
    }

    private static ArticleSpec read(Page page, SourceFile file, YNode.Map fields, Catalog catalog, Diagnostics diags) {
        List<Subject> subjects = List.of();
        List<Aspect> aspects = List.of();
        YNode compare = fields.get("compare");
        java.util.function.Consumer<Diagnostic> report = d -> diags.add(file.quote(d));
        if (compare != null) {
            List<Refs.Ref> refs = Refs.ids(compare, "compare", report);
            if (refs != null) {
                subjects = Refs.subjects(refs, catalog, report);
                if (refs.isEmpty()) {
                    report.accept(Diagnostic.error(compare.position(), "'compare' names no subjects")
                            .withHint("list the subject ids, e.g. compare: [django, express]"));
                }
            }
        }
        YNode aspectsNode = fields.get("aspects");
        if (aspectsNode != null) {
            List<Refs.Ref> refs = Refs.ids(aspectsNode, "aspects", report);
            if (refs != null) {
                aspects = Refs.aspects(refs, catalog, report);
            }
        }
        List<Faq.Entry> faq = faq(fields.get("faq"), report);
        return new ArticleSpec(page, List.copyOf(subjects), List.copyOf(aspects), faq);
    }

    private static List<Faq.Entry> faq(YNode node, java.util.function.Consumer<Diagnostic> report) {
        if (node == null || node instanceof YNode.Scalar s && s.isNull()) {
            return List.of();
        }
        String example = "write faq: as a list of '- question: …' entries, each with an indented 'answer: …'";
        if (!(node instanceof YNode.Seq q)) {
            report.accept(Diagnostic.error(node.position(), "'faq' must be a list, not a " + node.kindName()).withHint(example));
            return List.of();
        }
        List<Faq.Entry> out = new ArrayList<>();
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
                out.add(new Faq.Entry(question.strip(), answer.strip()));
            }
        }
        return List.copyOf(out);
    }

    private static String text(YNode.Map m, String key, java.util.function.Consumer<Diagnostic> report) {
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
