package dev.versus.pipeline;

import dev.versus.TestSite;
import dev.versus.diag.Diagnostic;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Undated documents of a JBake site (one with its own .ftl templates) are dated by their files'
 * last commits, else by the site's newest date, so a fresh clone builds the same pages; other
 * sites keep them undated.
 */
class UndatedJBakeDocumentsTest {

    private static final String SITE = """
            -- jbake.properties --
            site.host=http://example.test
            render.sitemap=true
            render.feed=false
            render.archive=false
            render.tags=false
            -- templates/sitemap.ftl --
            <#list published_content as content>
            ${content.uri} ${content.date?string("yyyy-MM-dd HH:mm")}
            </#list>
            -- templates/page.ftl --
            ${content.title}
            -- templates/post.ftl --
            ${content.title}
            -- templates/index.ftl --
            index
            -- content/post.md --
            title=A post
            date=2024-06-01
            type=post
            status=published
            ~~~~~~
            text
            -- content/about.md --
            title=About
            type=page
            status=published
            ~~~~~~
            text
            -- content/team.md --
            title=Team
            type=page
            status=published
            ~~~~~~
            text
            """;

    @Test
    void datesAnUndatedDocumentByItsFilesLastCommitAndAnUntrackedOneByTheNewestDate(@TempDir Path dir)
            throws IOException, InterruptedException {
        Assumptions.assumeTrue(git(dir, Map.of(), "--version"), "needs the git command");
        TestSite site = TestSite.write(dir, SITE);
        git(dir, Map.of(), "init", "-q");
        commit(dir, "2021-03-04T05:06:07Z", "jbake.properties", "templates", "content/post.md", "content/about.md");
        // a later commit that does not touch about.md leaves its date alone
        Files.writeString(dir.resolve("content/post.md"), Files.readString(dir.resolve("content/post.md")) + "more\n");
        commit(dir, "2022-07-08T09:10:11Z", "content/post.md");
        // an uncommitted change does not change it either; team.md is not committed at all
        Files.writeString(dir.resolve("content/about.md"), Files.readString(dir.resolve("content/about.md")) + "edit\n");

        BuildResult result = site.build(BuildOptions.build(dir));
        assertEquals(List.of(), result.diagnostics().stream().map(Diagnostic::toString).toList());
        assertEquals(List.of("team.html 2024-06-01 00:00", "about.html 2021-03-04 05:06", "post.html 2024-06-01 00:00"),
                sitemap(dir));
    }

    @Test
    void aNewCommitDatesTheDocumentsAgainWhenNoFileChanged(@TempDir Path dir) throws IOException, InterruptedException {
        Assumptions.assumeTrue(git(dir, Map.of(), "--version"), "needs the git command");
        TestSite site = TestSite.write(dir, SITE);
        git(dir, Map.of(), "init", "-q");
        commit(dir, "2021-03-04T05:06:07Z", "jbake.properties", "templates", "content");
        assertEquals(List.of(), site.build(BuildOptions.build(dir)).diagnostics());
        assertEquals("used: nothing changed since the last build", site.build(BuildOptions.build(dir)).cache());
        // the same files, committed again at another date: Git now dates them otherwise
        Map<String, String> env = Map.of("GIT_AUTHOR_DATE", "2023-05-06T07:08:09Z", "GIT_COMMITTER_DATE", "2023-05-06T07:08:09Z");
        git(dir, env, "-c", "user.name=Test", "-c", "user.email=test@example.test", "-c", "commit.gpgSign=false",
                "commit", "-q", "--amend", "--no-edit", "--date=2023-05-06T07:08:09Z");
        BuildResult again = site.build(BuildOptions.build(dir));
        assertEquals("used", again.cache());
        List<String> cached = sitemap(dir);
        assertEquals(List.of(), site.build(BuildOptions.build(dir).withoutCache()).diagnostics());
        assertEquals(sitemap(dir), cached, "as a build without the cache dates them");
        assertEquals(List.of("team.html 2023-05-06 07:08", "about.html 2023-05-06 07:08", "post.html 2024-06-01 00:00"),
                cached);
    }

    @Test
    void datesUndatedDocumentsOutsideGitByTheNewestDate(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        BuildResult result = site.build(BuildOptions.build(dir));
        assertEquals(List.of(), result.diagnostics().stream().map(Diagnostic::toString).toList());
        assertEquals(List.of("team.html 2024-06-01 00:00", "about.html 2024-06-01 00:00", "post.html 2024-06-01 00:00"),
                sitemap(dir));
    }

    @Test
    void warnsWhenTheSiteIsInARepositoryGitCannotRead(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(git(dir, Map.of(), "--version"), "needs the git command");
        TestSite site = TestSite.write(dir, SITE + "-- .git --\ngitdir: no-such-folder\n");
        BuildResult result = site.build(BuildOptions.build(dir));
        assertEquals(List.of(new Diagnostic(dev.versus.diag.Severity.WARNING, dev.versus.diag.Position.file("content/about.md"),
                        "cannot read the date of its last commit: 'git rev-parse' failed (exit 128); it is dated with"
                                + " the site's newest date, 2024-06-01", null,
                        "run 'git log' in the site's folder to see what Git says, or give the 2 undated documents dates")),
                result.diagnostics());
        assertEquals(List.of("team.html 2024-06-01 00:00", "about.html 2024-06-01 00:00", "post.html 2024-06-01 00:00"),
                sitemap(dir));
    }

    @Test
    void leavesUndatedDocumentsOfOtherSitesUndated(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.write(dir, SITE.replace("-- templates/sitemap.ftl --", "-- templates/sitemap.ftlx --")
                .replace("${content.date?string(\"yyyy-MM-dd HH:mm\")}", "${(content.date?string(\"yyyy-MM-dd\"))!'undated'}")
                .replace("-- templates/page.ftl --", "-- templates/page.ftlh --")
                .replace("-- templates/post.ftl --", "-- templates/post.ftlh --")
                .replace("-- templates/index.ftl --", "-- templates/index.ftlh --")
                + "-- jbake.properties --\nsite.host=http://example.test\nrender.sitemap=true\nrender.feed=false\n"
                + "render.archive=false\nrender.tags=false\ntemplate.sitemap.file=sitemap.ftlx\n"
                + "template.page.file=page.ftlh\ntemplate.post.file=post.ftlh\ntemplate.masterindex.file=index.ftlh\n");
        BuildResult result = site.build(BuildOptions.build(dir));
        assertEquals(List.of(), result.diagnostics().stream().map(Diagnostic::toString).toList());
        assertEquals(List.of("team.html undated", "about.html undated", "post.html 2024-06-01"), sitemap(dir));
    }

    /** The sitemap's lines: published_content in JBake's order, pages then posts, each newest first. */
    private static List<String> sitemap(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readString(dir.resolve("output/sitemap.xml"), StandardCharsets.UTF_8).split("\n")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }

    private static void commit(Path dir, String date, String... paths) throws IOException, InterruptedException {
        List<String> add = new ArrayList<>(List.of("add", "--"));
        add.addAll(List.of(paths));
        git(dir, Map.of(), add.toArray(String[]::new));
        Map<String, String> env = Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date);
        git(dir, env, "-c", "user.name=Test", "-c", "user.email=test@example.test", "-c", "commit.gpgSign=false",
                "commit", "-q", "-m", "change");
    }

    private static boolean git(Path dir, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("git " + String.join(" ", args) + " failed");
            }
            return true;
        } catch (IOException e) {
            if (args.length == 1 && args[0].equals("--version")) {
                return false;
            }
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
