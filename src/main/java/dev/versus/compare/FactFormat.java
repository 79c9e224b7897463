package dev.versus.compare;

import dev.versus.html.Html;
import dev.versus.model.Aspect;
import dev.versus.model.AspectType;
import dev.versus.model.Fact;
import dev.versus.model.FactValue;

/**
 * How a fact reads, the one place that says it: as plain text (charts, JSON, template
 * variables), as HTML for a table cell (comparison tables, profile pages, the matrix) and as
 * HTML inside a sentence (citations). All three use the same words: "Yes"/"No",
 * "n/a: reason", "3 of 5", a link shown by its address.
 */
public final class FactFormat {

    private FactFormat() {
    }

    /** The value as one line of plain text, e.g. "2005", "Yes", "3 of 5", "ORM, Forms", "n/a: reason". */
    public static String text(Aspect aspect, Fact fact) {
        FactValue v = fact.value();
        if (v instanceof FactValue.Text t) {
            return t.text();
        } else if (v instanceof FactValue.Number n) {
            return number(aspect, n);
        } else if (v instanceof FactValue.Bool b) {
            return b.value() ? "Yes" : "No";
        } else if (v instanceof FactValue.Items i) {
            return String.join(", ", i.items());
        } else if (v instanceof FactValue.Link l) {
            return Links.displayUrl(l.url());
        }
        return "n/a: " + ((FactValue.NotApplicable) v).reason();
    }

    /**
     * The value as HTML inside a sentence (a citation): as in a table cell, except that a list
     * reads as words separated by commas rather than as a bulleted list.
     */
    public static String inlineHtml(Aspect aspect, Fact fact) {
        if (fact.value() instanceof FactValue.Items i) {
            return Html.escapeAll(String.join(", ", i.items()));
        }
        return html(aspect, fact);
    }

    private static String number(Aspect aspect, FactValue.Number n) {
        if (aspect.type() == AspectType.RATING) {
            return n.written() + " of " + AspectType.MAX_RATING;
        }
        return aspect.unit() == null ? n.written() : n.written() + " " + aspect.unit();
    }

    /** The value as HTML for a table cell (escaped). */
    public static String html(Aspect aspect, Fact fact) {
        FactValue v = fact.value();
        if (v instanceof FactValue.Text t) {
            return Html.escapeAll(t.text());
        } else if (v instanceof FactValue.Number n) {
            return aspect.type() == AspectType.RATING ? rating(n) : Html.escapeAll(number(aspect, n));
        } else if (v instanceof FactValue.Bool b) {
            return b.value() ? "<span class=\"yes\">Yes</span>" : "<span class=\"no\">No</span>";
        } else if (v instanceof FactValue.Items i) {
            StringBuilder sb = new StringBuilder("<ul class=\"fact-list\">");
            i.items().forEach(item -> sb.append("<li>").append(Html.escapeAll(item)).append("</li>"));
            return sb.append("</ul>").toString();
        } else if (v instanceof FactValue.Link l) {
            return "<a href=\"" + Html.escapeAll(l.url()) + "\">" + Html.escapeAll(Links.displayUrl(l.url())) + "</a>";
        }
        return "<span class=\"na-value\"><abbr title=\"not applicable\">n/a</abbr>: <span class=\"na-reason\">"
                + Html.escapeAll(((FactValue.NotApplicable) v).reason()) + "</span></span>";
    }

    private static String rating(FactValue.Number n) {
        int v = (int) n.value();
        return "<span class=\"rating\">" + Html.escapeAll(n.written()) + " of " + AspectType.MAX_RATING
                + " <span class=\"rating-dots\" aria-hidden=\"true\">" + "&#9679;".repeat(v) + "&#9675;".repeat(AspectType.MAX_RATING - v)
                + "</span></span>";
    }

    /** The numeric value, when the fact has one. */
    static Double numeric(Fact fact) {
        return fact != null && fact.value() instanceof FactValue.Number n ? n.value() : null;
    }
}
