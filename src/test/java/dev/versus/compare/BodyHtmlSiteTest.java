package dev.versus.compare;

import dev.versus.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the build reads from a body's HTML, through a real site: heading ids, section links on
 * Markdown and raw HTML headings, and the summary of the search index, with what lies in HTML
 * comments and scripts left out everywhere.
 */
class BodyHtmlSiteTest {

    @TempDir
    Path dir;

    private static final String ARTICLE = """
            -- content/blog/body.md --
            ---
            title: Body
            date: 2025-01-01
            ---
            Intro words.

            <!-- <p>draft words</p> -->
            <script>var hidden = "script words";</script>

            ## [Django](https://www.djangoproject.com/) {{django.first_release}}

            <h2 class="raw" id="raw-section">Raw section</h2>

            <h3>Raw, no id</h3>

            <!-- <h2>FAQ</h2><h3>Commented out?</h3><p>Yes.</p> -->
            """;

    private TestSite build() {
        TestSite site = TestSite.write(dir, CompareFixtures.SITE + ARTICLE);
        site.buildOk();
        return site;
    }

    @Test
    void aHeadingOfALinkAndACitationTakesItsIdFromTheirTextNotTheUrl() {
        String page = build().read("output/blog/body/index.html");
        assertTrue(page.contains("<h2 id=\"django-djangofirst-release\"><a href=\"https://www.djangoproject.com/\">Django</a> "
                + "<span class=\"fact\""), page);
        assertFalse(Pattern.compile("id=\"[^\"]*djangoproject").matcher(page).find(), page);
    }

    @Test
    void rawHtmlHeadingsWithAnIdAreSectionsAndOthersStayAsWritten() {
        TestSite site = build();
        String page = site.read("output/blog/body/index.html");
        assertTrue(page.contains("<h2 class=\"raw\" id=\"raw-section\">Raw section <a class=\"anchor\" href=\"#raw-section\" "
                + "aria-label=\"Link to this section: Raw section\"></a></h2>"), page);
        assertTrue(page.contains("<h3>Raw, no id</h3>"), page);
        assertEquals("[\"Django 2005\",\"Raw section\"]", entry(site).replaceAll("(?s).*\"headings\":(\\[[^]]*]).*", "$1"));
    }

    @Test
    void commentsAndScriptsAreNeitherSummaryNorFaq() {
        TestSite site = build();
        String entry = entry(site);
        assertTrue(entry.contains("\"summary\":\"Intro words. Django 2005 Raw section Raw, no id\""), entry);
        String page = site.read("output/blog/body/index.html");
        assertTrue(page.contains("<!-- <h2>FAQ</h2><h3>Commented out?</h3><p>Yes.</p> -->"), "the comment stays as written");
        assertFalse(page.contains("FAQPage"), "no FAQ from a comment");
    }

    /** The search index entry of the article. */
    private static String entry(TestSite site) {
        Matcher m = Pattern.compile("\\{\"title\":\"Body\",[^\n]*").matcher(site.read("output/search/pages-0.json"));
        assertTrue(m.find(), "the article is in the search index");
        return m.group();
    }
}
