package dev.versus.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Site search ({@code versus.search}): the search page, and the index it reads ({@link
 * SearchIndex}): the published content pages first, then the generated pages with a title of
 * their own that belong in the sitemap (profile, pair and matrix pages), so readers find a
 * subject by name.
 */
final class Search implements Output {

    /** File name of the search index, at the site root. */
    static final String INDEX = "search.json";

    @Override
    public void routes(Planning site, List<Route> routes) {
        if (site.config().flag("versus.search")) {
            String uri = site.searchUri();
            String file = uri.endsWith("/") ? uri + "index.html" : uri;
            routes.add(new Route(file, uri, "search.ftlh",
                    new GeneratedRoute(ContentModel.generated("search", uri, site.host())), false, "search page"));
        }
    }

    @Override
    public void files(Planning site, List<Route> routes, Map<String, byte[]> files) {
        if (!site.config().flag("versus.search")) {
            return;
        }
        List<Map<String, Object>> searchable = new ArrayList<>(site.publishedContent());
        for (Route r : routes) {
            if (r.sitemap() && r.model().content() instanceof ContentModel.Generated g && g.title() != null) {
                searchable.add(ViewWrapper.fields(g));
            }
        }
        files.putAll(SearchIndex.files(INDEX, searchable, site.memo().searchEntries(), site.pagePrints()));
    }
}
