package dev.versus.compare;

import dev.versus.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Property test of the table builder: for random subjects, aspects of every type, random
 * selections, orders and orientations, each cell holds exactly the fact of its row and column.
 */
class ComparisonTableTest {

    @TempDir
    Path dir;

    private static final String[] TYPES = {"text", "number", "year", "boolean", "rating", "list", "link"};

    /** The fact written for subject {@code s} and aspect {@code a}, and the text a reader should see. */
    private record Cell(String yaml, String shown) {
    }

    private static Cell cell(Random rnd, int s, int a, String type) {
        if (rnd.nextInt(8) == 0) {
            return new Cell("{na: reason s" + s + "a" + a + "}", "n/a: reason s" + s + "a" + a);
        }
        return switch (type) {
            case "text" -> new Cell("\"text s" + s + "a" + a + " <&>\"", "text s" + s + "a" + a + " <&>");
            case "number" -> new Cell(Integer.toString(s * 1000 + a), (s * 1000 + a) + " ms");
            case "year" -> new Cell(Integer.toString(1900 + s * 10 + a), Integer.toString(1900 + s * 10 + a));
            case "boolean" -> {
                boolean b = rnd.nextBoolean();
                yield new Cell(Boolean.toString(b), b ? "Yes" : "No");
            }
            case "rating" -> {
                int r = 1 + rnd.nextInt(5);
                yield new Cell(Integer.toString(r), r + " of 5");
            }
            case "list" -> new Cell("[item s" + s + "a" + a + "x, item s" + s + "a" + a + "y]",
                    "item s" + s + "a" + a + "x item s" + s + "a" + a + "y");
            default -> new Cell("https://example.org/s" + s + "/a" + a, "example.org/s" + s + "/a" + a);
        };
    }

    @Test
    void eachCellHoldsTheFactOfItsAspectAndSubject() {
        for (long seed = 1; seed <= 3; seed++) {
            checkSeed(seed, dir.resolve("seed" + seed));
        }
    }

    private void checkSeed(long seed, Path root) {
        Random rnd = new Random(seed);
        int subjects = 3 + rnd.nextInt(5);
        int aspects = 4 + rnd.nextInt(8);
        StringBuilder site = new StringBuilder("-- jbake.properties --\nsite.host=https://example.org\nversus.pairs=none\n");
        site.append("-- data/aspects.yaml --\n");
        String[] types = new String[aspects];
        for (int a = 0; a < aspects; a++) {
            types[a] = TYPES[a < TYPES.length ? a : rnd.nextInt(TYPES.length)];
            site.append("a").append(a).append(":\n  label: Aspect ").append(a).append("\n  type: ").append(types[a]).append('\n');
            if (types[a].equals("number")) {
                site.append("  unit: ms\n");
            }
        }
        Cell[][] cells = new Cell[subjects][aspects];
        for (int s = 0; s < subjects; s++) {
            site.append("-- data/things/s").append(s).append(".yaml --\nname: Subject ").append(s).append("\nfacts:\n");
            for (int a = 0; a < aspects; a++) {
                cells[s][a] = cell(rnd, s, a, types[a]);
                site.append("  a").append(a).append(": ").append(cells[s][a].yaml()).append('\n');
            }
        }
        record Article(List<Integer> subjects, List<Integer> aspects, boolean transpose) {
        }
        List<Article> articles = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            List<Integer> ss = shuffled(rnd, subjects, 2 + rnd.nextInt(subjects - 1));
            List<Integer> as = shuffled(rnd, aspects, 1 + rnd.nextInt(aspects));
            boolean transpose = rnd.nextBoolean();
            articles.add(new Article(ss, as, transpose));
            site.append("-- content/a").append(n).append(".md --\n---\ntitle: Article ").append(n)
                    .append("\ndate: 2025-01-01\n---\n```comparison\nsubjects: ")
                    .append(String.join(", ", ss.stream().map(i -> "s" + i).toList()))
                    .append("\naspects: [").append(String.join(", ", as.stream().map(i -> "a" + i).toList()))
                    .append("]\ntranspose: ").append(transpose).append("\n```\n");
        }
        TestSite t = TestSite.write(root, site.toString());
        t.buildOk();
        for (int n = 0; n < articles.size(); n++) {
            Article art = articles.get(n);
            Document doc = Jsoup.parse(t.read("output/a" + n + ".html"));
            Element table = doc.selectFirst("table.comparison-table");
            List<Integer> columns = art.transpose() ? art.aspects() : art.subjects();
            List<Integer> rows = art.transpose() ? art.subjects() : art.aspects();
            Elements head = table.select("thead th");
            assertEquals(columns.size() + 1, head.size(), "seed " + seed + " article " + n);
            for (int c = 0; c < columns.size(); c++) {
                String expected = art.transpose() ? "Aspect " + columns.get(c) : "Subject " + columns.get(c);
                assertEquals(expected, visible(head.get(c + 1)), "column header, seed " + seed);
            }
            Elements trs = table.select("tbody tr");
            assertEquals(rows.size(), trs.size());
            for (int r = 0; r < rows.size(); r++) {
                Element tr = trs.get(r);
                String expectedRow = art.transpose() ? "Subject " + rows.get(r) : "Aspect " + rows.get(r);
                assertEquals(expectedRow, visible(tr.selectFirst("th")), "row header, seed " + seed);
                Elements tds = tr.select("td");
                assertEquals(columns.size(), tds.size());
                for (int c = 0; c < columns.size(); c++) {
                    int s = art.transpose() ? rows.get(r) : columns.get(c);
                    int a = art.transpose() ? columns.get(c) : rows.get(r);
                    assertEquals(cells[s][a].shown(), visible(tds.get(c)),
                            "seed " + seed + ", article " + n + ", subject s" + s + ", aspect a" + a);
                }
            }
        }
    }

    /** The text a sighted reader sees, without decorations hidden from assistive technology or footnote marks. */
    private static String visible(Element e) {
        Element copy = e.clone();
        copy.select("[aria-hidden], .note-ref, .best-mark, .better-hint, .unit, .aspect-description").remove();
        return copy.text();
    }

    private static List<Integer> shuffled(Random rnd, int n, int take) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        Collections.shuffle(all, rnd);
        return List.copyOf(all.subList(0, take));
    }
}
