package dev.versus.output;

import dev.versus.TestSites;
import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The output folder is complete at every instant of a build: a process killed before any step
 * of opening or publishing leaves the old or the new complete site, and the next build repairs
 * the rest and removes what the killed one left.
 */
class KillDuringSwapTest {

    @TempDir
    Path dir;

    @AfterEach
    void quiet() {
        OutputWriter.steps = s -> {
        };
    }

    private Path site(String config) throws IOException {
        return TestSites.write(dir.resolve("site"), Map.of(
                "jbake.properties", config,
                "content/blog/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\nFirst version.\n",
                "content/about.md", "---\ntitle: About\ntype: page\n---\nAbout.\n",
                "assets/css/x.css", "body{}\n"));
    }

    private void edit(Path site) throws IOException {
        Files.writeString(site.resolve("content/blog/a.md"), "---\ntitle: A\ndate: 2025-01-01\n---\nSecond version.\n");
        Files.writeString(site.resolve("content/blog/b.md"), "---\ntitle: B\ndate: 2025-01-02\n---\nNew.\n");
    }

    /** The output's files and bytes, or null when there is no output. */
    private static Map<String, String> contents(Path out) throws IOException {
        if (!Files.exists(out)) {
            return null;
        }
        Map<String, String> m = new TreeMap<>();
        TestSites.snapshot(out, null).forEach((k, v) -> m.put(k,
                new String(java.util.HexFormat.of().parseHex(v.bytes()), java.nio.charset.StandardCharsets.UTF_8)));
        return m;
    }

    /** Asserts two outputs are equal, naming the first file that differs rather than printing both sites. */
    private static void assertSame(Map<String, String> expected, Map<String, String> actual, String message) {
        if (expected == null || actual == null) {
            assertEquals(expected == null ? null : expected.keySet(), actual == null ? null : actual.keySet(), message);
            return;
        }
        assertEquals(expected.keySet(), actual.keySet(), message);
        for (String k : expected.keySet()) {
            assertTrue(expected.get(k).equals(actual.get(k)), message + ": " + k + " differs");
        }
    }

    private static void build(Path site) throws IOException {
        BuildResult r = Build.run(BuildOptions.build(site));
        assertTrue(r.ok(), r.diagnostics()::toString);
    }

    /** Every step of a build as the output writer takes it, in order. */
    private List<String> stepsOfABuild(Path site) throws IOException {
        List<String> steps = new ArrayList<>();
        OutputWriter.steps = steps::add;
        build(site);
        OutputWriter.steps = s -> {
        };
        return steps;
    }

