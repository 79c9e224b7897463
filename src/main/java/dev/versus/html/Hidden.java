package dev.versus.html;

import java.util.Arrays;

/**
 * The parts of a body of HTML that are not markup a reader sees: HTML comments (a heading or a
 * table commented out is not one) and the text of {@code script}, {@code style},
 * {@code template} and {@code textarea} elements. Nothing that reads a body looks inside them.
 */
public final class Hidden {

    private static final String[] RAW_TEXT = {"script", "style", "template", "textarea"};
    private static final Hidden NONE = new Hidden(new int[0], 0);

    private final int[] ranges; // start, end, start, end… in document order
    private final int size;

    private Hidden(int[] ranges, int size) {
        this.ranges = ranges;
        this.size = size;
    }

    /** The hidden parts of {@code html}: a comment up to its {@code -->}, an element's text up to its end tag (or the end). */
    public static Hidden of(String html) {
        int[] r = null;
        int size = 0;
        for (int lt = html.indexOf('<'); lt >= 0 && lt + 1 < html.length(); ) {
            int end = -1;
            char next = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                int close = html.indexOf("-->", lt + 4);
                end = close < 0 ? html.length() : close + 3;
            } else if (next >= 128 || (next | 0x20) == 's' || (next | 0x20) == 't') {
                // Most tags cannot start one of the names, so the names are compared only after an
                // 's' or a 't' (or a character beyond ASCII: ignoring case, U+017F reads as 's').
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
                r = Arrays.copyOf(r, r.length * 2);
            }
            r[size++] = lt;
            r[size++] = end;
            lt = html.indexOf('<', end);
        }
        return r == null ? NONE : new Hidden(r, size);
    }

    /** Whether nothing is hidden. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** The first {@code needle} at or after {@code from} that is not hidden, or -1. */
    public int indexOf(String html, String needle, int from) {
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

    /** {@code html} (the text these ranges were found in) with each hidden part replaced by {@code with}. */
    public String replaceIn(String html, String with) {
        if (size == 0) {
            return html;
        }
        StringBuilder sb = new StringBuilder(html.length());
        int last = 0;
        for (int i = 0; i < size; i += 2) {
            sb.append(html, last, ranges[i]).append(with);
            last = ranges[i + 1];
        }
        return sb.append(html, last, html.length()).toString();
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
