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
        return json(pages, new java.util.HashMap<>());
    }

    /**
     * As {@link #json(Collection)}, taking each page's entry from {@code kept} when what it is
     * made of is the same, and leaving there the entries of this index for the next one.
     */
    static byte[] json(Collection<? extends Map<String, Object>> pages, Map<List<Object>, String> kept) {
        record Made(List<Object> inputs, String entry) {
        }
        List<Made> made = pages.parallelStream().map(p -> {
            List<Object> inputs = inputs(p);
            String entry = kept.get(inputs);
            return new Made(inputs, entry != null ? entry : entry(p));
        }).toList();
        kept.clear();
        made.forEach(m -> kept.put(m.inputs(), m.entry()));
        StringBuilder sb = new StringBuilder("{\"pages\":[");
        boolean first = true;
        for (Made m : made) {
            sb.append(first ? "\n" : ",\n").append(m.entry());
            first = false;
        }
        sb.append("\n]}\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What a page's entry is made of: equal inputs, equal entries. */
    private static List<Object> inputs(Map<String, Object> p) {
        Object summary = p.get("summary");
        boolean own = summary instanceof String text && !text.isBlank();
        return java.util.Arrays.asList(p.get("title"), p.get("uri"), summary, own ? null : p.get("body"), p.get("tags"),
                p.get("toc"));
    }

    private static String entry(Map<String, Object> p) {
        StringBuilder sb = new StringBuilder(256);
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
        return sb.append("]}").toString();
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
