package dev.versus.render;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * The sitemap ({@code render.sitemap}) of every route before it that belongs there; when the
 * URLs exceed what one file may hold ({@code versus.sitemap.max_urls} or 50 MB), numbered
 * sitemaps ({@code sitemap-1.xml}, …) and a sitemap index in the sitemap's place, so robots.txt
 * and search engines keep their one address.
 */
final class Sitemaps implements Output {

    /** The sitemaps.org limits of one sitemap file: 50,000 URLs and 50 MB (less a margin for the template's own markup). */
    static final long MAX_BYTES = 50L * 1024 * 1024 - 64 * 1024;

    /** A sitemap's variables: the URLs it lists. */
    record SitemapRoute(ContentModel.Generated content, List<Url> sitemap_urls) implements RouteView, java.io.Serializable {
    }

    /** A sitemap index's variables: the sitemaps it lists. */
    record SitemapIndexRoute(ContentModel.Generated content, List<Url> sitemaps) implements RouteView, java.io.Serializable {
    }

    /** One URL of a sitemap ({@code lastmod} null when the page has no date). */
    record Url(String loc, Date lastmod) implements java.io.Serializable {
    }

    @Override
    public void routes(Planning site, List<Route> routes) {
        if (!site.config().flag("render.sitemap")) {
            return;
        }
        List<Url> urls = new ArrayList<>();
        for (Route r : routes) {
            if (r.sitemap()) {
                Date lastmod = r.model().content() instanceof PageModel c && c.get("date") instanceof Date d ? d : null;
                urls.add(new Url(site.host() + "/" + r.uri(), lastmod));
            }
        }
        urls.sort((a, b) -> a.loc().compareTo(b.loc()));
        String f = site.config().get("sitemap.file");
        String template = site.config().get("template.sitemap.file");
        List<List<Url>> chunks = chunks(urls, Math.max(1, Math.min(50_000, site.config().integer("versus.sitemap.max_urls"))));
        if (chunks.size() == 1) {
            routes.add(new Route(f, f, template, new SitemapRoute(ContentModel.generated("sitemap", f, site.host()), urls), false, "sitemap"));
            return;
        }
        int dot = f.lastIndexOf('.');
        String stem = dot > 0 ? f.substring(0, dot) : f;
        String ext = dot > 0 ? f.substring(dot) : ".xml";
        List<Url> sitemaps = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            String part = stem + "-" + (i + 1) + ext;
            List<Url> list = chunks.get(i);
            routes.add(new Route(part, part, template, new SitemapRoute(ContentModel.generated("sitemap", part, site.host()), list), false, "sitemap " + (i + 1)));
            sitemaps.add(new Url(site.host() + "/" + part,
                    list.stream().map(Url::lastmod).filter(Objects::nonNull).max(Date::compareTo).orElse(null)));
        }
        routes.add(new Route(f, f, "sitemap-index.ftlx", new SitemapIndexRoute(ContentModel.generated("sitemap", f, site.host()), sitemaps), false, "sitemap index"));
    }

    private static List<List<Url>> chunks(List<Url> urls, int maxUrls) {
        List<List<Url>> chunks = new ArrayList<>();
        List<Url> chunk = new ArrayList<>();
        long bytes = 0;
        for (Url u : urls) {
            // an entry's size as sitemap.ftlx writes it: <url><loc>…</loc><lastmod>yyyy-MM-dd</lastmod></url>
            long size = 32 + u.loc().length() * 6L + (u.lastmod() != null ? 28 : 0);
            if (!chunk.isEmpty() && (chunk.size() == maxUrls || bytes + size > MAX_BYTES)) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                bytes = 0;
            }
            chunk.add(u);
            bytes += size;
        }
        chunks.add(chunk);
        return chunks;
    }
}
