package dev.versus.render;

import dev.versus.html.Headings;
import dev.versus.html.Hidden;
import dev.versus.html.Html;
import dev.versus.text.Spill;
import dev.versus.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * What the theme needs to know about a rendered body: its section headings (for the table of
 * contents and the search index), its length in words (for the reading time), and the body
 * as the theme shows it: a link on every section heading, and Markdown tables in a region that
 * scrolls sideways on narrow screens. Works on the HTML the Markdown stage produced, so
 * headings written by embeds (FAQ, comparison sections) and raw HTML headings an author gave an
 * id are included too (a section is any {@code h2}–{@code h4} with an id, {@link Headings});
 * what lies in an HTML comment (a commented-out heading or table) or in a script is never read
 * or touched, nor counted as words.
 *
 * <p>The themed body is not kept: the outline keeps what to insert where (every change is an
 * insertion) and {@link #themed(String)} applies that to the body when a template asks, so a
 * large site holds each body once.
 */
public final class Outline implements java.io.Serializable {

    /** A section heading: level 2 or 3, its id and its text. */
    public record Heading(int level, String id, String text) implements java.io.Serializable {
    }

    /** Words read per minute, a common estimate for technical prose. */
    static final int WORDS_PER_MINUTE = 220;

    /** Separates the parts of {@link #names}: no id or heading text holds it (XML forbids it). */
    private static final char END = '\u0000';

    // Few objects a page, however many headings it has (a site's outlines are held until its pages render):
    // the insertions one after another, with where each goes and where each ends; each heading's level,
    // and its id and text, each followed by END.
    private final int[] at;
    private final int[] ends;
    private final Text inserts;
    private final byte[] levels;
    private final Text names;
    private final int words;

    private Outline(int[] at, int[] ends, Text inserts, byte[] levels, Text names, int words) {
        this.at = at;
        this.ends = ends;
        this.inserts = inserts;
        this.levels = levels;
        this.names = names;
        this.words = words;
    }

    /** The {@code h2} and {@code h3} headings that have an id, in document order. */
    public List<Heading> headings() {
        if (levels.length == 0) {
            return List.of();
        }
        String n = names.get();
        List<Heading> out = new ArrayList<>(levels.length);
        int from = 0;
        for (byte level : levels) {
            int idEnd = n.indexOf(END, from);
            int textEnd = n.indexOf(END, idEnd + 1);
            out.add(new Heading(level, n.substring(from, idEnd), n.substring(idEnd + 1, textEnd)));
            from = textEnd + 1;
        }
        return List.copyOf(out);
    }

    /** Heading {@code i} of {@link #headings()}. */
    public Heading heading(int i) {
        String n = names.get();
        int from = 0;
        for (int k = 0; k < i; k++) {
            from = n.indexOf(END, n.indexOf(END, from) + 1) + 1;
        }
        int idEnd = n.indexOf(END, from);
        return new Heading(levels[i], n.substring(from, idEnd), n.substring(idEnd + 1, n.indexOf(END, idEnd + 1)));
    }

    /** The number of {@link #headings()}. */
    public int headingCount() {
        return levels.length;
    }

    /** Number of words of visible text, code included. */
    public int words() {
        return words;
    }

    /**
     * The body as the theme shows it: {@code html} (the body this outline was read from) with
     * an anchor link (its '#' drawn by the stylesheet, so the heading's text stays the same
     * for scripts and structured data) appended to each {@code h2}–{@code h4} that has an id,
     * each Markdown table wrapped in a focusable scroll region, and code blocks focusable.
     */
    public String themed(String html) {
        if (at.length == 0) {
            return html;
        }
        String insert = inserts.get();
        StringBuilder out = new StringBuilder(html.length() + insert.length());
        int last = 0;
        int from = 0;
        for (int i = 0; i < at.length; i++) {
            out.append(html, last, at[i]).append(insert, from, ends[i]);
            last = at[i];
            from = ends[i];
        }
        return out.append(html, last, html.length()).toString();
    }

    /** Insertions into a body, in the order they were found. */
    private static final class Edits {
        int[] at = new int[16];
        String[] insert = new String[16];
        int size;

        void add(int position, String text) {
            if (size == at.length) {
                at = java.util.Arrays.copyOf(at, size * 2);
                insert = java.util.Arrays.copyOf(insert, size * 2);
            }
            at[size] = position;
            insert[size++] = text;
        }

        /** What was added at {@code position}, or null. */
        String at(int position) {
            for (int i = 0; i < size; i++) {
                if (at[i] == position) {
                    return insert[i];
                }
            }
            return null;
        }
    }

    /** Reads the outline of a body of HTML. */
    public static Outline of(String html) {
        return of(html, Spill.memory());
    }

    /** As {@link #of(String)}, keeping what it inserts, and the headings' ids and texts, in {@code spill}. */
    public static Outline of(String html, Spill spill) {
        List<Heading> headings = new ArrayList<>();
        Edits anchors = new Edits();
        Hidden hidden = Hidden.of(html);
        for (int at = hidden.indexOf(html, "<h", 0); at >= 0; ) {
            Headings.Heading h = Headings.at(html, at);
            if (h == null || h.id() == null || h.level() < 2 || h.level() > 4) {
                at = hidden.indexOf(html, "<h", at + 1);
                continue;
            }
            String id = h.id();
            int close = h.contentEnd();
            String inner = html.substring(h.contentStart(), close);
            String text = Html.text(inner);
            if (h.level() <= 3) {
                headings.add(new Heading(h.level(), Html.decode(id), text));
            }
            if (!inner.contains("class=\"anchor\"")) {
                anchors.add(close, " <a class=\"anchor\" href=\"#" + id + "\" aria-label=\"Link to this section: "
                        + Html.escape(text) + "\"></a>");
            }
            at = hidden.indexOf(html, "<h", h.end());
        }
        Edits tables = tables(html, anchors, hidden);
        // A code block wider than the column scrolls, so keyboard users must be able to focus it.
        Edits code = new Edits();
        for (int at = hidden.indexOf(html, "<pre><code", 0); at >= 0; at = hidden.indexOf(html, "<pre><code", at + 10)) {
            code.add(at + 4, " tabindex=\"0\"");
        }
        // Merge the three, each in document order. Only a table's end and a heading's anchor can
        // fall at the same place (a table ending just before a heading's end tag); the table's
        // region closes first, as the table was wrapped after the anchor was added.
        int n = anchors.size + tables.size + code.size;
        int[] at = new int[n];
        int[] ends = new int[n];
        StringBuilder insert = new StringBuilder();
        int a = 0;
        int t = 0;
        int c = 0;
        for (int k = 0; k < n; k++) {
            int pa = a < anchors.size ? anchors.at[a] : Integer.MAX_VALUE;
            int pt = t < tables.size ? tables.at[t] : Integer.MAX_VALUE;
            int pc = c < code.size ? code.at[c] : Integer.MAX_VALUE;
            if (pt <= pa && pt <= pc) {
                at[k] = pt;
                insert.append(tables.insert[t++]);
            } else if (pa <= pc) {
                at[k] = pa;
                insert.append(anchors.insert[a++]);
            } else {
                at[k] = pc;
                insert.append(code.insert[c++]);
            }
            ends[k] = insert.length();
        }
        byte[] levels = new byte[headings.size()];
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < levels.length; i++) {
            Heading h = headings.get(i);
            levels[i] = (byte) h.level();
            names.append(h.id().replace(END, '\uFFFD')).append(END).append(h.text().replace(END, '\uFFFD')).append(END);
        }
        return new Outline(at, ends, spill.put(insert.toString()), levels, spill.put(names.toString()),
                countWordsInHtml(hidden.replaceIn(html, " ")));
    }

    /**
     * Wraps each Markdown table in a region that scrolls on its own, so a wide table never
     * widens the page; the region is focusable so keyboard users can scroll it too. Its label
     * is the text of the last heading before it (with the anchor added to that heading).
     */
    private static Edits tables(String html, Edits anchors, Hidden hidden) {
        Edits edits = new Edits();
        int n = 0;
        int searched = 0;
        String heading = null;
        for (int at = hidden.indexOf(html, MD_TABLE, 0); at >= 0; ) {
            int end = html.indexOf("</table>", at);
            if (end < 0) {
                break;
            }
            end += "</table>".length();
            n++;
            // the label is the last heading before the table: search only what lies between the
            // previous table and this one, the rest was searched already
            int[] found = lastHeading(html, searched, at, hidden);
            if (found != null) {
                String anchor = anchors.at(found[1]);
                heading = html.substring(found[0], found[1]) + (anchor == null ? "" : anchor);
            }
            searched = at;
            String label = heading == null ? "Table " + n : Html.text(heading);
            edits.add(at, "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" + Html.escape(label) + "\">");
            edits.add(end, "</div>");
            at = hidden.indexOf(html, MD_TABLE, end);
        }
        return edits;
    }

    private static final String MD_TABLE = "<table class=\"md-table\">";

    /**
     * The content of the last complete heading ({@link Headings}) within {@code [from, to)}, as
     * its start and end; null when there is none.
     */
    private static int[] lastHeading(String html, int from, int to, Hidden hidden) {
        int[] found = null;
        int at = hidden.indexOf(html, "<h", from);
        while (at >= 0 && at + 2 < to) {
            Headings.Heading h = Headings.at(html, at);
            if (h != null && h.end() <= to) {
                found = new int[] {h.contentStart(), h.contentEnd()};
                at = hidden.indexOf(html, "<h", h.end());
            } else {
                at = hidden.indexOf(html, "<h", at + 1);
            }
        }
        return found;
    }

    /**
     * How many words of {@link #WORD_PATTERN} the visible text of {@code html} holds (tags read
     * as spaces, entities decoded), counted in one pass without building that text.
     */
    static int countWordsInHtml(String html) {
        WordCounter words = new WordCounter();
        int n = html.length();
        boolean tags = true;
        for (int i = 0; i < n; ) {
            char c = html.charAt(i);
            if (c < 128 && c != '<' && c != '&') {
                // most characters: what accept would do, without the call
                boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
                if (words.inWord) {
                    words.inWord = letterOrDigit || c == '\'' || c == '.' || c == '_' || c == '-';
                } else if (letterOrDigit) {
                    words.count++;
                    words.inWord = true;
                }
                i++;
                continue;
            }
            if (c == '<' && tags) {
                int gt = html.indexOf('>', i + 1);
                if (gt >= 0) {
                    words.accept(' ');
                    i = gt + 1;
                    continue;
                }
                tags = false; // no tag closes from here on: the rest is text
            }
            if (c == '&') {
                int end = Html.referenceEnd(html, i);
                String decoded = end < 0 ? null : Html.decodeReference(html, i, end);
                if (decoded != null) {
                    for (int k = 0; k < decoded.length(); ) {
                        int cp = decoded.codePointAt(k);
                        words.accept(cp);
                        k += Character.charCount(cp);
                    }
                    i = end;
                    continue;
                }
            }
            int cp = Character.isHighSurrogate(c) ? html.codePointAt(i) : c;
            words.accept(cp);
            i += Character.charCount(cp);
        }
        return words.count;
    }

    /** How many matches of {@link #WORD_PATTERN} the text holds, counted without a regular expression. */
    static int countWords(String text) {
        WordCounter words = new WordCounter();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            words.accept(cp);
            i += Character.charCount(cp);
        }
        return words.count;
    }

    /** The regular expression whose matches are the words counted for the reading time. */
    static final String WORD_PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019._-]*";

    /** Counts words as {@link #WORD_PATTERN} does, one code point at a time. */
    private static final class WordCounter {
        int count;
        boolean inWord;

        void accept(int c) {
            boolean letterOrDigit;
            if (c < 128) {
                letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            } else {
                int type = Character.getType(c);
                letterOrDigit = Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER
                        || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
            }
            if (inWord) {
                inWord = letterOrDigit || c == '\'' || c == '\u2019' || c == '.' || c == '_' || c == '-';
            } else if (letterOrDigit) {
                count++;
                inWord = true;
            }
        }
    }

    /** Minutes to read, at least one. */
    public int readingMinutes() {
        return Math.max(1, (words + WORDS_PER_MINUTE / 2) / WORDS_PER_MINUTE);
    }
}
