package dev.versus.compare;

import dev.versus.TestSite;
import dev.versus.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mistakes in data files, front matter, blocks and citations fail the build with exact, positioned messages. */
class CompareDiagnosticsTest {

    @TempDir
    Path dir;

    private String failing(String changes) {
        TestSite site = TestSite.write(dir, CompareFixtures.SITE).add(changes);
        BuildResult r = site.build();
        assertFalse(r.ok());
        assertFalse(site.exists("output/index.html"), "a failed build writes nothing");
        return TestSite.printed(r);
    }

    @Test
    void rejectsUnknownSubjectInFrontMatterWithDidYouMean() {
        String out = failing("""
                -- content/blog/django-vs-express.md --
                ---
                title: Django vs Express
                compare: [django, expres]
                ---
                Text.
                """);
        assertEquals("""
                content/blog/django-vs-express.md:3:19: error: unknown subject 'expres'
                 3 | compare: [django, expres]
                   |                   ^^^^^^
                  hint: did you mean 'express'? Subjects are the files under the data folder's collection folders
                1 error, 0 warnings
                """, out);
    }

    @Test
    void rejectsComparisonKeysOfTheWrongShape() {
        String out = failing("""
                -- content/blog/django-vs-express.md --
                ---
                title: Django vs Express
                compare: {first: django}
                aspects: [language, [first_release]]
                faq:
                  - question: Which is older?
                    anser: Django
                ---
                Text.
                """);
        assertEquals("""
                content/blog/django-vs-express.md:3:10: error: 'compare' must be a list of ids, not a map
                 3 | compare: {first: django}
                   |          ^^^^^^^^^^^^^^^
                  hint: write ids such as [django, express]
                content/blog/django-vs-express.md:4:21: error: an entry of 'aspects' must be an id, not a list
                 4 | aspects: [language, [first_release]]
                   |                     ^^^^^^^^^^^^^^^
                  hint: write ids such as [django, express]
                content/blog/django-vs-express.md:6:5: error: FAQ entry has no 'answer'
                 6 |   - question: Which is older?
                   |     ^
                  hint: write 'answer: …' in every FAQ entry
                content/blog/django-vs-express.md:7:5: error: unknown FAQ key 'anser'
                 7 |     anser: Django
                   |     ^^^^^
                  hint: did you mean 'answer'? a FAQ entry has 'question' and 'answer'
                4 errors, 0 warnings
                """, out);
    }

    @Test
    void rejectsUnknownAspectInComparisonBlockWithDidYouMean() {
        String out = failing("""
                -- content/blog/django-vs-express.md --
                ---
                title: Django vs Express
                compare: [django, express]
                ---
                Intro.

                ```comparison
                aspects: language, first_relase
                ```
                """);
        assertEquals("""
                content/blog/django-vs-express.md:8:20: error: unknown aspect 'first_relase'
                 8 | aspects: language, first_relase
                   |                    ^^^^^^^^^^^^
                  hint: did you mean 'first_release'? Aspects are declared in data/aspects.yaml
                1 error, 0 warnings
                """, out);
    }

    @Test
    void reportsEveryMistakeOfOneComparisonBlock() {
        String out = failing("""
                -- content/blog/django-vs-express.md --
                ---
                title: Django vs Express
                ---
                Intro.

                ```comparison
                subjects: django, expres
                aspects: language, first_relase
                ```
                """);
        assertEquals("""
                content/blog/django-vs-express.md:7:19: error: unknown subject 'expres'
                 7 | subjects: django, expres
                   |                   ^^^^^^
                  hint: did you mean 'express'? Subjects are the files under the data folder's collection folders
                content/blog/django-vs-express.md:8:20: error: unknown aspect 'first_relase'
                 8 | aspects: language, first_relase
                   |                    ^^^^^^^^^^^^
                  hint: did you mean 'first_release'? Aspects are declared in data/aspects.yaml
                2 errors, 0 warnings
                """, out);
    }

