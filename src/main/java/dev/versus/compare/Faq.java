package dev.versus.compare;

import dev.versus.html.Headings;
import dev.versus.html.Hidden;
import dev.versus.html.Html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * FAQ sections: found in a rendered body (a "FAQ" or "Frequently asked questions" heading
 * followed by question headings one level down) or written in front matter. The section is
 * marked up for readers, and the same text feeds the FAQPage JSON-LD.
 */
public final class Faq {

    /** One question with its answer; {@code answer} is plain text. */
    public record Entry(String question, String answer) implements java.io.Serializable {
    }

    /** A body with its FAQ marked up, and the questions found. */
    record Result(String html, List<Entry> entries) implements java.io.Serializable {
    }

    private static final Pattern FAQ_TITLE = Pattern.compile(
            "(faqs?|frequently asked questions|questions and answers|q\\s*&\\s*a)(\\s*[:(].*)?", Pattern.CASE_INSENSITIVE);

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
        List<Headings.Heading> headings = headings(html);
        java.util.function.IntFunction<String> text = i -> Html.prose(html.substring(headings.get(i).contentStart(),
                headings.get(i).contentEnd()));
        for (int i = 0; i < headings.size(); i++) {
            int level = headings.get(i).level();
            if (!isFaqTitle(text.apply(i))) {
                continue;
            }
            int sectionEnd = html.length();
            List<Integer> questions = new ArrayList<>();
            for (int j = i + 1; j < headings.size(); j++) {
                int l = headings.get(j).level();
                if (l <= level) {
                    sectionEnd = headings.get(j).start();
                    break;
                }
                if (l == level + 1) {
                    questions.add(j);
                }
            }
            if (questions.isEmpty()) {
                continue;
            }
            Headings.Heading title = headings.get(i);
            String titleId = title.id();
            StringBuilder out = new StringBuilder(html.length() + 512);
            out.append(html, 0, title.start());
            out.append("<section class=\"faq\"").append(titleId == null ? "" : " aria-labelledby=\"" + titleId + "\"").append(">\n");
            out.append(html, title.start(), headings.get(questions.get(0)).start());
            List<Entry> entries = new ArrayList<>();
            for (int q = 0; q < questions.size(); q++) {
                Headings.Heading h = headings.get(questions.get(q));
                int answerEnd = q + 1 < questions.size() ? headings.get(questions.get(q + 1)).start() : sectionEnd;
                String answer = html.substring(h.end(), answerEnd).strip();
                entries.add(new Entry(text.apply(questions.get(q)), Html.prose(answer)));
                out.append("<div class=\"faq-item\">\n").append(html, h.start(), h.end()).append("\n<div class=\"faq-answer\">\n")
                        .append(answer).append("\n</div>\n</div>\n");
            }
            out.append("</section>\n");
            out.append(html, sectionEnd, html.length());
            return new Result(out.toString(), List.copyOf(entries));
        }
        return new Result(html, List.of());
    }

    /** The headings of {@code html}, in document order ({@link Headings}: comments and scripts hold none). */
    static List<Headings.Heading> headings(String html) {
        List<Headings.Heading> out = new ArrayList<>();
        Headings reader = Headings.in(html, Hidden.of(html));
        for (Headings.Heading h = reader.next(0); h != null; h = reader.next(h.end())) {
            out.add(h);
        }
        return out;
    }

    /** The visible section for a front-matter FAQ; answers are plain text, one paragraph per blank-line block. */
    static String render(List<Entry> entries, String id) {
        StringBuilder sb = new StringBuilder("<section class=\"faq\" aria-labelledby=\"").append(id).append("\">\n");
        sb.append("<h2 id=\"").append(id).append("\">Frequently asked questions</h2>\n");
        int n = 0;
        for (Entry e : entries) {
            n++;
            sb.append("<div class=\"faq-item\">\n<h3 id=\"").append(id).append('-').append(n).append("\">")
                    .append(Html.escapeAll(e.question())).append("</h3>\n<div class=\"faq-answer\">\n");
            for (String para : e.answer().split("\\n\\s*\\n")) {
                sb.append("<p>").append(Html.escapeAll(para.strip())).append("</p>\n");
            }
            sb.append("</div>\n</div>\n");
        }
        return sb.append("</section>\n").toString();
    }

    /** Front-matter entries as readers see them (text normalised the way {@link #extract} does). */
    static List<Entry> normalised(List<Entry> entries) {
        return entries.stream().map(e -> new Entry(Html.prose(Html.escapeAll(e.question())), Html.prose(Html.escapeAll(e.answer())))).toList();
    }
}
