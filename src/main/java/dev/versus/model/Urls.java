package dev.versus.model;

/** URL arithmetic between site-relative URL paths such as {@code blog/a/} and {@code tags/x.html}. */
public final class Urls {

    private Urls() {
    }

    /** The relative prefix from a page at {@code uri} back to the site root: "", "../", "../../"… */
    public static String rootPath(String uri) {
        int depth = 0;
        for (int i = 0; i < uri.length(); i++) {
            if (uri.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** A relative link from the page at {@code from} to {@code to} (both site-relative). */
    public static String relative(String from, String to) {
        int fromDir = from.lastIndexOf('/') + 1;
        int toDir = to.lastIndexOf('/') + 1;
        String a = from.substring(0, fromDir);
        String b = to.substring(0, toDir);
        int common = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                break;
            }
            if (a.charAt(i) == '/') {
                common = i + 1;
            }
        }
        String up = rootPath(a.substring(common));
        String rel = up + to.substring(common);
        return rel.isEmpty() ? "./" : rel;
    }

    /**
     * Resolves a relative path against a base file path, both with '/' separators.
     *
     * @return the normalised path, or null when it climbs above the root
     */
    public static String resolve(String baseFile, String relative) {
        String joined = relative.startsWith("/") ? relative.substring(1)
                : baseFile.substring(0, baseFile.lastIndexOf('/') + 1) + relative;
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String seg : joined.split("/", -1)) {
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!seg.equals(".")) {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts).replaceAll("/{2,}", "/");
    }
}
