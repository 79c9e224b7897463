package dev.versus.compare;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.diag.Suggestions;
import dev.versus.model.Aspect;
import dev.versus.model.Catalog;
import dev.versus.model.Page;
import dev.versus.model.Subject;
import dev.versus.source.SourceFile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Which pair pages a site gets: from {@code versus.pairs}, the articles, and the floor of differences. */
public final class Pairs {

    /**
     * Two subjects in the order their page shows them (see {@link #select}), with the articles
     * comparing exactly them.
     */
    public record Pair(Subject first, Subject second, List<Page> articles, List<Aspect> aspects, int differences) implements java.io.Serializable {
        /** The pair's identity, whatever the order: {@link Pairs#key(Subject, Subject)}. */
        public String key() {
            return Pairs.key(first, second);
        }

        /** The canonical address's last segment, in the page's order: "postgresql-vs-mysql". */
        public String slug() {
            return first.id() + "-vs-" + second.id();
        }

        public String title() {
            return first.name() + " vs " + second.name();
        }
    }

    private Pairs() {
    }

    /** Aspects both subjects have a fact for, in catalogue order. */
    static List<Aspect> shared(Catalog catalog, Subject a, Subject b) {
        return catalog.aspects().values().stream().filter(x -> a.fact(x.id()) != null && b.fact(x.id()) != null).toList();
    }

    static int differences(List<Aspect> aspects, Subject a, Subject b) {
        int n = 0;
        for (Aspect x : aspects) {
            if (!FactFormat.text(x, a.fact(x.id())).equals(FactFormat.text(x, b.fact(x.id())))) {
                n++;
            }
        }
        return n;
    }

    /** The canonical key of two subjects (ids sorted): "django-vs-express". */
    static String key(Subject a, Subject b) {
        return a.id().compareTo(b.id()) <= 0 ? a.id() + "-vs-" + b.id() : b.id() + "-vs-" + a.id();
    }

    /** The pair of {@code first} and {@code second}, in that order. */
    static Pair pair(Catalog catalog, Subject first, Subject second, List<Page> articles) {
        List<Aspect> aspects = shared(catalog, first, second);
        return new Pair(first, second, articles, aspects, differences(aspects, first, second));
    }

    /**
     * As {@link #pair(Catalog, Subject, Subject, List)}, taking the shared aspects and the count
     * of differences (the same in either order) from {@code known} (pairs computed with the same
     * aspect catalogue, by key) when it holds the pair of equal subjects.
     */
    static Pair pair(Catalog catalog, Subject first, Subject second, List<Page> articles, Map<String, Pair> known) {
        Pair shape = known.get(key(first, second));
        boolean same = shape != null && (shape.first().equals(first) && shape.second().equals(second)
                || shape.first().equals(second) && shape.second().equals(first));
        if (!same) {
            shape = pair(catalog, first, second, List.of());
            known.put(shape.key(), shape);
        }
        return new Pair(first, second, articles, shape.aspects(), shape.differences());
    }

    /**
     * The pair pages to write, by key, sorted. A pair's page shows its subjects in the order
     * {@code versus.pairs} lists them ({@code postgresql-vs-mysql}), else in the order of the
     * {@code compare} list of the first article (by source path) that compares exactly them,
     * else in the order of their ids; that order makes the one canonical address, and the other
     * order's address points to it.
     *
     * @param setting      the value of {@code versus.pairs}
     * @param articlePairs key → published articles that compare exactly that pair, each with
     *                     the pair in its {@code compare} order
     */
    static Map<String, Pair> select(String setting, int floor, Catalog catalog, Map<String, List<Ordered>> articlePairs,
                                    SourceFile configFile, Diagnostics diags) {
        return select(setting, floor, catalog, articlePairs, configFile, diags, new java.util.HashMap<>());
    }

    /**
     * An article comparing exactly two subjects, in the order its {@code compare} list names them;
     * {@code file} is its source, for quoting it in messages (may be null).
     */
    record Ordered(Page article, Subject first, Subject second, SourceFile file) implements java.io.Serializable {
        Ordered(Page article, Subject first, Subject second) {
            this(article, first, second, null);
        }
    }

