package dev.versus.render;

import java.util.List;

/** The page listing every tag ({@code render.tagsindex}); as in JBake, part of the tag pages, so it needs {@code render.tags} too. */
final class TagIndex implements Output {

    @Override
    public void routes(Planning site, List<Route> routes) {
        if (site.config().flag("render.tags") && site.config().flag("render.tagsindex")) {
            String uri = site.tagFolder() + "/" + (site.config().flag("uri.noExtension") ? "" : "index.html");
            routes.add(new Route(site.tagFolder() + "/index.html", uri, site.config().get("template.tagsindex.file"),
                    new GeneratedRoute(ContentModel.generated("tagsindex", uri, site.host())), true, "tag index"));
        }
    }
}
