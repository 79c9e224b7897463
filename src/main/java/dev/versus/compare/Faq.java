package dev.versus.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FAQ sections: found in a rendered body (a "FAQ" or "Frequently asked questions" heading
 * followed by question headings one level down) or written in front matter. The section is
 * marked up for readers, and the same text feeds the FAQPage JSON-LD.
 */
public final class Faq {

    /** One question with its answer; {@code answer} is plain text. */
    public record Entry(String question, String answer) {
    }

    /** A body with its FAQ marked up, and the questions found. */
    record Result(String html, List<Entry> entries) {
    }

    private static final Pattern FAQ_TITLE = Pattern.compile(
            "(faqs?|frequently asked questions|questions and answers|q\\s*&\\s*a)(\\s*[:(].*)?", Pattern.CASE_INSENSITIVE);

    private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");

    private Faq() {
    }

    /** Whether a heading text names a FAQ section. */
    static boolean isFaqTitle(String text) {
        String t = text.strip();
        if (t.isEmpty() || "fFqQ".indexOf(t.charAt(0)) < 0) {
            return false; // every title the pattern takes starts with f or q
        }
        return FAQ_TITLE.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /** Finds the first FAQ section of {@code html} and marks it up; the body is unchanged when there is none. */
    static Result extract(String html) {
        if (html.indexOf("<h") < 0) {
            return new Result(html, List.of());
        }
        List<int[]> headings = headings(html); // start, end, level, text start, text end
        java.util.function.IntFunction<String> text = i -> Html.text(html.substring(headings.get(i)[3], headings.get(i)[4]));
        for (int i = 0; i < headings.size(); i++) {
            int level = headings.get(i)[2];
            if (!isFaqTitle(text.apply(i))) {
                continue;
            }
            int sectionEnd = html.length();
            List<Integer> questions = new ArrayList<>();
            for (int j = i + 1; j < headings.size(); j++) {
                int l = headings.get(j)[2];
                if (l <= level) {
                    sectionEnd = headings.get(j)[0];
                    break;
                }
                if (l == level + 1) {
                    questions.add(j);
                }
            }
            if (questions.isEmpty()) {
                continue;
            }
            int[] title = headings.get(i);
            String titleId = idOf(html.substring(title[0], title[1]));
            StringBuilder out = new StringBuilder(html.length() + 512);
            out.append(html, 0, title[0]);
            out.append("<section class=\"faq\"").append(titleId == null ? "" : " aria-labelledby=\"" + titleId + "\"").append(">\n");
            out.append(html, title[0], headings.get(questions.get(0))[0]);
            List<Entry> entries = new ArrayList<>();
            for (int q = 0; q < questions.size(); q++) {
                int[] h = headings.get(questions.get(q));
                int answerEnd = q + 1 < questions.size() ? headings.get(questions.get(q + 1))[0] : sectionEnd;
                String answer = html.substring(h[1], answerEnd).strip();
                entries.add(new Entry(text.apply(questions.get(q)), Html.text(answer)));
                out.append("<div class=\"faq-item\">\n").append(html, h[0], h[1]).append("\n<div class=\"faq-answer\">\n")
                        .append(answer).append("\n</div>\n</div>\n");
            }
            out.append("</section>\n");
            out.append(html, sectionEnd, html.length());
            return new Result(out.toString(), List.copyOf(entries));
        }
        return new Result(html, List.of());
    }

    /**
     * The headings of {@code html}, as the pattern {@code <h([1-6])( id="([^"]*)")?>(.*?)</h\1>}
     * (dot matching newlines) finds them, without a regular expression: bodies are long and
     * this runs for every page.
     */
    static List<int[]> headings(String html) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = html.indexOf("<h", from);
            if (start < 0 || start + 3 >= html.length()) {
                return out;
            }
            from = start + 1;
            char digit = html.charAt(start + 2);
            if (digit < '1' || digit > '6') {
                continue;
            }
            int p = start + 3;
            if (html.startsWith(" id=\"", p)) {
                int quote = html.indexOf('"', p + 5);
                if (quote < 0) {
                    continue;
                }
                p = quote + 1;
            }
            if (p >= html.length() || html.charAt(p) != '>') {
                continue;
            }
            String close = "</h" + digit + ">";
            int end = html.indexOf(close, p + 1);
            if (end < 0) {
                continue;
            }
            out.add(new int[] {start, end + close.length(), digit - '0', p + 1, end});
            from = end + close.length();
        }
    }

    private static String idOf(String headingTag) {
        Matcher m = ID.matcher(headingTag);
        return m.find() ? m.group(1) : null;
    }

    /** The visible section for a front-matter FAQ; answers are plain text, one paragraph per blank-line block. */
    static String render(List<Entry> entries, String id) {
        StringBuilder sb = new StringBuilder("<section class=\"faq\" aria-labelledby=\"").append(id).append("\">\n");
        sb.append("<h2 id=\"").append(id).append("\">Frequently asked questions</h2>\n");
        int n = 0;
        for (Entry e : entries) {
            n++;
            sb.append("<div class=\"faq-item\">\n<h3 id=\"").append(id).append('-').append(n).append("\">")
                    .append(Html.esc(e.question())).append("</h3>\n<div class=\"faq-answer\">\n");
            for (String para : e.answer().split("\\n\\s*\\n")) {
                sb.append("<p>").append(Html.esc(para.strip())).append("</p>\n");
            }
            sb.append("</div>\n</div>\n");
        }
        return sb.append("</section>\n").toString();
    }

    /** Front-matter entries as readers see them (text normalised the way {@link #extract} does). */
    static List<Entry> normalised(List<Entry> entries) {
        return entries.stream().map(e -> new Entry(Html.text(Html.esc(e.question())), Html.text(Html.esc(e.answer())))).toList();
    }
}
