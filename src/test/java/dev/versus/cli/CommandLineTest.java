package dev.versus.cli;

import dev.versus.TestSite;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildSession;
import dev.versus.serve.DevServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;

import static dev.versus.cli.ScaffoldTest.versus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help, version, quiet and verbose modes, and shell completion. */
class CommandLineTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"", "build", "check", "serve", "init", "new", "new article", "new subject", "completion"})
    void everyCommandHasHelpAndVersion(String command) {
        String[] words = command.isEmpty() ? new String[0] : command.split(" ");
        ScaffoldTest.Run help = versus(concat(words, "--help"));
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().startsWith("Usage: versus" + (command.isEmpty() ? "" : " " + command)), help.out());
        ScaffoldTest.Run version = versus(concat(words, "--version"));
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().matches("versus \\S+\\R"), version.out());
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        String out = versus("--help").out();
        for (String c : new String[] {"build", "check", "serve", "init", "new", "completion"}) {
            assertTrue(out.contains("\n  " + c + " "), c + " in\n" + out);
        }
    }

    @Test
    void completionPrintsABashScriptKnowingTheCommands() {
        ScaffoldTest.Run r = versus("completion");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out());
        assertTrue(r.out().contains("complete -F _complete_versus"), "registers the function");
        assertTrue(r.out().contains("init") && r.out().contains("article") && r.out().contains("--compare"));
        assertTrue(r.out().contains("serve") && r.out().contains("--port"), "knows serve and its options");
    }

    @Test
    void quietPrintsNothingOnSuccessAndVerbosePrintsStages() {
        Path site = dir.resolve("site");
        assertEquals(0, versus("init", site.toString()).code());
        ScaffoldTest.Run quiet = versus("build", "-q", site.toString());
        assertEquals(0, quiet.code(), quiet.err());
        assertEquals("", quiet.out() + quiet.err());
        // every stage runs (the build after the quiet one would find nothing changed)
        ScaffoldTest.Run verbose = versus("build", "--verbose", "--no-cache", site.toString());
        assertEquals(0, verbose.code(), verbose.err());
        for (String stage : new String[] {"read", "load", "markdown", "check", "render"}) {
            assertTrue(verbose.err().contains("versus: " + stage), stage + " in\n" + verbose.err());
        }
        assertTrue(verbose.out().startsWith("Built "), verbose.out());
        ScaffoldTest.Run check = versus("check", site.toString());
        assertEquals("", check.out().replace("\r", ""));
        assertEquals("", versus("check", "-q", site.toString()).out());
    }

    @Test
    void quietCheckStillPrintsErrors() {
        Path site = dir.resolve("site");
        TestSite.write(site, """
                -- content/a.md --
                ---
                date: 2025-01-01
                ---
                No title.
                """);
        ScaffoldTest.Run r = versus("check", "-q", site.toString());
        assertEquals(Main.EXIT_SITE_ERRORS, r.code());
        assertTrue(r.out().contains("content/a.md"), r.out());
        assertFalse(r.out().contains("No problems found"));
    }

    @Test
    void serveTakesItsPortFromTheLoadedConfigurationUnlessGiven() throws java.io.IOException {
        Path site = dir.resolve("site");
        // server.port=0 takes any free port: a port other than the default 8820 shows the configuration was used
        TestSite.write(site, "-- jbake.properties --\nserver.port=0\n-- content/a.md --\n---\ntitle: A\n---\nA.\n");
        try (BuildSession session = new BuildSession(BuildOptions.build(site));
             DevServer server = DevServer.start(session, null, false, new PrintWriter(Writer.nullWriter()))) {
            assertTrue(server.port() > 0 && server.port() != DevServer.DEFAULT_PORT, "port " + server.port());
            assertEquals(0, session.serverPort());
        }
        TestSite.write(site, "-- jbake.properties --\nserver.port=70000\n");
        ScaffoldTest.Run r = versus("check", site.toString());
        assertEquals(Main.EXIT_SITE_ERRORS, r.code());
        assertTrue(r.out().startsWith("jbake.properties:1:13: error: 'server.port' must be a port number from 0 to 65535, "
                + "not '70000'\n"), r.out());
        r = versus("serve", "--port", "-1", site.toString());
        assertEquals(Main.EXIT_USAGE, r.code());
        assertEquals("versus: error: --port must be between 0 and 65535, not -1\n"
                + "  hint: leave it out to use server.port of jbake.properties; 0 takes any free port\n", r.err());
    }

    @Test
    void progressLineShowsTheShareDone() {
        assertEquals("render   [###############               ] 50/100", ConsoleProgress.line("render", 50, 100));
        assertEquals("read     ", ConsoleProgress.line("read", 0, 0));
    }

    private static String[] concat(String[] a, String b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }
}
