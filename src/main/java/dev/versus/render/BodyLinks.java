package dev.versus.render;

import dev.versus.html.Html;
import dev.versus.model.Urls;

/**
 * Rewrites the relative URLs of a rendered body for the file it is printed in. A body is
 * rendered once, its links relative to its own page; the same body also appears on index
 * pages, tag pages and in feeds, where those links would point elsewhere. Each
 * {@code href}, {@code src} and {@code poster} attribute of the body (Markdown links and
 * images, links written by embeds, raw HTML alike) is resolved against the page and written
 * again relative to the file that shows it, or as an absolute URL in files that are not HTML
 * pages (feeds), since feed readers show an entry away from the site.
 *
 * <p>URLs with a scheme ({@code https:}, {@code mailto:}) or a host ({@code //cdn…}) are left
 * as they are, and so are '#fragments' and root-absolute paths in HTML pages, which mean the
 * same from every page. Reads the body once; a body shown on its own page is returned as it is.
 */
final class BodyLinks {

    private BodyLinks() {
    }

    /** Where a body is printed: the URL path of the file and whether its links must be absolute. */
    record Target(String uri, boolean absolute) implements java.io.Serializable {
    }

    /**
     * The body of the page at {@code pageUri}, with its links as they must be written in
     * {@code target}.
     *
     * @param host the site's host with its base path and no trailing '/', for absolute URLs
     */
    static String rewrite(String html, String pageUri, String host, Target target) {
        if (!target.absolute() && folder(pageUri).equals(folder(target.uri()))) {
            return html; // the same folder: every relative link means the same
        }
        StringBuilder out = null;
        int last = 0;
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i + 1 < n) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                if (end < 0) {
                    break;
                }
                i = html.indexOf('<', end + 3);
                continue;
            }
            char c = html.charAt(i + 1);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            int nameEnd = i + 1;
            while (nameEnd < n && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            String tag = html.substring(i + 1, nameEnd).toLowerCase(java.util.Locale.ROOT);
            // attributes, up to the '>' that ends the tag
            int p = nameEnd;
            while (p < n && html.charAt(p) != '>') {
                char a = html.charAt(p);
                if (!isNameChar(a)) {
                    p++;
                    continue;
                }
                int attrStart = p;
                while (p < n && isNameChar(html.charAt(p))) {
                    p++;
                }
                String attr = html.substring(attrStart, p);
                int q = p;
                while (q < n && isSpace(html.charAt(q))) {
                    q++;
                }
                if (q >= n || html.charAt(q) != '=') {
                    continue;
                }
                q++;
                while (q < n && isSpace(html.charAt(q))) {
                    q++;
                }
                if (q >= n) {
                    break;
                }
                char quote = html.charAt(q);
                int valueStart;
                int valueEnd;
                if (quote == '"' || quote == '\'') {
                    valueStart = q + 1;
                    valueEnd = html.indexOf(quote, valueStart);
                    if (valueEnd < 0) {
                        p = n;
                        break;
                    }
                    p = valueEnd + 1;
                } else {
                    valueStart = q;
                    valueEnd = q;
                    while (valueEnd < n && !isSpace(html.charAt(valueEnd)) && html.charAt(valueEnd) != '>') {
                        valueEnd++;
                    }
                    p = valueEnd;
                }
                if (isUrlAttribute(attr)) {
                    String value = html.substring(valueStart, valueEnd);
                    String rewritten = rewriteUrl(value, pageUri, host, target);
                    if (!rewritten.equals(value)) {
                        if (out == null) {
                            out = new StringBuilder(n + 256);
                        }
                        out.append(html, last, valueStart).append(rewritten);
                        last = valueEnd;
                    }
                }
            }
            if (p >= n) {
                break;
            }
            // the text of a script or style element is not markup
            if (tag.equals("script") || tag.equals("style")) {
                int close = indexOfIgnoreCase(html, "</" + tag, p);
                p = close < 0 ? n : close;
            }
            i = html.indexOf('<', p);
        }
        return out == null ? html : out.append(html, last, n).toString();
    }

    /** One URL of the body (as written in the attribute, entities and all) for the target. */
    static String rewriteUrl(String url, String pageUri, String host, Target target) {
        if (url.indexOf('&') >= 0 && hasScheme(Html.decode(url))) {
            return url; // written with character references, as pegdown writes mailto: links
        }
        if (url.isEmpty()) {
            return target.absolute() ? host + "/" + pageUri : url;
        }
        if (url.startsWith("//") || hasScheme(url)) {
            return url;
        }
        if (url.startsWith("#")) {
            return target.absolute() ? host + "/" + pageUri + url : url;
        }
        if (url.startsWith("/")) {
            return target.absolute() ? origin(host) + url : url;
        }
        int end = url.length();
        int q = url.indexOf('?');
        int h = url.indexOf('#');
        if (q >= 0) {
            end = q;
        }
        if (h >= 0 && h < end) {
            end = h;
        }
        String resolved = Urls.resolve(pageUri, url.substring(0, end));
        if (resolved == null) {
            return url; // above the site root: not a path of this site, left as written
        }
        String suffix = url.substring(end);
        if (target.absolute()) {
            return host + "/" + resolved + suffix;
        }
        String rel = Urls.relative(target.uri(), resolved);
        return rel + suffix;
    }

    /** The scheme, host and port of a site host such as {@code https://example.org/docs}. */
    private static String origin(String host) {
        int scheme = host.indexOf("://");
        if (scheme < 0) {
            return host;
        }
        int slash = host.indexOf('/', scheme + 3);
        return slash < 0 ? host : host.substring(0, slash);
    }

    private static boolean hasScheme(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return i > 0;
            }
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!(letter || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isUrlAttribute(String name) {
        return name.equalsIgnoreCase("href") || name.equalsIgnoreCase("src") || name.equalsIgnoreCase("poster");
    }

    private static String folder(String uri) {
        return uri.substring(0, uri.lastIndexOf('/') + 1);
    }

    private static boolean isNameChar(char c) {
        return !isSpace(c) && c != '>' && c != '/' && c != '=' && c != '"' && c != '\'' && c != '<';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }
}
