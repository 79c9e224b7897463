package dev.versus.pipeline;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a link or asset URL written in a page resolves to a file of the built output. */
final class OutputLinks {

    /** Whether a URL naming a folder must end in '/' (it must under a base path, where a bare name leaves it). */
    enum FolderLinks { ANY, WITH_TRAILING_SLASH }

    private OutputLinks() {
    }

    /**
     * What is wrong with {@code url}, written in the page at {@code page}, for a site whose root
     * is {@code base} and whose output is {@code out}; null when nothing is (fragments, mail,
     * data and other sites' URLs are not followed).
     */
    static String problem(Path out, URI base, URI page, String url, FolderLinks folders) {
        if (url.isEmpty()) {
            return "is empty";
        }
        if (url.startsWith("#") || url.startsWith("mailto:") || url.startsWith("data:")) {
            return null;
        }
        URI target;
        try {
            target = page.resolve(url.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return "is not a valid URL";
        }
        if (target.getHost() == null || !target.getHost().equals(base.getHost())) {
            return null; // another site
        }
        String path = target.getPath();
        if (!path.startsWith(base.getPath())) {
            return "leaves the base path " + base.getPath();
        }
        String file = path.substring(base.getPath().length());
        Path p = out.resolve(file.isEmpty() ? "." : file).normalize();
        if (!p.startsWith(out)) {
            return "leaves the output folder";
        }
        if (Files.isDirectory(p)) {
            if (folders == FolderLinks.WITH_TRAILING_SLASH && !path.endsWith("/")) {
                return "names a folder without a trailing slash";
            }
            p = p.resolve("index.html");
        }
        return Files.isRegularFile(p) ? null : "points to " + file + ", which was not written";
    }
}
