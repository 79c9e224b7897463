package dev.versus.compare;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML text helpers for generated fragments. */
final class Html {

    private static final Pattern BLOCK_TAG = Pattern.compile(
            "</?(p|div|li|ul|ol|dl|dt|dd|br|h[1-6]|pre|table|thead|tbody|tr|td|th|blockquote|section|figure|figcaption|hr)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9A-Fa-f]+|amp|lt|gt|quot|apos|nbsp);");

    private Html() {
    }

    /** The characters {@link #esc} replaces, as bits of a mask: all are below 64. */
    private static final long SPECIAL = 1L << '&' | 1L << '<' | 1L << '>' | 1L << '"' | 1L << '\'';

    /** Text escaped for element content and double-quoted attributes. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        // Most text has nothing to escape; a pair page escapes hundreds of values, so the scan
        // tests a bit rather than searching a string of the special characters for each one.
        int first = 0;
        int n = s.length();
        while (first < n) {
            char c = s.charAt(first);
            if (c < 64 && (SPECIAL >>> c & 1) != 0) {
                break;
            }
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The text a reader sees in an HTML fragment: tags dropped, entities decoded, spaces collapsed. */
    static String text(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return collapseSpaces(html);
        }
        String noTags = TAG.matcher(BLOCK_TAG.matcher(html).replaceAll(" ")).replaceAll("");
        Matcher m = ENTITY.matcher(noTags);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> {
                    int cp = e.startsWith("#x") || e.startsWith("#X") ? Integer.parseInt(e.substring(2), 16)
                            : Integer.parseInt(e.substring(1));
                    yield new String(Character.toChars(cp));
                }
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return collapseSpaces(sb);
    }

    /** Runs of white space as one space, none at either end (as {@code \\s+} → " " and strip). */
    private static String collapseSpaces(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
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

    /** A short, readable form of an address: host and path without the scheme. */
    static String displayUrl(String url) {
        String s = url.startsWith("https://") ? url.substring(8) : url.startsWith("http://") ? url.substring(7) : url;
        s = s.startsWith("www.") ? s.substring(4) : s;
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