    /** As above, with the shapes of pairs already computed for this catalogue, by key (added to). */
    static Map<String, Pair> select(String setting, int floor, Catalog catalog, Map<String, List<Ordered>> articlePairs,
                                    SourceFile configFile, Diagnostics diags, Map<String, Pair> known) {
        Map<String, Pair> out = new TreeMap<>();
        Map<String, Boolean> wanted = new LinkedHashMap<>(); // key → explicitly listed
        Map<String, Subject[]> listedOrder = new HashMap<>(); // key → the order versus.pairs first gave
        Map<String, Position> listedAt = new HashMap<>(); // key → where versus.pairs first gave it
        List<Map.Entry<String, Position>> tokens = tokenPositions(configFile);
        int next = 0; // the first token of the configuration file not yet matched
        List<Subject> all = new ArrayList<>(catalog.subjects().values());
        for (String token : setting.split("[,\\s]+")) {
            String t = token.strip();
            if (t.isEmpty() || t.equals("none")) {
                continue;
            }
            if (t.equals("articles")) {
                articlePairs.keySet().forEach(k -> wanted.putIfAbsent(k, false));
            } else if (t.equals("all")) {
                for (int i = 0; i < all.size(); i++) {
                    for (int j = i + 1; j < all.size(); j++) {
                        wanted.putIfAbsent(all.get(i).id() + "-vs-" + all.get(j).id(), false);
                    }
                }
            } else {
                Subject[] ab = split(t, catalog);
                if (ab == null) {
                    diags.add(configDiagnostic(configFile, t, "'" + t + "' in versus.pairs is not a pair of known subjects",
                            "write pairs as first-vs-second with subject ids ("
                                    + Suggestions.hint(t.replaceFirst("-vs-.*", ""), catalog.subjects().keySet(), "subjects")
                                    + "), or use all, articles or none"));
                    continue;
                }
                String k = key(ab[0], ab[1]);
                wanted.put(k, true);
                Position at = configPosition(configFile);
                for (int i = next; i < tokens.size(); i++) {
                    if (tokens.get(i).getKey().equals(t)) {
                        at = tokens.get(i).getValue();
                        next = i + 1;
                        break;
                    }
                }
                Subject[] before = listedOrder.putIfAbsent(k, ab);
                if (before == null) {
                    listedAt.put(k, at);
                } else if (before[0] != ab[0]) {
                    String winner = before[0].id() + "-vs-" + before[1].id();
                    diags.add(quote(configFile, Diagnostic.warning(at, "pair order conflict: versus.pairs lists both "
                                    + winner + " (" + listedAt.get(k) + ") and " + t + "; the first one listed wins, so the pair page is '"
                                    + winner + "'")
                            .withHint("remove '" + t + "' from versus.pairs")));
                }
            }
        }
        for (Map.Entry<String, Boolean> w : wanted.entrySet()) {
            List<Ordered> byArticle = articlePairs.getOrDefault(w.getKey(), List.of());
            List<Page> articles = byArticle.stream().map(Ordered::article).toList();
            Subject[] ab = listedOrder.get(w.getKey());
            Ordered earliest = byArticle.stream()
                    .min(java.util.Comparator.comparing((Ordered o) -> o.article().sourcePath())).orElse(null);
            if (ab == null && earliest != null) {
                ab = new Subject[] {earliest.first(), earliest.second()};
            }
            if (earliest != null) {
                warnOfOrders(byArticle, ab, listedOrder.containsKey(w.getKey()) ? listedAt.get(w.getKey()) : null,
                        earliest, setting, diags);
            }
            if (ab == null) {
                ab = Objects.requireNonNull(split(w.getKey(), catalog));
            }
            Pair p = pair(catalog, ab[0], ab[1], articles, known);
            if (articles.isEmpty() && p.differences() < floor) {
                if (w.getValue()) {
                    diags.add(configDiagnostic(configFile, p.slug(), "pair page '" + p.slug() + "' left out: its subjects differ in "
                            + p.differences() + " aspect" + (p.differences() == 1 ? "" : "s") + ", fewer than versus.pairs.min_differences ("
                            + floor + ")", "add facts to both subjects, lower the floor, or write an article comparing them")
                            .withSeverity(dev.versus.diag.Severity.WARNING));
                }
                continue;
            }
            out.put(p.key(), p);
        }
        return out;
    }

