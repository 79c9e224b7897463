package dev.versus.compare;

import dev.versus.config.SiteConfig;
import dev.versus.model.Subject;

/** URL paths of the generated pages, following the site's {@code uri.noExtension} settings. */
public final class Links {

    /** The folder of pair pages and the matrix page. */
    public static final String COMPARE_FOLDER = "compare";

    private final SiteConfig config;

    Links(SiteConfig config) {
        this.config = config;
    }

    /** A generated page's URL path and output file. */
    public record Target(String uri, String outputPath) implements java.io.Serializable {
    }

    public Target page(String stem) {
        if (config.noExtensionFor("/" + stem)) {
            return new Target(stem + "/", stem + "/index.html");
        }
        return new Target(stem + ".html", stem + ".html");
    }

    public Target profile(Subject s) {
        return page(s.collection() + "/" + s.id());
    }

    /** The pair page of two subjects, in the order given. */
    public Target pair(String first, String second) {
        return page(COMPARE_FOLDER + "/" + first + "-vs-" + second);
    }

    public Target matrix() {
        String uri = config.noExtensionFor("/" + COMPARE_FOLDER) ? COMPARE_FOLDER + "/" : COMPARE_FOLDER + "/index.html";
        return new Target(uri, COMPARE_FOLDER + "/index.html");
    }

    /** Page {@code n} (from 1) of the matrix; pair pages' names always hold "-vs-", so these never clash. */
    public Target matrix(int n) {
        return n == 1 ? matrix() : page(COMPARE_FOLDER + "/page-" + n);
    }

    /** The page listing every pair page of {@code s}, on a large catalogue. */
    public Target pairList(Subject s) {
        return page(COMPARE_FOLDER + "/with/" + s.id());
    }

    /** A short, readable form of an address: host and path without the scheme. */
    static String displayUrl(String url) {
        String s = url.startsWith("https://") ? url.substring(8) : url.startsWith("http://") ? url.substring(7) : url;
        s = s.startsWith("www.") ? s.substring(4) : s;
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
