package dev.versus.render;

import java.util.List;

/** The index page ({@code render.index}), in pages of {@code index.posts_per_page} when {@code index.paginate}. */
final class IndexPages implements Output {

    /**
     * An index page's variables, as JBake names them.
     *
     * @param published_posts  this page's posts when paginated (else null: every published post)
     * @param previousFileName the previous page, when paginated and there is one
     * @param nextFileName     the next page, when paginated and there is one
     */
    record IndexRoute(ContentModel.Generated content, int currentPageNumber, int numberOfPages,
                      List<PageModel> published_posts, String previousFileName, String nextFileName) implements RouteView, java.io.Serializable {
    }

    @Override
    public void routes(Planning site, List<Route> routes) {
        if (!site.config().flag("render.index")) {
            return;
        }
        List<PageModel> posts = site.publishedPosts();
        String indexFile = site.config().get("index.file");
        boolean paginate = site.config().flag("index.paginate");
        int perPage = paginate ? Math.max(1, site.config().integer("index.posts_per_page")) : Math.max(1, posts.size());
        int pages = Math.max(1, (posts.size() + perPage - 1) / perPage);
        for (int n = 1; n <= pages; n++) {
            List<PageModel> slice = posts.subList(Math.min(posts.size(), (n - 1) * perPage),
                    Math.min(posts.size(), n * perPage));
            String file = n == 1 ? indexFile : n + "/" + indexFile;
            String uri = uri(site, n, indexFile);
            // as JBake counts them: a site without posts has one index page, numbered 0 of 0;
            // when paginated, JBake narrows published_posts to the page's posts, and its file
            // names are relative to the site root (prefix them with content.rootpath): "" is the
            // first page.
            IndexRoute m = new IndexRoute(ContentModel.generated("masterindex", uri, site.host()),
                    posts.isEmpty() ? 0 : n, posts.isEmpty() ? 0 : pages, paginate ? slice : null,
                    paginate && n > 1 ? (n == 2 ? "" : (n - 1) + "/") : null,
                    paginate && n < pages ? (n + 1) + "/" : null);
            routes.add(new Route(file, uri, site.config().get("template.masterindex.file"), m, true,
                    n == 1 ? "index page" : "index page " + n));
        }
    }

    private static String uri(Planning site, int n, String indexFile) {
        boolean pretty = site.config().flag("uri.noExtension") && indexFile.equals("index.html");
        if (n == 1) {
            return pretty ? "" : indexFile;
        }
        return pretty ? n + "/" : n + "/" + indexFile;
    }
}
