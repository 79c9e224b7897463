package dev.versus.compare;

import dev.versus.html.Html;
import dev.versus.model.Aspect;
import dev.versus.model.AspectType;
import dev.versus.model.Fact;
import dev.versus.model.Subject;
import dev.versus.model.Urls;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Accessible comparison tables. Every cell is looked up by (aspect, subject), so a value can
 * never land in another subject's column.
 */
final class Tables {
    // Symbols are written as character references (&#10003; not the character itself): a page
    // whose text is all Latin-1 is held in memory at one byte per character, not two.

    /**
     * What to draw.
     *
     * @param idPrefix prefix of the element ids (unique in the page)
     * @param fromUri  URL path of the page the table appears on, for relative links
     */
    record Spec(List<Subject> subjects, List<Aspect> aspects, String caption, boolean transpose, boolean charts,
                String idPrefix, String fromUri) implements java.io.Serializable {
    }

    private final Links links;
    private final java.util.function.Function<String, Aspect> aspectLookup;

    Tables(Links links, java.util.function.Function<String, Aspect> aspectLookup) {
        this.links = links;
        this.aspectLookup = aspectLookup;
    }

    static String defaultCaption(List<Subject> subjects) {
        List<String> names = subjects.stream().map(Subject::name).toList();
        if (names.size() == 1) {
            return names.get(0) + " at a glance";
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1) + " compared";
    }

    /** "lower is better", "earlier is better"… */
    static String betterPhrase(Aspect a) {
        boolean year = a.type() == AspectType.YEAR;
        if (a.better() == Aspect.Better.LOWER) {
            return year ? "earlier is better" : "lower is better";
        }
        return year ? "later is better" : "higher is better";
    }

    /** Subject ids holding the best value of {@code aspect}; empty when there is no winner. */
    static Set<String> best(Aspect aspect, List<Subject> subjects) {
        Set<String> out = new HashSet<>();
        if (aspect.better() == null) {
            return out;
        }
        Double best = null;
        int count = 0;
        Set<Double> distinct = new HashSet<>();
        for (Subject s : subjects) {
            Double v = FactFormat.numeric(s.fact(aspect.id()));
            if (v == null) {
                continue;
            }
            count++;
            distinct.add(v);
            if (best == null || (aspect.better() == Aspect.Better.LOWER ? v < best : v > best)) {
                best = v;
            }
        }
        if (count < 2 || distinct.size() < 2) {
            return out;
        }
        for (Subject s : subjects) {
            Double v = FactFormat.numeric(s.fact(aspect.id()));
            if (v != null && v.equals(best)) {
                out.add(s.id());
            }
        }
        return out;
    }

    String render(Spec spec) {
        String caption = spec.caption() == null || spec.caption().isBlank() ? defaultCaption(spec.subjects()) : spec.caption();
        Notes notes = new Notes(spec.idPrefix());
        List<Set<String>> best = new ArrayList<>();
        for (Aspect a : spec.aspects()) {
            best.add(best(a, spec.subjects()));
        }
        StringBuilder t = new StringBuilder(2048 + 256 * spec.subjects().size() * spec.aspects().size());
        t.append("<figure class=\"comparison ").append(shape(spec)).append("\" id=\"").append(spec.idPrefix()).append("\">\n");
        int across = spec.transpose() ? spec.aspects().size() : spec.subjects().size();
        if (spec.transpose() || across > 2) {
            // Shown by the theme while the table is wider than its region (by CSS alone on narrow
            // screens when scripts are off); the table itself needs no instruction.
            t.append("<p class=\"scroll-cue\" aria-hidden=\"true\">Scroll sideways for all ").append(across)
                    .append(spec.transpose() ? " aspects" : " subjects").append(" <span class=\"arrow\">&#8594;</span></p>\n");
        }
        t.append("<div class=\"table-scroll\" role=\"region\" aria-label=\"").append(Html.escapeAll(caption))
                .append("\" tabindex=\"0\">\n");
        t.append("<table class=\"comparison-table").append(spec.transpose() ? " transposed" : "").append("\">\n");
        t.append("<caption>").append(Html.escapeAll(caption)).append("</caption>\n");
        if (!spec.transpose()) {
            t.append("<thead><tr><th scope=\"col\">Aspect</th>");
            for (Subject s : spec.subjects()) {
                t.append("<th scope=\"col\">").append(subjectLink(s, spec.fromUri())).append("</th>");
            }
            t.append("</tr></thead>\n<tbody>\n");
            for (int i = 0; i < spec.aspects().size(); i++) {
                Aspect a = spec.aspects().get(i);
                t.append("<tr><th scope=\"row\">").append(aspectHeader(a)).append("</th>");
                for (Subject s : spec.subjects()) {
                    cell(t, a, s, best.get(i), notes);
                }
                t.append("</tr>\n");
            }
        } else {
            t.append("<thead><tr><th scope=\"col\">Name</th>");
            for (Aspect a : spec.aspects()) {
                // A column is too narrow for the aspect's help under its label: it is the header's tooltip.
                boolean help = a.description() != null && !a.description().isBlank();
                t.append("<th scope=\"col\"");
                if (help) {
                    t.append(" title=\"").append(Html.escapeAll(a.description())).append('"');
                }
                t.append('>').append(aspectHeader(a, false)).append("</th>");
            }
            t.append("</tr></thead>\n<tbody>\n");
            for (Subject s : spec.subjects()) {
                t.append("<tr><th scope=\"row\">").append(subjectLink(s, spec.fromUri())).append("</th>");
                for (int i = 0; i < spec.aspects().size(); i++) {
                    cell(t, spec.aspects().get(i), s, best.get(i), notes);
                }
                t.append("</tr>\n");
            }
        }
        t.append("</tbody>\n</table>\n</div>\n");
        t.append(notes.html());
        if (spec.charts()) {
            t.append(charts(spec));
        }
        t.append("</figure>");
        return t.toString();
    }

