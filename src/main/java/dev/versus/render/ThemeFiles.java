package dev.versus.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The built-in theme's stylesheet, scripts and icon, copied to the output unless the site has its own. */
final class ThemeFiles implements Output {

    /** The files, relative to the theme's {@code static} folder and to the output. */
    static final List<String> FILES = List.of("css/versus.css", "js/versus.js", "js/search.js",
            "js/highlight.min.js", "js/highlight.LICENSE.txt", "favicon.svg");

    @Override
    public void files(Planning site, List<Route> routes, Map<String, byte[]> files) {
        for (String f : FILES) {
            files.put(f, themeFile("static/" + f));
        }
    }

    private static byte[] themeFile(String name) {
        try (InputStream in = ThemeFiles.class.getResourceAsStream(TemplateEngine.THEME_ROOT + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in theme file missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
