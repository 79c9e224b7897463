package dev.versus.render;

/**
 * The variables of one route on top of the site-wide ones: a record per kind of page, its
 * components named as templates read them (see {@link ViewWrapper}).
 */
public sealed interface RouteView permits ContentPages.PageRoute, GeneratedRoute, IndexPages.IndexRoute,
        TagPages.TagRoute, Sitemaps.SitemapRoute, Sitemaps.SitemapIndexRoute, ProfilePages.ProfileRoute,
        ProfilePages.PairListRoute, PairPages.PairRoute, PairRedirects.RedirectRoute, MatrixPages.MatrixRoute {

    /** The page's {@code content}: a {@link PageModel} for a content file, else a {@link ContentModel.Generated}. */
    Object content();
}
