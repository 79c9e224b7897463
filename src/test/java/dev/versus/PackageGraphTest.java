package dev.versus;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The one picture of how the packages depend on each other. Each package lists the packages it
 * may use; the list reads bottom-up, and a package may only name packages above it, so the
 * graph has no cycles. A reference is an import or a fully qualified name in the source.
 * Third-party libraries each belong to the one package that wraps them.
 */
class PackageGraphTest {

    private static final Path ROOT = Path.of("src/main/java/dev/versus");

    /** Package → the packages it may use. Order matters: only earlier packages may be named. */
    private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        allow("diag");
        allow("html");
        allow("text");
        allow("digest", "text");
        allow("source", "diag", "text");
        allow("config", "diag", "source");
        allow("model", "diag", "config", "text");
        allow("asciidoc", "diag", "source", "config");
        allow("load", "diag", "source", "config", "model", "asciidoc", "text");
        allow("markdown", "diag", "html", "config", "model", "asciidoc", "text");
        allow("compare", "diag", "html", "source", "config", "model", "load", "markdown", "text");
        allow("render", "diag", "html", "digest", "source", "config", "model", "load", "compare", "text");
        allow("check", "diag", "source", "config", "model", "markdown", "render");
        allow("output", "render");
        allow("reuse", "diag", "digest", "source", "config", "model", "markdown", "render", "compare", "text");
        allow("pipeline", "diag", "source", "config", "model", "asciidoc", "load", "markdown",
                "render", "compare", "check", "output", "reuse", "text");
        allow("serve", "diag", "source", "config", "pipeline");
        allow("cli", "diag", "source", "config", "model", "render", "pipeline", "serve");
        allow("maven", "diag", "pipeline", "serve");
    }

    /** Library package prefix → the one package that may import it. */
    private static final Map<String, Set<String>> LIBRARIES = Map.of(
            "org.yaml.", Set.of("source"),
            "com.vladsch.flexmark", Set.of("markdown"),
            "freemarker.", Set.of("render"),
            "org.asciidoctor", Set.of("asciidoc"),
            "org.apache.maven", Set.of("maven"),
            "com.sun.net.httpserver", Set.of("serve"),
            "picocli.", Set.of("cli"));

    private static void allow(String pkg, String... uses) {
        for (String use : uses) {
            if (!ALLOWED.containsKey(use)) {
                throw new IllegalStateException(pkg + " may only use packages listed before it, not " + use);
            }
        }
        ALLOWED.put(pkg, Set.of(uses));
    }

    private static final Pattern OWN = Pattern.compile("\\bdev\\.versus\\.([a-z]+)\\.");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)");

    @Test
    void everyPackageIsInTheGraph() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (String pkg : packages()) {
            if (!ALLOWED.containsKey(pkg)) {
                unknown.add(pkg);
            }
        }
        assertEquals(List.of(), unknown, "add the package to ALLOWED, after the packages it uses");
    }

    @Test
    void packagesOnlyUseThePackagesTheGraphAllows() throws IOException {
        Map<String, Set<String>> offences = new TreeMap<>();
        for (Map.Entry<String, String> file : sources().entrySet()) {
            String pkg = file.getKey().substring(0, file.getKey().indexOf('/'));
            Set<String> allowed = ALLOWED.getOrDefault(pkg, Set.of());
            Matcher m = OWN.matcher(file.getValue());
            while (m.find()) {
                String used = m.group(1);
                if (!used.equals(pkg) && !allowed.contains(used)) {
                    offences.computeIfAbsent(file.getKey(), k -> new TreeSet<>()).add(used);
                }
            }
        }
        assertEquals(Map.of(), offences);
    }

    @Test
    void eachLibraryIsUsedByTheOnePackageThatWrapsIt() throws IOException {
        Map<String, Set<String>> offences = new TreeMap<>();
        for (Map.Entry<String, String> file : sources().entrySet()) {
            String pkg = file.getKey().substring(0, file.getKey().indexOf('/'));
            Matcher m = IMPORT.matcher(file.getValue());
            while (m.find()) {
                for (Map.Entry<String, Set<String>> lib : LIBRARIES.entrySet()) {
                    if (m.group(1).startsWith(lib.getKey()) && !lib.getValue().contains(pkg)) {
                        offences.computeIfAbsent(file.getKey(), k -> new TreeSet<>()).add(lib.getKey());
                    }
                }
            }
        }
        assertEquals(Map.of(), offences);
    }

    private static Set<String> packages() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String file : sources().keySet()) {
            names.add(file.substring(0, file.indexOf('/')));
        }
        return names;
    }

    /** Relative path (with '/') → source text, for every Java file in a package of the product. */
    private static Map<String, String> sources() throws IOException {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String rel = ROOT.relativize(p).toString().replace('\\', '/');
                if (rel.contains("/")) {
                    texts.put(rel, read(p));
                }
            }
        }
        return texts;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
