package dev.versus.render;

import dev.versus.config.SiteConfig;
import dev.versus.digest.Fingerprint;
import dev.versus.model.Page;
import dev.versus.model.Site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What every {@link Output} plans from: the site, the template view of each page, the lists
 * JBake's templates know, and the comparison engine's views.
 *
 * @param models           the template view of each page, by source path
 * @param publishedPosts   the published posts' views, newest first
 * @param inJBakeOrder     every page, in JBake's order: type by type, each newest first
 * @param publishedContent the published pages' views, in JBake's order
 * @param comparisons      the comparison engine's views
 * @param memo             what earlier plans of the same site kept
 * @param pagePrints       the fingerprints of each page's view key by key, by source path; null
 *                         when nothing is kept
 */
record Planning(Site site, SiteConfig config, String host, Map<String, PageModel> models,
                List<PageModel> publishedPosts, List<Page> inJBakeOrder, List<PageModel> publishedContent, ComparisonViews comparisons,
                SitePlanner.Memo memo, Map<String, Map<String, Fingerprint>> pagePrints) implements java.io.Serializable {

    /** The view of a page. */
    PageModel model(Page p) {
        return models.get(p.sourcePath());
    }

    /** The views of some pages, in their order. */
    List<PageModel> models(List<Page> pages) {
        return pages.stream().map(this::model).toList();
    }

    /** URL path of the search page. */
    String searchUri() {
        return config.flag("uri.noExtension") ? "search/" : "search.html";
    }

    String tagFolder() {
        return config.get("tag.path").trim();
    }

    /** Output file of a tag page. */
    String tagFile(String tag) {
        return tagFolder() + "/" + tagName(tag) + ".html";
    }

    /** URL path of a tag page, percent-encoded. */
    String tagUri(String tag) {
        return tagFolder() + "/" + URLEncoder.encode(tagName(tag), StandardCharsets.UTF_8).replace("+", "%20") + ".html";
    }

    /** The file name of a tag: characters that are unsafe in file names become '-'. */
    private String tagName(String tag) {
        String name = tag.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "-");
        return name.matches("\\.*") ? name.replace('.', '-') : name;
    }
}
