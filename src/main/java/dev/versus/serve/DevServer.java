package dev.versus.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.versus.pipeline.BuildSession;
import dev.versus.pipeline.OutputInsideInputException;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.DiagnosticPrinter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Serves a site's output folder on 127.0.0.1 while a {@link BuildSession} keeps it up to date.
 * HTML responses get a small script that listens for server-sent events: {@code reload} after a
 * rebuild changed files, {@code errors} (diagnostics as JSON) when a rebuild failed, which the
 * page shows over itself while the last good output keeps being served.
 */
public final class DevServer implements AutoCloseable {

    /** JBake's {@code server.port}. */
    public static final int DEFAULT_PORT = 8820;

    /** Path prefix of the server's own endpoints; never a file of the site. */
    static final String PREFIX = "/__versus/";
    private static final String SCRIPT_TAG = "<script src=\"" + PREFIX + "live.js\"></script>";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final BuildSession session;
    private final PrintWriter log;
    private HttpServer http;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "versus-http");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "versus-keepalive");
        t.setDaemon(true);
        return t;
    });
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    /** The page each client shows, as an output path (its event stream names it); rebuilt first. */
    private final Map<OutputStream, String> openPages = new java.util.concurrent.ConcurrentHashMap<>();
    private final Object buildLock = new Object();
    private volatile List<Diagnostic> failure;
    private volatile long events;
    private SourceWatcher watcher;

    private DevServer(BuildSession session, PrintWriter log) {
        this.session = session;
        this.log = log;
    }

    /**
     * Builds the site, starts serving it and (when {@code watch}) watching its sources.
     *
     * @param port the port, 0 for any free one; null for the site's {@code server.port}, as the
     *             first build loaded it
     */
    public static DevServer start(BuildSession session, Integer port, boolean watch, PrintWriter log) throws IOException {
        DevServer s = new DevServer(session, log);
        s.rebuild(null, "initial build");
        if (s.misplaced != null) {
            s.close();
            throw s.misplaced;
        }
        int p = port != null ? port : session.serverPort();
        try {
            s.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), p), 64);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        s.http.createContext("/", s::handle);
        s.http.setExecutor(s.executor);
        s.http.start();
        s.keepAlive.scheduleAtFixedRate(() -> s.send(": keep-alive\n\n"), 15, 15, TimeUnit.SECONDS);
        if (watch) {
            s.watcher = new SourceWatcher(session.root(), session.inputFolders(), session.hiddenAssets(), s::changed);
        }
        return s;
    }

    /** The port served. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The address of the site's home page. */
    public String url() {
        return "http://127.0.0.1:" + port() + session.basePath() + "/";
    }

    /** Server-sent events sent so far (for tests and benchmarks). */
    public long events() {
        return events;
    }

    /** Rebuilds after the given paths changed (called by the watcher, and by tests). */
    public void changed(Set<Path> paths) {
        Path root = session.root();
        String what = paths.stream().map(p -> root.relativize(p.toAbsolutePath().normalize()).toString()
                .replace('\\', '/')).map(s -> s.isEmpty() ? "site folder" : s).sorted().limit(3)
                .collect(Collectors.joining(", ")) + (paths.size() > 3 ? " and " + (paths.size() - 3) + " more" : "");
        rebuild(paths, what);
    }

    /** Set when the output folder is inside an input folder: serving stops before it starts. */
    private OutputInsideInputException misplaced;

    private void rebuild(Set<Path> paths, String what) {
        synchronized (buildLock) {
            BuildSession.Outcome o;
            boolean[] early = {false};
            try {
                o = paths == null ? session.build() : session.rebuild(paths, Set.copyOf(openPages.values()), written -> {
                    // the open pages are on disk: browsers reload now, while the other pages render
                    early[0] = true;
                    log.printf("%s %s: %d open page%s written first%n", LocalTime.now().format(CLOCK), what,
                            written.size(), written.size() == 1 ? "" : "s");
                    log.flush();
                    send(event("reload", "{\"written\":" + written.size() + ",\"first\":true}"));
                });
            } catch (OutputInsideInputException e) {
                misplaced = e;
                return;
            } catch (IOException | RuntimeException e) {
                log.printf("%s %s: rebuild failed: %s%n", LocalTime.now().format(CLOCK), what, e);
                log.flush();
                return;
            }
            String time = LocalTime.now().format(CLOCK);
            if (!o.ok()) {
                failure = o.diagnostics();
                long errors = o.diagnostics().stream().filter(Diagnostic::isError).count();
                log.printf("%s %s: build failed with %d error%s in %d ms; still serving the last good pages%n",
                        time, what, errors, errors == 1 ? "" : "s", o.millis());
                log.print(DiagnosticPrinter.formatAll(o.diagnostics(), 10));
                log.flush();
                send(event("errors", DiagnosticPrinter.toJson(o.diagnostics())));
                return;
            }
            boolean recovered = failure != null;
            failure = null;
            log.printf("%s %s: %d page%s rendered, %d file%s written%s in %d ms%n", time, what,
                    o.rendered(), o.rendered() == 1 ? "" : "s", o.changed(), o.changed() == 1 ? "" : "s",
                    o.deleted().isEmpty() ? "" : ", " + o.deleted().size() + " deleted", o.millis());
            log.flush();
            // after the open pages' early reload, another one only when a file a page loads with it
            // changed (a stylesheet, a script, an image, a font), a page went, or a client named no page
            boolean more = !early[0] || clients.size() > openPages.size()
                    || java.util.stream.Stream.concat(o.written().stream(), o.deleted().stream()).anyMatch(DevServer::loadedWithPages)
                    || o.deleted().stream().anyMatch(d -> contentType(d).startsWith("text/html"));
            if (recovered || o.changed() > 0 && more) {
                send(event("reload", "{\"written\":" + o.changed() + "}"));
            }
        }
    }

    private static String event(String name, String data) {
        StringBuilder sb = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.split("\n")) {
            sb.append("data: ").append(line).append('\n');
        }
        return sb.append('\n').toString();
    }

    private void send(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        if (!message.startsWith(":")) {
            events++;
        }
        for (OutputStream out : clients) {
            try {
                synchronized (out) {
                    out.write(bytes);
                    out.flush();
                }
            } catch (IOException e) {
                clients.remove(out);
            }
        }
    }

    // --- HTTP ---

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                ex.sendResponseHeaders(405, -1);
                return;
            }
            String raw = ex.getRequestURI().getRawPath();
            if (raw.startsWith(PREFIX)) {
                own(ex, raw.substring(PREFIX.length()));
                return;
            }
            serveFile(ex, raw);
        }
    }

    private void own(HttpExchange ex, String name) throws IOException {
        if (name.equals("events")) {
            events(ex);
        } else if (name.equals("live.js")) {
            try (InputStream in = DevServer.class.getResourceAsStream("live.js")) {
                respond(ex, 200, "text/javascript; charset=utf-8", in.readAllBytes());
            }
        } else {
            respond(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        String page = openPage(ex.getRequestURI().getRawQuery());
        if (page != null) {
            openPages.put(out, page); // before the client hears it is connected
        }
        List<Diagnostic> f = failure;
        String hello = f == null ? "event: ok\ndata: {}\n\n" : event("errors", DiagnosticPrinter.toJson(f));
        out.write(hello.getBytes(StandardCharsets.UTF_8));
        out.flush();
        clients.add(out);
        // Hold the exchange open until the client goes away; writes happen from send().
        try {
            while (clients.contains(out)) {
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(out);
            openPages.remove(out);
        }
    }

    /**
     * The output path of the page an event stream was opened from: its {@code page} parameter,
     * the page's URL path as the browser shows it ({@code /docs/blog/a/} under the base path
     * {@code /docs}); null when it names none or no file inside the output folder.
     */
    String openPage(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String part : rawQuery.split("&")) {
            if (!part.startsWith("page=")) {
                continue;
            }
            String path = java.net.URLDecoder.decode(part.substring(5), StandardCharsets.UTF_8);
            String base = session.basePath();
            if (!path.startsWith(base + "/")) {
                return null;
            }
            path = path.substring(base.length() + 1);
            if (path.isEmpty() || path.endsWith("/")) {
                path += "index.html";
            }
            for (String segment : path.split("/", -1)) {
                if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.contains("\\")
                        || segment.indexOf('\0') >= 0) {
                    return null;
                }
            }
            return path;
        }
        return null;
    }

    private void serveFile(HttpExchange ex, String rawPath) throws IOException {
        // A site deployed under a path (site.host=https://example.org/docs/) is served under
        // the same path, so that links written for it (the 404 page's) work here too.
        String base = session.basePath();
        if (!base.isEmpty()) {
            if (rawPath.equals("/") || rawPath.equals(base)) {
                ex.getResponseHeaders().set("Location", base + "/");
                ex.sendResponseHeaders(302, -1);
                return;
            }
            if (!rawPath.startsWith(base + "/")) {
                notFound(ex);
                return;
            }
        }
        Path file = resolve(rawPath.substring(base.length()));
        if (file != null && Files.isDirectory(file)) {
            if (!rawPath.endsWith("/")) {
                ex.getResponseHeaders().set("Location", rawPath + "/");
                ex.sendResponseHeaders(301, -1);
                return;
            }
            file = file.resolve("index.html");
        }
        if (file == null || !Files.isRegularFile(file)) {
            notFound(ex);
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        String type = contentType(file.getFileName().toString());
        respond(ex, 200, type, type.startsWith("text/html") ? inject(bytes) : bytes);
    }

    private void notFound(HttpExchange ex) throws IOException {
        String name = session.notFoundFile();
        Path out = session.outputFolder();
        if (name != null && out != null && Files.isRegularFile(out.resolve(name))) {
            respond(ex, 404, "text/html; charset=utf-8", inject(Files.readAllBytes(out.resolve(name))));
            return;
        }
        respond(ex, 404, "text/html; charset=utf-8",
                inject("<!DOCTYPE html><title>Not found</title><h1>Not found</h1>\n".getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The file a request path (below the site's base path) names inside the output folder, or
     * null when the path is malformed, names the output's marker file, or leaves the folder (by
     * '..', encoded or not, or by a link). Hidden files the build wrote ({@code .well-known/},
     * {@code .nojekyll}) are served, as a static host serves them.
     */
    Path resolve(String rawPath) {
        Path out = session.outputFolder();
        if (out == null || !Files.isDirectory(out)) {
            return null;
        }
        String path;
        try {
            path = URI.create(rawPath).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.contains("\\")) {
            return null;
        }
        Path base;
        try {
            base = out.toRealPath(); // the build the output's link shows now
        } catch (IOException e) {
            return null;
        }
        Path p = base;
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals("..") || part.equals(".") || part.contains(":")) {
                return null;
            }
            p = p.resolve(part);
        }
        p = p.normalize();
        if (!p.startsWith(base) || p.equals(base.resolve(BuildSession.outputMarker()))) {
            return null;
        }
        try {
            Path real = p.toRealPath();
            if (!real.startsWith(base) || Files.isSymbolicLink(p)) {
                return null;
            }
            return real;
        } catch (IOException e) {
            return null;
        }
    }

    private static void respond(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }

    /** Adds the live-reload script before the last {@code </body>}, or at the end. */
    static byte[] inject(byte[] html) {
        String s = new String(html, StandardCharsets.UTF_8);
        int at = s.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = at < 0 ? s + SCRIPT_TAG : s.substring(0, at) + SCRIPT_TAG + s.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("rss", "application/rss+xml"),
            Map.entry("atom", "application/atom+xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"), Map.entry("otf", "font/otf"), Map.entry("pdf", "application/pdf"),
            Map.entry("wasm", "application/wasm"), Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("map", "application/json"), Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"));

    /** Whether a file of this name is one a page loads with it: a stylesheet, a script, an image, a font. */
    private static boolean loadedWithPages(String name) {
        String t = contentType(name);
        return t.startsWith("text/css") || t.startsWith("text/javascript") || t.startsWith("image/") || t.startsWith("font/");
    }

    /** The Content-Type of an output file, by extension. */
    static String contentType(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        keepAlive.shutdownNow();
        clients.clear();
        if (http != null) {
            http.stop(0);
        }
        executor.shutdownNow();
    }
}
