package dev.versus.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** {@code robots.txt}, pointing at the sitemap ({@code render.sitemap} and {@code versus.robots}). */
final class Robots implements Output {

    @Override
    public void files(Planning site, List<Route> routes, Map<String, byte[]> files) {
        if (site.config().flag("render.sitemap") && site.config().flag("versus.robots")) {
            files.put("robots.txt", ("User-agent: *\nAllow: /\n\nSitemap: " + site.host() + "/"
                    + site.config().get("sitemap.file") + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
