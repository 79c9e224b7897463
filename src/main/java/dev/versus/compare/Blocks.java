package dev.versus.compare;

import dev.versus.html.Html;
import dev.versus.model.Subject;
import dev.versus.model.Urls;

import java.util.List;

/** Pros and cons, and "choose it when" lists, from the subjects' data. */
final class Blocks {

    private Blocks() {
    }

    static String prosCons(List<Subject> subjects, String from, Links links) {
        StringBuilder sb = new StringBuilder("<div class=\"proscons\">\n");
        for (Subject s : subjects) {
            sb.append("<section class=\"proscons-subject\" aria-label=\"").append(Html.escapeAll(s.name()))
                    .append(": pros and cons\">\n<p class=\"proscons-name\">").append(link(s, from, links)).append("</p>\n");
            list(sb, "pros", "Pros", s.pros());
            list(sb, "cons", "Cons", s.cons());
            sb.append("</section>\n");
        }
        return sb.append("</div>").toString();
    }

    static String choose(List<Subject> subjects, String from, Links links) {
        StringBuilder sb = new StringBuilder("<div class=\"choose\">\n");
        for (Subject s : subjects) {
            sb.append("<section class=\"choose-subject\" aria-label=\"Choose ").append(Html.escapeAll(s.name())).append(" when\">\n")
                    .append("<p class=\"choose-name\">Choose ").append(link(s, from, links)).append(" when</p>\n<ul>\n");
            if (s.chooseWhen().isEmpty()) {
                sb.append("<li class=\"missing\">No recommendations recorded yet.</li>\n");
            }
            s.chooseWhen().forEach(c -> sb.append("<li>").append(Html.escapeAll(c)).append("</li>\n"));
            sb.append("</ul>\n</section>\n");
        }
        return sb.append("</div>").toString();
    }

    private static void list(StringBuilder sb, String cls, String title, List<String> items) {
        sb.append("<div class=\"").append(cls).append("\">\n<p class=\"proscons-title\">").append(title).append("</p>\n<ul>\n");
        if (items.isEmpty()) {
            sb.append("<li class=\"missing\">None recorded.</li>\n");
        }
        for (String i : items) {
            sb.append("<li>").append(Html.escapeAll(i)).append("</li>\n");
        }
        sb.append("</ul>\n</div>\n");
    }

    private static String link(Subject s, String from, Links links) {
        return "<a href=\"" + Html.escapeAll(Urls.relative(from, links.profile(s).uri())) + "\">" + Html.escapeAll(s.name()) + "</a>";
    }
}
