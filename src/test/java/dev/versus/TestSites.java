package dev.versus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Fixture sites written from strings, and snapshots of folders for comparison. */
public final class TestSites {

    private TestSites() {
    }

    /** Writes {@code files} (path → text) under {@code root}. */
    public static Path write(Path root, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        return root;
    }

    /** Copies the folder {@code from} (when it exists) to {@code to}, files and folders. */
    public static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.createDirectories(t.getParent());
                    Files.copy(p, t);
                }
            }
        }
    }

    /** One file of a folder as a snapshot sees it. */
    public record Entry(String bytes, FileTime modified) {
    }

    /**
     * Every regular file under {@code root} (except the output {@code skip}, if given, with its
     * builds and cache folders beside it): content and mtime.
     */
    public static Map<String, Entry> snapshot(Path root, String skip) throws IOException {
        Map<String, Entry> out = new TreeMap<>();
        // an output folder is a link to its current build
        Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
        try (Stream<Path> s = Files.walk(start)) {
            s.filter(Files::isRegularFile).forEach(p -> {
                String rel = start.relativize(p).toString().replace('\\', '/');
                String store = "." + skip + ".builds"; // where the output's builds live
                String cache = "." + skip + ".cache"; // and the build cache
                if (skip != null && (rel.equals(skip) || rel.startsWith(skip + "/") || rel.startsWith(store + "/")
                        || rel.startsWith(cache + "/"))) {
                    return;
                }
                try {
                    out.put(rel, new Entry(java.util.HexFormat.of().formatHex(Files.readAllBytes(p)),
                            Files.getLastModifiedTime(p)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return out;
    }
}
