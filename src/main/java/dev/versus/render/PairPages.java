package dev.versus.render;

import dev.versus.compare.Comparisons;
import dev.versus.compare.Links;
import dev.versus.compare.Pairs;
import dev.versus.model.Aspect;
import dev.versus.model.Subject;
import dev.versus.render.ViewWrapper.LazyMarkup;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A page per pair of subjects the site compares side by side (see {@code versus.pairs}). */
final class PairPages implements Output {

    /** A pair page's variables: the two subjects, the articles comparing exactly them, and its HTML. */
    record PairRoute(ContentModel.Generated content, List<ComparisonViews.SubjectView> subjects,
                     List<ComparisonViews.PageLink> articles, int differences, LazyMarkup table, LazyMarkup proscons,
                     LazyMarkup choose, LazyMarkup jsonld) implements RouteView, java.io.Serializable {
    }

    @Override
    public void routes(Planning site, List<Route> routes) {
        ComparisonViews views = site.comparisons();
        // Pair pages are most of the generated pages on a large site: build them in parallel.
        // Made again each plan (cheap: their HTML is made as each renders, see below); what is
        // kept is the fingerprint of their variables, by what they are made of.
        routes.addAll(views.comparisons().pairs().parallelStream().map(p -> {
            List<Object> inputs = List.of(p.first(), p.second(), p.articles().stream().map(ComparisonViews::pageLink).toList());
            return views.printed("pair " + p.key(), inputs, () -> pairPage(site, p));
        }).toList());
    }

    private static Route pairPage(Planning site, Pairs.Pair p) {
        ComparisonViews views = site.comparisons();
        Comparisons compare = views.comparisons();
        Links.Target t = views.links().pair(p.first().id(), p.second().id());
        List<Subject> both = List.of(p.first(), p.second());
        String summary = p.first().name() + " and " + p.second().name() + " side by side: " + p.aspects().size()
                + " aspects, " + p.differences() + " of them different.";
        // Most of a large site's pages: their markup is made as each renders, not held for all;
        // each says what it is made of, so a rebuild tells a change without making it.
        String matrix = views.links().matrix().uri();
        PairRoute m = new PairRoute(ContentModel.comparison(p.title(), t.uri(), summary, site.host()),
                both.stream().map(views::subject).toList(), p.articles().stream().map(ComparisonViews::pageLink).toList(),
                p.differences(),
                new LazyMarkup(Arrays.asList("table", both, p.aspects().stream().map(Aspect::id).toList(),
                        views.aspectsPrint(), p.title(), t.uri()),
                        () -> compare.table(both, p.aspects(), p.title(), "pair", t.uri())),
                new LazyMarkup(List.of("pros and cons", both, t.uri()), () -> compare.prosCons(both, t.uri())),
                new LazyMarkup(List.of("choose", both, t.uri()), () -> compare.choose(both, t.uri())),
                new LazyMarkup(List.of("breadcrumbs", matrix, p.title(), t.uri()), () -> compare.breadcrumbs(List.of(
                        Map.entry("Compare", matrix), Map.entry(p.title(), t.uri())))));
        return new Route(t.outputPath(), t.uri(), site.config().get("template.pair.file"), m, true,
                "pair page '" + p.slug() + "'");
    }
}
