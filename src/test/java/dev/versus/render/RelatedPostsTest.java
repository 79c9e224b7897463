package dev.versus.render;

import dev.versus.model.Page;
import dev.versus.model.Status;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Related posts found through the tag indexes are those that comparing every pair of posts finds. */
class RelatedPostsTest {

    @Test
    void indexesFindWhatComparingEveryPostFinds() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            // a few common tags that many posts carry, many rare ones, and pages with no tags
            int common = 1 + random.nextInt(4);
            int rare = 1 + random.nextInt(60);
            List<Page> pages = new ArrayList<>();
            for (int i = random.nextInt(80); i > 0; i--) {
                Set<String> tags = new HashSet<>();
                for (int t = random.nextInt(8); t > 0; t--) {
                    tags.add(random.nextInt(3) == 0 ? "rare-" + random.nextInt(rare) : "common-" + random.nextInt(common));
                }
                pages.add(page("p" + pages.size(), random.nextInt(5) == 0 ? "page" : "post", List.copyOf(tags)));
            }
            List<Page> posts = pages.stream().filter(p -> p.isPost() && random.nextInt(6) != 0).toList();
            Map<String, Map<String, Object>> models = new HashMap<>();
            pages.forEach(p -> models.put(p.sourcePath(), Map.of("id", p.sourcePath())));

            Map<Page, List<Map<String, Object>>> found = RelatedPosts.of(pages, posts, models);
            for (Page p : pages) {
                assertEquals(byComparingEveryPost(p, posts, models), found.get(p), "round " + round + ", " + p.sourcePath());
            }
        }
    }

    /** Up to three other posts sharing the most tags (five or more as five), earlier in the list first. */
    private static List<Map<String, Object>> byComparingEveryPost(Page page, List<Page> posts,
                                                                  Map<String, Map<String, Object>> models) {
        record Scored(int index, int shared) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            if (posts.get(i) == page) {
                continue;
            }
            int shared = (int) posts.get(i).tags().stream().filter(page.tags()::contains).count();
            if (shared > 0) {
                scored.add(new Scored(i, Math.min(shared, 5)));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::shared).reversed().thenComparingInt(Scored::index));
        return scored.stream().limit(RelatedPosts.MAX).map(s -> models.get(posts.get(s.index()).sourcePath())).toList();
    }

    private static Page page(String name, String type, List<String> tags) {
        String uri = "blog/" + name + ".html";
        return new Page("content/blog/" + name + ".md", "blog/" + name + ".md", uri, uri, type, Status.PUBLISHED, name,
                null, tags, null, null, Page.Format.MARKDOWN, "", 1, Map.of(), Map.of());
    }
}
