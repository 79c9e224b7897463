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
    private static final String SETTLED = "inputs.bin";

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
     * reason in {@link Loaded#skipped()}) when there is none or it cannot be used. Its texts
     * are read into {@code spill}.
     */
    public static Loaded load(Path folder, String key, dev.versus.text.Spill spill) {
        Read r = read(folder.resolve(FILE), key, in -> {
            try (ObjectInputStream objects = new Resolving(in, spill)) {
                objects.setObjectInputFilter(FILTER);
                Object state = objects.readObject();
                while (objects.read() >= 0) {
                    // the rest of the stream, so that the checksum covers all of it
                }
                return state;
            }
        });
        if (r.skipped() != null) {
            return new Loaded(Reuse.kept(), r.skipped());
        }
        return r.value() instanceof Reuse.State s ? new Loaded(Reuse.from(s), null) : new Loaded(Reuse.kept(), "damaged");
    }

    /** Writes {@code reuse}'s state into {@code folder} for {@code key}, replacing what was there in one step. */
    public static void save(Reuse reuse, Path folder, String key) throws IOException {
        Reuse.State state = reuse.state();
        write(folder, FILE, key, out -> {
            try (ObjectOutputStream objects = new Deduplicating(out)) {
                objects.writeObject(state);
            }
        });
    }

    /**
     * What the last successful build saw and reported, for telling whether the next one would
     * do anything at all: the site's input files as they were when it started, its messages,
     * the number of files it left in the output, and the conditions its pages hold under.
     *
     * @param inputs      the input files as listed when the build started
     * @param diagnostics every problem it reported, sorted
     * @param files       files in the output
     * @param output      the identity of the output it left ({@code OutputWriter.identity})
     * @param day         the day it ran on (the catalogue's checks count fact ages from it)
     * @param until       the earliest date after the build of any page (dated pages are drafts
     *                    until then), or null
     * @param gitAt       the commit Git dates were read at, "" when Git could not be asked, or
     *                    null when none were read
     */
    public record Settled(dev.versus.source.Snapshot inputs, java.util.List<dev.versus.diag.Diagnostic> diagnostics,
                          int files, String output, java.time.LocalDate day, java.time.ZonedDateTime until,
                          String gitAt) {

        /**
         * Whether a build now would give the same output and messages: the same inputs, the
         * same output, the same day, no page's date passed since.
         *
         * @param gitNow the commit Git names now, asked only when Git dates were read
         */
        public boolean holds(dev.versus.source.Snapshot now, String output, java.time.ZonedDateTime time,
                             java.util.function.Supplier<String> gitNow) {
            return now.sameAs(inputs) && output != null && output.equals(this.output)
                    && time.toLocalDate().equals(day) && (until == null || time.isBefore(until))
                    && (gitAt == null || gitAt.equals(gitNow.get()));
        }

        /** The same, with the inputs as listed now (their times may have changed, not their contents). */
        public Settled with(dev.versus.source.Snapshot inputs) {
            return new Settled(inputs, diagnostics, files, output, day, until, gitAt);
        }

        private void write(DataOutputStream out) throws IOException {
            inputs.write(out);
            out.writeInt(diagnostics.size());
            for (dev.versus.diag.Diagnostic d : diagnostics) {
                out.writeByte(d.severity().ordinal());
                dev.versus.diag.Position p = d.position();
                string(out, p.file());
                out.writeInt(p.line());
                out.writeInt(p.column());
                out.writeInt(p.length());
                string(out, d.message());
                string(out, d.sourceLine());
                string(out, d.hint());
            }
            out.writeInt(files);
            string(out, output);
            out.writeLong(day.toEpochDay());
            string(out, until == null ? null : until.toString());
            string(out, gitAt);
        }

        private static Settled read(DataInputStream in) throws IOException {
            dev.versus.source.Snapshot inputs = dev.versus.source.Snapshot.read(in);
            int n = in.readInt();
            if (n < 0) {
                throw new IOException("damaged");
            }
            dev.versus.diag.Severity[] severities = dev.versus.diag.Severity.values();
            java.util.List<dev.versus.diag.Diagnostic> diagnostics = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                dev.versus.diag.Severity severity = severities[in.readByte()];
                dev.versus.diag.Position p = new dev.versus.diag.Position(string(in), in.readInt(), in.readInt(), in.readInt());
                diagnostics.add(new dev.versus.diag.Diagnostic(severity, p, string(in), string(in), string(in)));
            }
            int files = in.readInt();
            String output = string(in);
            java.time.LocalDate day = java.time.LocalDate.ofEpochDay(in.readLong());
            String until = string(in);
            String gitAt = string(in);
            return new Settled(inputs, java.util.List.copyOf(diagnostics), files, output, day,
                    until == null ? null : java.time.ZonedDateTime.parse(until), gitAt);
        }

        private static void string(DataOutputStream out, String s) throws IOException {
            dev.versus.source.Snapshot.writeString(out, s);
        }

        private static String string(DataInputStream in) throws IOException {
            return dev.versus.source.Snapshot.readString(in);
        }
    }

    /** What the last build stored in {@code folder} for {@code key} saw; null when there is none or it cannot be used. */
    public static Settled settled(Path folder, String key) {
        Read r = read(folder.resolve(SETTLED), key, raw -> {
            InputStream in = new BufferedInputStream(raw, 1 << 16);
            Settled s = Settled.read(new DataInputStream(in));
            if (in.read() >= 0) {
                throw new IOException("damaged");
            }
            return s;
        });
        return r.value() instanceof Settled s ? s : null;
    }

    /** Stores what a build saw; {@code null} removes what an earlier build stored. */
    public static void save(Settled settled, Path folder, String key) throws IOException {
        if (settled == null) {
            Files.deleteIfExists(folder.resolve(SETTLED));
        } else {
            write(folder, SETTLED, key, out -> {
                DataOutputStream data = new DataOutputStream(out);
                settled.write(data);
                data.flush();
            });
        }
    }

    /** What a file held, or why it could not be used. */
    private record Read(Object value, String skipped) {
    }

    /** Reads what follows a file's header. */
    private interface Reader {
        Object read(InputStream in) throws IOException, ClassNotFoundException;
    }

    /** Writes what follows a file's header. */
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static Read read(Path file, String key, Reader reader) {
        if (!Files.isRegularFile(file)) {
            return new Read(null, "no cache yet");
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream header = new DataInputStream(raw);
            if (!FORMAT.equals(header.readUTF())) {
                return new Read(null, "written by another version");
            }
            if (!key.equals(header.readUTF())) {
                return new Read(null, "made for another configuration");
            }
            long length = header.readLong();
            long crc = header.readLong();
            CRC32C sum = new CRC32C();
            Bounded body = new Bounded(raw, length);
            Object value = reader.read(new CheckedInputStream(body, sum));
            if (body.left != 0 || sum.getValue() != crc || raw.read() >= 0) {
                return new Read(null, "damaged");
            }
            return new Read(value, null);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // truncated, damaged, or naming classes the filter refuses: built afresh
            return new Read(null, "damaged");
        }
    }

    private static void write(Path folder, String name, String key, Writer writer) throws IOException {
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
                writer.write(body);
                body.flush();
                long length = ch.position() - start;
                ByteBuffer b = ByteBuffer.allocate(16).putLong(length).putLong(sum.getValue()).flip();
                ch.write(b, sizes);
            }
            try {
                Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
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
    private record LongString(byte[] utf8) implements java.io.Serializable {
    }

    /** Texts longer than this go into the stream as {@link LongString}. */
    private static final int LONG = 256;

    /**
     * Writes each text once (a long one as {@link LongString}): the state holds equal strings made
     * separately (a body as rendered, as finished, as outlined; the same key or word in many
     * records), and the stream refers back to an object it has written.
     */
    private static final class Deduplicating extends ObjectOutputStream {
        private final java.util.Map<String, LongString> seen = new java.util.HashMap<>();
        /** One instance of each short text: the state holds millions of equal ones (keys, names, words). */
        private final java.util.Map<String, String> shortSeen = new java.util.HashMap<>();

        Deduplicating(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            if (obj instanceof String s) {
                return s.length() > LONG
                        ? seen.computeIfAbsent(s, k -> new LongString(k.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        : shortSeen.computeIfAbsent(s, k -> k);
            }
            return obj;
        }
    }

    /** Turns each {@link LongString} back into its string, and reads texts into a spill. */
    private static final class Resolving extends dev.versus.text.Spill.Reading {
        Resolving(InputStream in, dev.versus.text.Spill spill) throws IOException {
            super(in, spill);
            enableResolveObject(true);
        }

        @Override
        protected Object resolveObject(Object obj) {
            return obj instanceof LongString t ? new String(t.utf8(), java.nio.charset.StandardCharsets.UTF_8) : obj;
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
