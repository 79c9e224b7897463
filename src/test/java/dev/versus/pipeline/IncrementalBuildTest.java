package dev.versus.pipeline;

import dev.versus.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Incremental rebuilds against clean builds: random sequences of edits (articles with and
 * without comparison blocks, subject files and the aspect catalogue, templates, assets, the
 * configuration; change, add, delete, rename), and after each the session's output must equal
 * a clean build's, byte for byte, or both must fail with the same messages.
 */
class IncrementalBuildTest {

    private static final String CONFIG = """
            site.host=https://example.org
            site.title=Fixture
            uri.noExtension=%s
            index.paginate=true
            index.posts_per_page=%d
            render.tags=true
            render.archive=true
            render.feed=true
            render.sitemap=true
            render.error404=true
            date.format=yyyy-MM-dd
            versus.pairs=all
            versus.pairs.min_differences=%d
            """;

    private static final String[] WORDS = ("alpha beta gamma delta router cache thread event loop async "
            + "deploy table column feature release version plugin runtime latency memory").split(" ");
    private static final String[] TAGS = {"web", "python", "node", "speed", "tools"};
    /** Ids subjects are drawn from; at most these exist at once. */
    private static final String[] SUBJECTS = {"anvil", "bolt", "crane", "drill", "easel"};
    private static final String[] LANGUAGES = {"Python", "JavaScript", "Go", "Ruby"};

    @TempDir
    Path tmp;

    private Random random;
    private Path site;
    private int nextId;
    /** Whether the last step left the site with errors. */
    private boolean broken;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomEditSequencesMatchCleanBuilds(long seed) throws IOException {
        random = new Random(seed);
        site = tmp.resolve("site");
        writeSite();
        Path incOut = tmp.resolve("inc");
        BuildOptions opts = BuildOptions.build(site).withOutput(incOut).withThreads(2);
        int failed = 0;
        try (BuildSession session = new BuildSession(opts)) {
            BuildSession.Outcome first = session.build();
            assertTrue(first.ok(), () -> "fixture must build: " + first.diagnostics());
            compare(session, first, "initial build", 0);
            for (int step = 1; step <= 40; step++) {
                List<Path> changed = new ArrayList<>();
                String what = edit(changed);
                BuildSession.Outcome o = session.rebuild(changed);
                broken = !compare(session, o, what, step);
                if (broken) {
                    failed++;
                }
            }
        }
        // The sequences are meant to test rebuilds of sites that build, not only error messages.
        assertTrue(failed < 20, failed + " of 40 steps left the site broken");
    }

    /**
     * The same kind of sequences, each step built by {@code versus build} in a new process, so
     * that nothing is kept in memory: each build starts from what the one before left in the
     * cache folder, and its output, exit status and messages must be a clean build's.
     */
    @ParameterizedTest
    @ValueSource(longs = {11, 12})
    void randomEditSequencesBuiltInFreshProcessesMatchCleanBuilds(long seed) throws Exception {
        random = new Random(seed);
        site = tmp.resolve("site");
        writeSite();
        Path incOut = tmp.resolve("inc");
        int failed = 0;
        int reused = 0;
        for (int step = 0; step <= 14; step++) {
            String what = step == 0 ? "initial build" : edit(new ArrayList<>());
            String label = "step " + step + " (" + what + ")";
            long stateBefore = cacheSize(incOut);
            CommandRun run = buildInProcess(incOut);
            BuildResult full = Build.run(BuildOptions.build(site).withOutput(tmp.resolve("full")).withThreads(2)
                    .withoutCache());
            assertEquals(full.ok() ? 0 : 1, run.exit(), label + ": exit status\n" + run.err());
            assertEquals(full.diagnostics().isEmpty() ? ""
                    : dev.versus.diag.DiagnosticPrinter.formatAll(full.diagnostics(),
                    dev.versus.diag.DiagnosticPrinter.DEFAULT_LIMIT), run.err().replace(
                    "Build failed; the previous output was left as it was.\n", ""), label + ": messages");
            if (!full.ok()) {
                failed++;
                continue;
            }
            assertSameTree(tmp.resolve("full"), incOut, label);
            if (run.out().contains("Cache: used")) {
                reused++;
            } else if (stateBefore > 0) {
                assertTrue(run.out().contains("Cache: made for another configuration"), label + ": " + run.out());
            }
            if (step % 3 == 0) {
                // built again with nothing changed: the last build's outcome, from what it saw
                CommandRun again = buildInProcess(incOut);
                assertEquals(0, again.exit(), label + ", built again: exit status\n" + again.err());
                assertEquals(run.err(), again.err(), label + ", built again: messages");
                assertTrue(again.out().contains("Cache: used: nothing changed since the last build; 0 pages rendered"),
                        label + ", built again: " + again.out());
                assertSameTree(tmp.resolve("full"), incOut, label + ", built again");
            }
        }
        assertTrue(failed < 8, failed + " of 15 steps left the site broken");
        assertTrue(reused >= 5, "the cache was used in " + reused + " steps");
        assertTrue(Files.isRegularFile(incOut.resolveSibling(".inc.cache").resolve("state.bin")),
                "the cache is kept beside the output");
    }

