package dev.versus.render;

import dev.versus.compare.Comparisons;
import dev.versus.compare.Links;
import dev.versus.compare.Pairs;
import dev.versus.model.Subject;
import dev.versus.render.ViewWrapper.Markup;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A page per pair of subjects the site compares side by side (see {@code versus.pairs}). */
final class PairPages implements Output {

    @Override
    public void routes(Planning site, List<Route> routes) {
        ComparisonViews views = site.comparisons();
        // Pair pages are most of the generated pages on a large site: build them in parallel.
        routes.addAll(views.comparisons().pairs().parallelStream().map(p -> {
            List<Object> inputs = List.of(p.first(), p.second(), p.articles().stream().map(ComparisonViews::pageLink).toList());
            return views.made("pair " + p.key(), inputs, () -> pairPage(site, p));
        }).toList());
    }

    private static Route pairPage(Planning site, Pairs.Pair p) {
        ComparisonViews views = site.comparisons();
        Comparisons compare = views.comparisons();
        Links.Target t = views.links().pair(p.first().id(), p.second().id());
        List<Subject> both = List.of(p.first(), p.second());
        Map<String, Object> m = new HashMap<>();
        String summary = p.first().name() + " and " + p.second().name() + " side by side: " + p.aspects().size()
                + " aspects, " + p.differences() + " of them different.";
        m.put("content", ContentModel.comparison(p.title(), t.uri(), summary, site.host()));
        m.put("subjects", both.stream().map(views::subject).toList());
        m.put("articles", p.articles().stream().map(ComparisonViews::pageLink).toList());
        m.put("differences", p.differences());
        // Most of a large site's pages: their markup is made as each renders, not held for all.
        Map<String, Supplier<Object>> lazy = new LinkedHashMap<>();
        lazy.put("table", () -> new Markup(compare.table(both, p.aspects(), p.title(), "pair", t.uri())));
        lazy.put("proscons", () -> new Markup(compare.prosCons(both, t.uri())));
        lazy.put("choose", () -> new Markup(compare.choose(both, t.uri())));
        lazy.put("jsonld", () -> new Markup(compare.breadcrumbs(List.of(
                Map.entry("Compare", views.links().matrix().uri()), Map.entry(p.title(), t.uri())))));
        return new Route(t.outputPath(), t.uri(), site.config().get("template.pair.file"), new LazyModel(m, lazy), true,
                "pair page '" + p.slug() + "'");
    }
}
