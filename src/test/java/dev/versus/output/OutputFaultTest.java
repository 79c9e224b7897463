package dev.versus.output;

import dev.versus.TestSite;
import dev.versus.TestSites;
import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import dev.versus.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults of the machine and misplaced output folders: clear errors with the right exit code,
 * never a stack trace, and the previous output left as it was.
 */
class OutputFaultTest {

    @TempDir
    Path dir;

    @AfterEach
    void quiet() {
        OutputWriter.steps = s -> {
        };
    }

    private Path site() throws IOException {
        return TestSites.write(dir.resolve("site"), Map.of(
                "jbake.properties", "site.title=Faults\n",
                "content/blog/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\nText.\n",
                "data/aspects.yaml", "speed:\n  label: Speed\n  type: rating\n",
                "templates/notes.txt", "not a template\n",
                "assets/css/x.css", "body{}\n"));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/out", "content", "assets", "assets/out", "data/out", "templates/x"})
    void anOutputFolderInsideAnInputFolderIsAUsageError(String output) throws IOException {
        Path site = site();
        Map<String, TestSites.Entry> before = TestSites.snapshot(site, null);
        Run r = cli("build", site.toString(), "-o", site.resolve(output).toString());
        String folder = output.contains("/") ? output.substring(0, output.indexOf('/')) : output;
        String kind = folder.equals("templates") ? "template" : folder.equals("assets") ? "asset" : folder;
        assertEquals("versus: error: -o: the output folder '" + output + "' is inside the " + kind + " folder '" + folder
                + "/'; every build would read its own output\n"
                + "  hint: write the site outside the input folders, e.g. output/ beside them\n", r.err());
        assertEquals(2, r.code());
        assertEquals(before, TestSites.snapshot(site, null), "nothing written, nothing created");
    }

    @Test
    void aConfiguredOutputFolderInsideAnInputFolderIsAUsageErrorAtItsLine() throws IOException {
        Path site = site();
        Files.writeString(site.resolve("jbake.properties"), "site.title=Faults\ndestination.folder = content/site\n");
        Run r = cli("build", site.toString());
        assertEquals("""
                jbake.properties:2:1: error: the output folder 'content/site' is inside the content folder 'content/'; every build would read its own output
                 2 | destination.folder = content/site
                   | ^^^^^^^^^^^^^^^^^^
                  hint: set destination.folder to a folder outside the input folders, e.g. output
                1 error, 0 warnings
                """, r.err());
        assertEquals(2, r.code());
        assertFalse(Files.exists(site.resolve("content/site")));
    }

    @Test
    void aLinkCannotHideAnInputFolder() throws IOException {
        Path site = site();
        try {
            Files.createSymbolicLink(dir.resolve("elsewhere"), site.resolve("content"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here");
        }
        Run r = cli("build", site.toString(), "-o", dir.resolve("elsewhere/out").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("is inside the content folder"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/cache", "content", "data/.cache", "templates/c", "assets/x/y"})
    void aCacheFolderInsideAnInputFolderIsAUsageError(String cache) throws IOException {
        Path site = site();
        Map<String, TestSites.Entry> before = TestSites.snapshot(site, null);
        Run r = cli("build", site.toString(), "--cache", site.resolve(cache).toString());
        String folder = cache.contains("/") ? cache.substring(0, cache.indexOf('/')) : cache;
        String kind = folder.equals("templates") ? "template" : folder.equals("assets") ? "asset" : folder;
        assertEquals("versus: error: --cache: the cache folder '" + cache + "' is inside the " + kind + " folder '"
                + folder + "/'; every build would read its own cache as the site's files\n"
                + "  hint: keep the cache outside the input folders, e.g. leave --cache out to keep it beside the"
                + " output folder\n", r.err());
        assertEquals(2, r.code());
        assertEquals(before, TestSites.snapshot(site, null), "nothing written, nothing created");
        assertEquals(0, cli("build", "-q", site.toString(), "--cache", site.resolve(cache).toString(), "--no-cache")
                .code(), "without the cache the folder is not used, so not refused");
    }

    @Test
    void aCacheFolderBesideTheInputFoldersIsUsed() throws IOException {
        Path site = site();
        Run r = cli("build", site.toString(), "--cache", site.resolve("contents-cache").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isDirectory(site.resolve("contents-cache")), "a name that only starts like an input folder's");
    }

    @Test
    void aFullDiskIsAnErrorAndThePreviousOutputStays() throws IOException {
        Path site = site();
        assertEquals(0, cli("build", "-q", site.toString()).code());
        Map<String, TestSites.Entry> before = TestSites.snapshot(site.resolve("output"), null);
        Files.writeString(site.resolve("content/blog/b.md"), "---\ntitle: B\ndate: 2025-01-02\n---\nNew.\n");
        OutputWriter.steps = step -> {
            if (step.equals("mark")) {
                throw new UncheckedIOException(new FileSystemException(site.resolve("output").toString(), null,
                        "No space left on device"));
            }
        };
        Run r = cli("build", site.toString());
        assertEquals("output: error: cannot write the output folder: no space left on device (" + site.resolve("output")
                + ")\n  hint: the previous output was left as it was; free some disk space, or choose another output"
                + " folder with -o\n1 error, 0 warnings\nBuild failed; the previous output was left as it was.\n", r.err());
        assertEquals(1, r.code());
        assertEquals(before, TestSites.snapshot(site.resolve("output"), null));
        try (Stream<Path> s = Files.list(site.resolve(".output.builds"))) {
            assertEquals(List.of(".lock", site.resolve("output").toRealPath().getFileName().toString(),
                            "files-" + site.resolve("output").toRealPath().getFileName()),
                    s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the lock, the published build and its file list; the failed one is gone");
        }
    }

    @Test
    void aReadOnlyParentFolderIsAnErrorNotACrash() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path site = site();
        Path parent = Files.createDirectories(dir.resolve("ro"));
        try {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        try {
            Run r = cli("build", site.toString(), "-o", parent.resolve("out").toString());
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains("cannot write the output folder: "), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anOutputThatIsALinkVersusDidNotMakeIsRefused() throws IOException {
        Path site = site();
        Path mine = Files.createDirectories(dir.resolve("www"));
        Files.writeString(mine.resolve("keep.html"), "mine");
        try {
            Files.createSymbolicLink(site.resolve("output"), mine);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here");
        }
        Run r = cli("build", site.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("output: error: the output path '" + site.resolve("output")
                + "' is a symbolic link that Versus did not make; refusing to replace it"), r.err());
        assertEquals("mine", Files.readString(mine.resolve("keep.html")));
    }

    @Test
    void aSecondBuildIntoTheSameOutputAtOnceIsRefused() throws IOException {
        Path site = site();
        Path out = site.resolve("output");
        try (OutputWriter first = OutputWriter.open(out, site)) {
            BuildResult r = Build.run(BuildOptions.build(site));
            assertEquals(List.of("output: another Versus build is writing '" + out + "' right now"),
                    r.diagnostics().stream().map(d -> d.position() + ": " + d.message()).toList());
            first.accept("index.html", "first".getBytes());
            first.commit();
        }
        assertEquals("first", TestSite.write(site, "").read("output/index.html"));
    }
}
