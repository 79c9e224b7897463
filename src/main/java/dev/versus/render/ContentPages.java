package dev.versus.render;

import dev.versus.config.ConfigKey;
import dev.versus.model.Page;

import java.util.List;
import java.util.Map;

/**
 * One page per content file, through the template of its type ({@code template.post.file}…):
 * {@code content}, the {@code related} posts, and what it shows of the comparison engine
 * ({@code jsonld}, {@code faq}, {@code subjects}, {@code pair}).
 */
final class ContentPages implements Output {

    /** A content page's variables; what it shows of the comparison engine is null on a page that shows nothing of it. */
    record PageRoute(PageModel content, List<PageModel> related, ViewWrapper.Markup jsonld,
                     List<ComparisonViews.FaqEntry> faq, List<ComparisonViews.SubjectView> subjects,
                     ComparisonViews.PairRef pair) implements RouteView, java.io.Serializable {
    }

    @Override
    public void routes(Planning site, List<Route> routes) {
        Map<Page, List<PageModel>> related = RelatedPosts.of(site.site().pages(), site.site().posts(), site.models());
        for (Page p : site.site().pages()) {
            ComparisonViews.PageComparison v = site.comparisons().page(p.sourcePath());
            PageRoute m = v == null ? new PageRoute(site.model(p), related.get(p), null, null, null, null)
                    : new PageRoute(site.model(p), related.get(p), v.jsonld(), v.faq(), v.subjects(), v.pair());
            String template = site.config().get(ConfigKey.templateKey(p.type()));
            routes.add(new Route(p.outputPath(), p.uri(), template.isEmpty() ? p.type() + ".ftl" : template, m,
                    p.isPublished(), p.sourcePath()));
        }
    }
}
