package dev.versus.output;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Updates a previous build in place (the build the output link shows), for rebuilds of a running session: files whose bytes
 * changed are staged beside their target and renamed over it on {@link #commit()}; files
 * left out of the new build are deleted then. Until then the output stays as it was.
 * Thread-safe for {@link #accept}.
 */
public final class OutputUpdater implements FileSink, AutoCloseable {

    private static final String TEMP_PREFIX = ".versus-new-";

    private final Path output;
    private final Map<String, Path> staged = new ConcurrentHashMap<>();
    private final List<String> deletions = Collections.synchronizedList(new ArrayList<>());
    private boolean done;

    private OutputUpdater(Path output) {
        this.output = output;
    }

    /** Opens a folder written earlier by {@link OutputWriter}. */
    public static OutputUpdater open(Path output) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        if (!Files.isDirectory(out) || !Files.exists(out.resolve(OutputWriter.MARKER))) {
            throw new IOException("'" + output + "' is not a folder written by Versus");
        }
        // The build the output's link shows now; updated in place, file by file.
        return new OutputUpdater(out.toRealPath());
    }

    /** Stages {@code bytes} for {@code outputPath} unless the file already holds them. */
    @Override
    public void accept(String outputPath, byte[] bytes) {
        try {
            Path target = OutputWriter.safeResolve(output, outputPath);
            if (FileSink.holds(target, bytes)) {
                return;
            }
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling(TEMP_PREFIX + target.getFileName());
            Files.write(temp, bytes);
            staged.put(outputPath, temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code outputPath} on commit (a page or asset that is gone). */
    public void delete(String outputPath) {
        OutputWriter.safeResolve(output, outputPath);
        deletions.add(outputPath);
    }

    /** Moves the staged files over their targets and deletes what was asked; returns paths written, sorted. */
    public List<String> commit() throws IOException {
        Map<String, Path> sorted = new TreeMap<>(staged);
        for (Map.Entry<String, Path> e : sorted.entrySet()) {
            Path target = OutputWriter.safeResolve(output, e.getKey());
            try {
                Files.move(e.getValue(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ex) {
                Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String path : deletions) {
            Path target = OutputWriter.safeResolve(output, path);
            Files.deleteIfExists(target);
            for (Path dir = target.getParent(); dir != null && !dir.equals(output); dir = dir.getParent()) {
                if (!isEmpty(dir)) {
                    break;
                }
                Files.delete(dir);
            }
        }
        done = true;
        return List.copyOf(sorted.keySet());
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    /** Drops whatever was staged and not committed. */
    @Override
    public void close() throws IOException {
        if (!done) {
            for (Path p : staged.values()) {
                Files.deleteIfExists(p);
            }
            done = true;
        }
    }
}
