package dev.versus.render;

import java.util.List;

/** The archive page ({@code render.archive}, {@code archive.file}). */
final class ArchivePage implements Output {

    @Override
    public void routes(Planning site, List<Route> routes) {
        if (site.config().flag("render.archive")) {
            String f = site.config().get("archive.file");
            routes.add(new Route(f, f, site.config().get("template.archive.file"),
                    new GeneratedRoute(ContentModel.generated("archive", f, site.host())), true, "archive page"));
        }
    }
}
