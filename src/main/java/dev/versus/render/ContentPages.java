package dev.versus.render;

import dev.versus.compare.Comparisons;
import dev.versus.config.ConfigKey;
import dev.versus.model.Page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page per content file, through the template of its type ({@code template.post.file}…):
 * {@code content}, the {@code related} posts, and what it shows of the comparison engine
 * ({@code jsonld}, {@code faq}, {@code subjects}, {@code pair}).
 */
final class ContentPages implements Output {

    @Override
    public void routes(Planning site, List<Route> routes) {
        Map<Page, List<PageModel>> related = RelatedPosts.of(site.site().pages(), site.site().posts(), site.models());
        Map<String, Comparisons.PageComparison> compared = site.comparisons().comparisons().pages();
        for (Page p : site.site().pages()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("content", site.model(p));
            m.put("related", related.get(p));
            Comparisons.PageComparison c = compared.get(p.sourcePath());
            if (c != null) {
                m.putAll(ViewWrapper.fields(site.comparisons().page(c)));
            }
            String template = site.config().get(ConfigKey.templateKey(p.type()));
            routes.add(new Route(p.outputPath(), p.uri(), template.isEmpty() ? p.type() + ".ftl" : template, m,
                    p.isPublished(), p.sourcePath()));
        }
    }
}
