package dev.versus.compare;

import dev.versus.html.Html;
import dev.versus.model.Aspect;
import dev.versus.model.AspectType;
import dev.versus.model.Fact;
import dev.versus.model.Subject;

import java.util.ArrayList;
import java.util.List;

/**
 * Bar charts of number and rating aspects, drawn with HTML and CSS: the names and values are
 * text at the page's own size (readable on a phone and in dark colours), and only the bars'
 * lengths come from the data. No script, no image.
 */
final class Charts {

    private Charts() {
    }

    /** Whether {@code aspect} can be charted for these subjects: charted type and two or more values. */
    static boolean chartable(Aspect aspect, List<Subject> subjects) {
        if (!aspect.type().isCharted()) {
            return false;
        }
        return subjects.stream().filter(s -> FactFormat.numeric(s.fact(aspect.id())) != null).count() >= 2;
    }

    /** One chart; {@code id} must be unique in the page. */
    static String bars(Aspect aspect, List<Subject> subjects, String id) {
        record Row(Subject subject, Fact fact, double value) implements java.io.Serializable {
        }
        List<Row> rows = new ArrayList<>();
        double max = aspect.type() == AspectType.RATING ? AspectType.MAX_RATING : 0;
        for (Subject s : subjects) {
            Fact f = s.fact(aspect.id());
            Double v = FactFormat.numeric(f);
            if (v != null) {
                rows.add(new Row(s, f, Math.max(0, v)));
                max = Math.max(max, v);
            }
        }
        String caption = aspect.label() + (aspect.better() == null ? "" : " (" + Tables.betterPhrase(aspect) + ")");
        StringBuilder html = new StringBuilder(256 + 160 * rows.size());
        html.append("<figure class=\"chart\" id=\"").append(id).append("\"><figcaption>").append(Html.escapeAll(caption))
                .append("</figcaption>\n<ul class=\"bars\">");
        for (Row r : rows) {
            double percent = max <= 0 ? 0 : r.value() / max * 100;
            html.append("<li><span class=\"bar-label\">").append(Html.escapeAll(r.subject().name()))
                    .append("</span> <span class=\"bar-track\" aria-hidden=\"true\"><span class=\"bar\" style=\"width:")
                    .append(fmt(percent)).append("%\"></span></span> <span class=\"bar-value\">")
                    .append(Html.escapeAll(FactFormat.text(aspect, r.fact()))).append("</span></li>");
        }
        return html.append("</ul></figure>").toString();
    }

    /** {@code d} (never negative here) with one decimal, rounded half up: 12.25 → "12.3". */
    static String fmt(double d) {
        long tenths = Math.round(d * 10);
        return (tenths / 10) + "." + (tenths % 10);
    }
}
