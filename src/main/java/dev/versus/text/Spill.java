package dev.versus.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a build keeps long texts while it runs: a file of their UTF-8 bytes, appended to by
 * {@link #put} (from any thread) and read at a text's place each time the text is asked for
 * (the system's file cache keeps what is read often). Short texts, and every text of a spill
 * made by {@link #memory()}, stay in memory.
 *
 * <p>The file is removed as soon as it is opened where the system allows it (the build keeps it
 * open, so a build that is killed leaves nothing behind), else when the spill is closed (then it
 * is made in the system's temporary folder). Should
 * it not be writable (the disk full), texts stay in memory from then on: the build goes on as
 * it would without a spill.
 */
public final class Spill implements AutoCloseable {

    /** Texts shorter than this stay in memory: a place in the file would save little. */
    static final int SHORT = 512;

    private static final Spill MEMORY = new Spill(null, null, null);

    private final FileChannel file;
    private final Path path;
    private final Path folder;
    private final AtomicLong end = new AtomicLong();
    private volatile boolean failed;

    private Spill(FileChannel file, Path path, Path folder) {
        this.file = file;
        this.path = path;
        this.folder = folder;
    }

    /** The folder its file was made in; null for {@link #memory()}. */
    public Path folder() {
        return folder;
    }

    /** A spill that keeps every text in memory (a dev server, which keeps its texts between builds). */
    public static Spill memory() {
        return MEMORY;
    }

    /**
     * A spill with its file in {@code folder} (created when missing), or in the system's
     * temporary folder when {@code folder} is null or cannot take it (or cannot remove a file
     * that is open); {@link #memory()} when neither can.
     */
    public static Spill open(Path folder) {
        if (folder != null) {
            try {
                Files.createDirectories(folder);
                Spill s = open(Files.createTempFile(folder, "spill-", ".tmp"), folder);
                if (s != null) {
                    return s;
                }
            } catch (IOException | RuntimeException e) {
                // the temporary folder
            }
        }
        try {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            Spill s = open(Files.createTempFile("versus-spill-", ".tmp"), tmp);
            return s != null ? s : MEMORY;
        } catch (IOException | RuntimeException e) {
            return MEMORY;
        }
    }

    /**
     * The file opened to be removed when closed; where the system can, it is removed at once
     * (the build keeps it open), so that a killed build leaves nothing. Null when it could not
     * be removed at once, which only the temporary folder may accept (a build's own folder is
     * cleaned by the next build, which must not meet a file that is open).
     */
    private static Spill open(Path f, Path folder) throws IOException {
        FileChannel ch = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
        boolean gone = !Files.exists(f);
        if (!gone && !folder.equals(Path.of(System.getProperty("java.io.tmpdir")))) {
            ch.close();
            return null;
        }
        return new Spill(ch, gone ? null : f, folder);
    }

    /** Whether texts go to a file (else all stay in memory). */
    public boolean spills() {
        return file != null && !failed;
    }

    /** {@code s} as a text of this spill. */
    public Text put(String s) {
        if (file == null || failed || s.length() < SHORT) {
            return Text.of(s);
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        long at = end.getAndAdd(utf8.length);
        try {
            ByteBuffer b = ByteBuffer.wrap(utf8);
            long pos = at;
            while (b.hasRemaining()) {
                pos += file.write(b, pos);
            }
        } catch (IOException | RuntimeException e) {
            failed = true;
            return Text.of(s);
        }
        return new Text(this, at, utf8.length, s.length(), s.hashCode());
    }

    /** {@code t} kept in this spill: itself when it already is, or when it stays in memory. */
    public Text keep(Text t) {
        return !t.held() || !spills() || t.length() < SHORT ? t : put(t.get());
    }

    String read(long at, int bytes) {
        byte[] utf8 = new byte[bytes];
        ByteBuffer b = ByteBuffer.wrap(utf8);
        try {
            long pos = at;
            while (b.hasRemaining()) {
                int n = file.read(b, pos);
                if (n < 0) {
                    throw new IOException("the spill file ends before a text it holds");
                }
                pos += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back a text the build set aside", e);
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** The bytes written so far. */
    public long size() {
        return end.get();
    }

    /** Removes the file: the texts of this spill cannot be read after this. */
    @Override
    public void close() {
        if (file == null) {
            return;
        }
        try {
            file.close();
        } catch (IOException e) {
            // nothing to do: the file goes with the process
        }
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // DELETE_ON_CLOSE
            }
        }
    }

    /** A stream of serialized objects whose texts are read into a spill. */
    public static class Reading extends ObjectInputStream {
        private final Spill spill;

        public Reading(InputStream in, Spill spill) throws IOException {
            super(in);
            this.spill = spill;
        }

        Spill spill() {
            return spill;
        }
    }
}
