package dev.versus.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline as first defined, with regular expressions: the reference that {@link Outline}'s
 * scanners must agree with.
 */
record OutlineReference(String body, List<Outline.Heading> headings, int words) {

    private static final Pattern HEADING = Pattern.compile(
            "<h([2-4])((?:\\s[^>]*)?\\sid=\"([^\">]+)\"[^>]*)>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’._-]*");

    /** Reads the outline of a body of HTML. */
    static OutlineReference of(String html) {
        List<Outline.Heading> headings = new ArrayList<>();
        StringBuilder out = new StringBuilder(html.length() + 256);
        Matcher m = HEADING.matcher(html);
        int last = 0;
        while (m.find()) {
            int level = m.group(1).charAt(0) - '0';
            String id = m.group(3);
            String inner = m.group(4);
            String text = text(inner);
            if (level <= 3) {
                headings.add(new Outline.Heading(level, unescape(id), text));
            }
            out.append(html, last, m.start(4)).append(inner);
            if (!inner.contains("class=\"anchor\"")) {
                out.append(" <a class=\"anchor\" href=\"#").append(id).append("\" aria-label=\"Link to this section: ")
                        .append(escape(text)).append("\"></a>");
            }
            out.append("</h").append(level).append('>');
            last = m.end();
        }
        out.append(html, last, html.length());
        // A code block wider than the column scrolls, so keyboard users must be able to focus it.
        String body = wrapTables(out.toString()).replace("<pre><code", "<pre tabindex=\"0\"><code");
        return new OutlineReference(body, List.copyOf(headings), wordsOf(visibleText(html)));
    }

    /**
     * Wraps each Markdown table in a region that scrolls on its own, so a wide table never
     * widens the page; the region is focusable so keyboard users can scroll it too.
     */
    private static String wrapTables(String html) {
        if (!html.contains(MD_TABLE)) {
            return html;
        }
        StringBuilder sb = new StringBuilder(html.length() + 256);
        int from = 0;
        int n = 0;
        int at;
        Matcher h = LAST_HEADING.matcher(html);
        int searched = 0;
        String heading = null;
        while ((at = html.indexOf(MD_TABLE, from)) >= 0) {
            int end = html.indexOf("</table>", at);
            if (end < 0) {
                break;
            }
            end += "</table>".length();
            n++;
            // the label is the last heading before the table: search only what lies between the
            // previous table and this one, the rest was searched already
            h.region(searched, at);
            while (h.find()) {
                heading = h.group(2);
            }
            searched = at;
            String label = heading == null ? "Table " + n : text(heading);
            sb.append(html, from, at).append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
                    .append(escape(label)).append("\">").append(html, at, end).append("</div>");
            from = end;
        }
        sb.append(html, from, html.length());
        return sb.toString();
    }

    private static final String MD_TABLE = "<table class=\"md-table\">";
    private static final Pattern LAST_HEADING = Pattern.compile("<h([1-6])(?:\\s[^>]*)?>(.*?)</h\\1>", Pattern.DOTALL);

    private static int wordsOf(String text) {
        Matcher w = WORD.matcher(text);
        int n = 0;
        while (w.find()) {
            n++;
        }
        return n;
    }

    static String stripTags(String html) {
        return TAG.matcher(html).replaceAll(" ");
    }

    /** The visible text of a fragment of HTML, entities decoded and whitespace collapsed. */
    static String text(String html) {
        return unescape(TAG.matcher(html).replaceAll(" ")).replaceAll("\\s+", " ").strip();
    }

    /** The visible text of a fragment of HTML, entities decoded, spaces as they are. */
    static String visibleText(String html) {
        return unescape(stripTags(html));
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
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
                    try {
                        if (e.startsWith("#x") || e.startsWith("#X")) {
                            yield new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
                        } else if (e.startsWith("#")) {
                            yield new String(Character.toChars(Integer.parseInt(e.substring(1))));
                        }
                    } catch (IllegalArgumentException notACodePoint) {
                        yield m.group();
                    }
                    yield m.group();
                }
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

