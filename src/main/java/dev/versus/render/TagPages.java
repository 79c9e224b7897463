package dev.versus.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One page per tag ({@code render.tags}), in the {@code tag.path} folder. */
final class TagPages implements Output {

    @Override
    public void routes(Planning site, List<Route> routes) {
        if (!site.flag("render.tags")) {
            return;
        }
        site.site().tags().forEach((tag, tagged) -> {
            List<PageModel> list = site.models(tagged);
            Map<String, Object> m = new HashMap<>();
            m.put("content", ContentModel.generated("tag", site.tagUri(tag), site.host()));
            m.put("tag", tag);
            m.put("tag_posts", list);
            m.put("tagged_posts", list);
            m.put("tagged_documents", list);
            routes.add(new Route(site.tagFile(tag), site.tagUri(tag), site.config().get("template.tag.file"), m, true,
                    "tag page '" + tag + "'"));
        });
    }
}
