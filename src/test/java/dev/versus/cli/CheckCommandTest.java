package dev.versus.cli;

import dev.versus.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code versus check}: exit codes, --strict, --format json, the cap on printed diagnostics. */
class CheckCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void exampleSitePassesSilently() {
        Run r = run("check", ".");
        assertEquals(new Run(0, "", ""), r);
    }

    @Test
    void warningsPassUnlessStrict(@TempDir Path dir) throws IOException {
        TestSites.write(dir, Map.of("content/a.md", "---\ntitle: A\ntgas: [x]\n---\nBody\n"));
        String warning = """
                content/a.md:3:1: warning: unknown header key 'tgas'
                 3 | tgas: [x]
                   | ^^^^
                  hint: did you mean 'tags'? Other keys are passed to templates as they are
                """;
        assertEquals(new Run(0, warning + "0 errors, 1 warning\n", ""), run("check", dir.toString()));
        assertEquals(new Run(1, warning.replace("warning:", "error:") + "1 error, 0 warnings\n", ""),
                run("check", "--strict", dir.toString()));
    }

    @Test
    void jsonFormatIsMachineReadable(@TempDir Path dir) throws IOException {
        TestSites.write(dir, Map.of("content/a.md", "---\ntitle: \"A \\\"quoted\\\" <title>\"\ndate: 2025-02-30\n---\n"));
        Run r = run("check", "--format", "json", dir.toString());
        assertEquals(new Run(1, """
                [
                  {"severity":"error","file":"content/a.md","line":3,"column":7,"message":"'2025-02-30' is not a valid date","hint":"write dates as yyyy-MM-dd or ISO 8601, e.g. 2025-06-03"}
                ]
                """, ""), r);
    }

    @Test
    void jsonFormatOfACleanSiteIsAnEmptyArray(@TempDir Path dir) throws IOException {
        TestSites.write(dir, Map.of("content/a.md", "---\ntitle: A\n---\n"));
        assertEquals(new Run(0, "[]\n", ""), run("check", "--format", "json", dir.toString()));
    }

    @Test
    void printsAtMostOneHundredDiagnosticsSortedThenCountsTheRest(@TempDir Path dir) throws IOException {
        Map<String, String> files = new HashMap<>();
        for (int i = 0; i < 130; i++) {
            files.put(String.format("content/p%03d.md", i), "---\ntitle: P\ndate: not-a-date\n---\n");
        }
        TestSites.write(dir, files);
        Run r = run("check", dir.toString());
        assertEquals(1, r.code());
        String[] lines = r.out().split("\n");
        assertEquals("content/p000.md:3:7: error: 'not-a-date' is not a valid date", lines[0]);
        assertEquals("content/p099.md:3:7: error: 'not-a-date' is not a valid date", lines[99 * 4]);
        assertEquals("… and 30 more", lines[lines.length - 2]);
        assertEquals("130 errors, 0 warnings", lines[lines.length - 1]);
        assertEquals(100 * 4 + 2, lines.length);
    }

    @Test
    void publishedPageLinkingToADraftIsAWarningWhenDraftsAreRendered(@TempDir Path dir) throws IOException {
        TestSites.write(dir, Map.of(
                "content/a.md", "---\ntitle: A\n---\nSee [b](b.md).\n",
                "content/b.md", "---\ntitle: B\nstatus: draft\n---\n"));
        assertEquals(new Run(0, """
                content/a.md:4:5: warning: published page links to 'b.md', which is a draft
                 4 | See [b](b.md).
                   |     ^^^^^^^^^
                  hint: the link breaks when the site is built without --drafts; publish content/b.md first
                0 errors, 1 warning
                """, ""), run("check", "--drafts", dir.toString()));
        assertEquals(1, run("check", dir.toString()).code());
    }

    @Test
    void usageErrorsExitWithTwo(@TempDir Path dir) {
        Run missing = run("check", dir.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("is not a folder"), missing.err());
        Run format = run("check", "--format", "xml", dir.toString());
        assertEquals(new Run(2, "", "versus: error: --format must be text or json, not 'xml'\n"
                + "  hint: write --format=text (the default) or --format=json\n"), format);
        assertEquals(2, run("check", "--no-such-option").code());
        assertEquals(2, run("frobnicate").code());
    }
}
