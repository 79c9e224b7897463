package dev.versus.maven;

import dev.versus.TestSite;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The goals' parameters reach the build, and the build's problems reach the Maven log. */
class MojoTest {

    private static final String SITE = """
            -- content/blog/first.md --
            ---
            title: First
            date: 2025-01-02
            ---
            Hello.
            -- content/blog/draft.md --
            ---
            title: Draft
            date: 2025-01-03
            status: draft
            ---
            Not yet.
            """;

    private static final String TYPO = """
            -- content/blog/a.md --
            ---
            title: A
            date: 2025-01-02
            type: psot
            ---
            Hello.
            """;

    private static final String WARNING = """
            -- jbake.properties --
            render.tag=true
            """;

    @TempDir
    Path tmp;

    @Test
    void buildWritesTheSiteIntoTheOutputDirectory() throws Exception {
        Path site = TestSite.write(tmp.resolve("site"), SITE).root();
        RecordingLog log = new RecordingLog();
        BuildMojo mojo = build(site, tmp.resolve("target/versus"), log);
        mojo.execute();
        assertTrue(Files.isRegularFile(tmp.resolve("target/versus/index.html")));
        assertTrue(Files.isRegularFile(tmp.resolve("target/versus/blog/first.html")));
        assertFalse(Files.exists(tmp.resolve("target/versus/blog/draft.html")), "drafts only when asked");
        assertFalse(Files.exists(site.resolve("output")), "destination.folder is not used");
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("info: Built ")), log.lines.toString());
        assertEquals(List.of(), log.at("error"));
    }

    @Test
    void draftsAreRenderedWhenAsked() throws Exception {
        Path site = TestSite.write(tmp.resolve("site"), SITE).root();
        BuildMojo mojo = build(site, tmp.resolve("out"), new RecordingLog());
        mojo.drafts = true;
        mojo.threads = 1;
        mojo.execute();
        assertTrue(Files.list(tmp.resolve("out/blog")).anyMatch(p -> p.getFileName().toString().startsWith("draft")));
    }

    @Test
    void siteErrorsAreLoggedLikeTheCommandLineAndFailTheBuild() throws Exception {
        Path site = TestSite.write(tmp.resolve("site"), TYPO).root();
        RecordingLog log = new RecordingLog();
        BuildMojo mojo = build(site, tmp.resolve("out"), log);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("The site has 1 error (printed above); the previous output was left as it was", e.getMessage());
        assertEquals(List.of(
                "content/blog/a.md:4:7: error: unknown type 'psot': there is no template for it",
                " 4 | type: psot",
                "   |       ^^^^",
                "  hint: did you mean 'post'? types with a template: masterindex, matrix, page, pair, pairlist, post, profile; a new type needs templates/psot.ftlh",
                "1 error, 0 warnings"), log.at("error"));
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void warningsAreLoggedAsWarningsAndFailOnlyWhenStrict() throws Exception {
        Path site = TestSite.write(tmp.resolve("site"), SITE + WARNING).root();
        RecordingLog log = new RecordingLog();
        CheckMojo check = check(site, log);
        check.execute();
        assertEquals(List.of(), log.at("error"));
        assertTrue(log.at("warn").get(0).startsWith("jbake.properties:1:1: warning: "), log.lines.toString());
        assertEquals("0 errors, 1 warning", log.at("warn").get(log.at("warn").size() - 1));

        RecordingLog strictLog = new RecordingLog();
        CheckMojo strict = check(site, strictLog);
        strict.strict = true;
        MojoFailureException e = assertThrows(MojoFailureException.class, strict::execute);
        assertEquals("The site has 1 error (printed above)", e.getMessage());
        assertTrue(strictLog.at("error").get(0).startsWith("jbake.properties:1:1: error: "), strictLog.lines.toString());
    }

    @Test
    void checkWritesNothingAndSaysSoWhenClean() throws Exception {
        Path site = TestSite.write(tmp.resolve("site"), SITE).root();
        RecordingLog log = new RecordingLog();
        check(site, log).execute();
        assertEquals("info: No problems found", log.lines.get(log.lines.size() - 1));
        assertFalse(Files.exists(site.resolve("output")));
    }

    @Test
    void skipDoesNothing() throws Exception {
        RecordingLog log = new RecordingLog();
        BuildMojo mojo = build(tmp.resolve("missing"), tmp.resolve("out"), log);
        mojo.skip = true;
        mojo.execute();
        assertEquals(List.of("info: Skipping Versus (versus.skip)"), log.lines);
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void aMissingSiteFolderFailsWithAHint() {
        CheckMojo mojo = check(tmp.resolve("missing"), new RecordingLog());
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("set siteDirectory to the folder that holds jbake.properties"), e.getMessage());
    }

    @Test
    void anOutputFolderVersusDidNotWriteIsASiteError() throws Exception {
        Path site = TestSite.write(tmp.resolve("site"), SITE).root();
        Files.createDirectories(tmp.resolve("out"));
        Files.writeString(tmp.resolve("out/keep.txt"), "mine");
        RecordingLog log = new RecordingLog();
        assertThrows(MojoFailureException.class, build(site, tmp.resolve("out"), log)::execute);
        assertTrue(log.at("error").get(0).contains("holds files that Versus did not write"), log.lines.toString());
        assertEquals("mine", Files.readString(tmp.resolve("out/keep.txt")));
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsASiteError() throws Exception {
        Path site = TestSite.write(tmp.resolve("site"), SITE).root();
        // the output's parent is a file, so the output folder cannot be made
        Files.writeString(tmp.resolve("file"), "x");
        RecordingLog log = new RecordingLog();
        BuildMojo mojo = build(site, tmp.resolve("file/out"), log);
        assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(log.at("error").get(0).contains("cannot write the output folder: "), log.lines.toString());
    }

    @Test
    void serveBuildsAndServesTheSiteUntilStopped() throws Exception {
        Path site = TestSite.write(tmp.resolve("site"), SITE).root();
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ServeMojo mojo = new ServeMojo();
        mojo.siteDirectory = site.toFile();
        mojo.outputDirectory = tmp.resolve("served").toFile();
        mojo.port = port;
        mojo.setLog(new RecordingLog());
        Thread serving = new Thread(() -> {
            try {
                mojo.execute();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        serving.start();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.URI index = java.net.URI.create("http://127.0.0.1:" + port + "/");
        java.net.http.HttpResponse<String> page = null;
        for (int i = 0; i < 200 && page == null; i++) {
            try {
                page = client.send(java.net.http.HttpRequest.newBuilder(index).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        assertTrue(page != null && page.statusCode() == 200, "the site is served");
        assertTrue(Files.isRegularFile(tmp.resolve("served/index.html")), "written into outputDirectory");
        serving.interrupt();
        serving.join(10_000);
        assertFalse(serving.isAlive(), "the goal ends when interrupted");
        assertThrows(java.io.IOException.class, () -> client.send(java.net.http.HttpRequest.newBuilder(index).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()), "the server is closed");
    }

    private static BuildMojo build(Path site, Path out, Log log) {
        BuildMojo mojo = new BuildMojo();
        mojo.siteDirectory = site.toFile();
        mojo.outputDirectory = new File(out.toString());
        mojo.setLog(log);
        return mojo;
    }

    private static CheckMojo check(Path site, Log log) {
        CheckMojo mojo = new CheckMojo();
        mojo.siteDirectory = site.toFile();
        mojo.setLog(log);
        return mojo;
    }

    /** A Maven log that keeps every line as "level: text". */
    static final class RecordingLog implements Log {
        final List<String> lines = new ArrayList<>();

        List<String> at(String level) {
            return lines.stream().filter(l -> l.startsWith(level + ": "))
                    .map(l -> l.substring(level.length() + 2)).toList();
        }

        private void add(String level, CharSequence text) {
            synchronized (lines) {
                lines.add(level + ": " + text);
            }
        }

        @Override public boolean isDebugEnabled() { return true; }
        @Override public void debug(CharSequence c) { }
        @Override public void debug(CharSequence c, Throwable t) { }
        @Override public void debug(Throwable t) { }
        @Override public boolean isInfoEnabled() { return true; }
        @Override public void info(CharSequence c) { add("info", c); }
        @Override public void info(CharSequence c, Throwable t) { add("info", c); }
        @Override public void info(Throwable t) { add("info", t.toString()); }
        @Override public boolean isWarnEnabled() { return true; }
        @Override public void warn(CharSequence c) { add("warn", c); }
        @Override public void warn(CharSequence c, Throwable t) { add("warn", c); }
        @Override public void warn(Throwable t) { add("warn", t.toString()); }
        @Override public boolean isErrorEnabled() { return true; }
        @Override public void error(CharSequence c) { add("error", c); }
        @Override public void error(CharSequence c, Throwable t) { add("error", c); }
        @Override public void error(Throwable t) { add("error", t.toString()); }
    }
}
