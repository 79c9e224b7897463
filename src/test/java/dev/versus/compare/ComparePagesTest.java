package dev.versus.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.TestSite;
import dev.versus.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generated pages, facts shown everywhere from one source, FAQ and JSON-LD. */
class ComparePagesTest {

    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every page that shows Django's first release. */
    private static final List<String> PAGES_WITH_DJANGO_RELEASE = List.of(
            "output/blog/django-vs-express/index.html",
            "output/frameworks/django/index.html",
            "output/compare/django-vs-express/index.html",
            "output/compare/index.html");

    @Test
    void changingOneFactChangesItOnEveryPageThatShowsIt() {
        TestSite site = TestSite.write(dir, CompareFixtures.SITE);
        site.buildOk();
        for (String page : PAGES_WITH_DJANGO_RELEASE) {
            assertTrue(djangoReleaseCells(site, page).stream().allMatch("2005"::equals), page);
            assertFalse(djangoReleaseCells(site, page).isEmpty(), page);
        }
        site.assertContains("output/blog/django-vs-express/index.html", "Django appeared in <span class=\"fact\"");
        site.put("data/frameworks/django.yaml", site.read("data/frameworks/django.yaml").replace("value: 2005", "value: 2004"));
        site.buildOk();
        for (String page : PAGES_WITH_DJANGO_RELEASE) {
            assertEquals(List.of("2004"), djangoReleaseCells(site, page).stream().distinct().toList(), page);
            assertFalse(site.read(page).contains("2005"), page + " still shows the old value");
        }
    }

    /** Text of every place showing Django's first release: table cells in Django's column or row, and citations. */
    private static List<String> djangoReleaseCells(TestSite site, String page) {
        Document doc = Jsoup.parse(site.read(page));
        List<String> out = new ArrayList<>();
        for (Element table : doc.select("table")) {
            List<String> heads = table.select("thead th").eachText();
            int col = heads.indexOf("Django");
            for (Element tr : table.select("tbody tr")) {
                String row = tr.selectFirst("th").ownText().trim();
                if (!row.startsWith("First release")) {
                    continue;
                }
                if (col > 0) {
                    out.add(tr.select("td").get(col - 1).ownText().trim());
                } else if (table.hasClass("facts-table")) {
                    out.add(tr.selectFirst("td").ownText().trim());
                }
            }
        }
        doc.select("span.fact[title^=Django, first release]").forEach(e -> out.add(e.text()));
        return out;
    }

    /** The same facts in every kind of place: a table cell, a citation, a profile page, the matrix. */
    private static final String EVERY_KIND_OF_FACT = """
            -- data/aspects.yaml --
            language:
              label: Language
              type: text
            admin:
              label: Admin interface
              type: boolean
              description: Whether it ships a site to edit the data.
            learning_curve:
              label: Learning curve
              type: rating
            docs:
              label: Documentation
              type: link
            plugins:
              label: Plugins
              type: list
            -- data/frameworks/django.yaml --
            name: Django
            facts:
              language: Python
              admin: true
              learning_curve: 3
              docs: https://docs.djangoproject.com/
              plugins: [ORM, Forms]
            -- data/frameworks/express.yaml --
            name: Express
            facts:
              language: JavaScript
              admin: false
              learning_curve: 2
              docs: {na: No single manual}
              plugins: [Router]
            -- content/blog/django-vs-express.md --
            ---
            title: Django vs Express
            date: 2025-02-10
            compare: [django, express]
            ---
            Admin: {{django.admin}} and {{express.admin}}; curve {{django.learning_curve}} and {{express.learning_curve}}; docs {{django.docs}}
            and {{express.docs}}; plugins {{django.plugins}}.

            ```comparison
            aspects: admin, learning_curve, docs, plugins
            ```
            """;