    /** What a command run printed, and its exit status. */
    record CommandRun(int exit, String out, String err) {
    }

    /** Runs {@code versus build} on the site in a new Java process. */
    private CommandRun buildInProcess(Path output, String... more) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), dev.versus.cli.Main.class.getName(), "build",
                site.toString(), "-o", output.toString(), "--threads", "2"));
        command.addAll(List.of(more));
        Path out = tmp.resolve("stdout.txt");
        Path err = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the build ends");
        return new CommandRun(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static long cacheSize(Path output) throws IOException {
        Path state = output.resolveSibling("." + output.getFileName() + ".cache").resolve("state.bin");
        return Files.exists(state) ? Files.size(state) : 0;
    }

    @Test
    void articleBodyEditRendersOnlyThatPage() throws IOException {
        site = tmp.resolve("site");
        write("jbake.properties", CONFIG.formatted("false", 3, 1));
        for (int i = 0; i < 4; i++) {
            write("content/blog/post-" + i + ".md", "---\ntitle: Post " + i + "\ndate: 2024-03-0" + (i + 1)
                    + "\ntype: post\nstatus: published\ntags: [web]\nsummary: About " + i + "\n---\n\nBody of post " + i + ".\n");
        }
        try (BuildSession session = new BuildSession(BuildOptions.build(site).withOutput(tmp.resolve("o")))) {
            BuildSession.Outcome first = session.build();
            assertTrue(first.ok(), first.diagnostics()::toString);
            Path p = site.resolve("content/blog/post-3.md");
            Files.writeString(p, Files.readString(p).replace("Body of post 3.", "Body of post 3, edited."));
            BuildSession.Outcome o = session.rebuild(List.of(p));
            assertTrue(o.ok(), o.diagnostics()::toString);
            // The feeds show bodies; listings show titles and summaries only.
            assertEquals(List.of("atom.xml", "blog/post-3.html", "feed.xml"), o.written());
            assertEquals(3, o.rendered(), "the page and the two feeds");
        }
    }

    /**
     * Edits of a body alone, which the planner takes into the last plan instead of planning the
     * site again: each must give a clean build's output, whatever of the page the body reaches
     * (its headings and table of contents, the search index's summary of a page without one,
     * its FAQ and structured data, an anchor another page links to, its neighbours' pages).
     */
    @Test
    void bodyOnlyEditsMatchCleanBuilds() throws IOException {
        site = tmp.resolve("site");
        write("jbake.properties", CONFIG.formatted("true", 2, 1) + "versus.search=true\n");
        write("content/blog/a.md", "---\ntitle: A\ndate: 2024-03-01\ntype: post\nstatus: published\ntags: [web]\n"
                + "summary: About A\n---\n\n## Setup\n\nBody of A.\n");
        write("content/blog/b.md", "---\ntitle: B\ndate: 2024-03-02\ntype: post\nstatus: published\ntags: [web, speed]\n"
                + "---\n\nFirst words of B.\n\n## FAQ\n\n### Is B fast?\n\nYes.\n");
        write("content/blog/c.md", "---\ntitle: C\ndate: 2024-03-03\ntype: post\nstatus: published\ntags: [speed]\n"
                + "---\n\nSee [the setup of A](a.md#setup).\n");
        write("content/about.md", "---\ntitle: About\ntype: page\nstatus: published\n---\n\nAbout us.\n");
        Path out = tmp.resolve("inc");
        try (BuildSession session = new BuildSession(BuildOptions.build(site).withOutput(out).withThreads(2))) {
            BuildSession.Outcome first = session.build();
            assertTrue(first.ok(), first.diagnostics()::toString);
            assertTrue(compare(session, first, "initial build", 0));
            String[][] edits = {
                    {"content/blog/a.md", "Body of A.", "Body of A, with more words."},
                    {"content/blog/a.md", "with more words.", "with more words.\n\n## Usage\n\nMore."},
                    {"content/blog/b.md", "First words of B.", "Other first words of B."},
                    {"content/blog/b.md", "Yes.", "Yes, very."},
                    {"content/blog/b.md", "### Is B fast?", "### Is B quick?"},
                    {"content/about.md", "About us.", "About us, at length."},
                    {"content/blog/a.md", "\n\n## Usage\n\nMore.", ""},
                    {"content/blog/c.md", "See [the", "Read [the"},
            };
            int step = 0;
            for (String[] e : edits) {
                Path p = site.resolve(e[0]);
                String text = Files.readString(p);
                assertTrue(text.contains(e[1]), e[0] + ": " + e[1]);
                Files.writeString(p, text.replace(e[1], e[2]));
                BuildSession.Outcome o = session.rebuild(List.of(p));
                assertTrue(compare(session, o, e[0] + ": " + e[2], ++step));
            }
            // two bodies at once, then an anchor another page links to goes: the same messages as a clean build
            Path a = site.resolve("content/blog/a.md");
            Path c = site.resolve("content/blog/c.md");
            Files.writeString(a, Files.readString(a).replace("Body of A", "Text of A"));
            Files.writeString(c, Files.readString(c) + "\nMore.\n");
            assertTrue(compare(session, session.rebuild(List.of(a, c)), "two bodies", ++step));
            Files.writeString(a, Files.readString(a).replace("## Setup", "## Other"));
            compare(session, session.rebuild(List.of(a)), "anchor gone", ++step);
            Files.writeString(a, Files.readString(a).replace("## Other", "## Setup"));
            assertTrue(compare(session, session.rebuild(List.of(a)), "anchor back", ++step));
        }
    }

    @Test
    void rebuildTreatsEachChangedPathAsAFullReadWould() throws IOException {
        site = tmp.resolve("site");
        write("jbake.properties", CONFIG.formatted("false", 3, 1));
        write("content/blog/post.md", "---\ntitle: Post\ndate: 2024-03-01\ntype: post\nstatus: published\n---\n\nBody.\n");
        write("assets/css/site.css", "body {}\n");
        try (BuildSession session = new BuildSession(BuildOptions.build(site).withOutput(tmp.resolve("o")))) {
            assertTrue(session.build().ok());
            int step = 0;
            // a hidden asset is copied (asset.ignore is off); an editor's back-up, a hidden
            // content file, a file of the data folder that is not YAML and one outside every
            // folder are not read; a file of the content folder that is no page is copied
            for (String rel : List.of("assets/.htaccess", "assets/css/site.css~", "content/.notes.md",
                    "data/readme.txt", "notes.md", "content/blog/diagram.txt", "templates/.post.ftlh.swp")) {
                write(rel, "text of " + rel + "\n");
                BuildSession.Outcome o = session.rebuild(List.of(site.resolve(rel)));
                assertTrue(compare(session, o, "added " + rel, ++step));
                Files.delete(site.resolve(rel));
                o = session.rebuild(List.of(site.resolve(rel)));
                assertTrue(compare(session, o, "deleted " + rel, ++step));
            }
        }
    }

    @Test
    void subjectEditRendersThePagesShowingThatSubject() throws IOException {
        site = tmp.resolve("site");
        write("jbake.properties", CONFIG.formatted("false", 3, 1));
        writeAspects("Language");
        write("data/things/anvil.yaml", subject("Anvil", "Python", 2001, 3, true));
        write("data/things/bolt.yaml", subject("Bolt", "Go", 2011, 4, false));
        write("data/things/crane.yaml", subject("Crane", "Ruby", 2007, 2, true));
        write("content/blog/anvil-vs-bolt.md", comparisonArticle("Anvil vs Bolt", "anvil", "bolt", 5, false));
        write("content/blog/bolt-vs-crane.md", comparisonArticle("Bolt vs Crane", "bolt", "crane", 6, false));
        write("content/blog/plain.md", "---\ntitle: Plain\ndate: 2024-03-07\ntype: post\nstatus: published\n---\n\nNo data here.\n");
        try (BuildSession session = new BuildSession(BuildOptions.build(site).withOutput(tmp.resolve("o")))) {
            BuildSession.Outcome first = session.build();
            assertTrue(first.ok(), first.diagnostics()::toString);
            Path anvil = site.resolve("data/things/anvil.yaml");
            // Another first release: the pairs of anvil still differ in as many aspects.
            Files.writeString(anvil, subject("Anvil", "Python", 2003, 3, true));
            BuildSession.Outcome o = session.rebuild(List.of(anvil));
            assertTrue(o.ok(), o.diagnostics()::toString);
            // Not the reverse-order redirects of its pairs, which show no facts.
            assertEquals(List.of("atom.xml", "blog/anvil-vs-bolt.html", "compare/anvil-vs-bolt.html",
                    "compare/anvil-vs-crane.html", "compare/index.html", "feed.xml", "things/anvil.html"), o.written());
            assertTrue(Files.readString(tmp.resolve("o/blog/anvil-vs-bolt.html")).contains("2003"));
            // Neither the article that compares other subjects nor unrelated pages were rendered.
            assertEquals(o.written().size(), o.rendered(), "only routes whose output changed were rendered");
            Path catalogue = site.resolve("data/aspects.yaml");
            writeAspects("Main language");
            o = session.rebuild(List.of(catalogue));
            assertTrue(o.ok(), o.diagnostics()::toString);
            assertTrue(o.written().contains("blog/bolt-vs-crane.html"), o.written()::toString);
            assertTrue(o.written().contains("things/crane.html"), o.written()::toString);
            assertFalse(o.written().contains("blog/plain.html"), o.written()::toString);
            // A theme showing, on every article, what another article compares.
            write("templates/post.ftlh", "<!DOCTYPE html><title>${content.title}</title>${content.body}<p>Also: "
                    + "${(compare_pages[\"content/blog/bolt-vs-crane.md\"].subjects[1].name)!\"-\"}</p>\n");
            assertTrue(session.rebuild(List.of(site.resolve("templates/post.ftlh"))).ok());
            Path crane = site.resolve("data/things/crane.yaml");
            Files.writeString(crane, subject("Crane Two", "Ruby", 2007, 2, true));
            o = session.rebuild(List.of(crane));
            assertTrue(o.written().contains("blog/anvil-vs-bolt.html"), o.written()::toString);
            assertTrue(compare(session, o, "name of crane", 3));
        }
    }

    // --- the fixture and its edits ---

    private void writeSite() throws IOException {
        Files.createDirectories(site);
        write("jbake.properties", CONFIG.formatted("true", 3, 1 + random.nextInt(3)));
        writeAspects("Language");
        List<Path> ignored = new ArrayList<>();
        write("data/things/anvil.yaml", randomSubject("anvil"));
        for (int i = 0; i < 2; i++) {
            addSubject(ignored);
        }
        for (int i = 0; i < 6; i++) {
            addPost();
        }
        for (int i = 0; i < 3; i++) {
            addComparison(ignored);
        }
        write("content/about.md", "---\ntitle: About\ntype: page\nstatus: published\n---\n\n"
                + "About [the first post](blog/post-0.md). Anvil or not: {{anvil.name}}.\n");
        write("assets/css/site.css", "body { color: black; }\n");
    }

    private void writeAspects(String languageLabel) throws IOException {
        write("data/aspects.yaml", "language:\n  label: " + languageLabel + "\n  type: text\n  group: Overview\n"
                + "first_release:\n  label: First release\n  type: year\n  group: Overview\n"
                + "speed:\n  label: Speed\n  type: rating\n  better: higher\n  group: Fit\n"
                + "admin:\n  label: Admin interface\n  type: boolean\n  group: Features\n");
    }

    private static String subject(String name, String language, int year, int speed, boolean admin) {
        return "name: " + name + "\nkind: Tool\nsummary: " + name + " does things.\npros: [Fast to learn]\n"
                + "cons: [Few plugins]\nchoose_when: [You like " + language + "]\nfacts:\n  language: " + language
                + "\n  first_release: " + year + "\n  speed: " + speed + "\n  admin: " + admin + "\n";
    }

    private String randomSubject(String id) {
        String name = Character.toUpperCase(id.charAt(0)) + id.substring(1) + (random.nextInt(4) == 0 ? " " + words(1) : "");
        return subject(name, LANGUAGES[random.nextInt(LANGUAGES.length)], 1995 + random.nextInt(6),
                1 + random.nextInt(5), random.nextBoolean());
    }

    private List<String> subjects() throws IOException {
        Path dir = site.resolve("data/things");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
    }

    private String addSubject(List<Path> changed) throws IOException {
        List<String> existing = subjects();
        List<String> free = Arrays.stream(SUBJECTS).filter(id -> !existing.contains(id)).toList();
        if (free.isEmpty()) {
            return changeSubject(changed);
        }
        String id = free.get(random.nextInt(free.size()));
        write("data/things/" + id + ".yaml", randomSubject(id));
        changed.add(site.resolve("data/things/" + id + ".yaml"));
        return "add subject " + id;
    }

    private String changeSubject(List<Path> changed) throws IOException {
        List<String> existing = subjects();
        if (existing.isEmpty()) {
            return addSubject(changed);
        }
        String id = existing.get(random.nextInt(existing.size()));
        Path f = site.resolve("data/things/" + id + ".yaml");
        changed.add(f);
        String text = Files.readString(f);
        String edited = switch (random.nextInt(3)) {
            case 0 -> text.replaceFirst("first_release: \\d+", "first_release: " + (1995 + random.nextInt(6)));
            case 1 -> text.replaceFirst("speed: \\d", "speed: " + (1 + random.nextInt(5)));
            default -> randomSubject(id);
        };
        Files.writeString(f, edited);
        return "facts of " + id;
    }

    /** Removes a subject no article compares; now and then one that is compared, which breaks the build. */
    private String removeSubject(List<Path> changed) throws IOException {
        List<String> existing = subjects();
        if (existing.size() <= 2) {
            return addSubject(changed);
        }
        List<String> unused = new ArrayList<>();
        for (String id : existing) {
            if (!compared(id)) {
                unused.add(id);
            }
        }
        boolean breakIt = random.nextInt(5) == 0;
        if (unused.isEmpty() && !breakIt) {
            return changeSubject(changed);
        }
        List<String> from = breakIt ? existing : unused;
        String id = from.get(random.nextInt(from.size()));
        Path f = site.resolve("data/things/" + id + ".yaml");
        Files.delete(f);
        changed.add(f);
        return "delete subject " + id;
    }

    private boolean compared(String id) throws IOException {
        try (Stream<Path> s = Files.walk(site.resolve("content"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(p);
                if (text.contains("compare: [" + id + ",") || text.contains(", " + id + "]")
                        || text.contains("{{" + id + ".")) {
                    return true;
                }
            }
        }
        return false;
    }

    private String addPost() throws IOException {
        int id = nextId++;
        write("content/blog/post-" + id + ".md", post(id, "Post " + id, 1 + random.nextInt(28)));
        return "add post-" + id;
    }

    private String addComparison(List<Path> changed) throws IOException {
        List<String> existing = subjects();
        if (existing.size() < 2) {
            return addSubject(changed);
        }
        int i = random.nextInt(existing.size());
        int j = (i + 1 + random.nextInt(existing.size() - 1)) % existing.size();
        int id = nextId++;
        write("content/blog/cmp-" + id + ".md", comparisonArticle("Compared " + id, existing.get(i), existing.get(j),
                1 + random.nextInt(28), random.nextBoolean()));
        changed.add(site.resolve("content/blog/cmp-" + id + ".md"));
        return "add comparison cmp-" + id + " of " + existing.get(i) + " and " + existing.get(j);
    }

    private static String comparisonArticle(String title, String a, String b, int day, boolean faq) {
        return "---\ntitle: \"" + title + "\"\ndate: 2024-03-" + String.format("%02d", day)
                + "\ntype: post\nstatus: published\ntags: [web]\nsummary: Two tools.\ncompare: [" + a + ", " + b + "]\n"
                + (faq ? "faq:\n  - question: Which is older?\n    answer: See the table.\n" : "")
                + "---\n\n{{" + a + ".name}} appeared in {{" + a + ".first_release}} and uses {{" + a + ".language}}.\n\n"
                + "```comparison\ncaption: At a glance\n```\n\n```proscons\n```\n\nThe end.\n";
    }

    private String post(int id, String title, int day) {
        StringBuilder tags = new StringBuilder();
        for (String t : TAGS) {
            if (random.nextInt(3) == 0) {
                tags.append(tags.length() == 0 ? "" : ", ").append(t);
            }
        }
        // post-0 is linked from the about page, and links to drafts are errors.
        String status = id != 0 && random.nextInt(8) == 0 ? "draft" : "published";
        return "---\ntitle: \"" + title + "\"\ndate: 2024-03-" + String.format("%02d", day) + "\ntype: post\nstatus: "
                + status + "\ntags: [" + tags + "]\nsummary: " + words(4) + "\n---\n\n## Heading " + id
                + "\n\nBody of post " + id + ". " + words(12) + "\n";
    }

    private String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private List<Path> posts() throws IOException {
        try (Stream<Path> s = Files.list(site.resolve("content/blog"))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private String edit(List<Path> changed) throws IOException {
        if (broken && random.nextInt(3) == 0) {
            broken = false;
            return repair(changed);
        }
        List<Path> posts = posts();
        Path any = posts.isEmpty() ? null : posts.get(random.nextInt(posts.size()));
        int kind = random.nextInt(23);
        if (any == null && kind < 8) {
            kind = 8;
        }
        switch (kind) {
            case 0, 1, 2 -> {
                String text = Files.readString(any);
                int at = text.lastIndexOf('\n', text.length() - 2);
                Files.writeString(any, text.substring(0, at + 1) + words(8) + "\n");
                changed.add(any);
                return "body of " + any.getFileName();
            }
            case 3 -> {
                String text = Files.readString(any).replaceFirst("title: \"[^\"]*\"", "title: \"" + words(2) + "\"");
                Files.writeString(any, text);
                changed.add(any);
                return "title of " + any.getFileName();
            }
            case 4 -> {
                String text = Files.readString(any).replaceFirst("date: \\S+",
                        "date: 2024-03-" + String.format("%02d", 1 + random.nextInt(28)));
                Files.writeString(any, text);
                changed.add(any);
                return "date of " + any.getFileName();
            }
            case 5 -> {
                String text = Files.readString(any).replaceFirst("tags: \\[[^]]*]",
                        "tags: [" + TAGS[random.nextInt(TAGS.length)] + "]");
                Files.writeString(any, text);
                changed.add(any);
                return "tags of " + any.getFileName();
            }
            case 6 -> {
                Files.delete(any);
                changed.add(any);
                return "delete " + any.getFileName();
            }
            case 7 -> {
                Path to = any.resolveSibling("renamed-" + nextId++ + ".md");
                Files.move(any, to);
                changed.add(any);
                changed.add(to);
                return "rename " + any.getFileName() + " to " + to.getFileName();
            }
            case 8 -> {
                String what = addPost();
                changed.add(site.resolve("content/blog/post-" + (nextId - 1) + ".md"));
                return what;
            }
            case 9, 10 -> {
                return addComparison(changed);
            }
            case 11 -> {
                // A link to another post: breaks the build when that post goes away later.
                Path target = posts.get(random.nextInt(posts.size()));
                Files.writeString(any, Files.readString(any) + "\nSee [" + target.getFileName() + "]("
                        + target.getFileName() + ").\n");
                changed.add(any);
                return "link from " + any.getFileName() + " to " + target.getFileName();
            }
            case 12 -> {
                return template(changed);
            }
            case 13, 14 -> {
                return changeSubject(changed);
            }
            case 15 -> {
                return random.nextBoolean() ? addSubject(changed) : removeSubject(changed);
            }
            case 16 -> {
                writeAspects(random.nextBoolean() ? "Language" : "Main " + words(1));
                changed.add(site.resolve("data/aspects.yaml"));
                return "aspect catalogue";
            }
            case 17 -> {
                // Change one side of a comparison article (or its FAQ).
                List<Path> cmp = posts.stream().filter(p -> p.getFileName().toString().startsWith("cmp-")).toList();
                List<String> existing = subjects();
                if (cmp.isEmpty() || existing.size() < 2) {
                    return edit(changed);
                }
                Path p = cmp.get(random.nextInt(cmp.size()));
                String text = Files.readString(p);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("compare: \\[(\\S+), (\\S+)]").matcher(text);
                assertTrue(m.find(), text);
                List<String> others = existing.stream().filter(id -> !id.equals(m.group(1))).toList();
                String other = others.get(random.nextInt(others.size()));
                String edited = random.nextBoolean()
                        ? text.replace(m.group(), "compare: [" + m.group(1) + ", " + other + "]")
                        : text.contains("faq:") ? text.replaceFirst("faq:\\n(  .*\\n)+", "")
                        : text.replaceFirst("compare:", "faq:\n  - question: Which is newer?\n    answer: " + words(3)
                        + "\ncompare:");
                Files.writeString(p, edited);
                changed.add(p);
                return "comparison in " + p.getFileName();
            }
            case 18 -> {
                Path a = site.resolve("assets/css/" + (random.nextBoolean() ? "site" : "extra") + ".css");
                if (Files.exists(a) && random.nextBoolean()) {
                    Files.delete(a);
                } else {
                    write(site.relativize(a).toString(), "p { margin: " + random.nextInt(9) + "px; }\n");
                }
                changed.add(a);
                return "asset " + a.getFileName();
            }
            case 19 -> {
                write("jbake.properties", CONFIG.formatted(random.nextBoolean() ? "true" : "false", 2 + random.nextInt(3),
                        1 + random.nextInt(3)));
                changed.add(site.resolve("jbake.properties"));
                return "config";
            }
            case 20 -> {
                String text = Files.readString(any);
                Files.writeString(any, text.contains("status: draft") ? text.replace("status: draft", "status: published")
                        : text.replace("status: published", "status: draft"));
                changed.add(any);
                return "status of " + any.getFileName();
            }
            default -> {
                // Two saves at once, coalesced into one rebuild.
                String a = edit(changed);
                String b = edit(changed);
                return a + " + " + b;
            }
        }
    }

    /**
     * What an author does about the usual errors: links to posts that went away or became
     * drafts, and compared subjects that were deleted.
     */
    private String repair(List<Path> changed) throws IOException {
        String target = null;
        for (Path p : posts()) {
            String text = Files.readString(p);
            String fixed = text.replaceAll("\nSee \\[[^]]*]\\([^)]*\\)\\.\n", "\n");
            if (!fixed.equals(text)) {
                Files.writeString(p, fixed);
                changed.add(p);
            }
            if (target == null && fixed.contains("status: published")) {
                target = p.getFileName().toString();
            }
        }
        Path about = site.resolve("content/about.md");
        String text = Files.readString(about);
        String fixed = text.replaceFirst("\\(blog/[^)]*\\)", target == null ? "(about.md)" : "(blog/" + target + ")");
        if (!fixed.equals(text)) {
            Files.writeString(about, fixed);
            changed.add(about);
        }
        for (String id : SUBJECTS) {
            Path f = site.resolve("data/things/" + id + ".yaml");
            if (!Files.exists(f) && compared(id)) {
                write(site.relativize(f).toString(), randomSubject(id));
                changed.add(f);
            }
        }
        return "repair";
    }

    private String template(List<Path> changed) throws IOException {
        String name = random.nextBoolean() ? "post.ftlh" : "profile.ftlh";
        Path t = site.resolve("templates/" + name);
        changed.add(t);
        if (Files.exists(t) && random.nextBoolean()) {
            Files.delete(t);
            return "delete " + name;
        }
        if (name.equals("post.ftlh")) {
            write("templates/post.ftlh", "<!DOCTYPE html><title>${content.title}</title><h1>${content.title} "
                    + words(1) + "</h1>${content.body}<p>${published_posts?size} posts</p>"
                    + "<#assign cp = (compare_pages[content.file])!{}><#list (cp.subjects![]) as s>${s.name}; </#list>"
                    // another page's entry, and the whole map
                    + "<p>${(compare_pages[\"content/blog/cmp-6.md\"].subjects[1].name)!\"-\"}, ${compare_pages?size}</p>"
                    + "<#if content.previousContent??><a href=\"${content.previousContent.uri}\">prev</a></#if>\n");
        } else {
            write("templates/profile.ftlh", "<!DOCTYPE html><title>${subject.name}</title><h1>${subject.name} "
                    + words(1) + "</h1>${facts}<#list data.subjects as s>${s.name} (${s.facts.language.text}); </#list>\n");
        }
        return "write " + name;
    }

    private void write(String rel, String text) throws IOException {
        Path p = site.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    // --- comparing ---

    /** Compares the session's output with a clean build's; returns whether the site built. */
    private boolean compare(BuildSession session, BuildSession.Outcome inc, String what, int step) throws IOException {
        Path fullOut = tmp.resolve("full");
        BuildResult full = Build.run(BuildOptions.build(site).withOutput(fullOut).withThreads(2).withoutCache());
        String label = "step " + step + " (" + what + ")";
        assertEquals(messages(full.diagnostics()), messages(inc.diagnostics()), label + ": diagnostics");
        if (!full.ok()) {
            assertFalse(inc.ok(), label);
            return false;
        }
        assertSameTree(fullOut, session.outputFolder(), label);
        return true;
    }

    /** Two outputs with the same files, byte for byte. */
    static void assertSameTree(Path expectedOutput, Path actualOutput, String label) throws IOException {
        Map<String, byte[]> expected = tree(expectedOutput);
        Map<String, byte[]> actual = tree(actualOutput);
        assertEquals(expected.keySet(), actual.keySet(), label + ": output files");
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            if (!Arrays.equals(e.getValue(), actual.get(e.getKey()))) {
                fail(label + ": " + e.getKey() + " differs\n--- clean build:\n"
                        + new String(e.getValue(), StandardCharsets.UTF_8) + "\n--- incremental:\n"
                        + new String(actual.get(e.getKey()), StandardCharsets.UTF_8));
            }
        }
    }

    private static List<String> messages(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.position() + " " + d.severity() + " " + d.message() + " " + d.hint()).toList();
    }

    private static Map<String, byte[]> tree(Path output) throws IOException {
        Path dir = output.toRealPath();
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (Files.isRegularFile(p)) {
                    out.put(rel, Files.readAllBytes(p));
                } else if (Files.isDirectory(p) && !p.equals(dir)) {
                    out.put(rel + "/", new byte[0]);
                }
            }
        }
        return out;
    }
}
