package dev.versus.compare;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.model.Aspect;
import dev.versus.model.Catalog;
import dev.versus.model.Comparing;
import dev.versus.model.Page;
import dev.versus.model.Subject;
import dev.versus.source.SourceFile;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a page's front matter says about comparisons, resolved against the catalogue: the
 * subjects it compares ({@code compare}), the default aspects and their order
 * ({@code aspects}) and a FAQ ({@code faq}). The load stage bound the keys ({@link Comparing}).
 *
 * @param aspects empty when the page names none
 */
record ArticleSpec(Page page, List<Subject> subjects, List<Aspect> aspects, List<Faq.Entry> faq) implements java.io.Serializable {

    static final ArticleSpec NONE = new ArticleSpec(null, List.of(), List.of(), List.of());

    /**
     * Resolves the comparison keys the load stage bound on every page that has any.
     *
     * @param content the content files, to quote the lines that messages point at
     */
    static Map<String, ArticleSpec> readAll(List<Page> pages, List<SourceFile> content, Catalog catalog,
                                           Diagnostics diags) {
        Map<String, SourceFile> files = new HashMap<>();
        content.forEach(f -> files.put(f.path(), f));
        List<ArticleSpec> read = pages.parallelStream()
                .filter(p -> p.comparing().any())
                .map(p -> read(p, files.get(p.sourcePath()), catalog, diags))
                .toList();
        Map<String, ArticleSpec> out = new LinkedHashMap<>();
        read.forEach(spec -> out.put(spec.page().sourcePath(), spec));
        return out;
    }

    private static ArticleSpec read(Page page, SourceFile file, Catalog catalog, Diagnostics diags) {
        Consumer<Diagnostic> report = d -> diags.add(file == null ? d : file.quote(d));
        Comparing c = page.comparing();
        List<Subject> subjects = c.compare() == null ? List.of() : Refs.subjects(c.compare(), catalog, report);
        List<Aspect> aspects = c.aspects() == null ? List.of() : Refs.aspects(c.aspects(), catalog, report);
        List<Faq.Entry> faq = c.faq().stream().map(q -> new Faq.Entry(q.question(), q.answer())).toList();
        return new ArticleSpec(page, List.copyOf(subjects), List.copyOf(aspects), faq);
    }
}
