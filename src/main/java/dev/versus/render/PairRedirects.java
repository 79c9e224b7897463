package dev.versus.render;

import dev.versus.compare.Links;
import dev.versus.compare.Pairs;
import dev.versus.model.Urls;

import java.util.List;

/** For every pair page, a page at the reverse order's address ("b-vs-a") that sends readers to it. */
final class PairRedirects implements Output {

    /** A reverse address's variables: where it sends readers, as a path, an absolute URL and a relative link. */
    record RedirectRoute(ContentModel.Generated content, String target_uri, String target_url, String target_href)
            implements RouteView, java.io.Serializable {
    }

    @Override
    public void routes(Planning site, List<Route> routes) {
        ComparisonViews views = site.comparisons();
        routes.addAll(views.comparisons().pairs().parallelStream()
                .map(p -> views.printed("redirect " + p.key(), List.of(p.slug(), p.title()), () -> redirect(site, p)))
                .toList());
    }

    private static Route redirect(Planning site, Pairs.Pair p) {
        Links links = site.comparisons().links();
        Links.Target t = links.pair(p.second().id(), p.first().id());
        String target = links.pair(p.first().id(), p.second().id()).uri();
        RedirectRoute m = new RedirectRoute(ContentModel.comparison(p.title(), t.uri(), null, site.host()), target,
                site.host() + "/" + target, Urls.relative(t.uri(), target));
        return new Route(t.outputPath(), t.uri(), "pair-redirect.ftl", m, false, "pair page '" + p.slug() + "' (reverse order)");
    }
}
