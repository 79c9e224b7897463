package dev.versus.render;

import dev.versus.diag.Json;
import dev.versus.digest.Fingerprint;
import dev.versus.digest.Fingerprints;
import dev.versus.digest.Hasher;
import dev.versus.html.Html;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's search index, split so that a reader's first download stays small however large
 * the site: {@code search.json} is only a manifest; the entries (title, URL relative to the site
 * root, summary, tags and section headings of every published page, then of every profile, pair
 * and matrix page) are in {@code search/pages-N.json}, {@value #CHUNK} a file; and the words of
 * those fields are in {@code search/words-KEY.json}, one file per first two letters, each word
 * with the pages it is in and the weight of the best field it is in there. The theme's script
 * loads the manifest, then for each query word the one file of its first two letters, ranks the
 * pages from the weights alone and loads only the entries it shows. Words are folded as the
 * script folds them (decomposed, accents dropped, lower case; runs of letters and digits).
 * Strings are quoted as for a {@code <script>} element ('<', '>', '&' and apostrophes escaped),
 * so the files stay safe if a theme inlines them into a page.
 */
final class SearchIndex {

    /** Characters of body text used as the summary of a page that has none. */
    static final int SUMMARY_CHARS = 200;

    /** Entries per file of entries. */
    static final int CHUNK = 500;

    /** Folder of the entry and word files, beside the manifest. */
    static final String FOLDER = "search";

    /** The weights of the fields, as the script ranks them: title, tags, headings, summary. */
    private static final int TITLE = 10;
    private static final int TAGS = 5;
    private static final int HEADINGS = 4;
    private static final int SUMMARY = 2;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("[\\u0300-\\u036f]");

    private SearchIndex() {
    }

    /**
     * One page's entry and its words with the weight of the best field each is in, in one
     * string (each word, a NUL, its weight as a character): a site's entries are held at once,
     * and a map of words a page would be a hundred objects.
     */
    record Entry(String json, String words) implements java.io.Serializable {

        static Entry of(String json, Map<String, Integer> words) {
            StringBuilder packed = new StringBuilder();
            words.forEach((w, weight) -> packed.append(w).append('\u0000').append((char) weight.intValue()));
            return new Entry(json, packed.toString());
        }

        /** Tells {@code each} every word with its weight. */
        void forEachWord(java.util.function.ObjIntConsumer<String> each) {
            for (int at = 0; at < words.length(); ) {
                int end = words.indexOf('\u0000', at);
                each.accept(words.substring(at, end), words.charAt(end + 1));
                at = end + 2;
            }
        }
    }

    /** The index files of these page models (JBake's {@code content} maps), in their order: path → bytes. */
    static Map<String, byte[]> files(String manifest, Collection<? extends Map<String, Object>> pages) {
        return files(manifest, pages, null, Map.of());
    }

    /**
     * As {@link #files(String, Collection)}, taking each page's entry from {@code kept} when the
     * fingerprint of what it is made of is the same, and leaving there the entries of this
     * index for the next one; {@code kept} is null when nothing is kept.
     *
     * @param pagePrints the fingerprints of the content pages' views key by key, by source path
     *                   (what their entries are made of is told from them)
     */
    static Map<String, byte[]> files(String manifest, Collection<? extends Map<String, Object>> pages,
                                     Map<Fingerprint, Entry> kept, Map<String, Map<String, Fingerprint>> pagePrints) {
        record Made(Fingerprint inputs, Entry entry) implements java.io.Serializable {
        }
        Fingerprints walk = ViewPrints.walk(Map.of());
        List<Made> made = pages.parallelStream().map(p -> {
            if (kept == null) {
                return new Made(null, entry(p));
            }
            Map<String, Fingerprint> keys = p instanceof PageModel m ? pagePrints.get(m.sourcePath()) : null;
            Fingerprint inputs = keys != null ? inputs(p, keys) : walk.of(inputs(p));
            Entry entry = kept.get(inputs);
            return new Made(inputs, entry != null ? entry : entry(p));
        }).toList();
        if (kept != null) {
            kept.clear();
            made.forEach(m -> kept.put(m.inputs(), m.entry()));
        }

        Map<String, byte[]> out = new LinkedHashMap<>();
        int files = (made.size() + CHUNK - 1) / CHUNK;
        for (int f = 0; f < files; f++) {
            StringBuilder sb = new StringBuilder("{\"pages\":[");
            for (int i = f * CHUNK; i < Math.min(made.size(), (f + 1) * CHUNK); i++) {
                sb.append(i == f * CHUNK ? "\n" : ",\n").append(made.get(i).entry().json());
            }
            out.put(FOLDER + "/pages-" + f + ".json", sb.append("\n]}\n").toString().getBytes(StandardCharsets.UTF_8));
        }
        // key → word → page, weight, page, weight…, pages in index order
        Map<String, Map<String, StringBuilder>> shards = new TreeMap<>();
        for (int i = 0; i < made.size(); i++) {
            int page = i;
            made.get(i).entry().forEachWord((word, weight) -> {
                StringBuilder postings = shards.computeIfAbsent(key(word), k -> new TreeMap<>())
                        .computeIfAbsent(word, k -> new StringBuilder());
                postings.append(postings.length() == 0 ? "" : ",").append(page).append(',').append(weight);
            });
        }
        StringBuilder keys = new StringBuilder();
        for (Map.Entry<String, Map<String, StringBuilder>> shard : shards.entrySet()) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<String, StringBuilder> w : shard.getValue().entrySet()) {
                sb.append(first ? "\n" : ",\n").append(Json.quoteForScript(w.getKey())).append(":[").append(w.getValue()).append(']');
                first = false;
            }
            out.put(FOLDER + "/words-" + fileName(shard.getKey()) + ".json",
                    sb.append("\n}\n").toString().getBytes(StandardCharsets.UTF_8));
            keys.append(keys.length() == 0 ? "\n" : ",\n").append(Json.quoteForScript(shard.getKey())).append(':')
                    .append(Json.quoteForScript(fileName(shard.getKey())));
        }
        String head = "{\"version\":2,\"count\":" + made.size() + ",\"chunk\":" + CHUNK
                + ",\"pages\":" + Json.quoteForScript(FOLDER + "/pages-") + ",\"words\":" + Json.quoteForScript(FOLDER + "/words-")
                + ",\"keys\":{" + keys + "\n}}\n";
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put(manifest, head.getBytes(StandardCharsets.UTF_8));
        all.putAll(out);
        return all;
    }

    /** The shard of a folded word: its first two code points. */
    static String key(String word) {
        int end = word.offsetByCodePoints(0, Math.min(2, word.codePointCount(0, word.length())));
        return word.substring(0, end);
    }

    /** A key as part of a file name: ASCII letters and digits as they are, anything else as _hex_. */
    static String fileName(String key) {
        StringBuilder sb = new StringBuilder();
        key.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append((char) c);
            } else {
                sb.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return sb.toString();
    }

    /** The words of {@code text} as the search script folds them. */
    static List<String> words(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * Whether a content page's entry may differ now that the fingerprints of its view's keys
     * went from {@code before} (null when unknown) to {@code after}.
     */
    static boolean changes(Map<String, Object> page, Map<String, Fingerprint> before, Map<String, Fingerprint> after) {
        return before == null || !inputs(page, before).equals(inputs(page, after));
    }

    /** The fingerprint of what a content page's entry is made of ({@link #inputs(Map)}), from its keys' fingerprints. */
    private static Fingerprint inputs(Map<String, Object> p, Map<String, Fingerprint> keys) {
        Object summary = p.get("summary");
        boolean own = summary instanceof String text && !text.isBlank();
        Hasher h = new Hasher();
        for (String key : own ? OWN_SUMMARY : NO_SUMMARY) {
            Fingerprint f = keys.get(key);
            h.add(key);
            if (f != null) {
                h.add(f);
            }
        }
        return h.finish();
    }

    private static final List<String> OWN_SUMMARY = List.of("title", "uri", "summary", "tags", "toc");
    private static final List<String> NO_SUMMARY = List.of("title", "uri", "summary", "body", "tags", "toc");

    /** What a page's entry is made of: equal inputs, equal entries. */
    private static List<Object> inputs(Map<String, Object> p) {
        Object summary = p.get("summary");
        boolean own = summary instanceof String text && !text.isBlank();
        return java.util.Arrays.asList(p.get("title"), p.get("uri"), summary, own ? null : p.get("body"), p.get("tags"),
                p.get("toc"));
    }

    private static Entry entry(Map<String, Object> p) {
        Map<String, Integer> words = new TreeMap<>();
        String title = String.valueOf(p.get("title"));
        String summary = summary(p);
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"title\":").append(Json.quoteForScript(title));
        sb.append(",\"url\":").append(Json.quoteForScript(String.valueOf(p.get("uri"))));
        sb.append(",\"summary\":").append(Json.quoteForScript(summary));
        sb.append(",\"tags\":[");
        if (p.get("tags") instanceof List<?> tags) {
            for (int i = 0; i < tags.size(); i++) {
                String tag = String.valueOf(tags.get(i));
                sb.append(i == 0 ? "" : ",").append(Json.quoteForScript(tag));
                add(words, tag, TAGS);
            }
        }
        sb.append("],\"headings\":[");
        if (p.get("toc") instanceof List<?> toc) {
            for (int i = 0; i < toc.size(); i++) {
                String heading = String.valueOf(toc.get(i) instanceof Map<?, ?> h ? h.get("title") : "");
                sb.append(i == 0 ? "" : ",").append(Json.quoteForScript(heading));
                add(words, heading, HEADINGS);
            }
        }
        add(words, title, TITLE);
        add(words, summary, SUMMARY);
        return Entry.of(sb.append("]}").toString(), words);
    }

    private static void add(Map<String, Integer> words, String text, int weight) {
        for (String w : words(text)) {
            words.merge(w, weight, Math::max);
        }
    }

    private static String summary(Map<String, Object> page) {
        Object s = page.get("summary");
        if (s instanceof String text && !text.isBlank()) {
            return text.strip();
        }
        if (page.get("body") instanceof ViewWrapper.Body body) {
            String text = Html.text(body.html());
            if (text.length() <= SUMMARY_CHARS) {
                return text;
            }
            int cut = text.lastIndexOf(' ', SUMMARY_CHARS);
            return text.substring(0, cut > 0 ? cut : SUMMARY_CHARS) + "…";
        }
        return "";
    }
}
