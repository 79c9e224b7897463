package dev.versus.jbake;

import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import dev.versus.diag.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * Bakes the JBake-style fixture site ({@code src/test/resources/jbake-site}) with JBake 2.7.0
 * itself and with Versus, and checks that both produce the same pages with the same visible
 * text and links. The differences that are on purpose are listed here and in
 * {@code docs/jbake-users.md}; anything else is an incompatibility to fix in Versus.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JBakeDifferentialTest {

    /**
     * Files Versus writes that JBake does not: the Atom feed ({@code versus.atom.file}), robots.txt
     * beside the sitemap ({@code versus.robots}), the search page and its index
     * ({@code versus.search}: search.json and the files in search/), the built-in theme's stylesheet, scripts and icon, and the marker
     * that lets Versus replace an output folder it made.
     */
    static final Set<String> VERSUS_ONLY = Set.of("atom.xml", "robots.txt", "search.html", "search.json",
            "css/versus.css", "js/versus.js", "js/search.js", "js/highlight.min.js", "js/highlight.LICENSE.txt",
            "favicon.svg", ".versus-output");

    Path jbake;
    Path versus;
    List<String> jbakeErrors;
    BuildResult versusResult;

    /** The fixture site under {@code src/test/resources}. */
    String fixture() {
        return "jbake-site";
    }

    /** How many HTML pages JBake makes of the fixture at least (fewer means the bake went wrong). */
    int minimumPages() {
        return 11;
    }

    /** What Versus says about the fixture that JBake does not (warnings about what JBake ignores silently). */
    List<String> expectedVersusDiagnostics() {
        return List.of();
    }

    @BeforeAll
    void bakeWithBoth(@TempDir Path work) throws IOException {
        // One JBake bake per class: its embedded database takes seconds to start.
        Path site = JBakeSites.copyFixture(work, fixture());
        jbake = work.resolve("jbake-output");
        versus = work.resolve("versus-output");
        jbakeErrors = JBakeOven.bake(site, jbake);
        // JBake always renders drafts (as name-draft.html); Versus does so with --drafts.
        versusResult = Build.run(BuildOptions.build(site).withOutput(versus).withDrafts(true));
    }

    @Test
    void bothGeneratorsBuildTheFixtureWithoutErrors() {
        assertEquals(List.of(), jbakeErrors, "JBake errors");
        assertEquals(expectedVersusDiagnostics(), versusResult.diagnostics().stream().map(Diagnostic::toString).toList(),
                "Versus diagnostics");
    }

    @Test
    void bothWriteTheSameFiles() {
        Set<String> ours = new TreeSet<>(JBakeSites.files(versus));
        assertTrue(ours.contains(".versus-output"), "Versus's output marker: " + ours);
        ours.removeAll(VERSUS_ONLY);
        assertTrue(ours.removeIf(f -> f.startsWith("search/")), "the search index's files: " + ours);
        assertEquals(JBakeSites.files(jbake), ours);
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

    /**
     * Every page links to the same files, except where JBake's link is broken: JBake prints a
     * post's body unchanged on other pages (index page 2 shows a post of blog/2024/), so its
     * relative links resolve against that page and miss; Versus writes them for the page that
     * shows the body. There the broken link is left out, and Versus's link must resolve. (A
     * draft's tag page is written by neither: that link is left out of both.)
     */
    @Test
    void everyPageLinksToTheSameFiles() {
        List<String> mismatches = new ArrayList<>();
        Set<String> jbakeFiles = JBakeSites.files(jbake);
        Set<String> versusFiles = JBakeSites.files(versus);
        for (String page : htmlPages()) {
            Set<String> expected = JBakeSites.linkTargets(jbake, page);
            Set<String> actual = JBakeSites.linkTargets(versus, page);
            Set<String> broken = new TreeSet<>(expected);
            broken.removeIf(t -> t.contains(":") || jbakeFiles.contains(t));
            if (!broken.isEmpty()) {
                expected.removeAll(broken);
                broken.removeIf(versusFiles::contains);
                actual.removeAll(broken); // broken in both (a draft's tag page), as it is

                Set<String> extra = new TreeSet<>(actual);
                extra.removeAll(expected);
                if (extra.size() <= broken.size() && versusFiles.containsAll(extra)) {
                    actual.removeAll(extra);
                }
            }
            if (!expected.equals(actual)) {
                mismatches.add(page + "\n  JBake:  " + expected + "\n  Versus: " + actual);
            }
        }
        assertEquals(List.of(), mismatches, String.join("\n", mismatches));
    }

    @Test
    void feedHasTheSameItemsWithEscapedBodies() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(jbake.resolve("feed.xml")), "no feed");
        assertEquals(JBakeSites.feedItems(jbake, "feed.xml"), JBakeSites.feedItems(versus, "feed.xml"));
    }

    @Test
    void sitemapListsTheSamePages() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(jbake.resolve("sitemap.xml")), "no sitemap");
        assertEquals(JBakeSites.xmlUrls(jbake, "sitemap.xml", "url > loc"),
                JBakeSites.xmlUrls(versus, "sitemap.xml", "url > loc"));
    }

    private Set<String> htmlPages() {
        Set<String> pages = new TreeSet<>();
        JBakeSites.files(jbake).stream().filter(f -> f.endsWith(".html")).forEach(pages::add);
        assertTrue(pages.size() >= minimumPages(), "JBake made too few pages: " + pages);
        return pages;
    }
}