    @Test
    void atEveryStepOfABuildTheOutputIsTheOldOrTheNewCompleteSite() throws IOException {
        Path site = site("");
        build(site);
        Map<String, String> old = contents(site.resolve("output"));
        edit(site);
        Path copy = dir.resolve("copy");
        TestSites.write(copy, Map.of());
        List<Map<String, String>> seen = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        OutputWriter.steps = step -> {
            try {
                steps.add(step);
                seen.add(contents(site.resolve("output")));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        };
        build(site);
        Map<String, String> fresh = contents(site.resolve("output"));
        assertFalse(old.equals(fresh));
        assertEquals(List.of("clean", "stage", "mark", "list", "swap", "done"), steps);
        for (int i = 0; i < seen.size(); i++) {
            Map<String, String> s = seen.get(i);
            assertTrue(old.equals(s) || fresh.equals(s), "at step " + steps.get(i) + " the output was " + s);
        }
        assertEquals(fresh, seen.get(seen.size() - 1), "published by the step before 'done'");
    }

    /**
     * Kills a build before each step in turn; each time the output must be complete (the old
     * site, or the new one once the link was switched), and a build afterwards must publish the
     * new site and leave nothing of the killed one behind.
     */
    @ParameterizedTest
    @ValueSource(strings = {"clean", "stage", "mark", "list", "swap", "done"})
    void aBuildKilledAtAnyStepLeavesACompleteOutputAndTheNextBuildRepairs(String step) throws Exception {
        Path site = site("");
        build(site);
        Path out = site.resolve("output");
        Map<String, String> old = contents(out);
        edit(site);
        assertEquals(KillAt.KILLED, killedBuild(step, site));
        Map<String, String> afterKill = contents(out);
        if (step.equals("done")) {
            assertTrue(afterKill.get("blog/a.html").contains("Second version."), "killed after the switch: the new site");
            assertTrue(afterKill.containsKey("blog/b.html"));
        } else {
            assertSame(old, afterKill, "killed before '" + step + "': the old site, complete");
        }
        buildAndCheckRepaired(site, old);
    }

    /**
     * A plain output folder (what an older Versus wrote, or versus.output.link=false) becomes a
     * link; that one step cannot be atomic, and a kill inside it is repaired by the next build.
     */
    @ParameterizedTest
    @ValueSource(strings = {"migrate", "migrate-link", "swap"})
    void aPlainOutputFolderBecomesALinkAndAKillDuringThatIsRepaired(String step) throws Exception {
        Path site = site("versus.output.link=false\n");
        build(site);
        Path out = site.resolve("output");
        assertFalse(Files.isSymbolicLink(out));
        Map<String, String> old = contents(out);
        Files.writeString(site.resolve("jbake.properties"), "");
        edit(site);
        assertEquals(KillAt.KILLED, killedBuild(step, site));
        if (step.equals("migrate")) {
            assertSame(old, contents(out), "killed before '" + step + "'");
        } else {
            // between moving the folder away and linking to it: the one instant without output
            assertSame(null, contents(out), "killed before '" + step + "'");
        }
        buildAndCheckRepaired(site, null);
        assertTrue(Files.isSymbolicLink(out));
    }

    /** With links turned off the output is a plain folder replaced by two renames; a kill between them is repaired. */
    @ParameterizedTest
    @ValueSource(strings = {"move-old", "move-new", "done"})
    void withoutLinksAKillBetweenTheRenamesIsRepairedByTheNextBuild(String step) throws Exception {
        Path site = site("versus.output.link=false\n");
        build(site);
        Path out = site.resolve("output");
        Map<String, String> old = contents(out);
        edit(site);
        assertEquals(KillAt.KILLED, killedBuild(step, site));
        if (step.equals("move-old")) {
            assertSame(old, contents(out), "killed before moving the old folder away");
        }
        buildAndCheckRepaired(site, old);
        assertFalse(Files.isSymbolicLink(out));
        assertTrue(Files.isDirectory(out));
    }

    @Test
    void aFailedBuildAfterAKillStillLeavesACompleteOutput() throws Exception {
        Path site = site("versus.output.link=false\n");
        build(site);
        Map<String, String> old = contents(site.resolve("output"));
        // without the cache, so that a build of the same sources writes (from the cache it would find nothing to do)
        assertEquals(KillAt.KILLED, killedBuild("move-new", site, "--no-cache"));
        assertSame(null, contents(site.resolve("output")), "the gap of the folder mode");
        Files.writeString(site.resolve("content/broken.md"), "---\ntitle: [\n---\n");
        assertFalse(Build.run(BuildOptions.build(site)).ok());
        assertSame(old, contents(site.resolve("output")), "the newest complete build is put back first");
    }

    @Test
    void leftoversOfEarlierBuildsAreRemoved() throws Exception {
        Path site = site("");
        build(site);
        Path out = site.resolve("output");
        // what an older Versus left when killed, and what a killed build of this one leaves
        Files.createDirectories(site.resolve(".output.staging-123/blog"));
        Files.writeString(site.resolve(".output.staging-123/blog/a.html"), "half");
        Files.createDirectories(site.resolve(".output.old-456"));
        Files.createDirectories(site.resolve(".output.builds/b-000000000000001-9/blog"));
        Files.createSymbolicLink(site.resolve(".output.link-x"), Path.of("nowhere"));
        build(site);
        try (Stream<Path> s = Files.list(site)) {
            assertEquals(List.of(".output.builds", ".output.cache", "assets", "content", "jbake.properties", "output"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertFalse(Files.exists(site.resolve(".output.builds/b-000000000000001-9")));
        assertTrue(Files.isRegularFile(out.resolve("blog/a.html")));
    }

    private void buildAndCheckRepaired(Path site, Map<String, String> old) throws IOException {
        Path out = site.resolve("output");
        Set<String> before = names(site.resolve(".output.builds"));
        build(site);
        Map<String, String> fresh = contents(out);
        assertTrue(fresh.get("blog/a.html").contains("Second version."), "the new site is published");
        assertTrue(fresh.containsKey("blog/b.html"));
        if (old != null) {
            assertFalse(old.equals(fresh));
        }
        try (Stream<Path> s = Files.list(site)) {
            assertEquals(List.of(".output.builds", ".output.cache", "assets", "content", "jbake.properties", "output"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), "nothing left beside the output");
        }
        Set<String> after = names(site.resolve(".output.builds"));
        for (String list : after.stream().filter(n -> n.startsWith("files-")).toList()) {
            assertTrue(after.contains(list.substring("files-".length())), "a file list only for a build kept: " + after);
            after.remove(list);
            before.remove(list);
        }
        Set<String> survivors = new TreeSet<>(before);
        survivors.retainAll(after);
        survivors.remove(".lock");
        assertTrue(survivors.size() <= 1, "of the builds that were there before " + before
                + ", only the one the output showed stays (as the previous build): " + survivors);
        assertTrue(after.size() <= 3, "the lock, the current build and the previous one: " + after);
        if (Files.isSymbolicLink(out)) {
            assertTrue(after.contains(out.toRealPath().getFileName().toString()), "the current build");
        }
    }

    private static Set<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return new TreeSet<>();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static int killedBuild(String step, Path site, String... more) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                KillAt.class.getName(), step, "build", "-q", site.toString()));
        command.addAll(List.of(more));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the build ends");
        return p.exitValue();
    }
}
