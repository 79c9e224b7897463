package dev.versus.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The index page ({@code render.index}), in pages of {@code index.posts_per_page} when {@code index.paginate}. */
final class IndexPages implements Output {

    @Override
    public void routes(Planning site, List<Route> routes) {
        if (!site.flag("render.index")) {
            return;
        }
        List<PageModel> posts = site.publishedPosts();
        String indexFile = site.config().get("index.file");
        boolean paginate = site.flag("index.paginate");
        int perPage = paginate ? Math.max(1, site.config().integer("index.posts_per_page")) : Math.max(1, posts.size());
        int pages = Math.max(1, (posts.size() + perPage - 1) / perPage);
        for (int n = 1; n <= pages; n++) {
            List<PageModel> slice = posts.subList(Math.min(posts.size(), (n - 1) * perPage),
                    Math.min(posts.size(), n * perPage));
            String file = n == 1 ? indexFile : n + "/" + indexFile;
            String uri = uri(site, n, indexFile);
            Map<String, Object> m = new HashMap<>();
            m.put("content", ContentModel.generated("masterindex", uri, site.host()));
            // as JBake counts them: a site without posts has one index page, numbered 0 of 0
            m.put("currentPageNumber", posts.isEmpty() ? 0 : n);
            m.put("numberOfPages", posts.isEmpty() ? 0 : pages);
            if (paginate) {
                // JBake narrows published_posts to the page's posts; its file names are relative
                // to the site root (prefix them with content.rootpath): "" is the first page.
                m.put("published_posts", slice);
                if (n > 1) {
                    m.put("previousFileName", n == 2 ? "" : (n - 1) + "/");
                }
                if (n < pages) {
                    m.put("nextFileName", (n + 1) + "/");
                }
            }
            routes.add(new Route(file, uri, site.config().get("template.masterindex.file"), m, true,
                    n == 1 ? "index page" : "index page " + n));
        }
    }

    private static String uri(Planning site, int n, String indexFile) {
        boolean pretty = site.flag("uri.noExtension") && indexFile.equals("index.html");
        if (n == 1) {
            return pretty ? "" : indexFile;
        }
        return pretty ? n + "/" : n + "/" + indexFile;
    }
}
