package dev.versus.theme;

import dev.versus.TestSite;
import dev.versus.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The site navigation of the built-in theme comes from what the author chose and stays the
 * same size however many pages the site has.
 */
class NavigationTest {

    @TempDir
    Path dir;

    private static String page(String title, String extra) {
        return "---\ntitle: " + title + "\ntype: page\n" + extra + "---\nText.\n";
    }

    /** The titles the navigation of {@code path} links to, in order. */
    private static List<String> nav(TestSite site, String path) {
        String html = site.read(path);
        String nav = html.substring(html.indexOf("<nav class=\"site-nav\""), html.indexOf("</nav>"));
        List<String> titles = new ArrayList<>();
        Matcher m = Pattern.compile(">([^<>]+)</a>").matcher(nav);
        while (m.find()) {
            titles.add(m.group(1));
        }
        return titles;
    }

    @Test
    void byDefaultTheMenuHoldsTheTopLevelPagesUpToTwelve() {
        TestSite site = TestSite.write(dir, "-- jbake.properties --\nrender.archive=false\n");
        for (int i = 1; i <= 15; i++) {
            site.put(String.format("content/p%02d.md", i), page("Page " + i, ""));
        }
        site.put("content/docs/deep.md", page("Deep", ""));
        site.put("content/blog/post.md", "---\ntitle: Post\ndate: 2025-01-01\n---\nText.\n");
        site.buildOk();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            expected.add("Page " + i);
        }
        assertEquals(expected, nav(site, "output/blog/post.html"));
        assertEquals(expected, nav(site, "output/docs/deep.html"));
    }

    @Test
    void theConfigurationChoosesTheMenuAndItsOrder() {
        TestSite site = TestSite.write(dir, """
                -- jbake.properties --
                render.archive=false
                versus.menu = docs/guide.md, about.md
                """);
        site.put("content/about.md", page("About", ""));
        site.put("content/other.md", page("Other", ""));
        site.put("content/docs/guide.md", page("Guide", ""));
        site.buildOk();
        assertEquals(List.of("Guide", "About"), nav(site, "output/other.html"));
    }

    @Test
    void pagesMarkedInFrontMatterMakeTheMenu() {
        TestSite site = TestSite.write(dir, "-- jbake.properties --\nrender.archive=false\n");
        site.put("content/about.md", page("About", ""));
        site.put("content/docs/guide.md", page("Guide", "menu: true\n"));
        site.put("content/blog/news.md", "---\ntitle: News\ndate: 2025-01-01\nmenu: true\n---\nText.\n");
        site.buildOk();
        assertEquals(List.of("News", "Guide"), nav(site, "output/about.html"));
    }

    @Test
    void aMenuEntryThatNamesNoPageIsAnErrorAtItsLine() {
        TestSite site = TestSite.write(dir, """
                -- jbake.properties --
                site.title=Nav
                versus.menu=about.md,abuot.md
                """);
        site.put("content/about.md", page("About", ""));
        BuildResult r = site.build();
        assertFalse(r.ok());
        assertEquals("""
                jbake.properties:2:1: error: 'versus.menu' names 'abuot.md', which is not a page
                 2 | versus.menu=about.md,abuot.md
                   | ^^^^^^^^^^^
                  hint: name pages by their path in the content folder, e.g. about.md, comma-separated
                1 error, 0 warnings
                """, TestSite.printed(r));
    }

    @Test
    void aPageIsTheSameSizeWhateverTheNumberOfPagesInTheSite() {
        TestSite small = TestSite.write(dir.resolve("small"), "-- jbake.properties --\nrender.archive=false\n");
        TestSite large = TestSite.write(dir.resolve("large"), "-- jbake.properties --\nrender.archive=false\n");
        for (int i = 0; i < 400; i++) {
            String p = page("Page " + i, "");
            if (i < 20) {
                small.put(String.format("content/p%03d.md", i), p);
            }
            large.put(String.format("content/p%03d.md", i), p);
        }
        small.buildOk();
        large.buildOk();
        assertEquals(small.read("output/p019.html"), large.read("output/p019.html"));
    }
}
