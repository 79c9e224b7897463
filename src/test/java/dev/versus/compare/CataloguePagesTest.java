package dev.versus.compare;

import dev.versus.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A catalogue with more pairs than a page can list: pair lists per subject, a matrix in pages. */
class CataloguePagesTest {

    @TempDir
    Path dir;

    /** {@code n} subjects s01…, every two of them different in every aspect, every pair on. */
    static TestSite catalogue(Path dir, int n, String config) {
        StringBuilder b = new StringBuilder("""
                -- jbake.properties --
                site.host=https://example.org
                render.sitemap=true
                uri.noExtension=true
                uri.noExtension.prefix=/
                versus.pairs=all
                versus.pairs.min_differences=1
                """).append(config).append("""
                -- data/aspects.yaml --
                rank:
                  label: Rank
                  type: number
                """);
        for (int i = 1; i <= n; i++) {
            b.append("-- data/tools/s%02d.yaml --\nname: S%02d\nfacts:\n  rank: %d\n".formatted(i, i, i));
        }
        return TestSite.write(dir, b.toString());
    }

    @Test
    void largeCatalogueListsPairsPerSubjectAndPagesTheMatrix() {
        // 16 subjects: 120 pairs, more than the 100 listed in place
        TestSite site = catalogue(dir, 16, "versus.matrix.subjects_per_page=5\n");
        site.buildOk();
        Document profile = Jsoup.parse(site.read("output/tools/s03/index.html"));
        assertEquals(List.of("../../compare/with/s03/", "../../compare/"), profile.select(".compared-in a").eachAttr("href"));
        assertEquals("S03 side by side with 15 others", profile.selectFirst(".compared-in a").text());
        Document list = Jsoup.parse(site.read("output/compare/with/s03/index.html"));
        List<String> expected = IntStream.rangeClosed(1, 16).filter(i -> i != 3)
                .mapToObj(i -> i < 3 ? "../../../compare/s%02d-vs-s03/".formatted(i) : "../../../compare/s03-vs-s%02d/".formatted(i)).toList();
        assertEquals(expected, list.select(".pair-index a").eachAttr("href"));

        Document first = Jsoup.parse(site.read("output/compare/index.html"));
        assertTrue(first.select(".pair-index").isEmpty(), "the pairs are not listed on the matrix");
        assertEquals("../compare/with/s01/", first.selectFirst(".subject-index a.meta").attr("href"));
        assertEquals(16, first.select(".subject-index li").size(), "every page lists every subject");
        assertEquals(List.of("every-aspect", "subjects-heading"), first.select("article h2").eachAttr("id"),
                "a paged matrix shows its table first, then the index of every subject");
        assertEquals("All 16 subjects", first.selectFirst("a[href=#subjects-heading]").text());
        assertEquals(List.of("S01", "S02", "S03", "S04", "S05"), first.select("table.comparison-table thead th a").eachText());
        assertEquals(List.of("../compare/page-2/", "../compare/page-3/", "../compare/page-4/"),
                first.select(".matrix-pages a").eachAttr("href"));
        assertEquals("S01 – S05", first.selectFirst(".matrix-pages [aria-current=page]").text());
        Document last = Jsoup.parse(site.read("output/compare/page-4/index.html"));
        assertEquals(List.of("S16"), last.select("table.comparison-table thead th a").eachText());
        assertTrue(last.title().startsWith("Compare, page 4"), last.title());
        assertTrue(site.read("output/sitemap.xml").contains("https://example.org/compare/page-4/"));
        assertTrue(site.read("output/sitemap.xml").contains("https://example.org/compare/with/s16/"));
    }

    @Test
    void smallCatalogueKeepsPairsWhereTheyAreShown() {
        // 14 subjects: 91 pairs
        TestSite site = catalogue(dir, 14, "");
        site.buildOk();
        Document profile = Jsoup.parse(site.read("output/tools/s03/index.html"));
        assertEquals(13 + 1, profile.select(".compared-in a").size());
        assertEquals(91, Jsoup.parse(site.read("output/compare/index.html")).select(".pair-index a").size());
        assertFalse(site.exists("output/compare/with"));
        assertFalse(site.exists("output/compare/page-2"));
    }
}
