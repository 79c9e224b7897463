package dev.versus.render;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import freemarker.template.Template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Renders routes in parallel through the template engine into a sink. */
public final class Renderer {

    private final TemplateEngine engine;
    private final Map<String, Object> globals;

    /** @param globals site-wide template variables, shared read-only by every route */
    public Renderer(TemplateEngine engine, Map<String, Object> globals) {
        this.engine = engine;
        this.globals = globals;
    }

    /** Receives what each route read while rendering; called from several threads. */
    @FunctionalInterface
    public interface DependencySink {
        void accept(Route route, Dependencies dependencies);
    }

    /** Renders every route (order of calls to the sink is not defined; file contents are). */
    public void render(List<Route> routes, Sink sink, Diagnostics diags) {
        render(routes, sink, diags, null);
    }

    /**
     * Renders every route and, when {@code dependencies} is not null, reports what each one read,
     * for incremental rebuilds.
     */
    public void render(List<Route> routes, Sink sink, Diagnostics diags, DependencySink dependencies) {
        Set<String> reported = ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        routes.parallelStream().forEach(route -> {
            if (stopped.get()) {
                return; // a template ran away: the build fails, and other pages would only repeat the wait
            }
            Dependencies.Recorder recorder = dependencies == null ? null : Dependencies.start();
            try {
                Optional<Template> template = engine.resolve(route.template());
                if (template.isEmpty()) {
                    if (reported.add("missing:" + route.template())) {
                        diags.add(Diagnostic.error(Position.file(route.source()),
                                        "no template '" + route.template() + "' for " + describe(route))
                                .withHint(engine.missingHint(route.template())));
                    }
                    return;
                }
                // Reads are recorded only for incremental rebuilds; a plain build uses a plain map.
                Map<String, Object> own = ViewWrapper.fields(route.model());
                Map<String, Object> model = recorder == null ? new HashMap<>(2 * (globals.size() + own.size()))
                        : new RootModel(globals, globals.size() + own.size());
                model.putAll(globals);
                model.putAll(own);
                Utf8Writer text = new Utf8Writer(route.outputPath().endsWith(".xml"));
                engine.process(template.get(), model, text, target(route));
                byte[] bytes = text.toByteArray();
                if (recorder != null) {
                    Dependencies.stop();
                    dependencies.accept(route, recorder.finish());
                }
                sink.accept(route.outputPath(), bytes);
            } catch (TemplateEngine.TemplateProblem e) {
                if (e.runaway()) {
                    stopped.set(true);
                }
                Diagnostic d = e.diagnostic();
                if (reported.add(d.position() + d.message())) {
                    diags.add(d.withHint(join(d.hint(), "while rendering " + describe(route))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (recorder != null) {
                    Dependencies.stop();
                }
            }
        });
    }

    /**
     * An unsynchronised writer that encodes to UTF-8 in memory. Freemarker's many small writes
     * gather in a builder that is encoded every few kilobytes: a builder holds one byte a
     * character until a character beyond Latin-1 arrives (a dash in the site's name), and
     * from then on two, with every later append widened a character at a time; starting a
     * new builder for each chunk keeps that cost to the chunk that holds such a character.
     * Long strings (a page's body) are encoded on their own, without passing through a builder.
     */
    private static final class Utf8Writer extends Writer {
        private static final int CHUNK = 2048;
        private static final int LONG = 256;
        private final boolean xml;
        private StringBuilder sb = new StringBuilder(CHUNK + 256);
        private byte[] out = new byte[16 * 1024];
        private int size;

        /**
         * @param xml whether the file is XML (feeds, sitemap): characters XML 1.0 does not allow
         *            (control characters other than tab and line breaks, U+FFFE, U+FFFF), which
         *            would make the whole file unreadable to any XML parser, are left out
         */
        Utf8Writer(boolean xml) {
            this.xml = xml;
        }

        /** Whether XML 1.0 forbids the character, even as a character reference. */
        static boolean notInXml(char c) {
            return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0xFFFE;
        }

        private static String xmlChars(String s, int off, int len) {
            int end = off + len;
            for (int i = off; i < end; i++) {
                if (notInXml(s.charAt(i))) {
                    StringBuilder b = new StringBuilder(len);
                    for (int k = off; k < end; k++) {
                        if (!notInXml(s.charAt(k))) {
                            b.append(s.charAt(k));
                        }
                    }
                    return b.toString();
                }
            }
            return off == 0 && len == s.length() ? s : s.substring(off, end);
        }

        @Override
        public void write(char[] buf, int off, int len) {
            if (xml) {
                write(new String(buf, off, len), 0, len);
                return;
            }
            sb.append(buf, off, len);
            if (sb.length() >= CHUNK) {
                spill();
            }
        }

        @Override
        public void write(String str, int off, int len) {
            if (xml) {
                str = xmlChars(str, off, len);
                off = 0;
                len = str.length();
            }
            if (len >= LONG) {
                spill();
                if (sb.length() == 0) {
                    put((off == 0 && len == str.length() ? str : str.substring(off, off + len)).getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            sb.append(str, off, off + len);
            if (sb.length() >= CHUNK) {
                spill();
            }
        }

        @Override
        public void write(int c) {
            if (!xml || !notInXml((char) c)) {
                sb.append((char) c);
            }
        }

        @Override
        public Writer append(CharSequence csq) {
            if (xml) {
                String s = String.valueOf(csq);
                write(s, 0, s.length());
                return this;
            }
            sb.append(csq);
            if (sb.length() >= CHUNK) {
                spill();
            }
            return this;
        }

        private void spill() {
            if (sb.length() == 0) {
                return;
            }
            // a surrogate pair split across chunks would encode as two '?'
            int end = Character.isHighSurrogate(sb.charAt(sb.length() - 1)) ? sb.length() - 1 : sb.length();
            put(sb.substring(0, end).getBytes(StandardCharsets.UTF_8));
            StringBuilder next = new StringBuilder(CHUNK + 256);
            if (end < sb.length()) {
                next.append(sb.charAt(end));
            }
            sb = next;
        }

        private void put(byte[] b) {
            if (size + b.length > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, size + b.length));
            }
            System.arraycopy(b, 0, out, size, b.length);
            size += b.length;
        }

        byte[] toByteArray() {
            spill();
            return Arrays.copyOf(out, size);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /**
     * The data model of one route; records which top-level variables the templates read. A
     * site-wide variable that is a map is handed out as a view that records which of its keys
     * are read, so a change to one entry (one page's comparison extras) does not concern routes
     * that read other entries.
     */
    private static final class RootModel extends HashMap<String, Object> {
        private final Map<String, Object> globals;

        RootModel(Map<String, Object> globals, int size) {
            super(size * 2);
            this.globals = globals;
        }

        @Override
        public Object get(Object key) {
            String name = String.valueOf(key);
            Dependencies.readGlobal(name);
            Object value = super.get(key);
            if (value instanceof Map<?, ?> map && !(value instanceof PageModel) && value == globals.get(name)) {
                return new GlobalMap(name, map);
            }
            return value;
        }

        @Override
        public boolean containsKey(Object key) {
            Dependencies.readGlobal(String.valueOf(key));
            return super.containsKey(key);
        }

        @Override
        public int size() {
            Dependencies.readGlobal(Dependencies.ALL);
            return super.size();
        }

        @Override
        public Set<String> keySet() {
            Dependencies.readGlobal(Dependencies.ALL);
            return super.keySet();
        }

        @Override
        public java.util.Collection<Object> values() {
            Dependencies.readGlobal(Dependencies.ALL);
            return super.values();
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            Dependencies.readGlobal(Dependencies.ALL);
            return super.entrySet();
        }
    }

    /** A site-wide map as templates see it: reads of its entries are recorded key by key. */
    private static final class GlobalMap extends AbstractMap<Object, Object> {
        private final String name;
        private final Map<?, ?> map;

        GlobalMap(String name, Map<?, ?> map) {
            this.name = name;
            this.map = map;
        }

        @Override
        public Object get(Object key) {
            Dependencies.readGlobal(Dependencies.entry(name, String.valueOf(key)));
            return map.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            Dependencies.readGlobal(Dependencies.entry(name, String.valueOf(key)));
            return map.containsKey(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Set<Map.Entry<Object, Object>> entrySet() {
            Dependencies.readGlobal(Dependencies.entry(name, Dependencies.ALL));
            return (Set<Map.Entry<Object, Object>>) (Set<?>) map.entrySet();
        }
    }

    /**
     * Where the route's file sits, for the bodies it prints: HTML pages keep links relative to
     * themselves; any other file (feeds) gets absolute URLs.
     */
    private BodyLinks.Target target(Route route) {
        String out = route.outputPath();
        boolean page = out.endsWith(".html") || out.endsWith(".htm");
        return new BodyLinks.Target(route.uri(), !page);
    }

    private static String describe(Route r) {
        return r.source().contains("/") || r.source().contains(".") ? r.source() : "the " + r.source();
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }
}
