package dev.versus.pipeline;

import dev.versus.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build cache, on a copy of the example site: a build started from it renders only what an
 * edit reaches and writes what a clean build writes; a cache that is damaged, foreign, made for
 * another configuration or for an output replaced since is not used, and the build is a clean
 * one, without a message.
 */
class BuildCacheTest {

    @TempDir
    Path tmp;

    private Path site;
    private Path out;

    @BeforeEach
    void copyExampleSite() throws IOException {
        site = tmp.resolve("site");
        Path repo = Path.of("").toAbsolutePath();
        for (String part : List.of("content", "data", "templates", "assets", "jbake.properties")) {
            dev.versus.TestSites.copy(repo.resolve(part), site.resolve(part));
        }
        out = tmp.resolve("out");
    }

    @Test
    void aBuildFromTheCacheRendersOnlyWhatAnEditReaches() throws IOException {
        BuildResult first = build();
        assertEquals("no cache yet", first.cache());
        assertTrue(Files.isRegularFile(state()), "the cache is kept beside the output, in .out.cache");
        Path real = out.toRealPath();

        BuildResult unchanged = build();
        assertEquals("used: nothing changed since the last build", unchanged.cache());
        assertEquals(0, unchanged.rendered());
        assertEquals(0, unchanged.changed());
        assertEquals(real, out.toRealPath(), "nothing changed, so nothing was written");

        append("content/blog/django-vs-express.md", "\nOne more sentence, written after the first build.\n");
        BuildResult edited = build();
        assertEquals("used", edited.cache());
        assertTrue(edited.rendered() > 0 && edited.rendered() * 10 < first.rendered(),
                edited.rendered() + " of " + first.rendered() + " pages rendered after a body edit");
        assertSameAsCleanBuild();
        assertTrue(TestSite.snapshot(out).get("blog/django-vs-express/index.html").contains("written after the first build"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "truncated, damaged",
            "one byte changed, damaged",
            "empty, damaged",
            "not a cache, damaged",
            "another format, written by another version",
            "a class from outside Versus, damaged"})
    void aDamagedCacheIsNotUsed(String damage, String reason) throws IOException {
        assertTrue(build().ok());
        append("content/about.md", "\nA line added before the cache was damaged.\n");
        byte[] bytes = Files.readAllBytes(state());
        byte[] damaged = switch (damage) {
            case "truncated" -> Arrays.copyOf(bytes, bytes.length / 2);
            case "one byte changed" -> {
                byte[] b = bytes.clone();
                b[b.length * 2 / 3] ^= 0x20;
                yield b;
            }
            case "empty" -> new byte[0];
            case "not a cache" -> "not a cache at all\n".repeat(100).getBytes();
            case "another format" -> withHeader("versus-cache 0", key(bytes), new byte[] {1, 2, 3});
            case "a class from outside Versus" -> withHeader(format(bytes), key(bytes), serialized(new java.io.File("x")));
            default -> throw new IllegalArgumentException(damage);
        };
        Files.write(state(), damaged);

        BuildResult r = build();
        assertEquals(reason, r.cache());
        assertEquals("", TestSite.printed(r), "a damaged cache is no problem of the site");
        assertSameAsCleanBuild();
        append("content/about.md", "\nA line added after the cache was written anew.\n");
        assertEquals("used", build().cache(), "the build wrote the cache anew");
    }

    @Test
    void anotherConfigurationStartsAfresh() throws IOException {
        assertTrue(build().ok());
        append("jbake.properties", "\nsite.title=Another title\n");
        BuildResult r = build();
        assertEquals("made for another configuration", r.cache());
        assertSameAsCleanBuild();
    }

    @Test
    void anOutputWrittenByAnotherBuildSinceIsWrittenAgainInFull() throws IOException {
        BuildResult first = build();
        // a build without the cache replaces the output the cache describes
        assertTrue(Build.run(options().withoutCache()).ok());
        append("content/about.md", "\nEdited after a build without the cache.\n");
        BuildResult r = build();
        assertEquals("used, but the output changed since it was written: every page rendered again", r.cache());
        assertEquals(first.rendered(), r.rendered());
        assertSameAsCleanBuild();

        // an output deleted with the folder of its builds
        deleteTree(out);
        deleteTree(tmp.resolve(".out.builds"));
        append("content/about.md", "\nEdited after the output was deleted.\n");
        BuildResult again = build();
        assertEquals("used, but the output changed since it was written: every page rendered again", again.cache());
        assertSameAsCleanBuild();
    }

    @Test
    void buildsSharingACacheFolderAtOnceLeaveItWhole() throws Exception {
        Path shared = tmp.resolve("shared-cache");
        Path out2 = tmp.resolve("out2");
        for (int round = 0; round < 3; round++) {
            append("content/about.md", "\nRound " + round + ".\n");
            CompletableFuture<BuildResult> a = CompletableFuture.supplyAsync(() -> run(options().withCacheFolder(shared)));
            CompletableFuture<BuildResult> b = CompletableFuture.supplyAsync(() -> run(options().withOutput(out2)
                    .withCacheFolder(shared)));
            assertTrue(a.get().ok(), TestSite.printed(a.get()));
            assertTrue(b.get().ok(), TestSite.printed(b.get()));
            assertEquals("", TestSite.printed(a.get()) + TestSite.printed(b.get()));
            assertSameAsCleanBuild();
            TestSite.assertSameTree(tmp.resolve("clean"), out2);
        }
        try (Stream<Path> files = Files.list(shared)) {
            assertEquals(List.of("inputs.bin", "state.bin"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left");
        }
    }

    @Test
    void aBuildThatWouldChangeNothingReportsTheLastOne() throws IOException {
        Files.writeString(site.resolve("content/stray.html"), "<p>A file without a header.</p>\n");
        BuildResult first = build();
        assertTrue(first.ok());
        assertFalse(first.diagnostics().isEmpty(), "an HTML file without a header is a warning");
        Path real = out.toRealPath();

        BuildResult again = build();
        assertEquals("used: nothing changed since the last build", again.cache());
        assertEquals(first.diagnostics(), again.diagnostics());
        assertEquals(first.files(), again.files());
        assertEquals(0, again.rendered());
        assertEquals(real, out.toRealPath());

        // the same contents at a new time, as a fresh checkout leaves them
        for (String f : List.of("content/about.md", "data/frameworks/django.yaml", "jbake.properties")) {
            Files.setLastModifiedTime(site.resolve(f), java.nio.file.attribute.FileTime.fromMillis(
                    System.currentTimeMillis() - 60_000));
        }
        assertEquals("used: nothing changed since the last build", build().cache());

        // with --strict the warning fails the build, as it fails a clean one
        BuildResult strict = Build.run(options().withStrict(true));
        BuildResult cleanStrict = Build.run(options().withOutput(tmp.resolve("clean-strict")).withoutCache().withStrict(true));
        assertFalse(strict.ok());
        assertEquals("used", strict.cache());
        assertEquals(cleanStrict.diagnostics(), strict.diagnostics());
        assertEquals(real, out.toRealPath(), "the failed build left the output as it was");
    }

    @Test
    void aFileChangedJustAfterTheBuildListedItIsReadAgain() throws IOException {
        assertTrue(build().ok());
        Path about = site.resolve("content/about.md");
        // written just before a build: its time is within the clock's reach of the listing
        append("content/about.md", "\nFirst words.\n");
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(about);
        assertTrue(build().ok());
        // changed again at the same size, its time set back: only its contents tell
        Files.writeString(about, Files.readString(about).replace("First words.", "Other words."));
        Files.setLastModifiedTime(about, time);
        BuildResult r = build();
        assertEquals("used", r.cache());
        assertSameAsCleanBuild();
        assertTrue(TestSite.snapshot(out).get("about/index.html").contains("Other words."));
    }

    @Test
    void whatTheLastBuildSawIsNotUsedForAnotherOutputOrWhenDamaged() throws IOException {
        assertTrue(build().ok());
        // a build without the cache replaced the output: nothing changed in the site, but the output did
        assertTrue(Build.run(options().withoutCache()).ok());
        BuildResult r = build();
        assertEquals("used, but the output changed since it was written: every page rendered again", r.cache());
        assertSameAsCleanBuild();

        Path inputs = state().resolveSibling("inputs.bin");
        byte[] bytes = Files.readAllBytes(inputs);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(inputs, bytes);
        BuildResult damaged = build();
        assertEquals("used", damaged.cache());
        assertEquals(0, damaged.rendered());
        assertEquals("", TestSite.printed(damaged));
        assertEquals("used: nothing changed since the last build", build().cache(), "written anew");
    }

    @Test
    void theCacheCanBeTurnedOff() throws IOException {
        BuildResult r = Build.run(options().withoutCache());
        assertNull(r.cache());
        assertFalse(Files.exists(state().getParent()));
        append("jbake.properties", "\nversus.cache=false\n");
        assertNull(build().cache());
        assertFalse(Files.exists(state().getParent()));
    }

    // --- helpers ---

    private BuildOptions options() {
        return BuildOptions.build(site).withOutput(out).withThreads(2);
    }

    private BuildResult build() throws IOException {
        return Build.run(options());
    }

    private static BuildResult run(BuildOptions o) {
        try {
            return Build.run(o);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void assertSameAsCleanBuild() throws IOException {
        Path clean = tmp.resolve("clean");
        assertTrue(Build.run(options().withOutput(clean).withoutCache()).ok());
        TestSite.assertSameTree(clean, out);
    }

    private Path state() {
        return tmp.resolve(".out.cache").resolve("state.bin");
    }

    private void append(String path, String text) throws IOException {
        Path p = site.resolve(path);
        Files.writeString(p, Files.readString(p) + text);
    }

    private static String format(byte[] state) throws IOException {
        return new DataInputStream(new java.io.ByteArrayInputStream(state)).readUTF();
    }

    private static String key(byte[] state) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(state));
        in.readUTF();
        return in.readUTF();
    }

    /** A state file as the format lays it out: format, key, length and CRC-32C of the body, then the body. */
    private static byte[] withHeader(String format, String key, byte[] body) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeUTF(format);
        d.writeUTF(key);
        CRC32C crc = new CRC32C();
        crc.update(body);
        d.writeLong(body.length);
        d.writeLong(crc.getValue());
        d.write(body);
        return b.toByteArray();
    }

    private static byte[] serialized(Object o) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        }
        return b.toByteArray();
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isSymbolicLink(p) || Files.isRegularFile(p)) {
            Files.delete(p);
            return;
        }
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            List<Path> all = new ArrayList<>(s.toList());
            java.util.Collections.reverse(all);
            for (Path q : all) {
                Files.delete(q);
            }
        }
    }
}