    @Test
    void aFactPrintsTheSameInATableACitationAProfileAndTheMatrix() {
        TestSite site = TestSite.write(dir, CompareFixtures.SITE).add(EVERY_KIND_OF_FACT);
        site.buildOk();
        Document article = Jsoup.parse(site.read("output/blog/django-vs-express/index.html"));
        Document matrix = Jsoup.parse(site.read("output/compare/index.html"));
        for (String subject : List.of("Django", "Express")) {
            Document profile = Jsoup.parse(site.read("output/frameworks/" + subject.toLowerCase() + "/index.html"));
            for (String aspect : List.of("Admin interface", "Learning curve", "Documentation")) {
                String cited = article.select("span.fact[title^=" + subject + ", " + aspect.toLowerCase() + "]").html();
                assertFalse(cited.isEmpty(), subject + " " + aspect + " is cited");
                assertEquals(cited, cell(article, subject, aspect), "article table, " + subject + " " + aspect);
                assertEquals(cited, cell(matrix, subject, aspect), "matrix, " + subject + " " + aspect);
                assertEquals(cited, cell(profile, null, aspect), "profile, " + subject + " " + aspect);
            }
        }
        assertEquals("Yes", article.selectFirst("span.fact[title^=Django, admin]").text());
        assertEquals("n/a: No single manual", article.selectFirst("span.fact[title^=Express, documentation]").text());
        assertEquals("https://docs.djangoproject.com/",
                article.selectFirst("span.fact[title^=Django, documentation] a").attr("href"));
        // a list reads as words in a sentence, as items in a table
        assertEquals("ORM, Forms", article.selectFirst("span.fact[title^=Django, plugins]").text());
        assertEquals(List.of("ORM", "Forms"), article.select("table.comparison-table td .fact-list li").eachText()
                .subList(0, 2));
    }

    @Test
    void anAspectsDescriptionIsShownWithItsRowEverywhere() {
        TestSite site = TestSite.write(dir, CompareFixtures.SITE).add(EVERY_KIND_OF_FACT);
        site.buildOk();
        for (String page : List.of("output/blog/django-vs-express/index.html", "output/compare/index.html",
                "output/frameworks/django/index.html")) {
            Document doc = Jsoup.parse(site.read(page));
            assertEquals("Whether it ships a site to edit the data.",
                    doc.selectFirst("th:contains(Admin interface) .aspect-description").text(), page);
        }
    }

    /** The HTML of the fact in a table, without footnote marks and the best mark; column by subject, or a profile's one column. */
    private static String cell(Document doc, String subject, String aspect) {
        for (Element table : doc.select("table.comparison-table, table.facts-table")) {
            List<String> heads = table.select("thead th").eachText();
            int col = subject == null ? 1 : heads.indexOf(subject);
            if (col < 1) {
                continue;
            }
            for (Element tr : table.select("tbody tr")) {
                if (tr.selectFirst("th").ownText().trim().equals(aspect)) {
                    Element td = tr.select("td").get(col - 1).clone();
                    td.select(".note-ref, .best-mark").remove();
                    return td.html().trim();
                }
            }
        }
        throw new AssertionError("no cell for " + subject + ", " + aspect);
    }

