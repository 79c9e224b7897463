package dev.versus.render;

import dev.versus.diag.Json;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The site's search index, {@code search.json}: one entry per published page (and per profile,
 * pair and matrix page) with its title, URL (relative to the site root, so the site can move to
 * a sub-folder), summary, tags and section headings. The theme's search page loads it and matches in the browser, so search
 * works on any static host. Strings are quoted as for a {@code <script>} element ('<', '>', '&'
 * and apostrophes escaped), so the index stays safe if a theme inlines it into a page.
 */
final class SearchIndex {

    /** Characters of body text used as the summary of a page that has none. */
    static final int SUMMARY_CHARS = 200;

    private SearchIndex() {
    }

    /** The index of these page models (JBake's {@code content} maps), in their order. */
    static byte[] json(Collection<? extends Map<String, Object>> pages) {
        StringBuilder sb = new StringBuilder("{\"pages\":[");
        boolean first = true;
        for (Map<String, Object> p : pages) {
            sb.append(first ? "\n" : ",\n");
            first = false;
            sb.append("{\"title\":").append(Json.quoteForScript(String.valueOf(p.get("title"))));
            sb.append(",\"url\":").append(Json.quoteForScript(String.valueOf(p.get("uri"))));
            sb.append(",\"summary\":").append(Json.quoteForScript(summary(p)));
            sb.append(",\"tags\":[");
            if (p.get("tags") instanceof List<?> tags) {
                for (int i = 0; i < tags.size(); i++) {
                    sb.append(i == 0 ? "" : ",").append(Json.quoteForScript(String.valueOf(tags.get(i))));
                }
            }
            sb.append("],\"headings\":[");
            if (p.get("toc") instanceof List<?> toc) {
                for (int i = 0; i < toc.size(); i++) {
                    Object title = toc.get(i) instanceof Map<?, ?> h ? h.get("title") : "";
                    sb.append(i == 0 ? "" : ",").append(Json.quoteForScript(String.valueOf(title)));
                }
            }
            sb.append("]}");
        }
        sb.append("\n]}\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String summary(Map<String, Object> page) {
        Object s = page.get("summary");
        if (s instanceof String text && !text.isBlank()) {
            return text.strip();
        }
        if (page.get("body") instanceof BodyWrapper.Body body) {
            String text = Outline.text(body.html());
            if (text.length() <= SUMMARY_CHARS) {
                return text;
            }
            int cut = text.lastIndexOf(' ', SUMMARY_CHARS);
            return text.substring(0, cut > 0 ? cut : SUMMARY_CHARS) + "…";
        }
        return "";
    }
}
