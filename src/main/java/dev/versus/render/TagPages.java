package dev.versus.render;

import java.util.List;

/** One page per tag ({@code render.tags}), in the {@code tag.path} folder. */
final class TagPages implements Output {

    /** A tag page's variables: the tag, its posts (under two of JBake's names) and its documents of every type. */
    record TagRoute(ContentModel.Generated content, String tag, List<PageModel> tag_posts, List<PageModel> tagged_posts,
                    List<PageModel> tagged_documents) implements RouteView, java.io.Serializable {
    }

    @Override
    public void routes(Planning site, List<Route> routes) {
        if (!site.config().flag("render.tags")) {
            return;
        }
        site.site().tags().forEach((tag, tagged) -> {
            List<PageModel> list = site.models(tagged);
            TagRoute m = new TagRoute(ContentModel.generated("tag", site.tagUri(tag), site.host()), tag, list, list,
                    site.models(site.site().taggedDocuments().get(tag)));
            routes.add(new Route(site.tagFile(tag), site.tagUri(tag), site.config().get("template.tag.file"), m, true,
                    "tag page '" + tag + "'"));
        });
    }
}
