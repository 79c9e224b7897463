package dev.versus.jbake;

import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import dev.versus.diag.Diagnostic;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
    static Path jbake;
    static Path versus;
    static List<String> jbakeErrors;
    static BuildResult versusResult;

    @BeforeAll
    static void bakeWithBoth() throws IOException {
        // with -Dtest=… the tests also run in the generator's own test JVM, where JBake cannot render AsciiDoc
        Assumptions.assumeTrue(hasJBakesAsciidoctorJ(), "needs AsciidoctorJ 2.5: runs in the jbake-reference execution");
        Path site = JBakeSites.copyFixture(work, "jbake-asciidoc-site");
        jbake = work.resolve("jbake-output");
        versus = work.resolve("versus-output");
        jbakeErrors = JBakeOven.bake(site, jbake);
        versusResult = Build.run(BuildOptions.build(site).withOutput(versus).withDrafts(true));
    }

    @Test
    void bothGeneratorsBuildTheFixture() {
        assertEquals(List.of(), jbakeErrors, "JBake errors");
        // JBake skips the included part with a log line; Versus says so once
        assertEquals(List.of("content/docs/glossary-extra.adoc:1:1 AsciiDoc file without a header is not a page; skipped"),
                versusResult.diagnostics().stream().map(d -> d.position() + " " + d.message()).toList());
    }

    @Test
    void bothWriteTheSameFiles() {
        Set<String> ours = new TreeSet<>(JBakeSites.files(versus));
        ours.removeAll(JBakeDifferentialTest.VERSUS_ONLY);
        ours.removeIf(f -> f.startsWith("search/")); // the search index's pieces
        Set<String> theirs = JBakeSites.files(jbake);
        assertTrue(theirs.contains("blog/stone-deck.html") && theirs.contains("docs/glossary.html"),
                "JBake rendered the AsciiDoc pages: " + theirs);
        assertEquals(theirs, ours);
    }

    @Test
    void everyPageShowsTheSameText() {
        List<String> mismatches = new ArrayList<>();
        for (String page : htmlPages()) {
            String expected = JBakeSites.visibleText(jbake, page);
            String actual = JBakeSites.visibleText(versus, page);
            if (!expected.equals(actual)) {
                mismatches.add(page + "\n  JBake:  " + expected + "\n  Versus: " + actual);
            }
        }
        assertEquals(List.of(), mismatches, String.join("\n", mismatches));
    }

    @Test
    void everyPageLinksToTheSameFiles() {
        List<String> mismatches = new ArrayList<>();
        for (String page : htmlPages()) {
            Set<String> expected = JBakeSites.linkTargets(jbake, page);
            Set<String> actual = JBakeSites.linkTargets(versus, page);
            if (!expected.equals(actual)) {
                mismatches.add(page + "\n  JBake:  " + expected + "\n  Versus: " + actual);
            }
        }
        assertEquals(List.of(), mismatches, String.join("\n", mismatches));
    }

    @Test
    void feedHasTheSameItems() {
        assertEquals(JBakeSites.feedItems(jbake, "feed.xml"), JBakeSites.feedItems(versus, "feed.xml"));
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
        Set<String> pages = new TreeSet<>();
        JBakeSites.files(jbake).stream().filter(f -> f.endsWith(".html")).forEach(pages::add);
        assertTrue(pages.size() >= 5, "JBake made too few pages: " + pages);
        return pages;
    }
}
