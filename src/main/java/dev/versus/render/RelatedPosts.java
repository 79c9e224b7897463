package dev.versus.render;

import dev.versus.model.Page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The posts related to each page: those that share the most tags with it. */
final class RelatedPosts {

    private RelatedPosts() {
    }

    /** How many related posts a page lists. */
    static final int MAX = 3;

    /**
     * For every page, up to {@link #MAX} other published posts that share the most tags with
     * it (five or more counting as five), newest first among equals.
     *
     * <p>Found through indexes rather than by comparing every post with every other: the posts
     * that share two or more tags with a page are those listed under one of its pairs of tags,
     * and an index by pair of tags keeps those lists short even when every post carries a few
     * common tags (an index by tag alone would make each page visit every post with a common
     * tag, which grows with the square of the site). Posts that share one tag are needed only
     * when fewer than {@link #MAX} share more, and then only the newest few of each tag.
     */
    static <M> Map<Page, List<M>> of(List<Page> pages, List<Page> posts,
                                                      Map<String, M> models) {
        Map<String, List<Integer>> byTag = new HashMap<>();
        Map<TagPair, List<Integer>> byPair = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            List<String> tags = posts.get(i).tags();
            for (int a = 0; a < tags.size(); a++) {
                byTag.computeIfAbsent(tags.get(a), k -> new ArrayList<>()).add(i);
                for (int b = a + 1; b < tags.size(); b++) {
                    byPair.computeIfAbsent(pairKey(tags.get(a), tags.get(b)), k -> new ArrayList<>()).add(i);
                }
            }
        }
        Map<Page, List<M>> out = new java.util.concurrent.ConcurrentHashMap<>();
        // per worker: shared-tag counts by post index (zero: not seen), and which are non-zero
        ThreadLocal<int[][]> scratch = ThreadLocal.withInitial(() -> new int[][] {new int[posts.size()], new int[posts.size()]});
        Map<Page, Integer> postIndex = new java.util.IdentityHashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            postIndex.put(posts.get(i), i);
        }
        pages.parallelStream().forEach(page -> {
            int self = postIndex.getOrDefault(page, -1);
            int[] shared = scratch.get()[0];
            int[] touched = scratch.get()[1];
            List<String> tags = page.tags();
            java.util.Set<String> own = new java.util.HashSet<>(tags);
            int count = 0;
            for (int a = 0; a < tags.size(); a++) {
                for (int b = a + 1; b < tags.size(); b++) {
                    for (int i : byPair.getOrDefault(pairKey(tags.get(a), tags.get(b)), List.of())) {
                        if (shared[i] == 0 && i != self) {
                            int n = 0;
                            for (String t : posts.get(i).tags()) {
                                if (own.contains(t)) {
                                    n++;
                                }
                            }
                            shared[i] = n;
                            touched[count++] = i;
                        }
                    }
                }
            }
            int[] best = new int[MAX];
            int found = 0;
            for (int k = 0; k < count; k++) {
                found = offer(touched[k], best, found, shared);
            }
            if (found < MAX) {
                // then posts sharing one tag: the newest of each tag's list that share no more
                for (String t : tags) {
                    int taken = 0;
                    for (int i : byTag.getOrDefault(t, List.of())) {
                        if (taken == MAX) {
                            break;
                        }
                        if (i != self && shared[i] == 0) {
                            shared[i] = 1;
                            touched[count++] = i;
                            found = offer(i, best, found, shared);
                            taken++;
                        }
                    }
                }
            }
            for (int k = 0; k < count; k++) {
                shared[touched[k]] = 0;
            }
            List<M> list = new ArrayList<>(found);
            for (int k = 0; k < found; k++) {
                list.add(models.get(posts.get(best[k]).sourcePath()));
            }
            out.put(page, List.copyOf(list));
        });
        return out;
    }

    /** Two tags, in an order that does not depend on the order they were given in. */
    private record TagPair(String first, String second) implements java.io.Serializable {
    }

    private static TagPair pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? new TagPair(a, b) : new TagPair(b, a);
    }

    /** Puts post {@code i} among the {@code found} best so far if it belongs there; how many there are now. */
    private static int offer(int i, int[] best, int found, int[] shared) {
        int pos = found;
        while (pos > 0 && better(i, best[pos - 1], shared)) {
            pos--;
        }
        if (pos < MAX) {
            System.arraycopy(best, pos, best, pos + 1, Math.min(found, MAX - 1) - pos);
            best[pos] = i;
            found = Math.min(found + 1, MAX);
        }
        return found;
    }

    private static boolean better(int a, int b, int[] shared) {
        int sa = Math.min(shared[a], 5);
        int sb = Math.min(shared[b], 5);
        return sa != sb ? sa > sb : a < b;
    }

}