    @Test
    void profilePairAndMatrixPagesExistAndLinkToEachOther() {
        TestSite site = TestSite.write(dir, CompareFixtures.SITE);
        BuildResult r = site.buildOk();
        assertEquals(List.of(), r.diagnostics());
        Document pair = Jsoup.parse(site.read("output/compare/django-vs-express/index.html"));
        Element article = pair.selectFirst(".read-article a");
        assertNotNull(article, "the pair page links to the article comparing exactly that pair");
        assertEquals("../../blog/django-vs-express/", article.attr("href"));
        assertEquals("../../frameworks/django/", pair.selectFirst(".pair-subject h2 a").attr("href"));
        Document profile = Jsoup.parse(site.read("output/frameworks/django/index.html"));
        assertEquals(List.of("../../blog/django-vs-express/", "../../compare/django-vs-express/", "../../compare/"),
                profile.select(".compared-in a").eachAttr("href"));
        assertEquals(List.of("Overview", "Fit", "Features"), profile.select(".fact-group h2").eachText());
        Document matrix = Jsoup.parse(site.read("output/compare/index.html"));
        assertEquals(List.of("../compare/django-vs-express/"), matrix.select(".pair-index a").eachAttr("href"));
        assertEquals(List.of("Django", "Express"), matrix.select("table.comparison-table thead th a").eachText());
        Document reverse = Jsoup.parse(site.read("output/compare/express-vs-django/index.html"));
        assertEquals("https://example.org/compare/django-vs-express/", reverse.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("0; url=../django-vs-express/", reverse.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertTrue(site.read("output/sitemap.xml").contains("https://example.org/compare/django-vs-express/"));
        assertFalse(site.read("output/sitemap.xml").contains("express-vs-django"), "the reverse page is not in the sitemap");
        Element better = pair.selectFirst("td.best");
        assertEquals(1, pair.select("td.best").size());
        assertEquals("best", better.selectFirst(".best-mark").ownText(), "the mark is text, not colour only");
        assertEquals("2 of 5 ●●○○○ ✓ best", better.text(), "the better learning curve is marked with text");
        Element chart = pair.selectFirst("#pair-chart-learning_curve");
        assertEquals("Learning curve (lower is better)", chart.selectFirst("figcaption").text());
        assertEquals(List.of("Django 3 of 5", "Express 2 of 5"), chart.select(".bars li").eachText(),
                "the chart's names and values are text");
        assertEquals(List.of("width:60.0%", "width:40.0%"), chart.select(".bar").eachAttr("style"));
    }

    @Test
    void aPairPageShowsItsSubjectsInTheOrderTheArticleComparesThem() {
        TestSite site = TestSite.write(dir, CompareFixtures.SITE);
        site.put("content/blog/django-vs-express.md", site.read("content/blog/django-vs-express.md")
                .replace("title: Django vs Express", "title: Express vs Django").replace("compare: [django, express]", "compare: [express, django]"));
        site.buildOk();
        Document pair = Jsoup.parse(site.read("output/compare/express-vs-django/index.html"));
        assertEquals("Express vs Django", pair.selectFirst("h1").text());
        assertEquals("https://example.org/compare/express-vs-django/", pair.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(List.of("Express", "Django"), pair.select("table.comparison-table thead th a").eachText());
        assertEquals(List.of("Express", "Django"), pair.select(".pair-subject h2").eachText());
        assertEquals("../../blog/django-vs-express/", pair.selectFirst(".read-article a").attr("href"));
        Document reverse = Jsoup.parse(site.read("output/compare/django-vs-express/index.html"));
        assertEquals("https://example.org/compare/express-vs-django/", reverse.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("0; url=../express-vs-django/", reverse.selectFirst("meta[http-equiv=refresh]").attr("content"));
        Document article = Jsoup.parse(site.read("output/blog/django-vs-express/index.html"));
        assertNotNull(article.selectFirst("a[href=../../compare/express-vs-django/]"), "the article links to the canonical pair page");
        Document matrix = Jsoup.parse(site.read("output/compare/index.html"));
        assertEquals(List.of("Express vs Django"), matrix.select(".pair-index a").eachText());
        String sitemap = site.read("output/sitemap.xml");
        assertTrue(sitemap.contains("https://example.org/compare/express-vs-django/"));
        assertFalse(sitemap.contains("compare/django-vs-express/"), "one canonical address per pair");
    }

    @Test
    void versusPairsChoosesThePairOrderOverArticlesAndIdsAreTheDefault() {
        TestSite site = TestSite.write(dir, CompareFixtures.SITE).add("""
                -- data/frameworks/flask.yaml --
                name: Flask
                facts:
                  language: Python
                  first_release: 2010
                  learning_curve: 1
                  admin: false
                """);
        site.put("jbake.properties", site.read("jbake.properties").replace("versus.pairs=all", "versus.pairs=all, express-vs-django"));
        site.buildOk();
        assertEquals("Express vs Django", Jsoup.parse(site.read("output/compare/express-vs-django/index.html")).selectFirst("h1").text());
        assertTrue(site.read("output/compare/django-vs-express/index.html").contains("rel=\"canonical\" href=\"https://example.org/compare/express-vs-django/\""),
                "the listed order wins over the article's");
        assertEquals("Django vs Flask", Jsoup.parse(site.read("output/compare/django-vs-flask/index.html")).selectFirst("h1").text(),
                "without a listing or an article, the ids' order");
        assertTrue(site.read("output/compare/flask-vs-django/index.html").contains("url=../django-vs-flask/"));
    }

    @Test
    void tablesTellTheThemeTheirShapeAndWideOnesCarryAScrollCue() {
        TestSite site = TestSite.write(dir, CompareFixtures.SITE).add("""
                -- data/frameworks/flask.yaml --
                name: Flask
                facts:
                  language: Python
                  first_release: 2010
                  learning_curve: 1
                -- content/three.md --
                ---
                title: Three frameworks
                type: page
                compare: [django, express, flask]
                aspects: [language, first_release]
                ---
                ```comparison
                ```

                ```comparison
                subjects: django, express
                transpose: true
                ```
                """);
        site.buildOk();
        Document pair = Jsoup.parse(site.read("output/compare/django-vs-express/index.html"));
        assertEquals(List.of("comparison", "two-subjects"), List.copyOf(pair.selectFirst("figure.comparison").classNames()));
        assertNull(pair.selectFirst(".scroll-cue"), "two subjects fit a phone side by side; no cue");
        Document three = Jsoup.parse(site.read("output/three/index.html"));
        List<Element> figures = three.select("figure.comparison");
        assertEquals(List.of("comparison", "many-subjects"), List.copyOf(figures.get(0).classNames()));
        assertEquals("Scroll sideways for all 3 subjects →", figures.get(0).selectFirst(".scroll-cue").text());
        assertEquals("true", figures.get(0).selectFirst(".scroll-cue").attr("aria-hidden"));
        assertEquals(List.of("comparison", "transposed"), List.copyOf(figures.get(1).classNames()));
        assertEquals("Scroll sideways for all 2 aspects →", figures.get(1).selectFirst(".scroll-cue").text());
    }

    @Test
    void aPageTemplateSeesWhatThePageComparesAsItsOwnVariables() {
        TestSite site = TestSite.write(dir, CompareFixtures.SITE).add("""
                -- templates/post.ftlh --
                <p id="own"><#list subjects as s>${s.name} (${s.facts.first_release.text});</#list> ${pair.title} at ${pair.uri}; <#list faq as q>${q.question}</#list>; ${jsonld?has_content?c}</p>
                <p id="global">${compare_pages[content.file].subjects?size} ${compare_pages[content.file].pair.uri}</p>
                -- templates/page.ftlh --
                <p id="own">${(subjects?size)!"none"}</p>
                -- content/about.md --
                ---
                title: About
                type: page
                ---
                No comparison here.
                """).add("""
                -- content/blog/django-vs-express.md --
                ---
                title: Django vs Express
                date: 2025-02-10
                compare: [django, express]
                ---
                Intro.

                ## FAQ

                ### Which came first?

                Django.
                """);
        site.buildOk();
        Document post = Jsoup.parse(site.read("output/blog/django-vs-express/index.html"));
        assertEquals("Django (2005);Express (2010); Django vs Express at compare/django-vs-express/; Which came first?; true",
                post.getElementById("own").text());
        assertEquals("2 compare/django-vs-express/", post.getElementById("global").text());
        assertEquals("none", Jsoup.parse(site.read("output/about/index.html")).getElementById("own").text());
    }

    @Test
    void faqJsonLdHoldsExactlyTheVisibleQuestionsAndAnswers() throws Exception {
        TestSite site = TestSite.write(dir, CompareFixtures.SITE).add("""
                -- content/blog/django-vs-express.md --
                ---
                title: "Django vs Express: \\"quotes\\" </script>"
                date: 2025-02-10
                compare: [django, express]
                tags: [django]
                ---
                Intro.

                ## Frequently asked questions

                ### Is Express faster than Django & Flask?

                It *depends* on the workload; see [the docs](https://example.org/a?b=1&c=2).

                Test with `your own` code.

                ### Which came first?

                Django, in {{django.first_release}}.

                ## After the FAQ

                Not an answer.
                -- content/faq.md --
                ---
                title: Front-matter FAQ
                type: page
                faq:
                  - question: Is it "free"?
                    answer: Yes & always </script>.
                  - question: Second?
                    answer: |
                      First paragraph.

                      Second paragraph.
                ---
                Body.
                """);
        site.buildOk();
        for (String page : List.of("output/blog/django-vs-express/index.html", "output/faq/index.html")) {
            Document doc = Jsoup.parse(site.read(page));
            List<String[]> visible = new ArrayList<>();
            for (Element item : doc.select("section.faq .faq-item")) {
                visible.add(new String[] {item.selectFirst("h3").text(), item.selectFirst(".faq-answer").text()});
            }
            assertEquals(2, visible.size(), page);
            JsonNode faq = jsonLd(doc, "FAQPage");
            JsonNode entities = faq.get("mainEntity");
            assertEquals(visible.size(), entities.size());
            for (int i = 0; i < visible.size(); i++) {
                assertEquals(visible.get(i)[0], entities.get(i).get("name").asText(), page);
                assertEquals(visible.get(i)[1], entities.get(i).get("acceptedAnswer").get("text").asText(), page);
            }
        }
        Document article = Jsoup.parse(site.read("output/blog/django-vs-express/index.html"));
        assertEquals("Is Express faster than Django & Flask?", article.selectFirst(".faq-item h3").text());
        assertEquals("Django, in 2005.", article.select(".faq-answer").get(1).text());
        assertFalse(article.selectFirst("section.faq").text().contains("Not an answer"));
        JsonNode posting = jsonLd(article, "BlogPosting");
        assertEquals("Django vs Express: \"quotes\" </script>", posting.get("headline").asText());
        assertEquals("https://example.org/blog/django-vs-express/", posting.get("url").asText());
        assertEquals("2025-02-10T00:00:00Z", posting.get("datePublished").asText());
        assertEquals("Django", posting.get("about").get(0).get("name").asText());
        JsonNode crumbs = jsonLd(article, "BreadcrumbList");
        assertEquals("https://example.org/", crumbs.get("itemListElement").get(0).get("item").asText());
        assertFalse(site.read("output/faq/index.html").contains("always </script>"), "JSON-LD cannot close its script");
    }

    @Test
    void structuredDataNamesAnAuthorAndTheMatrixPageHasBreadcrumbs() throws Exception {
        TestSite site = TestSite.write(dir, CompareFixtures.SITE).add("""
                -- content/blog/anonymous.md --
                ---
                title: Nobody signed this
                date: 2025-03-01
                ---
                Text.
                """);
        site.buildOk();
        JsonNode signed = jsonLd(Jsoup.parse(site.read("output/blog/django-vs-express/index.html")), "BlogPosting");
        assertEquals("{\"@type\":\"Person\",\"name\":\"Editors\"}", signed.get("author").toString());
        JsonNode unsigned = jsonLd(Jsoup.parse(site.read("output/blog/anonymous/index.html")), "BlogPosting");
        assertEquals("{\"@type\":\"Organization\",\"name\":\"Test site\"}", unsigned.get("author").toString());
        assertTrue(site.read("output/atom.xml").contains("<author><name>Test site</name></author>"), "as the Atom feed says");
        JsonNode crumbs = jsonLd(Jsoup.parse(site.read("output/compare/index.html")), "BreadcrumbList");
        assertEquals("[{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Test site\",\"item\":\"https://example.org/\"},"
                + "{\"@type\":\"ListItem\",\"position\":2,\"name\":\"Compare\",\"item\":\"https://example.org/compare/\"}]",
                crumbs.get("itemListElement").toString());
    }

    private static JsonNode jsonLd(Document doc, String type) throws Exception {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode node = JSON.readTree(script.data());
            if (node.get("@type").asText().equals(type)) {
                assertEquals("https://schema.org", node.get("@context").asText());
                return node;
            }
        }
        throw new AssertionError("no " + type + " JSON-LD in\n" + doc.head());
    }
}
