package dev.versus.cli;

import dev.versus.TestSite;
import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code versus init} and {@code versus new article|subject}. */
class ScaffoldTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run versus(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path init() {
        Path site = dir.resolve("site");
        Run r = versus("init", site.toString());
        assertEquals(0, r.code(), r.err());
        return site;
    }

    @Test
    void initCreatesASiteThatBuildsWithoutAnyDiagnostic() throws IOException {
        Path site = init();
        for (String f : List.of("jbake.properties", ".gitignore", "data/aspects.yaml", "data/languages/python.yaml",
                "data/languages/javascript.yaml", "content/blog/python-vs-javascript.md", "content/about.md")) {
            assertTrue(Files.isRegularFile(site.resolve(f)), f);
        }
        assertTrue(Files.readString(site.resolve(".gitignore")).contains("/output\n"));
        String article = Files.readString(site.resolve("content/blog/python-vs-javascript.md"));
        assertTrue(article.contains("```comparison"));
        assertTrue(article.contains("## Frequently asked questions"));
        assertTrue(article.contains("date: " + LocalDate.now(ZoneOffset.UTC)));

        BuildResult r = Build.run(BuildOptions.build(site).withStrict(true));
        assertEquals(List.of(), r.diagnostics(), TestSite.printed(r));
        assertTrue(Files.isRegularFile(site.resolve("output/blog/python-vs-javascript/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("output/about/index.html")));
    }

    @Test
    void theStarterArticleReadsAsParagraphsNotOneLineBreakPerSourceLine() throws IOException {
        Path site = init();
        String source = Files.readString(site.resolve("content/blog/python-vs-javascript.md"));
        assertTrue(source.contains("first released in\n{{javascript.first_release}}"), "the source is wrapped");
        Build.run(BuildOptions.build(site));
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                Files.readString(site.resolve("output/blog/python-vs-javascript/index.html")));
        assertEquals(0, page.select(".body br").size(), "no <br> from wrapped source lines");
        assertTrue(page.selectFirst(".body p").text().contains("first released in "), page.selectFirst(".body p").text());
    }

    @Test
    void initRefusesToOverwriteAndWritesNothing() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/about.md"), "mine");
        Run r = versus("init", site.toString());
        assertEquals(Main.EXIT_SITE_ERRORS, r.code());
        assertTrue(r.err().contains("content/about.md already exists"), r.err());
        assertTrue(r.err().contains("nothing was written"), r.err());
        assertEquals("mine", Files.readString(site.resolve("content/about.md")));
        assertFalse(Files.exists(site.resolve("jbake.properties")));
    }

    @Test
    void newArticleFillsFrontMatterAndBuilds() throws IOException {
        Path site = init();
        Run r = versus("new", "article", "Python vs. JavaScript: round two", "--compare", "python,javascript",
                "--site", site.toString());
        assertEquals(0, r.code(), r.err());
        Path file = site.resolve("content/blog/python-vs-javascript-round-two.md");
        String text = Files.readString(file);
        assertTrue(text.startsWith("---\ntitle: \"Python vs. JavaScript: round two\"\ndate: " + LocalDate.now(ZoneOffset.UTC)
                + "\n"), text);
        assertTrue(text.contains("compare: [python, javascript]"), text);
        assertTrue(text.contains("summary: How Python and JavaScript compare"), text);
        assertTrue(text.contains("```comparison\naspects: kind, first_release,"), text);
        assertTrue(text.contains("{{python.kind}}"), text);
        assertTrue(text.contains("### "), text);

        BuildResult b = Build.run(BuildOptions.build(site).withStrict(true));
        assertEquals(List.of(), b.diagnostics(), TestSite.printed(b));
        assertTrue(Files.isRegularFile(site.resolve("output/blog/python-vs-javascript-round-two/index.html")));

        Run again = versus("new", "article", "Python vs JavaScript: round two", "--site", site.toString());
        assertEquals(Main.EXIT_SITE_ERRORS, again.code());
        assertTrue(again.err().contains("already exists"), again.err());
        assertEquals(text, Files.readString(file));
    }

    @Test
    void newArticleSuggestsTheSubjectMeantOnATypo() {
        Path site = init();
        Run r = versus("new", "article", "Python vs Ruby", "--compare", "pyhton,ruby", "--site", site.toString());
        assertEquals(Main.EXIT_USAGE, r.code());
        assertTrue(r.err().contains("unknown subject 'pyhton'"), r.err());
        assertTrue(r.err().contains("did you mean 'python'?"), r.err());
        assertTrue(r.err().contains("unknown subject 'ruby'"), r.err());
        assertTrue(r.err().contains("versus new subject ruby"), r.err());
        assertFalse(Files.exists(site.resolve("content/blog/python-vs-ruby.md")));
    }

    @Test
    void newSubjectListsEveryAspectOfTheCatalogueAndNeverOverwrites() throws IOException {
        Path site = init();
        Run r = versus("new", "subject", "ruby", "--site", site.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(site.resolve("data/languages/ruby.yaml"));
        assertTrue(text.startsWith("name: Ruby\n"), text);
        for (String aspect : List.of("kind", "first_release", "typing", "paradigms", "static_types", "package_manager",
                "ease_of_learning", "specification")) {
            assertTrue(text.contains("\n  " + aspect + ":  # "), aspect + " in\n" + text);
        }
        assertTrue(text.contains("  ease_of_learning:  # Ease of learning (rating): 1 to 5"), text);

        Run again = versus("new", "subject", "ruby", "--site", site.toString(), "--collection", "other");
        assertEquals(Main.EXIT_SITE_ERRORS, again.code());
        assertTrue(again.err().contains("subject 'ruby' exists already: data/languages/ruby.yaml"), again.err());
        assertFalse(Files.exists(site.resolve("data/other/ruby.yaml")));
    }

    @Test
    void newSubjectRejectsInvalidIdsAndMistypedCollections() {
        Path site = init();
        Run bad = versus("new", "subject", "Ruby on Rails", "--site", site.toString());
        assertEquals(Main.EXIT_USAGE, bad.code());
        assertTrue(bad.err().contains("not a valid subject id"), bad.err());
        Run typo = versus("new", "subject", "go", "--collection", "langauges", "--site", site.toString());
        assertEquals(Main.EXIT_USAGE, typo.code());
        assertTrue(typo.err().contains("did you mean 'languages'?"), typo.err());
        Run fresh = versus("new", "subject", "django", "--collection", "frameworks", "--site", site.toString());
        assertEquals(0, fresh.code(), fresh.err());
        assertTrue(Files.isRegularFile(site.resolve("data/frameworks/django.yaml")));
    }

    @Test
    void newReadsTheCatalogueAsTheBuildDoesAndStopsAtItsErrors() throws IOException {
        Path site = init();
        Files.writeString(site.resolve("data/aspects.yaml"), "kind:\n  label: Kind\n  type: txt\n");
        Run r = versus("new", "subject", "ruby", "--site", site.toString());
        assertEquals(Main.EXIT_SITE_ERRORS, r.code(), r.err());
        assertTrue(r.err().startsWith("data/aspects.yaml:3:9: error: "), r.err());
        assertTrue(r.err().contains("Fix these first"), r.err());
        assertFalse(Files.exists(site.resolve("data/languages/ruby.yaml")));
        Run article = versus("new", "article", "Python vs JavaScript again", "--compare", "python,javascript",
                "--site", site.toString());
        assertEquals(Main.EXIT_SITE_ERRORS, article.code(), article.err());
    }

    @Test
    void usageErrorsPrintAsDiagnostics() {
        Path site = init();
        Run r = versus("new", "subject", "Ruby on Rails", "--site", site.toString());
        assertEquals("versus: error: 'Ruby on Rails' is not a valid subject id\n"
                + "  hint: use lower-case letters, digits, '_' and '-', e.g. ruby_on_rails\n", r.err());
    }

    @Test
    void slugsComeFromTitles() {
        assertEquals("django-vs-flask", NewCommand.slug("Django vs. Flask!"));
        assertEquals("uber-cafe", NewCommand.slug("Über Café"));
    }
}
