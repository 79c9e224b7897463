package dev.versus.compare;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Position;
import dev.versus.diag.Suggestions;
import dev.versus.html.Html;
import dev.versus.load.ComparisonKeys;
import dev.versus.load.DataLoader;
import dev.versus.markdown.Embeds;
import dev.versus.markdown.PageContext;
import dev.versus.model.Aspect;
import dev.versus.model.Catalog;
import dev.versus.model.Fact;
import dev.versus.model.Ref;
import dev.versus.model.Subject;
import dev.versus.source.SourceFile;
import dev.versus.source.YNode;
import dev.versus.source.YamlReader;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The Markdown side of the engine: {@code ```comparison}, {@code ```proscons} and
 * {@code ```choose} blocks, and {@code {{subject.aspect}}} citations. Stateless apart from
 * read-only data, so one instance serves every thread.
 */
final class CompareEmbeds implements Embeds {

    /** The fenced block names handled, with the keys each accepts. */
    static final Map<String, List<String>> BLOCK_KEYS = Map.of(
            "comparison", List.of("subjects", "aspects", "caption", "transpose", "charts"),
            "proscons", List.of("subjects"),
            "choose", List.of("subjects"));

    private final Catalog catalog;
    private final Map<String, ArticleSpec> specs;
    private final Tables tables;
    private final Links links;

    CompareEmbeds(Catalog catalog, Map<String, ArticleSpec> specs, Links links) {
        this.catalog = catalog;
        this.specs = specs;
        this.links = links;
        this.tables = new Tables(links, catalog.aspects()::get);
    }

    @Override
    public boolean handlesBlock(String name) {
        return BLOCK_KEYS.containsKey(name);
    }

    @Override
    public String renderBlock(String name, String info, String content, Position at, PageContext page) {
        dependOnCatalogue(page);
        ArticleSpec spec = specs.getOrDefault(page.page().sourcePath(), ArticleSpec.NONE);
        Consumer<Diagnostic> report = page::report;
        int errors = page.diagnostics().size();
        YNode.Map keys = parse(content, at, page);
        if (keys == null) {
            return "";
        }
        List<String> allowed = BLOCK_KEYS.get(name);
        for (YNode.Entry e : keys.entries().values()) {
            if (!allowed.contains(e.key())) {
                report.accept(Diagnostic.error(e.keyPosition().withLength(e.key().length()),
                                "unknown key '" + e.key() + "' in a " + name + " block")
                        .withHint(Suggestions.closest(e.key(), allowed).map(s -> "did you mean '" + s + "'? ").orElse("")
                                + "a " + name + " block takes: " + String.join(", ", allowed)));
            }
        }
        List<Subject> subjects = spec.subjects();
        YNode subjectsNode = keys.get("subjects");
        if (subjectsNode != null) {
            List<Ref> refs = ComparisonKeys.ids(subjectsNode, "subjects", report);
            subjects = refs == null ? List.of() : Refs.subjects(refs, catalog, report);
        } else if (subjects.isEmpty()) {
            report.accept(Diagnostic.error(at, "the " + name + " block does not say which subjects to show")
                    .withHint("add 'subjects: django, express' inside the block, or 'compare: [django, express]' to the front matter"));
        }
        subjects.forEach(s -> page.dependOn(s.sourcePath()));
        String prefix = name.substring(0, 3) + "-" + at.line();
        String from = page.page().uri();
        if (name.equals("comparison")) {
            // the aspects are checked too (against the subjects that exist), so every mistake
            // of the block is reported at once
            String table = comparison(keys, spec, subjects, at, prefix, from, page);
            return page.diagnostics().size() > errors ? "" : table;
        }
        if (page.diagnostics().size() > errors) {
            return "";
        }
        return name.equals("proscons") ? Blocks.prosCons(subjects, from, links) : Blocks.choose(subjects, from, links);
    }

    private String comparison(YNode.Map keys, ArticleSpec spec, List<Subject> subjects, Position at, String prefix,
                              String from, PageContext page) {
        Consumer<Diagnostic> report = page::report;
        int errors = page.diagnostics().size();
        List<Aspect> aspects;
        List<Ref> refs = null;
        YNode aspectsNode = keys.get("aspects");
        if (aspectsNode != null) {
            refs = ComparisonKeys.ids(aspectsNode, "aspects", report);
            aspects = refs == null ? List.of() : Refs.aspects(refs, catalog, report);
        } else if (!spec.aspects().isEmpty()) {
            aspects = spec.aspects();
        } else {
            aspects = catalog.aspects().values().stream()
                    .filter(a -> subjects.stream().allMatch(s -> s.fact(a.id()) != null)).toList();
            if (aspects.isEmpty()) {
                report.accept(Diagnostic.error(at, "the subjects of this comparison share no aspect")
                        .withHint("list the aspects to show with 'aspects:' and add the missing facts"));
            }
        }
        for (Aspect a : aspects) {
            for (Subject s : subjects) {
                if (s.fact(a.id()) == null) {
                    Position p = at;
                    if (refs != null) {
                        p = refs.stream().filter(r -> r.id().equals(a.id())).map(Ref::position).findFirst().orElse(at);
                    }
                    report.accept(Diagnostic.error(p, "'" + s.id() + "' has no fact for aspect '" + a.id() + "'")
                            .withHint("add '" + a.id() + ":' under 'facts:' in " + s.sourcePath()
                                    + " (or '" + a.id() + ": {na: <reason>}' when it does not apply)"));
                }
            }
        }
        String caption = scalar(keys, "caption", report);
        boolean transpose = flag(keys, "transpose", false, report);
        boolean charts = flag(keys, "charts", true, report);
        if (page.diagnostics().size() > errors) {
            return "";
        }
        return tables.render(new Tables.Spec(subjects, aspects, caption, transpose, charts, prefix, from));
    }

    @Override
    public String renderCitation(String reference, Position at, PageContext page) {
        dependOnCatalogue(page);
        String[] parts = reference.split("\\.");
        String line = page.quote(Diagnostic.error(at, "")).sourceLine();
        int start = line == null ? -1 : line.indexOf(reference, Math.max(0, at.column() - 1));
        int col = start < 0 ? at.column() : start + 1;
        Position subjectPos = new Position(at.file(), at.line(), col, parts[0].length());
        if (parts.length != 2) {
            page.report(Diagnostic.error(at, "a citation names one subject and one aspect, like {{django.first_release}}")
                    .withHint("write {{subject.aspect}}"));
            return null;
        }
        Position aspectPos = new Position(at.file(), at.line(), col + parts[0].length() + 1, parts[1].length());
        Subject s = catalog.subjects().get(parts[0]);
        if (s == null) {
            page.report(Refs.unknownSubject(parts[0], subjectPos, catalog));
            return null;
        }
        page.dependOn(s.sourcePath());
        if (parts[1].equals("name") && !catalog.aspects().containsKey("name")) {
            return "<span class=\"fact\">" + Html.escapeAll(s.name()) + "</span>";
        }
        Aspect a = catalog.aspects().get(parts[1]);
        if (a == null) {
            page.report(Refs.unknownAspect(parts[1], aspectPos, catalog));
            return null;
        }
        Fact f = s.fact(a.id());
        if (f == null) {
            page.report(Diagnostic.error(aspectPos, "'" + s.id() + "' has no fact for aspect '" + a.id() + "'")
                    .withHint("add '" + a.id() + ":' under 'facts:' in " + s.sourcePath()));
            return null;
        }
        String title = s.name() + ", " + a.label().toLowerCase(Locale.ROOT) + (f.source() == null ? "" : "; source: " + f.source());
        return "<span class=\"fact\" title=\"" + Html.escapeAll(title) + "\">" + FactFormat.inlineHtml(a, f) + "</span>";
    }

    /**
     * Records that the page's body read the aspect catalogue, so that editing it (or adding it
     * under its other name) renders the page again. Subjects are recorded as they are used.
     */
    private void dependOnCatalogue(PageContext page) {
        String file = catalog.aspectsFile();
        String folder = file.substring(0, file.lastIndexOf('/') + 1);
        DataLoader.ASPECTS_FILE_NAMES.forEach(name -> page.dependOn(folder + name));
    }

    /** The block's lines as a YAML map with positions in the page's file; null after reporting a problem. */
    private static YNode.Map parse(String content, Position at, PageContext page) {
        if (content.isBlank()) {
            return new YNode.Map(Map.of(), at);
        }
        String path = page.page().sourcePath();
        SourceFile padded = SourceFile.of(path, "\n".repeat(at.line()) + content);
        YamlReader.Result r = YamlReader.parse(padded, content, at.line() + 1);
        r.diagnostics().forEach(page::report);
        if (!r.ok()) {
            return null;
        }
        if (r.root() instanceof YNode.Map m) {
            return m;
        }
        if (r.root() instanceof YNode.Scalar s && s.isNull()) {
            return new YNode.Map(Map.of(), at);
        }
        page.report(Diagnostic.error(r.root().position(), "a comparison block holds 'key: value' lines")
                .withHint("for example 'subjects: django, express' and 'aspects: language, first_release'"));
        return null;
    }

    private static String scalar(YNode.Map keys, String key, Consumer<Diagnostic> report) {
        YNode v = keys.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof YNode.Scalar s) {
            return s.isNull() ? null : s.value().strip();
        }
        report.accept(Diagnostic.error(v.position(), "'" + key + "' must be one line of text").withHint("write " + key + ": …"));
        return null;
    }

    private static boolean flag(YNode.Map keys, String key, boolean dflt, Consumer<Diagnostic> report) {
        YNode v = keys.get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof YNode.Scalar s && s.kind() == YNode.Kind.BOOL) {
            return Set.of("true", "yes", "on", "y").contains(s.value().toLowerCase(Locale.ROOT));
        }
        report.accept(Diagnostic.error(v.position(), "'" + key + "' must be true or false").withHint("write " + key + ": true"));
        return dflt;
    }
}
