package dev.versus.build;

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
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Incremental rebuilds against clean builds: random sequences of edits (content, data,
 * templates, assets, config; change, add, delete, rename), and after each the session's
 * output must equal a clean build's, byte for byte, or both must fail with the same messages.
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
            """;

    private static final String[] WORDS = ("alpha beta gamma delta router cache thread event loop async "
            + "deploy table column feature release version plugin runtime latency memory").split(" ");
    private static final String[] TAGS = {"web", "python", "node", "speed", "tools"};

    @TempDir
    Path tmp;

    private Random random;
    private Path site;
    private int nextId;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomEditSequencesMatchCleanBuilds(long seed) throws IOException {
        random = new Random(seed);
        site = tmp.resolve("site");
        writeSite();
        Path incOut = tmp.resolve("inc");
        BuildOptions opts = BuildOptions.build(site).withOutput(incOut).withThreads(2);
        try (BuildSession session = new BuildSession(opts)) {
            BuildSession.Outcome first = session.build();
            assertTrue(first.ok(), () -> "fixture must build: " + first.diagnostics());
            compare(session, first, "initial build", 0);
            for (int step = 1; step <= 30; step++) {
                List<Path> changed = new ArrayList<>();
                String what = edit(changed);
                BuildSession.Outcome o = session.rebuild(changed);
                compare(session, o, what, step);
            }
        }
    }

    @Test
    void articleBodyEditRendersOnlyThatPage() throws IOException {
        random = new Random(7);
        site = tmp.resolve("site");
        writeSite();
        try (BuildSession session = new BuildSession(BuildOptions.build(site).withOutput(tmp.resolve("o")))) {
            BuildSession.Outcome first = session.build();
            assertTrue(first.ok());
            Path p = site.resolve("content/blog/post-3.md");
            Files.writeString(p, Files.readString(p).replace("Body of post 3.", "Body of post 3, edited."));
            BuildSession.Outcome o = session.rebuild(List.of(p));
            assertTrue(o.ok(), o.diagnostics()::toString);
            // The feed shows bodies; listings show titles and summaries only.
            assertEquals(List.of("atom.xml", "blog/post-3.html", "feed.xml"), o.written());
            assertEquals(3, o.rendered(), "the page and the two feeds");
        }
    }

    // --- the fixture and its edits ---

    private void writeSite() throws IOException {
        Files.createDirectories(site);
        write("jbake.properties", CONFIG.formatted("true", 3));
        for (int i = 0; i < 8; i++) {
            addPost();
        }
        write("content/about.md", "---\ntitle: About\ntype: page\nstatus: published\n---\n\nAbout [the first post](blog/post-0.md).\n");
        write("data/things/one.yaml", "name: One\n");
        write("assets/css/site.css", "body { color: black; }\n");
    }

    private String addPost() throws IOException {
        int id = nextId++;
        write("content/blog/post-" + id + ".md", post(id, "Post " + id, 1 + random.nextInt(28)));
        return "add post-" + id;
    }

    private String post(int id, String title, int day) {
        StringBuilder tags = new StringBuilder();
        for (String t : TAGS) {
            if (random.nextInt(3) == 0) {
                tags.append(tags.length() == 0 ? "" : ", ").append(t);
            }
        }
        String status = random.nextInt(8) == 0 ? "draft" : "published";
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
        List<Path> posts = posts();
        Path any = posts.isEmpty() ? null : posts.get(random.nextInt(posts.size()));
        int kind = random.nextInt(16);
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
            case 8, 9 -> {
                String what = addPost();
                changed.add(site.resolve("content/blog/post-" + (nextId - 1) + ".md"));
                return what;
            }
            case 10 -> {
                // A link to another post: breaks the build when that post goes away later.
                Path target = posts.get(random.nextInt(posts.size()));
                Files.writeString(any, Files.readString(any) + "\nSee [" + target.getFileName() + "]("
                        + target.getFileName() + ").\n");
                changed.add(any);
                return "link from " + any.getFileName() + " to " + target.getFileName();
            }
            case 11 -> {
                Path t = site.resolve("templates/post.ftlh");
                if (Files.exists(t) && random.nextBoolean()) {
                    Files.delete(t);
                    changed.add(t);
                    return "delete post template";
                }
                write("templates/post.ftlh", "<!DOCTYPE html><title>${content.title}</title><h1>${content.title} "
                        + words(1) + "</h1>${content.body}<p>${published_posts?size} posts</p>"
                        + "<#if content.previousContent??><a href=\"${content.previousContent.uri}\">prev</a></#if>\n");
                changed.add(t);
                return "write post template";
            }
            case 12 -> {
                Path d = site.resolve("data/things/" + (random.nextBoolean() ? "one" : "two") + ".yaml");
                if (Files.exists(d) && random.nextBoolean()) {
                    Files.delete(d);
                } else {
                    write(site.relativize(d).toString(), "name: " + words(1) + "\n");
                }
                changed.add(d);
                return "data " + d.getFileName();
            }
            case 13 -> {
                Path a = site.resolve("assets/css/" + (random.nextBoolean() ? "site" : "extra") + ".css");
                if (Files.exists(a) && random.nextBoolean()) {
                    Files.delete(a);
                } else {
                    write(site.relativize(a).toString(), "p { margin: " + random.nextInt(9) + "px; }\n");
                }
                changed.add(a);
                return "asset " + a.getFileName();
            }
            case 14 -> {
                write("jbake.properties", CONFIG.formatted(random.nextBoolean() ? "true" : "false", 2 + random.nextInt(3)));
                changed.add(site.resolve("jbake.properties"));
                return "config";
            }
            default -> {
                // Two saves at once, coalesced into one rebuild.
                String a = edit(changed);
                String b = edit(changed);
                return a + " + " + b;
            }
        }
    }

    private void write(String rel, String text) throws IOException {
        Path p = site.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    // --- comparing ---

    private void compare(BuildSession session, BuildSession.Outcome inc, String what, int step) throws IOException {
        Path fullOut = tmp.resolve("full");
        BuildResult full = Build.run(BuildOptions.build(site).withOutput(fullOut).withThreads(2));
        String label = "step " + step + " (" + what + ")";
        assertEquals(messages(full.diagnostics()), messages(inc.diagnostics()), label + ": diagnostics");
        if (!full.ok()) {
            assertFalse(inc.ok(), label);
            return;
        }
        Map<String, byte[]> expected = tree(fullOut);
        Map<String, byte[]> actual = tree(session.outputFolder());
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
        return ds.stream().map(d -> d.position() + " " + d.severity() + " " + d.message()).toList();
    }

    private static Map<String, byte[]> tree(Path dir) throws IOException {
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
