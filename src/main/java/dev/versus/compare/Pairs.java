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
    public record Pair(Subject first, Subject second, List<Page> articles, List<Aspect> aspects, int differences) {
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

    /** An article comparing exactly two subjects, in the order its {@code compare} list names them. */
    record Ordered(Page article, Subject first, Subject second) {
    }

    /** As above, with the shapes of pairs already computed for this catalogue, by key (added to). */
    static Map<String, Pair> select(String setting, int floor, Catalog catalog, Map<String, List<Ordered>> articlePairs,
                                    SourceFile configFile, Diagnostics diags, Map<String, Pair> known) {
        Map<String, Pair> out = new TreeMap<>();
        Map<String, Boolean> wanted = new LinkedHashMap<>(); // key → explicitly listed
        Map<String, Subject[]> listedOrder = new HashMap<>(); // key → the order versus.pairs first gave
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
                wanted.put(key(ab[0], ab[1]), true);
                listedOrder.putIfAbsent(key(ab[0], ab[1]), ab);
            }
        }
        for (Map.Entry<String, Boolean> w : wanted.entrySet()) {
            List<Ordered> byArticle = articlePairs.getOrDefault(w.getKey(), List.of());
            List<Page> articles = byArticle.stream().map(Ordered::article).toList();
            Subject[] ab = listedOrder.get(w.getKey());
            if (ab == null && !byArticle.isEmpty()) {
                Ordered earliest = byArticle.stream()
                        .min(java.util.Comparator.comparing((Ordered o) -> o.article().sourcePath())).orElseThrow();
                ab = new Subject[] {earliest.first(), earliest.second()};
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
