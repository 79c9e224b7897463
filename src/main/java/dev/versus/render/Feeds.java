package dev.versus.render;

import java.util.List;

/** The RSS feed ({@code render.feed}, {@code feed.file}) and, when {@code versus.atom.file} names one, an Atom feed. */
final class Feeds implements Output {

    @Override
    public void routes(Planning site, List<Route> routes) {
        if (!site.config().flag("render.feed")) {
            return;
        }
        String f = site.config().get("feed.file");
        routes.add(new Route(f, f, site.config().get("template.feed.file"),
                new GeneratedRoute(ContentModel.generated("feed", f, site.host())), false, "RSS feed"));
        String atom = site.config().get("versus.atom.file").trim();
        if (!atom.isEmpty()) {
            routes.add(new Route(atom, atom, "atom.ftlx",
                    new GeneratedRoute(ContentModel.generated("feed", atom, site.host())), false, "Atom feed"));
        }
    }
}