    /**
     * The class that tells the theme the table's shape: two subjects side by side (which fit a
     * phone without scrolling), more subjects than that, or subjects as rows.
     */
    private static String shape(Spec spec) {
        if (spec.transpose()) {
            return "transposed";
        }
        return spec.subjects().size() <= 2 ? "two-subjects" : "many-subjects";
    }

    /** The charts of every chartable aspect, or "". */
    String charts(Spec spec) {
        StringBuilder c = new StringBuilder();
        for (Aspect a : spec.aspects()) {
            if (Charts.chartable(a, spec.subjects())) {
                c.append(Charts.bars(a, spec.subjects(), spec.idPrefix() + "-chart-" + a.id())).append('\n');
            }
        }
        return c.length() == 0 ? "" : "<div class=\"charts\">\n" + c + "</div>\n";
    }

    /** A subject's facts, one table per aspect group (in catalogue order), with shared footnotes and charts omitted. */
    String profileFacts(Subject s, String prefix) {
        java.util.Map<String, List<Fact>> groups = new java.util.LinkedHashMap<>();
        java.util.Map<String, Aspect> aspects = new java.util.HashMap<>();
        for (Fact f : s.facts().values()) {
            Aspect a = aspectOf(s, f);
            aspects.put(a.id(), a);
            groups.computeIfAbsent(a.group(), g -> new ArrayList<>()).add(f);
        }
        Notes notes = new Notes(prefix);
        StringBuilder sb = new StringBuilder("<div class=\"profile-facts\">\n");
        int n = 0;
        for (java.util.Map.Entry<String, List<Fact>> g : groups.entrySet()) {
            n++;
            String slug = g.getKey().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            String id = prefix + "-" + (slug.isEmpty() ? Integer.toString(n) : slug);
            String caption = s.name() + ": " + g.getKey();
            sb.append("<section class=\"fact-group\" aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id)
                    .append("\">").append(Html.escapeAll(g.getKey())).append("</h2>\n")
                    .append("<div class=\"table-scroll\" role=\"region\" aria-label=\"").append(Html.escapeAll(caption))
                    .append("\" tabindex=\"0\">\n<table class=\"facts-table\">\n<caption class=\"visually-hidden\">")
                    .append(Html.escapeAll(caption)).append("</caption>\n<tbody>\n");
            for (Fact f : g.getValue()) {
                Aspect a = aspects.get(f.aspectId());
                sb.append("<tr><th scope=\"row\">").append(aspectHeader(a)).append("</th>");
                cell(sb, a, s, java.util.Set.of(), notes);
                java.util.Optional<dev.versus.model.AsOf> checked = dev.versus.model.AsOf.parse(f.asOf());
                if (checked.isPresent()) {
                    // inside the cell, so the table keeps two columns
                    sb.setLength(sb.length() - "</td>".length());
                    sb.append(" <span class=\"checked\">checked <time datetime=\"").append(Html.escapeAll(checked.get().text()))
                            .append("\">").append(Html.escapeAll(checked.get().display())).append("</time></span></td>");
                }
                sb.append("</tr>\n");
            }
            sb.append("</tbody>\n</table>\n</div>\n</section>\n");
        }
        sb.append(notes.html());
        return sb.append("</div>").toString();
    }

    private Aspect aspectOf(Subject s, Fact f) {
        return aspectLookup.apply(f.aspectId());
    }

    private String subjectLink(Subject s, String fromUri) {
        String href = Urls.relative(fromUri, links.profile(s).uri());
        return "<a href=\"" + Html.escapeAll(href) + "\">" + Html.escapeAll(s.name()) + "</a>";
    }

    /** Row headers by aspect: the same in every table, and a pair page has one per aspect. */
    private final java.util.Map<Aspect, String> rowHeaders = new java.util.concurrent.ConcurrentHashMap<>();

    private String aspectHeader(Aspect a) {
        return rowHeaders.computeIfAbsent(a, x -> aspectHeader(x, true));
    }

    private static String aspectHeader(Aspect a, boolean withDescription) {
        StringBuilder sb = new StringBuilder(Html.escapeAll(a.label()));
        if (a.unit() != null) {
            sb.append(" <span class=\"unit\">(").append(Html.escapeAll(a.unit())).append(")</span>");
        }
        if (a.better() != null) {
            sb.append(" <span class=\"better-hint\">").append(Html.escapeAll(betterPhrase(a))).append("</span>");
        }
        if (withDescription && a.description() != null && !a.description().isBlank()) {
            // the aspect's help, under its label in every table: articles, profiles, the matrix
            sb.append(" <span class=\"aspect-description\">").append(Html.escapeAll(a.description())).append("</span>");
        }
        return sb.toString();
    }

    private static void cell(StringBuilder sb, Aspect a, Subject s, Set<String> best, Notes notes) {
        Fact f = s.fact(a.id());
        if (f == null) {
            sb.append("<td class=\"missing\">not recorded</td>");
            return;
        }
        sb.append("<td");
        boolean isBest = best.contains(s.id());
        if (f.isNotApplicable()) {
            sb.append(" class=\"na\"");
        } else if (isBest) {
            sb.append(" class=\"best\"");
        }
        sb.append('>').append(FactFormat.html(a, f));
        if (isBest) {
            sb.append(" <span class=\"best-mark\"><span aria-hidden=\"true\">&#10003; </span>best</span>");
        }
        sb.append(notes.ref(s, a, f)).append("</td>");
    }

    /** Footnotes of one table: sources, notes and "as of" dates. */
    static final class Notes {
        private final String prefix;
        private final StringBuilder items = new StringBuilder();
        private int count;

        Notes(String prefix) {
            this.prefix = prefix;
        }

        String ref(Subject s, Aspect a, Fact f) {
            if (f.source() == null && f.note() == null && f.asOf() == null) {
                return "";
            }
            count++;
            String n = prefix + "-note-" + count;
            String r = prefix + "-ref-" + count;
            items.append("<li id=\"").append(n).append("\"><span class=\"note-what\">").append(Html.escapeAll(s.name()))
                    .append(", ").append(Html.escapeAll(a.label())).append(":</span>");
            if (f.note() != null) {
                items.append(' ').append(Html.escapeAll(f.note()));
            }
            if (f.source() != null) {
                items.append(" Source: <a href=\"").append(Html.escapeAll(f.source())).append("\">")
                        .append(Html.escapeAll(Links.displayUrl(f.source()))).append("</a>");
                items.append(f.asOf() == null ? "." : ", as of " + Html.escapeAll(f.asOf()) + ".");
            } else if (f.asOf() != null) {
                items.append(" As of ").append(Html.escapeAll(f.asOf())).append('.');
            }
            items.append(" <a class=\"note-back\" href=\"#").append(r).append("\" aria-label=\"Back to the table\">&#8617;</a></li>\n");
            return "<sup class=\"note-ref\"><a id=\"" + r + "\" href=\"#" + n + "\" aria-label=\"note " + count + "\">"
                    + count + "</a></sup>";
        }

        String html() {
            if (count == 0) {
                return "";
            }
            return "<ol class=\"fact-notes\" aria-label=\"Notes and sources\">\n" + items + "</ol>\n";
        }
    }
}
