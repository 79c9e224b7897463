package dev.versus.render;

import java.util.List;

/** The 404 page ({@code render.error404}, {@code error404.file}). */
final class NotFoundPage implements Output {

    @Override
    public void routes(Planning site, List<Route> routes) {
        if (!site.config().flag("render.error404")) {
            return;
        }
        String f = site.config().get("error404.file");
        // hosts serve the 404 page for a missing path at any depth, so relative links would
        // break there: its rootpath is the site's absolute path (/ or /docs/)
        ContentModel.Generated content = ContentModel.generated("error404", f, site.host());
        content = new ContentModel.Generated(content.title(), content.uri(), content.url(),
                site.config().basePath() + "/", content.type(), content.tags(), content.summary());
        routes.add(new Route(f, f, site.config().get("template.error404.file"), new GeneratedRoute(content), false,
                "404 page"));
    }
}
