package dev.versus.render;

/**
 * One file the site produces from a template.
 *
 * @param outputPath  file to write, relative to the output folder
 * @param uri         URL path relative to the site root (for links, rootpath, sitemap)
 * @param template    configured template name, e.g. {@code post.ftl} (resolved against the site
 *                    templates and the built-in theme)
 * @param model       variables for this route on top of the site-wide ones
 * @param sitemap     whether the sitemap lists it
 * @param source      what produced the route, for messages (a source file, or "index page")
 */
public record Route(String outputPath, String uri, String template, RouteView model, boolean sitemap,
                    String source) implements java.io.Serializable {
}
