package dev.versus.output;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Writes a build into a staging folder and swaps it in on {@link #commit()}. Thread-safe.
 * Every path is checked to stay inside the output folder.
 */
public final class OutputWriter implements FileSink, AutoCloseable {

    /** File marking a folder as written by Versus, so it may be replaced. */
    public static final String MARKER = ".versus-output";

    private final Path output;
    private final Path staging;
    private final boolean previousExists;
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private boolean done;

    private OutputWriter(Path output, Path staging, boolean previousExists) {
        this.output = output;
        this.staging = staging;
        this.previousExists = previousExists;
    }

    /**
     * Prepares to write {@code output}.
     *
     * @throws UnsafeOutputException when the folder holds files not written by Versus, or is
     *                               the site itself
     */
    public static OutputWriter open(Path output, Path siteRoot) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        boolean exists = checkReplaceable(output, siteRoot);
        Files.createDirectories(out.getParent());
        Path staging = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".staging-");
        return new OutputWriter(out, staging, exists);
    }

    /**
     * Whether {@code output} holds a previous build of Versus that a build may update in place:
     * true when it is a folder with the {@link #MARKER}, false when there is nothing there yet
     * (or only an empty folder).
     *
     * @throws UnsafeOutputException as {@link #open}
     */
    public static boolean holdsPreviousBuild(Path output, Path siteRoot) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        return checkReplaceable(output, siteRoot) && Files.isRegularFile(out.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** Refuses an output that is not ours to replace; whether something is there already. */
    private static boolean checkReplaceable(Path output, Path siteRoot) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        Path site = siteRoot.toAbsolutePath().normalize();
        if (site.startsWith(out)) {
            throw new UnsafeOutputException("the output folder '" + output + "' contains the site itself",
                    "choose an output folder inside or beside the site, e.g. output/");
        }
        boolean exists = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
        if (exists) {
            if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
                throw new UnsafeOutputException("the output path '" + output + "' exists and is not a folder",
                        "remove it or choose another output folder with -o");
            }
            if (!isEmpty(out) && !Files.exists(out.resolve(MARKER))) {
                throw new UnsafeOutputException("the output folder '" + output
                        + "' holds files that Versus did not write; refusing to replace it",
                        "empty or remove the folder, or choose another output folder with -o");
            }
        }
        return exists;
    }

    /** Thrown when writing would replace something that is not a previous build. */
    public static final class UnsafeOutputException extends IOException {
        private final String hint;

        UnsafeOutputException(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    /** Whether a generated path is relative, without '..', and so stays inside the output folder. */
    public static boolean isSafePath(String relative) {
        return !(relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || relative.indexOf('\0') >= 0
                || relative.contains(":") || Arrays.asList(relative.split("/")).contains(".."));
    }

    /** Resolves a generated path inside {@code base}, refusing anything that would leave it. */
    static Path safeResolve(Path base, String relative) {
        if (!isSafePath(relative)) {
            throw new IllegalArgumentException("unsafe output path '" + relative + "'");
        }
        Path p = base.resolve(relative).normalize();
        if (!p.startsWith(base) || p.equals(base)) {
            throw new IllegalArgumentException("unsafe output path '" + relative + "'");
        }
        return p;
    }

    @Override
    public void accept(String outputPath, byte[] bytes) {
        try {
            Path target = safeResolve(staging, outputPath);
            Files.createDirectories(target.getParent());
            Path old = previousExists ? safeResolve(output, outputPath) : null;
            if (old != null && FileSink.holds(old, bytes) && keep(old, target)) {
                unchanged.incrementAndGet();
                return;
            }
            Files.write(target, bytes);
            written.incrementAndGet();
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("two outputs for '" + outputPath + "'", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Carries an unchanged file over with its old modification time: a hard link, or a copy. */
    private static boolean keep(Path old, Path target) {
        try {
            Files.createLink(target, old);
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            try {
                Files.copy(old, target, StandardCopyOption.COPY_ATTRIBUTES);
                return true;
            } catch (IOException e2) {
                return false;
            }
        }
    }

    /** Files written with new bytes so far. */
    public int written() {
        return written.get();
    }

    /** Files whose bytes were the same as in the previous build. */
    public int unchanged() {
        return unchanged.get();
    }

    /** Replaces the output folder with the staged build. */
    public void commit() throws IOException {
        Files.write(staging.resolve(MARKER), new byte[0]);
        Path backup = null;
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            backup = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".old-");
            Files.delete(backup);
            Files.move(output, backup, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (backup != null) {
                Files.move(backup, output, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        done = true;
        if (backup != null) {
            deleteTree(backup);
        }
    }

    /** Drops the staged files; the previous output stays as it was. */
    @Override
    public void close() throws IOException {
        if (!done) {
            deleteTree(staging);
            done = true;
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
