package dev.versus.html;

/**
 * Finds headings in a body of HTML, by one rule for every reader of headings (the outline and
 * its section links, the labels of tables, FAQ sections): a heading is an {@code h1}–{@code h6}
 * start tag ({@code <hN>} or {@code <hN} and white space, up to the first {@code >}), its
 * content, and the first {@code </hN>} after it. Its id is the value of its {@code id="…"}
 * attribute (the last one when written twice), when not empty. What lies in a comment or a
 * script is no heading ({@link Hidden}). The same headings as the regular expression
 * {@code <h([1-6])(?:\s[^>]*)?>(.*?)</h\1>} (dot matching newlines) finds.
 */
public final class Headings {

    /** A heading: where it starts and ends in the body, its level, its id (null if none) and where its content is. */
    public record Heading(int start, int level, String id, int contentStart, int contentEnd, int end) implements java.io.Serializable {
    }

    /** {@code </hN>} by N. */
    private static final String[] END_TAGS = {"", "</h1>", "</h2>", "</h3>", "</h4>", "</h5>", "</h6>"};

    private final String html;
    private final Hidden hidden;

    private Headings(String html, Hidden hidden) {
        this.html = html;
        this.hidden = hidden;
    }

    /** A reader of the headings of {@code html}, whose hidden parts it skips. */
    public static Headings in(String html, Hidden hidden) {
        return new Headings(html, hidden);
    }

    /** The first heading that starts at or after {@code from}, outside the hidden parts; null when there is none. */
    public Heading next(int from) {
        for (int at = hidden.indexOf(html, "<h", from); at >= 0; at = hidden.indexOf(html, "<h", at + 1)) {
            Heading h = at(html, at);
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    /** The heading that starts exactly at {@code at}, or null. */
    public static Heading at(String html, int at) {
        int n = html.length();
        if (at + 3 >= n || html.charAt(at) != '<' || html.charAt(at + 1) != 'h') {
            return null;
        }
        char level = html.charAt(at + 2);
        char after = html.charAt(at + 3);
        if (level < '1' || level > '6' || after != '>' && !Html.isSpace(after)) {
            return null;
        }
        int gt = html.indexOf('>', at + 3);
        if (gt < 0) {
            return null;
        }
        int close = html.indexOf(END_TAGS[level - '0'], gt + 1);
        if (close < 0) {
            return null;
        }
        return new Heading(at, level - '0', id(html, at + 3, gt), gt + 1, close, close + 5);
    }

    /** The value of the last non-empty {@code id="…"} (after white space) of the start tag {@code [from, gt)}, or null. */
    private static String id(String html, int from, int gt) {
        for (int p = gt - 1; p >= from; p--) {
            if (!Html.isSpace(html.charAt(p)) || !html.startsWith("id=\"", p + 1)) {
                continue;
            }
            int value = p + 5;
            int quote = html.indexOf('"', value);
            if (quote > value && quote < gt) {
                return html.substring(value, quote);
            }
        }
        return null;
    }
}
