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
        assertEquals("used", unchanged.cache());
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
            assertEquals(List.of("state.bin"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left");
        }
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
