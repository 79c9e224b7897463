package dev.versus.pipeline;

import dev.versus.TestSite;
import dev.versus.cli.Main;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Facts that stay true: old facts, facts without a source, subjects missing facts their collection has. */
class FactChecksTest {

    @TempDir
    Path dir;

    private static final String SITE = """
            -- jbake.properties --
            site.host=https://example.org
            versus.facts.max_age=18m
            versus.facts.require_source=true
            -- data/aspects.yaml --
            language:
              label: Language
              type: text
            first_release:
              label: First release
              type: year
            licence:
              label: Licence
              type: text
            -- data/frameworks/django.yaml --
            name: Django
            facts:
              language:
                value: Python
                source: https://www.djangoproject.com/
                as_of: 2024-11-30
              first_release:
                value: 2005
                source: https://en.wikipedia.org/wiki/Django_(web_framework)
                as_of: 2025-01
              licence: {value: BSD-3-Clause, source: https://github.com/django/django, as_of: 2023}
            -- data/frameworks/flask.yaml --
            name: Flask
            facts:
              language: Python
              first_release: {na: Not recorded here}
            """;

    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 15);

    @Test
    void warnsAboutOldFactsFactsWithoutSourceAndMissingFactsWithPositions() {
        TestSite site = TestSite.write(dir, SITE);
        BuildResult r = site.build(BuildOptions.build(dir).withReferenceDate(REFERENCE));
        assertTrue(r.ok());
        assertEquals("""
                data/frameworks/django.yaml:6:12: warning: fact 'language' of 'django' was last checked 2024-11-30, more than 18m before 2026-06-15
                 6 |     as_of: 2024-11-30
                   |            ^^^^^^^^^^
                  hint: check it again and update 'value' and 'as_of' (versus.facts.max_age sets the age)
                data/frameworks/django.yaml:11:83: warning: fact 'licence' of 'django' was last checked 2023, more than 18m before 2026-06-15
                 11 |   licence: {value: BSD-3-Clause, source: https://github.com/django/django, as_of: 2023}
                    |                                                                                   ^^^^^
                  hint: check it again and update 'value' and 'as_of' (versus.facts.max_age sets the age)
                data/frameworks/flask.yaml:1:1: warning: subject 'flask' has no fact for 'licence', which other subjects of 'frameworks' have
                 1 | name: Flask
                   | ^
                  hint: add it under 'facts:', with 'na: <reason>' where an aspect does not apply
                data/frameworks/flask.yaml:3:13: warning: fact 'language' of 'flask' has no source
                 3 |   language: Python
                   |             ^^^^^^
                  hint: write it as a map with 'value:' and 'source: https://…' (versus.facts.require_source=true asks every fact for one)
                0 errors, 4 warnings
                """, TestSite.printed(r));
    }

    @Test
    void aFactCheckedWithinTheAgeIsNotOldAndAMonthCountsToItsLastDay() {
        TestSite site = TestSite.write(dir, SITE);
        // 2025-01 may mean 31 January 2025: not yet 18 months before 2026-07-31
        BuildResult r = site.build(BuildOptions.build(dir).withReferenceDate(LocalDate.of(2026, 7, 31)));
        assertTrue(TestSite.printed(r).contains("'first_release' of 'django'") == false, TestSite.printed(r));
        BuildResult later = site.build(BuildOptions.build(dir).withReferenceDate(LocalDate.of(2026, 8, 1)));
        assertTrue(TestSite.printed(later).contains("fact 'first_release' of 'django' was last checked 2025-01"),
                TestSite.printed(later));
    }

    @Test
    void theReferenceDateNeverChangesTheOutput() {
        TestSite site = TestSite.write(dir, SITE);
        site.build(BuildOptions.build(dir).withOutput(dir.resolve("a")).withReferenceDate(REFERENCE));
        site.build(BuildOptions.build(dir).withOutput(dir.resolve("b")).withReferenceDate(LocalDate.of(2040, 1, 1)));
        TestSite.assertSameTree(dir.resolve("a"), dir.resolve("b"));
    }

    @Test
    void withoutTheKeysOnlyMissingFactsAreReported() {
        TestSite site = TestSite.write(dir, SITE).add("""
                -- jbake.properties --
                site.host=https://example.org
                """);
        BuildResult r = site.build(BuildOptions.build(dir).withReferenceDate(REFERENCE));
        assertEquals(List.of("data/frameworks/flask.yaml:1:1"),
                r.diagnostics().stream().map(d -> d.position().toString()).toList());
    }

    @Test
    void profilesShowWhenEachDatedFactWasLastChecked() {
        TestSite site = TestSite.write(dir, SITE);
        site.build(BuildOptions.build(dir).withReferenceDate(REFERENCE));
        var profile = Jsoup.parse(site.read("output/frameworks/django.html"));
        assertEquals(List.of("checked 30 November 2024", "checked January 2025", "checked 2023"),
                profile.select(".facts-table .checked").eachText());
        assertEquals(List.of("2024-11-30", "2025-01", "2023"), profile.select(".facts-table .checked time").eachAttr("datetime"));
    }

    @Test
    void checkReportsThemAsJsonAndABadAgeIsAnError() {
        TestSite.write(dir, SITE).add("""
                -- jbake.properties --
                versus.facts.max_age=1y
                -- data/frameworks/flask.yaml --
                name: Flask
                facts:
                  language: {value: Python, as_of: 2001-01}
                  first_release: 2010
                  licence: BSD-3-Clause
                """);
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"check", "--format", "json", dir.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        assertTrue(out.toString().contains("{\"severity\":\"warning\",\"file\":\"data/frameworks/flask.yaml\",\"line\":3,"
                + "\"column\":36,\"message\":\"fact 'language' of 'flask' was last checked 2001-01, more than 1y before "), out.toString());

        TestSite.write(dir, "-- jbake.properties --\nversus.facts.max_age=18 months\n");
        BuildResult bad = TestSite.write(dir, "").build();
        assertEquals("""
                jbake.properties:1:22: error: 'versus.facts.max_age' must be an age such as 18m, not '18 months'
                 1 | versus.facts.max_age=18 months
                   |                      ^^^^^^^^^
                  hint: write a whole number and d (days), w (weeks), m (months) or y (years), e.g. versus.facts.max_age=18m
                1 error, 0 warnings
                """, TestSite.printed(bad));
    }
}
