package dev.versus.render;

import java.util.ArrayList;
import java.util.List;

/**
 * What the theme needs to know about a rendered body: its section headings (for the table of
 * contents and the search index), its length in words (for the reading time), and the body
 * as the theme shows it: a link on every section heading, and Markdown tables in a region that
 * scrolls sideways on narrow screens. Works on the HTML the Markdown stage produced, so
 * headings written by embeds (FAQ, comparison sections) are included too; what lies in an
 * HTML comment (a commented-out heading or table) or in a script is never read or touched.
 *
 * <p>The themed body is not kept: the outline keeps what to insert where (every change is an
 * insertion) and {@link #themed(String)} applies that to the body when a template asks, so a
 * large site holds each body once.
 */
public final class Outline {

    /** A section heading: level 2 or 3, its id and its text. */
    public record Heading(int level, String id, String text) {
    }

    /** Words read per minute, a common estimate for technical prose. */
    static final int WORDS_PER_MINUTE = 220;

    private final int[] at;
    private final String[] insert;
    private final List<Heading> headings;
    private final int words;

    private Outline(int[] at, String[] insert, List<Heading> headings, int words) {
        this.at = at;
        this.insert = insert;
        this.headings = headings;
        this.words = words;
    }

    /** The {@code h2} and {@code h3} headings that have an id, in document order. */
    public List<Heading> headings() {
        return headings;
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
        int size = html.length();
        for (String s : insert) {
            size += s.length();
        }
        StringBuilder out = new StringBuilder(size);
        int last = 0;
        for (int i = 0; i < at.length; i++) {
            out.append(html, last, at[i]).append(insert[i]);
            last = at[i];
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
        List<Heading> headings = new ArrayList<>();
        Edits anchors = new Edits();
        int[] match = new int[4];
        Hidden hidden = Hidden.of(html);
        for (int at = hidden.indexOf(html, "<h", 0); at >= 0; ) {
            if (!heading(html, at, match)) {
                at = hidden.indexOf(html, "<h", at + 1);
                continue;
            }
            int level = html.charAt(at + 2) - '0';
            String id = html.substring(match[0], match[1]);
            int close = match[3];
            String inner = html.substring(match[2], close);
            String text = text(inner);
            if (level <= 3) {
                headings.add(new Heading(level, unescape(id), text));
            }
            if (!inner.contains("class=\"anchor\"")) {
                anchors.add(close, " <a class=\"anchor\" href=\"#" + id + "\" aria-label=\"Link to this section: "
                        + escape(text) + "\"></a>");
            }
            at = hidden.indexOf(html, "<h", close + 5);
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
        String[] insert = new String[n];
        int a = 0;
        int t = 0;
        int c = 0;
        for (int k = 0; k < n; k++) {
            int pa = a < anchors.size ? anchors.at[a] : Integer.MAX_VALUE;
            int pt = t < tables.size ? tables.at[t] : Integer.MAX_VALUE;
            int pc = c < code.size ? code.at[c] : Integer.MAX_VALUE;
            if (pt <= pa && pt <= pc) {
                at[k] = pt;
                insert[k] = tables.insert[t++];
            } else if (pa <= pc) {
                at[k] = pa;
                insert[k] = anchors.insert[a++];
            } else {
                at[k] = pc;
                insert[k] = code.insert[c++];
            }
        }
        return new Outline(at, insert, List.copyOf(headings), countWordsInHtml(html));
    }

    /**
     * Whether a section heading with an id starts at {@code at}: an {@code h2}–{@code h4} start
     * tag with a non-empty {@code id} attribute, and its end tag later on. The same headings
     * as the regular expression {@code <h([2-4])((?:\s[^>]*)?\sid="([^"]+)"[^>]*)>(.*?)</h\1>}
     * (dot matching newlines) finds at that position; on success {@code match} holds the
     * id's start and end, the content's start and the end tag's start.
     */
    private static boolean heading(String html, int at, int[] match) {
        int n = html.length();
        if (at + 3 >= n) {
            return false;
        }
        char level = html.charAt(at + 2);
        if (level < '2' || level > '4' || !isSpace(html.charAt(at + 3))) {
            return false;
        }
        int firstGt = html.indexOf('>', at + 3);
        if (firstGt < 0) {
            return false;
        }
        String endTag = END_TAGS[level - '0'];
        // the attributes before the id hold no '>', so the id starts before the first '>';
        // the last candidate is tried first, as the greedy prefix of the expression does
        for (int p = firstGt - 1; p >= at + 3; p--) {
            if (!isSpace(html.charAt(p)) || !html.startsWith("id=\"", p + 1)) {
                continue;
            }
            int value = p + 5;
            int quote = html.indexOf('"', value);
            if (quote <= value) {
                continue;
            }
            int gt = html.indexOf('>', quote + 1);
            if (gt < 0) {
                continue;
            }
            int close = html.indexOf(endTag, gt + 1);
            if (close < 0) {
                continue;
            }
            match[0] = value;
            match[1] = quote;
            match[2] = gt + 1;
            match[3] = close;
            return true;
        }
        return false;
    }

    /** White space as {@code \s} means it: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
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
            String label = heading == null ? "Table " + n : text(heading);
            edits.add(at, "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" + escape(label) + "\">");
            edits.add(end, "</div>");
            at = hidden.indexOf(html, MD_TABLE, end);
        }
        return edits;
    }

    /**
     * The parts of a body that are not markup the reader sees: HTML comments (a heading or a
     * table commented out is not one) and the text of {@code script}, {@code style},
     * {@code template} and {@code textarea} elements. The outline never reads inside them.
     */
    private static final class Hidden {
        private static final String[] RAW_TEXT = {"script", "style", "template", "textarea"};
        private static final Hidden NONE = new Hidden(new int[0], 0);

        private final int[] ranges; // start, end, start, end… in document order
        private final int size;

        private Hidden(int[] ranges, int size) {
            this.ranges = ranges;
            this.size = size;
        }

        static Hidden of(String html) {
            int[] r = null;
            int size = 0;
            for (int lt = html.indexOf('<'); lt >= 0 && lt + 1 < html.length(); ) {
                int end = -1;
                if (html.startsWith("<!--", lt)) {
                    int close = html.indexOf("-->", lt + 4);
                    end = close < 0 ? html.length() : close + 3;
                } else {
                    for (String tag : RAW_TEXT) {
                        if (html.regionMatches(true, lt + 1, tag, 0, tag.length()) && lt + 1 + tag.length() < html.length()
                                && !Character.isLetterOrDigit(html.charAt(lt + 1 + tag.length()))) {
                            int close = indexOfIgnoreCase(html, "</" + tag, lt + 1);
                            end = close < 0 ? html.length() : close;
                            break;
                        }
                    }
                }
                if (end < 0) {
                    lt = html.indexOf('<', lt + 1);
                    continue;
                }
                if (r == null) {
                    r = new int[8];
                } else if (size + 2 > r.length) {
                    r = java.util.Arrays.copyOf(r, r.length * 2);
                }
                r[size++] = lt;
                r[size++] = end;
                lt = html.indexOf('<', end);
            }
            return r == null ? NONE : new Hidden(r, size);
        }

        /** The first {@code needle} at or after {@code from} that is not hidden, or -1. */
        int indexOf(String html, String needle, int from) {
            int at = html.indexOf(needle, from);
            while (at >= 0 && size > 0) {
                int end = endOfRangeHolding(at);
                if (end < 0) {
                    return at;
                }
                at = html.indexOf(needle, end);
            }
            return at;
        }

        /** The end of the hidden range that holds {@code at}, or -1 when none does. */
        private int endOfRangeHolding(int at) {
            int lo = 0;
            int hi = size / 2 - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (ranges[2 * mid] > at) {
                    hi = mid - 1;
                } else if (ranges[2 * mid + 1] <= at) {
                    lo = mid + 1;
                } else {
                    return ranges[2 * mid + 1];
                }
            }
            return -1;
        }

        private static int indexOfIgnoreCase(String s, String what, int from) {
            for (int i = s.indexOf("</", from); i >= 0; i = s.indexOf("</", i + 1)) {
                if (s.regionMatches(true, i, what, 0, what.length())) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static final String MD_TABLE = "<table class=\"md-table\">";

    /** {@code </hN>} by N. */
    private static final String[] END_TAGS = {"", "</h1>", "</h2>", "</h3>", "</h4>", "</h5>", "</h6>"};

    /**
     * The content of the last complete heading ({@code <h1>}–{@code <h6>} start tag to its end
     * tag) within {@code [from, to)}, as successive matches of
     * {@code <h([1-6])[^>]*>(.*?)</h\1>} would find it, as its start and end; null when
     * there is none.
     */
    private static int[] lastHeading(String html, int from, int to, Hidden hidden) {
        int[] found = null;
        int at = hidden.indexOf(html, "<h", from);
        while (at >= 0 && at + 2 < to) {
            char level = html.charAt(at + 2);
            int gt = level >= '1' && level <= '6' ? html.indexOf('>', at + 3) : -1;
            int close = gt >= 0 && gt < to ? html.indexOf(END_TAGS[level - '0'], gt + 1) : -1;
            if (close >= 0 && close + 5 <= to) {
                found = new int[] {gt + 1, close};
                at = hidden.indexOf(html, "<h", close + 5);
            } else {
                at = hidden.indexOf(html, "<h", at + 1);
            }
        }
        return found;
    }

    /** Tags replaced by a space each, as {@code <[^>]*>} would be; a '<' that is never closed stays. */
    static String stripTags(String html) {
        int lt = html.indexOf('<');
        if (lt < 0) {
            return html;
        }
        StringBuilder sb = new StringBuilder(html.length());
        int from = 0;
        while (lt >= 0) {
            int gt = html.indexOf('>', lt + 1);
            if (gt < 0) {
                break;
            }
            sb.append(html, from, lt).append(' ');
            from = gt + 1;
            lt = html.indexOf('<', from);
        }
        return sb.append(html, from, html.length()).toString();
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
                int end = entityEnd(html, i);
                String decoded = end < 0 ? null : decode(html, i, end);
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

    /** The visible text of a fragment of HTML, entities decoded and whitespace collapsed. */
    static String text(String html) {
        String s = unescape(stripTags(html));
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        if (space) {
            sb.append(' ');
        }
        return sb.toString().strip();
    }

    /** The visible text of a fragment of HTML, entities decoded, spaces as they are. */
    static String visibleText(String html) {
        return unescape(stripTags(html));
    }

    /**
     * Decodes the character references that {@code &(#x?[0-9a-fA-F]+|[a-zA-Z]+);} finds: the
     * numeric ones and {@code amp lt gt quot apos nbsp}; any other stays as written.
     */
    static String unescape(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder sb = null;
        int last = 0;
        while (amp >= 0) {
            int end = entityEnd(s, amp);
            String decoded = end < 0 ? null : decode(s, amp, end);
            if (decoded == null) {
                amp = s.indexOf('&', amp + 1);
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length());
            }
            sb.append(s, last, amp).append(decoded);
            last = end;
            amp = s.indexOf('&', end);
        }
        return sb == null ? s : sb.append(s, last, s.length()).toString();
    }

    /** The end of the reference {@code &(#x?[0-9a-fA-F]+|[a-zA-Z]+);} at {@code amp}, or -1. */
    private static int entityEnd(String s, int amp) {
        int n = s.length();
        int i = amp + 1;
        if (i < n && s.charAt(i) == '#') {
            int digits = i + 1 < n && s.charAt(i + 1) == 'x' ? i + 2 : i + 1;
            int e = digits;
            while (e < n && Character.digit(s.charAt(e), 16) >= 0 && s.charAt(e) < 128) {
                e++;
            }
            return e > digits && e < n && s.charAt(e) == ';' ? e + 1 : -1;
        }
        int e = i;
        while (e < n && (s.charAt(e) >= 'a' && s.charAt(e) <= 'z' || s.charAt(e) >= 'A' && s.charAt(e) <= 'Z')) {
            e++;
        }
        return e > i && e < n && s.charAt(e) == ';' ? e + 1 : -1;
    }

    /** The text of the reference {@code s[amp, end)}, or null when it stays as written. */
    private static String decode(String s, int amp, int end) {
        String e = s.substring(amp + 1, end - 1);
        switch (e) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            case "nbsp":
                return " ";
            default:
                if (e.charAt(0) != '#') {
                    return null;
                }
                try {
                    int cp = e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                    return new String(Character.toChars(cp));
                } catch (IllegalArgumentException notACodePoint) {
                    return null;
                }
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
