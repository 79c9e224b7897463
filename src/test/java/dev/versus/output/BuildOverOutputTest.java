package dev.versus.output;

import dev.versus.TestSites;
import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds over an earlier output (which write into the build before the current one and tell
 * unchanged files by the list kept with each build) give the output of a build into an empty
 * folder, also when the output was changed by hand or a list is damaged, and keep unchanged
 * files as they were.
 */
class BuildOverOutputTest {

    @TempDir
    Path dir;

    private Path site() throws IOException {
        return TestSites.write(dir.resolve("site"), Map.of(
                "content/blog/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\nFirst version.\n",
                "content/blog/b.md", "---\ntitle: B\ndate: 2025-01-02\n---\nB.\n",
                "content/about.md", "---\ntitle: About\ntype: page\n---\nAbout.\n",
                "assets/css/x.css", "body{}\n"));
    }

    /** A build of {@code site} without the cache, so that every build renders and writes every file. */
    private static void build(Path site, Path out) throws IOException {
        BuildResult r = Build.run(BuildOptions.build(site).withOutput(out).withoutCache());
        assertTrue(r.ok(), r.diagnostics()::toString);
    }

    /** Asserts that {@code out} holds what a build of {@code site} into an empty folder writes. */
    private void assertClean(Path site, Path out, String when) throws IOException {
        Path clean = dir.resolve("clean-" + Math.abs(when.hashCode()));
        build(site, clean);
        Map<String, String> expected = bytes(clean);
        Map<String, String> actual = bytes(out);
        assertEquals(expected.keySet(), actual.keySet(), when + ": the same files");
        for (String k : expected.keySet()) {
            assertTrue(expected.get(k).equals(actual.get(k)), when + ": " + k + " differs");
        }
    }

    private static Map<String, String> bytes(Path out) throws IOException {
        Map<String, String> m = new HashMap<>();
        TestSites.snapshot(out, null).forEach((k, v) -> m.put(k, v.bytes()));
        return m;
    }

    private static FileTime modified(Path out, String file) throws IOException {
        return Files.getLastModifiedTime(out.resolve(file));
    }

    private static Path listOf(Path out) throws IOException {
        Path build = out.toRealPath();
        return build.resolveSibling("files-" + build.getFileName());
    }

    @Test
    void buildsOverTheOutputGiveTheCleanOutputAsPagesChangeMoveAndGo() throws IOException {
        Path site = site();
        Path out = site.resolve("output");
        build(site, out);
        build(site, out); // a new folder, files shared with the first
        assertClean(site, out, "the second build");
        assertTrue(Files.isRegularFile(listOf(out)), "a list is kept with the published build");
        // every later build writes into the build before the current one
        Files.writeString(site.resolve("content/blog/a.md"), "---\ntitle: A\ndate: 2025-01-01\n---\nSecond version.\n");
        Files.delete(site.resolve("content/blog/b.md"));
        Files.writeString(site.resolve("content/blog/c.md"), "---\ntitle: C\ndate: 2025-01-03\n---\nC.\n");
        build(site, out);
        assertClean(site, out, "an article edited, one gone, one new");
        assertFalse(Files.exists(out.resolve("blog/b.html")));
        // a page becomes a folder's index, and a folder of pages one page
        Files.createDirectories(site.resolve("content/about"));
        Files.move(site.resolve("content/about.md"), site.resolve("content/about/index.md"));
        Files.writeString(site.resolve("assets/img"), "a file\n");
        build(site, out);
        assertClean(site, out, "a page moved into a folder, an asset added");
        Files.delete(site.resolve("assets/img"));
        Files.createDirectories(site.resolve("assets/img"));
        Files.writeString(site.resolve("assets/img/a.txt"), "now a folder\n");
        build(site, out);
        assertClean(site, out, "an asset file became a folder");
        build(site, out);
        assertClean(site, out, "into the folder where it was a file");
        Files.delete(site.resolve("assets/img/a.txt"));
        Files.delete(site.resolve("assets/img"));
        Files.writeString(site.resolve("assets/img"), "a file again\n");
        build(site, out);
        assertClean(site, out, "a folder became a file");
        Files.writeString(site.resolve("content/blog/a.md"), "---\ntitle: A\ndate: 2025-01-01\n---\nFirst version.\n");
        build(site, out);
        assertClean(site, out, "an edit undone (the folder written into holds those bytes already)");
        build(site, out);
        assertClean(site, out, "nothing changed");
    }

    @Test
    void unchangedFilesKeepTheirTimeAndChangedOnesAreNewFiles() throws IOException {
        Path site = site();
        Path out = site.resolve("output");
        build(site, out);
        build(site, out);
        FileTime css = modified(out, "css/x.css");
        Object about = Files.readAttributes(out.resolve("about.html"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Object a = Files.readAttributes(out.resolve("blog/a.html"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Files.writeString(site.resolve("content/blog/a.md"), "---\ntitle: A\ndate: 2025-01-01\n---\nSecond version.\n");
        build(site, out);
        assertEquals(css, modified(out, "css/x.css"));
        assertEquals(about, Files.readAttributes(out.resolve("about.html"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey(), "the same file, shared");
        assertNotEquals(a, Files.readAttributes(out.resolve("blog/a.html"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey(), "a changed page is a new file");
        assertClean(site, out, "one edit");
    }

    @Test
    void filesChangedOrAddedByHandInTheOutputAreReplacedOrRemoved() throws IOException {
        Path site = site();
        Path out = site.resolve("output");
        build(site, out);
        build(site, out);
        Path page = out.resolve("blog/a.html");
        String text = Files.readString(page);
        FileTime time = Files.getLastModifiedTime(page);
        // the same size, other bytes, written in place (so in every build that shares the file)
        Files.writeString(page, text.replace("First", "Fir5t"));
        Files.writeString(out.resolve("blog/extra.html"), "added by hand");
        Files.createDirectories(out.resolve("more"));
        Files.writeString(out.resolve("more/index.html"), "added by hand");
        assertNotEquals(time, Files.getLastModifiedTime(page));
        build(site, out);
        assertClean(site, out, "the build after the edits by hand");
        build(site, out); // into the build that was edited by hand
        assertClean(site, out, "the build into the folder edited by hand");
        build(site, out);
        assertClean(site, out, "one more");
    }

    @Test
    void aDamagedOrMissingListIsIgnored() throws IOException {
        Path site = site();
        Path out = site.resolve("output");
        build(site, out);
        build(site, out);
        Files.write(listOf(out), new byte[] {1, 2, 3});
        Files.writeString(site.resolve("content/blog/a.md"), "---\ntitle: A\ndate: 2025-01-01\n---\nSecond version.\n");
        build(site, out);
        assertClean(site, out, "over a build with a damaged list");
        Files.delete(listOf(out));
        Files.delete(site.resolve("content/blog/b.md"));
        build(site, out);
        assertClean(site, out, "over a build without a list");
        Path list = listOf(out);
        byte[] whole = Files.readAllBytes(list);
        Files.write(list, java.util.Arrays.copyOf(whole, whole.length / 2));
        build(site, out);
        assertClean(site, out, "over a build with a truncated list");
        build(site, out);
        assertClean(site, out, "into the build whose list was truncated");
        try (Stream<Path> s = Files.list(site.resolve(".output.builds"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(5, names.size(), "the lock, two builds and their lists: " + names);
        }
    }
}
