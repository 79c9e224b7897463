package dev.versus.reuse;

import dev.versus.digest.Fingerprint;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the dev server keeps between builds is plain data: after a build and rebuilds of the
 * example site, everything reachable from its {@link Reuse} is strings, numbers, booleans,
 * dates, enums, paths, fingerprints, and collections, records and objects of the product made
 * of those, so a cache could write it to a file. The one exception is the template engine,
 * which is made again from the template texts that are kept.
 */
class ReuseStateTest {

    @TempDir
    Path tmp;

    @Test
    void everythingKeptForTheNextBuildIsPlainData() throws Exception {
        Path site = tmp.resolve("site");
        for (String part : List.of("content", "data", "templates", "assets", "jbake.properties")) {
            dev.versus.TestSites.copy(Path.of(part), site.resolve(part));
        }
        try (BuildSession session = new BuildSession(BuildOptions.build(site).withOutput(tmp.resolve("out")))) {
            assertTrue(session.build().ok());
            Path article = firstMarkdown(site.resolve("content"));
            Files.writeString(article, Files.readString(article) + "\nOne more sentence.\n");
            assertTrue(session.rebuild(List.of(article)).ok());
            Path subject = firstYaml(site.resolve("data"));
            Files.writeString(subject, Files.readString(subject) + "\n# edited\n");
            assertTrue(session.rebuild(List.of(subject)).ok());

            Field f = BuildSession.class.getDeclaredField("reuse");
            f.setAccessible(true);
            Reuse reuse = (Reuse) f.get(session);
            List<String> live = new ArrayList<>();
            Walk walk = new Walk(live);
            walk.visit(reuse, "reuse");
            assertEquals(List.of(), live, "kept state that is not plain data");
            assertTrue(walk.fingerprints > 100, "the written routes are kept as fingerprints: " + walk.fingerprints);
        }
    }

    /** A field of a class. */
    private static Field field(Class<?> c, String name) {
        try {
            Field f = c.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Walks an object graph, listing where a value that is not plain data is kept. */
    private static final class Walk {
        private final List<String> live;
        private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int fingerprints;

        Walk(List<String> live) {
            this.live = live;
        }

        void visit(Object v, String where) throws IllegalAccessException {
            if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean
                    || v instanceof Character || v instanceof Enum<?> || v instanceof Date
                    || v instanceof TemporalAccessor || v instanceof Path) {
                return;
            }
            if (v instanceof Fingerprint) {
                fingerprints++;
                return;
            }
            if (!seen.add(v)) {
                return;
            }
            Class<?> c = v.getClass();
            if (c.isArray()) {
                if (v instanceof Object[] a) {
                    for (int i = 0; i < a.length; i++) {
                        visit(a[i], where + "[" + i + "]");
                    }
                }
                return;
            }
            if (v instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    visit(e.getKey(), where + " key");
                    visit(e.getValue(), where + "[" + e.getKey() + "]");
                }
                return;
            }
            if (v instanceof Collection<?> items) {
                int i = 0;
                for (Object o : items) {
                    visit(o, where + "[" + i++ + "]");
                }
                return;
            }
            if (v instanceof Record r) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    rc.getAccessor().setAccessible(true);
                    try {
                        visit(rc.getAccessor().invoke(r), where + "." + rc.getName());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return;
            }
            if (c.getName().startsWith("dev.versus.") && !c.isSynthetic() && !c.getName().contains("$$Lambda")) {
                if (where.equals("reuse.engine")) {
                    return; // the template engine: compiled templates, made again from the kept texts
                }
                if (where.equals("reuse.planner")) {
                    // the last plan, which the next one patches after an edit of bodies alone: in memory
                    // only (never stored), and a build without it plans the whole site
                    Field last = field(c, "last");
                    assertTrue(Modifier.isTransient(last.getModifiers()), "the last plan is never stored");
                    seen.add(last.get(v));
                }
                for (Class<?> k = c; k != Object.class; k = k.getSuperclass()) {
                    for (Field f : k.getDeclaredFields()) {
                        if (!Modifier.isStatic(f.getModifiers())) {
                            f.setAccessible(true);
                            visit(f.get(v), where + "." + f.getName());
                        }
                    }
                }
                return;
            }
            live.add(where + ": " + c.getName());
        }
    }

    private static Path firstMarkdown(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
    }

    private static Path firstYaml(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().startsWith("aspects"))
                    .sorted().findFirst().orElseThrow();
        }
    }

}
