package dev.versus.jbake;

import dev.versus.build.Build;
import dev.versus.build.BuildOptions;
import dev.versus.build.BuildResult;
import dev.versus.diag.Diagnostic;
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
 * Bakes the JBake-style fixture site ({@code src/test/resources/jbake-site}) with JBake 2.7.0
 * itself and with Versus, and checks that both produce the same pages with the same visible
 * text and links. The differences that are on purpose are listed here and in
 * {@code docs/jbake-users.md}; anything else is an incompatibility to fix in Versus.
 */
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

    @TempDir
    static Path work;
    static Path jbake;
    static Path versus;
    static List<String> jbakeErrors;
    static BuildResult versusResult;

    @BeforeAll
    static void bakeWithBoth() throws IOException {
        // One JBake bake per class: its embedded database takes seconds to start.
        Path site = JBakeSites.copyFixture(work);
        jbake = work.resolve("jbake-output");
        versus = work.resolve("versus-output");
        jbakeErrors = JBakeOven.bake(site, jbake);
        // JBake always renders drafts (as name-draft.html); Versus does so with --drafts.
        versusResult = Build.run(BuildOptions.build(site).withOutput(versus).withDrafts(true));
    }

    @Test
    void bothGeneratorsBuildTheFixtureWithoutErrors() {
        assertEquals(List.of(), jbakeErrors, "JBake errors");
        assertEquals(List.of(), versusResult.diagnostics().stream().map(Diagnostic::toString).toList(),
                "Versus diagnostics");
    }

    @Test
    void bothWriteTheSameFiles() {
        Set<String> ours = new TreeSet<>(JBakeSites.files(versus));
        assertTrue(ours.containsAll(VERSUS_ONLY), "Versus's own extras: " + ours);
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
    void feedHasTheSameItemsWithEscapedBodies() {
        assertEquals(JBakeSites.feedItems(jbake, "feed.xml"), JBakeSites.feedItems(versus, "feed.xml"));
    }

    @Test
    void sitemapListsTheSamePages() {
        assertEquals(JBakeSites.xmlUrls(jbake, "sitemap.xml", "url > loc"),
                JBakeSites.xmlUrls(versus, "sitemap.xml", "url > loc"));
    }

    private static Set<String> htmlPages() {
        Set<String> pages = new TreeSet<>();
        JBakeSites.files(jbake).stream().filter(f -> f.endsWith(".html")).forEach(pages::add);
        assertTrue(pages.size() > 10, "JBake made too few pages: " + pages);
        return pages;
    }
}