    @Test
    void rejectsCitationTyposAndUnknownBlockKeys() {
        String out = failing("""
                -- content/blog/django-vs-express.md --
                ---
                title: Django vs Express
                compare: [django, express]
                ---
                Released in {{djanog.first_release}}, written in {{django.langauge}}.

                ```comparison
                subject: django
                ```
                """);
        assertEquals("""
                content/blog/django-vs-express.md:5:15: error: unknown subject 'djanog'
                 5 | Released in {{djanog.first_release}}, written in {{django.langauge}}.
                   |               ^^^^^^
                  hint: did you mean 'django'? Subjects are the files under the data folder's collection folders
                content/blog/django-vs-express.md:5:59: error: unknown aspect 'langauge'
                 5 | Released in {{djanog.first_release}}, written in {{django.langauge}}.
                   |                                                           ^^^^^^^^
                  hint: did you mean 'language'? Aspects are declared in data/aspects.yaml
                content/blog/django-vs-express.md:8:1: error: unknown key 'subject' in a comparison block
                 8 | subject: django
                   | ^^^^^^^
                  hint: did you mean 'subjects'? a comparison block takes: subjects, aspects, caption, transpose, charts
                3 errors, 0 warnings
                """, out);
    }

    @Test
    void rejectsTableAspectThatASubjectHasNoFactFor() {
        String out = failing("""
                -- data/aspects.yaml --
                language:
                  label: Language
                  type: text
                orm:
                  label: Built-in ORM
                  type: boolean
                first_release:
                  label: First release
                  type: year
                learning_curve:
                  label: Learning curve
                  type: rating
                admin:
                  label: Admin interface
                  type: boolean
                -- content/blog/django-vs-express.md --
                ---
                title: Django vs Express
                compare: [django, express]
                ---
                ```comparison
                aspects: [language, orm]
                ```
                """);
        assertEquals("""
                content/blog/django-vs-express.md:6:21: error: 'django' has no fact for aspect 'orm'
                 6 | aspects: [language, orm]
                   |                     ^^^
                  hint: add 'orm:' under 'facts:' in data/frameworks/django.yaml (or 'orm: {na: <reason>}' when it does not apply)
                content/blog/django-vs-express.md:6:21: error: 'express' has no fact for aspect 'orm'
                 6 | aspects: [language, orm]
                   |                     ^^^
                  hint: add 'orm:' under 'facts:' in data/frameworks/express.yaml (or 'orm: {na: <reason>}' when it does not apply)
                2 errors, 0 warnings
                """, out);
    }

    @Test
    void reportsEveryDataProblemWithItsPosition() {
        String out = failing("""
                -- data/frameworks/express.yaml --
                nmae: Express
                facts:
                  langauge: JavaScript
                  first_release: around 2010
                  learning_curve: 7
                  admin:
                    na: true
                -- data/runtimes/django.yaml --
                name: Django again
                -- data/aspects.yaml --
                language:
                  label: Language
                  type: txt
                first_release:
                  label: First release
                  type: year
                learning_curve:
                  label: Learning curve
                  type: rating
                admin:
                  label: Admin interface
                  type: boolean
                """);
        assertEquals("""
                data/aspects.yaml:3:9: error: unknown aspect type 'txt'
                 3 |   type: txt
                   |         ^^^
                  hint: did you mean 'text'? types are: text, number, year, boolean, rating, list, link
                data/frameworks/express.yaml:1:1: error: subject 'express' has no 'name'
                 1 | nmae: Express
                   | ^
                  hint: add 'name:' with the name shown in tables, e.g. name: Django
                data/frameworks/express.yaml:1:1: error: unknown subject key 'nmae'
                 1 | nmae: Express
                   | ^^^^
                  hint: did you mean 'name'? the keys of a subject are: name, kind, language, website, summary, pros, cons, choose_when, facts
                data/frameworks/express.yaml:3:3: error: unknown aspect 'langauge'
                 3 |   langauge: JavaScript
                   |   ^^^^^^^^
                  hint: did you mean 'language'? Aspects are declared in data/aspects.yaml
                data/frameworks/express.yaml:4:18: error: 'first_release' is a year aspect; 'around 2010' is not a four-digit year
                 4 |   first_release: around 2010
                   |                  ^^^^^^^^^^^
                  hint: write the year alone, e.g. 2005, and put details in 'note'
                data/frameworks/express.yaml:5:19: error: 'learning_curve' is a rating aspect; '7' is not a whole number from 1 to 5
                 5 |   learning_curve: 7
                   |                   ^
                  hint: rate it 1, 2, 3, 4 or 5 and explain the rating in 'note'
                data/frameworks/express.yaml:7:9: error: 'na' needs a reason
                 7 |     na: true
                   |         ^^^^
                  hint: say why 'Admin interface' does not apply, e.g. na: A runtime, not a framework
                data/runtimes/django.yaml: error: subject id 'django' is used twice
                  hint: 'data/frameworks/django.yaml' has the same file name; subject ids must be unique across collections, so rename one of the files
                8 errors, 0 warnings
                """, out);
    }

