package dev.versus.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" suggestions by edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate to {@code wrong}, if one is close enough to be a likely typo. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String w = wrong.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .map(c -> new Scored(c, distance(w, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= Math.max(2, w.length() / 3))
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate);
    }

    /**
     * A hint naming the closest candidate, or else listing them all (sorted; at most 20).
     *
     * @param what plural noun for the candidates, e.g. "subjects"
     */
    public static String hint(String wrong, Collection<String> candidates, String what) {
        Optional<String> best = closest(wrong, candidates);
        if (best.isPresent()) {
            return "did you mean '" + best.get() + "'?";
        }
        if (candidates.isEmpty()) {
            return "there are no " + what + " defined";
        }
        List<String> sorted = candidates.stream().sorted().toList();
        String list = String.join(", ", sorted.subList(0, Math.min(20, sorted.size())));
        return "known " + what + ": " + list + (sorted.size() > 20 ? ", …" : "");
    }

    private record Scored(String candidate, int distance) implements java.io.Serializable {
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
