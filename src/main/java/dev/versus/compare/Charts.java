package dev.versus.compare;

import dev.versus.model.Aspect;
import dev.versus.model.AspectType;
import dev.versus.model.Fact;
import dev.versus.model.Subject;

import java.util.ArrayList;
import java.util.List;

/** Bar charts of number and rating aspects as inline SVG, each with a text alternative. */
final class Charts {

    private static final int WIDTH = 480;
    private static final int LABEL_WIDTH = 130;
    private static final int VALUE_WIDTH = 80;
    private static final int ROW = 26;
    private static final int BAR = 18;

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
        record Row(Subject subject, Fact fact, double value) {
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
        int height = rows.size() * ROW + 4;
        int barArea = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        StringBuilder desc = new StringBuilder();
        StringBuilder svg = new StringBuilder();
        int y = 2;
        for (Row r : rows) {
            String value = FactFormat.text(aspect, r.fact());
            desc.append(desc.length() == 0 ? "" : "; ").append(r.subject().name()).append(": ").append(value);
            double w = max <= 0 ? 0 : r.value() / max * barArea;
            svg.append("<text class=\"bar-label\" x=\"0\" y=\"").append(y + 14).append("\">")
                    .append(Html.esc(r.subject().name())).append("</text>")
                    .append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                    .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(BAR).append("\" rx=\"2\"/>")
                    .append("<text class=\"bar-value\" x=\"").append(fmt(LABEL_WIDTH + w + 6)).append("\" y=\"")
                    .append(y + 14).append("\">").append(Html.esc(value)).append("</text>");
            y += ROW;
        }
        String caption = aspect.label() + (aspect.better() == null ? "" : " (" + Tables.betterPhrase(aspect) + ")");
        return "<figure class=\"chart\">"
                + "<svg class=\"bar-chart\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\" viewBox=\"0 0 "
                + WIDTH + " " + height + "\" width=\"" + WIDTH + "\" height=\"" + height + "\" xmlns=\"http://www.w3.org/2000/svg\">"
                + "<title id=\"" + id + "-title\">" + Html.esc(caption) + "</title>"
                + "<desc id=\"" + id + "-desc\">" + Html.esc(desc + ".") + "</desc>"
                + svg + "</svg>"
                + "<figcaption>" + Html.esc(caption) + "</figcaption></figure>";
    }

    /** {@code d} (never negative here) with one decimal, rounded half up: 12.25 → "12.3". */
    static String fmt(double d) {
        long tenths = Math.round(d * 10);
        return (tenths / 10) + "." + (tenths % 10);
    }
}
