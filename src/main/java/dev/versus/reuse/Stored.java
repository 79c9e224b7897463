package dev.versus.reuse;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * A {@link Reuse} written to a file and read back by a later build, in another process. The
 * file starts with a header: a format line, the key the state is valid for (a digest of the
 * Versus version, the configuration and the options), the length of the state and its CRC-32C;
 * then the state, in Java's serialization format, read back through a filter that admits only
 * Versus's own records and the JDK's collections, strings, numbers and dates, with limits on
 * depth and references.
 *
 * <p>A file that is missing, from another key or another format, truncated, damaged (the
 * checksum), or that names any other class is not used: the build starts from nothing, as
 * without a cache. It is written to a temporary file beside it and renamed over it in one
 * step, so a build killed while saving, or two builds saving at once, leave one whole file.
 */
public final class Stored {

    /** Changes whenever the layout of the stored state changes. */
    private static final String FORMAT = "versus-cache 1";
    private static final String FILE = "state.bin";

    private Stored() {
    }

    /** The key for a state made with exactly these settings (a digest of them). */
    public static String key(java.util.List<String> settings) {
        return dev.versus.digest.Fingerprints.PLAIN.of(settings).toString();
    }

    /** Why a stored state was not used, or null when it was. */
    public record Loaded(Reuse reuse, String skipped) implements java.io.Serializable {
    }

    /**
     * The state stored in {@code folder} for {@code key}; a fresh {@link Reuse#kept()} (with the
     * reason in {@link Loaded#skipped()}) when there is none or it cannot be used.
     */
    public static Loaded load(Path folder, String key) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new Loaded(Reuse.kept(), "no cache yet");
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream header = new DataInputStream(raw);
            if (!FORMAT.equals(header.readUTF())) {
                return new Loaded(Reuse.kept(), "written by another version");
            }
            if (!key.equals(header.readUTF())) {
                return new Loaded(Reuse.kept(), "made for another configuration");
            }
            long length = header.readLong();
            long crc = header.readLong();
            CRC32C sum = new CRC32C();
            Bounded body = new Bounded(raw, length);
            Object state;
            try (ObjectInputStream in = new Resolving(new CheckedInputStream(body, sum))) {
                in.setObjectInputFilter(FILTER);
                state = in.readObject();
                while (in.read() >= 0) {
                    // the rest of the stream, so that the checksum covers all of it
                }
            }
            if (body.left != 0 || sum.getValue() != crc || raw.read() >= 0) {
                return new Loaded(Reuse.kept(), "damaged");
            }
            if (!(state instanceof Reuse.State s)) {
                return new Loaded(Reuse.kept(), "damaged");
            }
            return new Loaded(Reuse.from(s), null);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // truncated, damaged, or naming classes the filter refuses: built afresh
            return new Loaded(Reuse.kept(), "damaged");
        }
    }

    /** Writes {@code reuse}'s state into {@code folder} for {@code key}, replacing what was there in one step. */
    public static void save(Reuse reuse, Path folder, String key) throws IOException {
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".state-", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream raw = Channels.newOutputStream(ch);
                DataOutputStream header = new DataOutputStream(raw);
                header.writeUTF(FORMAT);
                header.writeUTF(key);
                header.flush();
                long sizes = ch.position();
                header.writeLong(0);
                header.writeLong(0);
                header.flush();
                long start = ch.position();
                CRC32C sum = new CRC32C();
                OutputStream body = new BufferedOutputStream(new CheckedOutputStream(new Unclosed(raw), sum), 1 << 16);
                try (ObjectOutputStream out = new Deduplicating(body)) {
                    out.writeObject(reuse.state());
                }
                long length = ch.position() - start;
                ByteBuffer b = ByteBuffer.allocate(16).putLong(length).putLong(sum.getValue()).flip();
                ch.write(b, sizes);
            }
            try {
                Files.move(temp, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** What the state may hold: Versus's records and the JDK's plain values and collections. */
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;maxrefs=100000000;maxarray=100000000;"
                    + "dev.versus.**;java.lang.*;java.util.*;java.util.concurrent.*;java.util.concurrent.locks.*;java.time.*;java.math.*;!*");

    /**
     * A long text as UTF-8 bytes: the stream reads an array in one copy and Java makes a string
     * of UTF-8 quickly, where it reads a string's own encoding a character at a time.
     */
    private record Text(byte[] utf8) implements java.io.Serializable {
    }

    /** Texts longer than this go into the stream as {@link Text}. */
    private static final int LONG = 256;

    /**
     * Writes each long text once, as {@link Text}: the state holds equal strings made
     * separately (a body as rendered, as finished, as outlined), and the stream shares an
     * object it has written.
     */
    private static final class Deduplicating extends ObjectOutputStream {
        private final java.util.Map<String, Text> seen = new java.util.HashMap<>();

        Deduplicating(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            return obj instanceof String s && s.length() > LONG
                    ? seen.computeIfAbsent(s, k -> new Text(k.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    : obj;
        }
    }

    /** Turns each {@link Text} back into its string. */
    private static final class Resolving extends ObjectInputStream {
        Resolving(InputStream in) throws IOException {
            super(in);
            enableResolveObject(true);
        }

        @Override
        protected Object resolveObject(Object obj) {
            return obj instanceof Text t ? new String(t.utf8(), java.nio.charset.StandardCharsets.UTF_8) : obj;
        }
    }

    /** Reads at most {@code left} bytes of a stream. */
    private static final class Bounded extends FilterInputStream {
        long left;

        Bounded(InputStream in, long left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int c = super.read();
            if (c >= 0) {
                left--;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() {
            // the file is closed by its owner
        }
    }

    /** Leaves the underlying stream open when closed (the header is written after the state). */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
