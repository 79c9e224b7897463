package dev.versus.serve;

import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dev server: what it serves, what it refuses, and the events it sends after edits. */
class DevServerTest {

    @TempDir
    Path tmp;

    private Path site;
    private BuildSession session;
    private DevServer server;
    private final StringWriter log = new StringWriter();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws IOException {
        site = tmp.resolve("site");
        write("jbake.properties", "site.host=https://example.org\nrender.error404=true\nuri.noExtension=true\n"
                + "uri.noExtension.prefix=/\n");
        write("content/blog/hello.md", "---\ntitle: Hello\ndate: 2024-01-02\ntype: post\nstatus: published\n---\n\nFirst words.\n");
        write("assets/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        write("assets/data.json", "{}\n");
        Files.writeString(tmp.resolve("secret.txt"), "do not serve");
        session = new BuildSession(BuildOptions.build(site).withThreads(2));
        server = DevServer.start(session, 0, false, new PrintWriter(log, true));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        session.close();
    }

    @Test
    void servesPagesWithContentTypesAndTheReloadScript() throws Exception {
        HttpResponse<String> page = get("/blog/hello/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(page.body().contains("First words."));
        assertTrue(page.body().contains("<script src=\"/__versus/live.js\"></script></body>"), page.body());
        assertEquals("image/svg+xml", get("/img/logo.svg").headers().firstValue("Content-Type").orElseThrow());
        assertEquals("application/json", get("/data.json").headers().firstValue("Content-Type").orElseThrow());
        assertTrue(get("/css/versus.css").headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertTrue(get("/feed.xml").headers().firstValue("Content-Type").orElseThrow().startsWith("application/xml"));
        assertTrue(get("/__versus/live.js").body().contains("EventSource"));
    }

    @Test
    void buildOutputOnDiskHasNoReloadScript() throws Exception {
        String onDisk = Files.readString(session.outputFolder().resolve("blog/hello/index.html"));
        assertFalse(onDisk.contains("__versus"));
    }

    @Test
    void directoryIndexAndRedirectToTrailingSlash() throws Exception {
        assertEquals(200, get("/").statusCode());
        HttpResponse<String> r = get("/blog/hello");
        assertEquals(301, r.statusCode());
        assertEquals("/blog/hello/", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void missingPathsGetTheSites404Page() throws Exception {
        HttpResponse<String> r = get("/no/such/page.html");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("Page not found"), r.body());
        assertTrue(r.body().contains("/__versus/live.js"));
    }

    @Test
    void refusesEverythingOutsideTheOutputFolder() throws Exception {
        for (String path : List.of("/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt",
                "/blog/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/.versus-output",
                "//etc/passwd", "/" + tmp.resolve("secret.txt"), "/C:/Windows/win.ini", "/..%5csecret.txt")) {
            String status = rawGet(path);
            assertTrue(status.startsWith("HTTP/1.1 404") || status.startsWith("HTTP/1.1 400"), path + " -> " + status);
        }
        assertEquals(null, server.resolve("/../secret.txt"));
        assertEquals(null, server.resolve("/%2e%2e/secret.txt"));
    }

    @Test
    void doesNotFollowSymbolicLinksOutOfTheOutputFolder() throws Exception {
        Path out = session.outputFolder();
        try {
            Files.createSymbolicLink(out.resolve("leak.txt"), tmp.resolve("secret.txt"));
            Files.createSymbolicLink(out.resolve("leakdir"), tmp);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        assertEquals(404, get("/leak.txt").statusCode());
        assertEquals(404, get("/leakdir/secret.txt").statusCode());
    }

    @Test
    void sendsReloadAfterAnEditAndErrorsWhileTheBuildIsBroken() throws Exception {
        BlockingQueue<String> events = new ArrayBlockingQueue<>(16);
        Thread reader = listen(events);
        try {
            assertEquals("ok", events.poll(10, TimeUnit.SECONDS));
            Path post = site.resolve("content/blog/hello.md");
            Files.writeString(post, Files.readString(post).replace("First words.", "Second words."));
            server.changed(Set.of(post));
            assertEquals("reload", events.poll(10, TimeUnit.SECONDS));
            assertTrue(get("/blog/hello/").body().contains("Second words."));

            Files.writeString(post, Files.readString(post).replace("Second words.", "[broken](missing.md)"));
            server.changed(Set.of(post));
            String errors = events.poll(10, TimeUnit.SECONDS);
            assertNotNull(errors);
            assertTrue(errors.startsWith("errors ") && errors.contains("content/blog/hello.md")
                    && errors.contains("\"line\":8"), errors);
            assertTrue(get("/blog/hello/").body().contains("Second words."), "last good page still served");
            assertTrue(log.toString().contains("build failed with 1 error"), log.toString());

            Files.writeString(post, Files.readString(post).replace("[broken](missing.md)", "Fixed."));
            server.changed(Set.of(post));
            assertEquals("reload", events.poll(10, TimeUnit.SECONDS));
            assertTrue(get("/blog/hello/").body().contains("Fixed."));
            assertTrue(log.toString().contains("content/blog/hello.md: 3 pages rendered"), log.toString());
        } finally {
            reader.interrupt();
        }
    }

    @Test
    void watcherRebuildsAfterASaveOnDisk() throws Exception {
        server.close();
        server = DevServer.start(session, 0, true, new PrintWriter(log, true));
        BlockingQueue<String> events = new ArrayBlockingQueue<>(16);
        Thread reader = listen(events);
        try {
            assertEquals("ok", events.poll(10, TimeUnit.SECONDS));
            write("content/blog/new.md", "---\ntitle: New\ndate: 2024-02-02\ntype: post\nstatus: published\n---\n\nNew post.\n");
            assertEquals("reload", events.poll(20, TimeUnit.SECONDS));
            assertEquals(200, get("/blog/new/").statusCode());
        } finally {
            reader.interrupt();
        }
    }

    /** The build copies hidden folders of the assets folder (.well-known/), so the watcher watches them too. */
    @Test
    void watcherRebuildsAfterASaveInAHiddenAssetsFolder() throws Exception {
        server.close();
        write("assets/.well-known/security.txt", "Contact: mailto:old@example.org\n");
        server = DevServer.start(session, 0, true, new PrintWriter(log, true));
        BlockingQueue<String> events = new ArrayBlockingQueue<>(16);
        Thread reader = listen(events);
        try {
            assertEquals("ok", events.poll(10, TimeUnit.SECONDS));
            Path copied = site.resolve("output/.well-known/security.txt");
            assertEquals("Contact: mailto:old@example.org\n", Files.readString(copied));
            HttpResponse<String> served = get("/.well-known/security.txt");
            assertEquals(200, served.statusCode());
            assertEquals("Contact: mailto:old@example.org\n", served.body());
            write("assets/.well-known/security.txt", "Contact: mailto:new@example.org\n");
            assertEquals("reload", events.poll(20, TimeUnit.SECONDS));
            assertEquals("Contact: mailto:new@example.org\n", Files.readString(copied));
        } finally {
            reader.interrupt();
        }
    }

    @Test
    void subjectEditReloadsTheArticleComparingIt() throws Exception {
        write("data/aspects.yaml", "language:\n  label: Language\n  type: text\n  group: Overview\n");
        write("data/tools/anvil.yaml", "name: Anvil\nfacts:\n  language: Python\n");
        write("data/tools/bolt.yaml", "name: Bolt\nfacts:\n  language: Go\n");
        Path article = site.resolve("content/blog/anvil-vs-bolt.md");
        write("content/blog/anvil-vs-bolt.md", "---\ntitle: Anvil vs Bolt\ndate: 2024-01-03\ntype: post\n"
                + "status: published\ncompare: [anvil, bolt]\n---\n\n```comparison\n```\n");
        BlockingQueue<String> events = new ArrayBlockingQueue<>(16);
        Thread reader = listen(events);
        try {
            assertEquals("ok", events.poll(10, TimeUnit.SECONDS));
            server.changed(Set.of(site.resolve("data"), article));
            assertEquals("reload", events.poll(10, TimeUnit.SECONDS));
            assertTrue(get("/blog/anvil-vs-bolt/").body().contains("<td>Go</td>"), get("/blog/anvil-vs-bolt/").body());

            Path bolt = site.resolve("data/tools/bolt.yaml");
            Files.writeString(bolt, "name: Bolt\nfacts:\n  language: Rust\n");
            server.changed(Set.of(bolt));
            assertEquals("reload", events.poll(10, TimeUnit.SECONDS));
            String page = get("/blog/anvil-vs-bolt/").body();
            assertTrue(page.contains("<td>Rust</td>") && !page.contains("<td>Go</td>"), page);
            assertTrue(get("/tools/bolt/").body().contains("Rust"));
            assertTrue(get("/compare/").body().contains("Rust"));
        } finally {
            reader.interrupt();
        }
    }

    @Test
    void aRebuildWritesThePageABrowserShowsBeforeTheOthers() throws Exception {
        write("data/aspects.yaml", "language:\n  label: Language\n  type: text\n  group: Overview\n");
        write("data/tools/anvil.yaml", "name: Anvil\nfacts:\n  language: Python\n");
        write("data/tools/bolt.yaml", "name: Bolt\nfacts:\n  language: Go\n");
        write("content/blog/anvil-vs-bolt.md", "---\ntitle: Anvil vs Bolt\ndate: 2024-01-03\ntype: post\n"
                + "status: published\ncompare: [anvil, bolt]\n---\n\n```comparison\n```\n");
        server.close();
        session.close();
        Path out = site.resolve("output");
        // what the other pages held when the server said the open one was written: read from its log, on its thread
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Writer hook = new Writer() {
            @Override
            public void write(char[] c, int off, int len) {
                if (new String(c, off, len).contains("written first")) {
                    try {
                        seen.add(Files.readString(out.resolve("blog/anvil-vs-bolt/index.html")));
                        seen.add(Files.readString(out.resolve("tools/bolt/index.html")));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        session = new BuildSession(BuildOptions.build(site).withThreads(2));
        server = DevServer.start(session, 0, false, new PrintWriter(hook, true));
        BlockingQueue<String> events = new ArrayBlockingQueue<>(16);
        Thread reader = listen(events, "?page=%2Fblog%2Fanvil-vs-bolt%2F");
        try {
            assertEquals("ok", events.poll(10, TimeUnit.SECONDS));
            Path bolt = site.resolve("data/tools/bolt.yaml");
            Files.writeString(bolt, "name: Bolt\nfacts:\n  language: Rust\n");
            server.changed(Set.of(bolt));
            assertEquals("reload {\"written\":1,\"first\":true}\n", events.poll(10, TimeUnit.SECONDS));
            assertEquals(2, seen.size(), "the open page is written ahead of the others");
            assertTrue(seen.get(0).contains("<td>Rust</td>"), seen.get(0));
            assertTrue(seen.get(1).contains("Go") && !seen.get(1).contains("Rust"), seen.get(1));
            // the rest followed in the same rebuild, and no file pages load changed: no second reload
            assertTrue(get("/tools/bolt/").body().contains("Rust"));
            assertTrue(get("/compare/").body().contains("Rust"));
            assertNull(events.poll(1, TimeUnit.SECONDS));

            // a file that any page may use changed too: the others are told once it is written
            Files.writeString(bolt, "name: Bolt\nfacts:\n  language: Zig\n");
            write("assets/extra.css", "p { color: red }\n");
            server.changed(Set.of(bolt, site.resolve("assets/extra.css")));
            assertEquals("reload {\"written\":1,\"first\":true}\n", events.poll(10, TimeUnit.SECONDS));
            String reload = events.poll(10, TimeUnit.SECONDS);
            assertTrue(reload.startsWith("reload {\"written\":") && !reload.contains("first"), reload);
            assertTrue(get("/tools/bolt/").body().contains("Zig"));
            assertEquals(200, get("/extra.css").statusCode());
        } finally {
            reader.interrupt();
        }
    }

    @Test
    void anOpenPageIsTheOutputFileItsAddressNames() {
        assertEquals("blog/hello/index.html", server.openPage("page=%2Fblog%2Fhello%2F"));
        assertEquals("index.html", server.openPage("x=1&page=%2F"));
        assertEquals("feed.xml", server.openPage("page=/feed.xml"));
        assertNull(server.openPage(null));
        assertNull(server.openPage("page=blog"));
        assertNull(server.openPage("page=%2F..%2Fsecret.txt"));
        assertNull(server.openPage("page=%2Fa%2F%2Fb.html"));
    }

    @Test
    void aSiteWithABasePathIsServedUnderThatPath() throws Exception {
        server.close();
        session.close();
        write("jbake.properties", "site.host=https://example.org/docs/\nrender.error404=true\n");
        session = new BuildSession(BuildOptions.build(site).withThreads(2));
        server = DevServer.start(session, 0, false, new PrintWriter(log, true));
        assertEquals("http://127.0.0.1:" + server.port() + "/docs/", server.url());
        HttpResponse<String> root = get("/");
        assertEquals(302, root.statusCode());
        assertEquals("/docs/", root.headers().firstValue("Location").orElseThrow());
        assertEquals(200, get("/docs/").statusCode());
        assertTrue(get("/docs/blog/hello.html").body().contains("First words."));
        assertEquals(404, get("/blog/hello.html").statusCode());
        // The 404 page links its stylesheet from the site's absolute path, which resolves here.
        HttpResponse<String> missing = get("/docs/no/such/page.html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("href=\"/docs/css/versus.css\""), missing.body());
        assertEquals(200, get("/docs/css/versus.css").statusCode());
        String escape = rawGet("/docs/../secret.txt");
        assertTrue(escape.startsWith("HTTP/1.1 404") || escape.startsWith("HTTP/1.1 400"), escape);
    }

    /** Reads the event stream on a thread; each event by its name ("errors" with its data). */
    private Thread listen(BlockingQueue<String> events) {
        return listen(events, "");
    }

    /**
     * Reads the event stream opened with this query on a thread; each event by its name, with
     * its data after a space when it is "errors" or when a query was given.
     */
    private Thread listen(BlockingQueue<String> events, String query) {
        Thread t = new Thread(() -> {
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                s.getOutputStream().write(("GET /__versus/events" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                String name = null;
                StringBuilder data = new StringBuilder();
                for (String line = in.readLine(); line != null && !Thread.currentThread().isInterrupted(); line = in.readLine()) {
                    if (line.startsWith("event: ")) {
                        name = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        data.append(line.substring(6)).append('\n');
                    } else if (line.isEmpty() && name != null) {
                        events.add(name.equals("errors") || !query.isEmpty() && !name.equals("ok") ? name + " " + data : name);
                        name = null;
                        data.setLength(0);
                    }
                }
            } catch (IOException e) {
                // closed
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the path as written, without any client-side normalisation; returns the status line. */
    private String rawGet(String path) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
            String all = String.join("\n", lines);
            assertFalse(all.contains("do not serve"), path + " leaked the file");
            return lines.isEmpty() ? "" : lines.get(0);
        }
    }

    private void write(String rel, String text) throws IOException {
        Path p = site.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