    /**
     * Warns at each article whose {@code compare} list orders its pair the other way from the
     * pair page's order {@code ab}: that order is the one {@code versus.pairs} gives (written at
     * {@code listedAt}) or, when it gives none (null), the one of {@code earliest}.
     */
    private static void warnOfOrders(List<Ordered> byArticle, Subject[] ab, Position listedAt, Ordered earliest,
                                     String setting, Diagnostics diags) {
        String winner = ab[0].id() + "-vs-" + ab[1].id();
        String loser = ab[1].id() + "-vs-" + ab[0].id();
        for (Ordered o : byArticle) {
            if (o.first() == ab[0]) {
                continue;
            }
            Position at = o.article().positionOf("compare");
            String why = listedAt != null
                    ? "versus.pairs lists " + winner + " (" + listedAt + ") and decides"
                    : earliest.article().positionOf("compare") + " lists " + ab[0].id() + " first and comes first by path";
            String fix = listedAt != null
                    ? "or write " + loser + " in versus.pairs instead to show the pair in this order"
                    : "or choose the order for every article in versus.pairs (versus.pairs=" + setting.strip() + ", " + winner + ")";
            Diagnostic d = Diagnostic.warning(at, "pair order conflict: 'compare' lists " + o.first().id() + " before "
                            + o.second().id() + ", but " + why + ", so the pair page is '" + winner + "'")
                    .withHint("write compare: [" + ab[0].id() + ", " + ab[1].id() + "] here to agree, " + fix);
            diags.add(o.file() == null ? d : o.file().quote(d));
        }
    }

    /** Each token of the value of versus.pairs as the configuration file writes it, with its place, in order. */
    private static List<Map.Entry<String, Position>> tokenPositions(SourceFile configFile) {
        List<Map.Entry<String, Position>> out = new ArrayList<>();
        if (configFile == null) {
            return out;
        }
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^[ \\t]*versus\\.pairs[ \\t]*[=:][ \\t]*(.*)$")
                .matcher(configFile.text());
        int start = -1;
        String value = null;
        while (line.find()) { // the last one counts, as in a properties file
            start = line.start(1);
            value = line.group(1);
        }
        if (value == null) {
            return out;
        }
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("[^,\\s]+").matcher(value);
        while (token.find()) {
            out.add(Map.entry(token.group(), configFile.positionOf(start + token.start(), token.end() - token.start())));
        }
        return out;
    }

    private static Position configPosition(SourceFile configFile) {
        return Position.file(configFile == null ? "jbake.properties" : configFile.path());
    }

    private static Diagnostic quote(SourceFile configFile, Diagnostic d) {
        return configFile == null ? d : configFile.quote(d);
    }

    /** The two subjects of "a-vs-b", whatever the order, or null. */
    static Subject[] split(String key, Catalog catalog) {
        int from = 0;
        while (true) {
            int i = key.indexOf("-vs-", from);
            if (i < 0) {
                return null;
            }
            Subject a = catalog.subjects().get(key.substring(0, i));
            Subject b = catalog.subjects().get(key.substring(i + 4));
            if (a != null && b != null && a != b) {
                return new Subject[] {a, b};
            }
            from = i + 1;
        }
    }

    private static Diagnostic configDiagnostic(SourceFile configFile, String token, String message, String hint) {
        if (configFile == null) {
            return Diagnostic.error(Position.file("jbake.properties"), message).withHint(hint);
        }
        String text = configFile.text();
        int key = text.indexOf("versus.pairs");
        int at = key < 0 ? -1 : text.indexOf(token, key);
        Position p = at < 0 ? Position.file(configFile.path()) : configFile.positionOf(at, token.length());
        return configFile.quote(Diagnostic.error(p, message).withHint(hint));
    }

    static Collection<Subject> both(Pair p) {
        return List.of(p.first(), p.second());
    }
}
