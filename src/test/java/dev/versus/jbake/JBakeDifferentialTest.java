package dev.versus.jbake;

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
 * text and links. The differences that are on purpose are listed in {@link JBakeSites} and in
 * {@code docs/jbake-users.md}; anything else is an incompatibility to fix in Versus.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JBakeDifferentialTest {

    JBakeSites.Bake bake;
    Path jbake;
    Path versus;

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
        bake = JBakeSites.bakeWithBoth(work, fixture());
        jbake = bake.jbake();
        versus = bake.versus();
    }

    @Test
    void bothGeneratorsBuildTheFixtureWithoutErrors() {
        assertEquals(List.of(), bake.jbakeErrors(), "JBake errors");
        assertEquals(expectedVersusDiagnostics(), bake.versusDiagnostics(), "Versus diagnostics");
    }

    @Test
    void bothWriteTheSameFiles() {
        assertEquals(JBakeSites.files(jbake), JBakeSites.filesJBakeWouldWrite(versus));
    }

    @Test
    void everyPageShowsTheSameText() {
        List<String> mismatches = JBakeSites.textMismatches(jbake, versus, htmlPages());
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
        return JBakeSites.htmlPages(jbake, minimumPages());
    }
}
