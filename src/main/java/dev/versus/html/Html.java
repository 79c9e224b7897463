package dev.versus.html;

/** Escaping, character references and visible text: the rules every stage shares. */
public final class Html {

    private Html() {
    }

    /**
     * {@code & < > "} as character references, as flexmark escapes text: safe in element content
     * and in double-quoted attributes.
     */
    public static String escape(String s) {
        return escape(s, false);
    }

    /**
     * As {@link #escape}, apostrophes too ({@code &#39;}): for values from data files, safe in
     * any attribute; "" for null.
     */
    public static String escapeAll(String s) {
        return s == null ? "" : escape(s, true);
    }

    private static String escape(String s, boolean apostrophes) {
        int i = 0;
        while (i < s.length() && !special(s.charAt(i), apostrophes)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append(apostrophes ? "&#39;" : "'");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean special(char c, boolean apostrophes) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' && apostrophes;
    }

    /**
     * Decodes the character references that {@code &(#x?[0-9a-fA-F]+|[a-zA-Z]+);} finds: the
     * numeric ones and {@code amp lt gt quot apos nbsp} ({@code &nbsp;} as a plain space); any
     * other, and a number that is no code point, stays as written.
     */
    public static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder sb = null;
        int last = 0;
        while (amp >= 0) {
            int end = referenceEnd(s, amp);
            String decoded = end < 0 ? null : decodeReference(s, amp, end);
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
    public static int referenceEnd(CharSequence s, int amp) {
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

    /** The text of the reference {@code s[amp, end)} ({@link #referenceEnd}), or null when it stays as written. */
    public static String decodeReference(CharSequence s, int amp, int end) {
        String e = s.subSequence(amp + 1, end - 1).toString();
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

    /**
     * The visible text of a fragment of HTML: what a reader never sees ({@link Hidden}) dropped,
     * every tag read as a space, references decoded, runs of white space as one space, none at
     * either end. For headings, labels and summaries.
     */
    public static String text(String html) {
        return collapseSpaces(visibleText(html));
    }

    /** As {@link #text}, white space as it is. */
    public static String visibleText(String html) {
        return decode(stripTags(Hidden.of(html).replaceIn(html, " ")));
    }

    private static final java.util.regex.Pattern BLOCK_TAG = java.util.regex.Pattern.compile(
            "</?(p|div|li|ul|ol|dl|dt|dd|br|h[1-6]|pre|table|thead|tbody|tr|td|th|blockquote|section|figure|figcaption|hr)\\b[^>]*>",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]*>");

    /**
     * The text of a fragment as prose reads it, for structured data: as {@link #text}, but only
     * block tags ({@code p}, {@code li}, {@code br}, headings, table cells…) separate words;
     * inline tags join their neighbours ({@code <b>Dj</b>ango} reads "Django").
     */
    public static String prose(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return collapseSpaces(html);
        }
        String visible = Hidden.of(html).replaceIn(html, "");
        return collapseSpaces(decode(TAG.matcher(BLOCK_TAG.matcher(visible).replaceAll(" ")).replaceAll("")));
    }

    /** Tags replaced by a space each, as {@code <[^>]*>} would be; a '<' that is never closed stays. */
    public static String stripTags(String html) {
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

    /** Runs of white space as one space, none at either end (as {@code \s+} → " " and strip). */
    public static String collapseSpaces(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** White space as {@code \s} means it: space, tab, line feed, vertical tab, form feed, return. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