    private String warnings(TestSite site) {
        BuildResult r = site.buildOk();
        return TestSite.printed(r);
    }

    @Test
    void warnsWhenALaterArticleAsksForTheOtherPairOrder() {
        TestSite site = TestSite.write(dir, CompareFixtures.SITE).add("""
                -- content/blog/why-express.md --
                ---
                title: Express or Django?
                compare: [express, django]
                ---
                Text.
                """);
        assertEquals("""
                content/blog/why-express.md:3:10: warning: pair order conflict: 'compare' lists express before django, but content/blog/django-vs-express.md:6:10 lists django first and comes first by path, so the pair page is 'django-vs-express'
                 3 | compare: [express, django]
                   |          ^^^^^^^^^^^^^^^^^
                  hint: write compare: [django, express] here to agree, or choose the order for every article in versus.pairs (versus.pairs=all, django-vs-express)
                0 errors, 1 warning
                """, warnings(site));
        assertTrue(site.exists("output/compare/django-vs-express/index.html"));
    }

    @Test
    void warnsWhenAnArticleAsksForTheOtherOrderThanVersusPairs() {
        TestSite site = TestSite.write(dir, CompareFixtures.SITE);
        site.put("jbake.properties", site.read("jbake.properties").replace("versus.pairs=all", "versus.pairs=all, express-vs-django"));
        assertEquals("""
                content/blog/django-vs-express.md:6:10: warning: pair order conflict: 'compare' lists django before express, but versus.pairs lists express-vs-django (jbake.properties:6:19) and decides, so the pair page is 'express-vs-django'
                 6 | compare: [django, express]
                   |          ^^^^^^^^^^^^^^^^^
                  hint: write compare: [express, django] here to agree, or write django-vs-express in versus.pairs instead to show the pair in this order
                0 errors, 1 warning
                """, warnings(site));
    }

    @Test
    void warnsWhenVersusPairsListsBothOrders() {
        TestSite site = TestSite.write(dir, CompareFixtures.SITE);
        site.put("jbake.properties", site.read("jbake.properties")
                .replace("versus.pairs=all", "versus.pairs=django-vs-express, express-vs-django"));
        assertEquals("""
                jbake.properties:6:33: warning: pair order conflict: versus.pairs lists both django-vs-express (jbake.properties:6:14) and express-vs-django; the first one listed wins, so the pair page is 'django-vs-express'
                 6 | versus.pairs=django-vs-express, express-vs-django
                   |                                 ^^^^^^^^^^^^^^^^^
                  hint: remove 'express-vs-django' from versus.pairs
                0 errors, 1 warning
                """, warnings(site));
    }
}
