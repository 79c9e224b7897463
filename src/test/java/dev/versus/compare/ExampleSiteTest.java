package dev.versus.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.TestSite;
import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example site at the repository root: builds cleanly and its tables put every fact in its column. */
class ExampleSiteTest {

    @TempDir
    static Path out;

    private static BuildResult result;
    private static Path output;

    @BeforeAll
    static void build() throws Exception {
        output = out.resolve("site");
        result = Build.run(BuildOptions.build(Path.of("").toAbsolutePath()).withOutput(output));
    }

    @Test
    void buildsWithoutErrorsOrWarnings() {
        assertEquals("", TestSite.printed(result));
        for (String page : List.of("frameworks/django/index.html", "frameworks/flask/index.html", "frameworks/koa/index.html",
                "frameworks/nestjs/index.html", "frameworks/express/index.html", "runtimes/nodejs/index.html",
                "compare/index.html", "compare/django-vs-nodejs/index.html", "compare/nodejs-vs-django/index.html",
                "compare/django-vs-express/index.html")) {
            assertTrue(Files.isRegularFile(output.resolve(page)), page);
        }
    }

    @Test
    void djangoVsNodejsTableShowsEachFactInItsColumn() throws Exception {
        Document doc = Jsoup.parse(Files.readString(output.resolve("blog/django-vs-nodejs/index.html")));
        Element table = doc.selectFirst("table.comparison-table");
        assertEquals(List.of("Aspect", "Django", "Node.js"), table.select("thead th").eachText());
        assertEquals("Python", cell(table, "Language", 1));
        assertEquals("JavaScript", cell(table, "Language", 2));
        assertEquals("2005", cell(table, "First release", 1));
        assertEquals("2009", cell(table, "First release", 2));
        assertTrue(cell(table, "Architecture", 1).startsWith("Model–View–Template"), cell(table, "Architecture", 1));
        assertTrue(cell(table, "Kind", 2).contains("runtime"), cell(table, "Kind", 2));
        assertTrue(cell(table, "Kind", 1).contains("framework"), cell(table, "Kind", 1));
    }

    @Test
    void eachArticleFaqJsonLdMatchesItsVisibleFaq() throws Exception {
        for (String page : List.of("blog/django-vs-nodejs/index.html", "blog/django-vs-express/index.html")) {
            Document doc = Jsoup.parse(Files.readString(output.resolve(page)));
            List<String> visible = new ArrayList<>();
            doc.select("section.faq .faq-item").forEach(i -> {
                visible.add(i.selectFirst("h3").text());
                visible.add(i.selectFirst(".faq-answer").text());
            });
            List<String> structured = new ArrayList<>();
            for (Element script : doc.select("script[type=application/ld+json]")) {
                JsonNode node = new ObjectMapper().readTree(script.data());
                if (node.get("@type").asText().equals("FAQPage")) {
                    node.get("mainEntity").forEach(q -> {
                        structured.add(q.get("name").asText());
                        structured.add(q.get("acceptedAnswer").get("text").asText());
                    });
                }
            }
            assertTrue(visible.size() >= 8, page);
            assertEquals(visible, structured, page);
        }
    }

    /** The text of the cell in the row whose header starts with {@code row}, in data column {@code column}. */
    private static String cell(Element table, String row, int column) {
        for (Element tr : table.select("tbody tr")) {
            if (tr.selectFirst("th").ownText().trim().equals(row)) {
                Element td = tr.select("td").get(column - 1).clone();
                td.select(".note-ref, [aria-hidden]").remove();
                return td.text();
            }
        }
        throw new AssertionError("no row " + row);
    }
}
