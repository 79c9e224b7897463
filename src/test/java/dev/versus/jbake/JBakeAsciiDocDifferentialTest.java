package dev.versus.jbake;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bakes the AsciiDoc fixture ({@code src/test/resources/jbake-asciidoc-site}) with JBake 2.7.0
 * and with Versus and compares pages, visible text, links and the feed. The fixture has both
 * header styles (the document's own header with {@code :jbake-*:} attributes, and JBake's
 * {@code key=value} block), the revision date as the date, {@code :jbake-title:} over the
 * document title, a header attribute used by a template, configuration exported as attributes
 * ({@code {site_host}}), an attribute from {@code asciidoctor.attributes}, an include, and
 * the three file extensions. JBake's test JVM has AsciidoctorJ 2.5 (the API JBake 2.7 calls),
 * which Versus then runs on too.
 */
class JBakeAsciiDocDifferentialTest {

    @TempDir
    static Path work;
    static JBakeSites.Bake bake;

    @BeforeAll
    static void bakeWithBoth() throws IOException {
        // with -Dtest=… the tests also run in the generator's own test JVM, where JBake cannot render AsciiDoc
        Assumptions.assumeTrue(hasJBakesAsciidoctorJ(), "needs AsciidoctorJ 2.5: runs in the jbake-reference execution");
        bake = JBakeSites.bakeWithBoth(work, "jbake-asciidoc-site");
    }

    @Test
    void bothGeneratorsBuildTheFixture() {
        assertEquals(List.of(), bake.jbakeErrors(), "JBake errors");
        // JBake skips the included part with a log line; Versus says so once
        // Asciidoctor reports a level 0 section in an article as an error and converts it all the same,
        // as JBake shows it: a warning
        assertEquals(List.of("content/blog/cooling.adoc:16:1 level 0 sections can only be used when doctype is book",
                        "content/docs/glossary-extra.adoc:1:1 AsciiDoc file without a header is not a page; skipped"),
                bake.versusResult().diagnostics().stream().map(d -> d.position() + " " + d.message()).toList());
        assertEquals(List.of(), bake.versusResult().diagnostics().stream()
                .filter(d -> d.severity() == dev.versus.diag.Severity.ERROR).toList(), "Versus errors");
    }

    @Test
    void bothWriteTheSameFiles() {
        Set<String> theirs = JBakeSites.files(bake.jbake());
        assertTrue(theirs.contains("blog/stone-deck.html") && theirs.contains("docs/glossary.html")
                        && theirs.contains("docs/japanese.html"), "JBake rendered the AsciiDoc pages: " + theirs);
        assertEquals(theirs, JBakeSites.filesJBakeWouldWrite(bake.versus()));
    }

    @Test
    void everyPageShowsTheSameText() {
        List<String> mismatches = JBakeSites.textMismatches(bake.jbake(), bake.versus(), htmlPages());
        assertEquals(List.of(), mismatches, String.join("\n", mismatches));
    }

    @Test
    void everyPageLinksToTheSameFiles() {
        List<String> mismatches = JBakeSites.linkMismatches(bake.jbake(), bake.versus(), htmlPages());
        assertEquals(List.of(), mismatches, String.join("\n", mismatches));
    }

    /** The same fragments too: Asciidoctor makes the ids, Japanese letters and all; a Versus rewrite keeps them. */
    @Test
    void crossReferencesKeepAsciidoctorsIds() {
        for (String page : List.of("docs/japanese.html", "docs/glossary.html")) {
            assertEquals(hrefs(bake.jbake(), page), hrefs(bake.versus(), page), page);
        }
        assertTrue(hrefs(bake.versus(), "docs/japanese.html").contains("#発酵_の_時間"),
                "an xref to a Japanese section title: " + hrefs(bake.versus(), "docs/japanese.html"));
    }

    @Test
    void feedHasTheSameItems() {
        assertEquals(JBakeSites.feedItems(bake.jbake(), "feed.xml"), JBakeSites.feedItems(bake.versus(), "feed.xml"));
    }

    private static List<String> hrefs(Path root, String page) {
        return JBakeSites.html(root, page).select("article a[href]").eachAttr("href");
    }

    /** Whether the class path has the AsciidoctorJ API JBake 2.7 calls (2.5; 3.0 removed it). */
    static boolean hasJBakesAsciidoctorJ() {
        try {
            org.asciidoctor.AttributesBuilder.class.getMethod("attributes", String[].class);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Set<String> htmlPages() {
        return JBakeSites.htmlPages(bake.jbake(), 5);
    }
}
