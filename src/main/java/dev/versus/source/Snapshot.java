package dev.versus.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What a site's input files hold on disk at one moment, to tell a later build that none of them
 * changed: every file and folder under the input folders (hidden and ignored ones too), and
 * the configuration file, each with its size, modification time and a SHA-256 of its bytes; a
 * symbolic link with what it points to and, when that is a file, the file's size and digest.
 *
 * <p>A file's bytes are read only when its size or time differs from the snapshot taken before
 * (on a fresh checkout, where every time is new, all of them are). A file changed within the
 * clock's resolution of the moment it was listed could keep its time; such files are stored
 * without their time ({@link #settled}), so that the next snapshot reads them again.
 *
 * @param entries site path → what was there
 * @param taken   when the listing started, in nanoseconds of the file system's clock
 */
public record Snapshot(Map<String, Entry> entries, long taken) implements java.io.Serializable {

    /**
     * One path.
     *
     * @param kind   'f' a file, 'd' a folder, 'l' a symbolic link, '-' a folder that is missing, '?'
     *               anything else
     * @param size   the file's (or the link target's) size; 0 for a folder
     * @param time   modification time in nanoseconds, or -1 when not to be trusted
     * @param link   what a link points to, as written; null for anything else
     * @param sha256 the digest of a file's (or link target's) bytes; null for a folder
     */
    public record Entry(char kind, long size, long time, String link, byte[] sha256) {

        /** Whether both say the same of the path's contents (times aside). */
        boolean sameContent(Entry o) {
            return kind == o.kind && size == o.size && Objects.equals(link, o.link) && Arrays.equals(sha256, o.sha256);
        }
    }

    /** Times at or after the listing's start minus this may hide a later change of the same file. */
    private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    /**
     * Lists {@code folders} (site-relative; missing ones are left out) and {@code files} of the
     * site at {@code root}, reading only what {@code before} (may be null) cannot vouch for;
     * null when a folder is the site's own folder or a symbolic link, whose listing would not
     * show every change.
     */
    public static Snapshot take(Path root, List<String> folders, List<String> files, Snapshot before) throws IOException {
        long taken = System.currentTimeMillis() * 1_000_000L;
        Map<String, Entry> previous = before == null ? Map.of() : before.entries();
        Map<String, Listed> listed = new TreeMap<>();
        for (String f : files) {
            Path p = root.resolve(f);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                listed.put(f, new Listed(p, Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)));
            }
        }
        for (String folder : folders) {
            Path dir = root.resolve(folder).normalize();
            if (dir.equals(root.normalize()) || !dir.startsWith(root.normalize()) || Files.isSymbolicLink(dir)) {
                return null;
            }
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                listed.put(folder, Files.exists(dir, LinkOption.NOFOLLOW_LINKS)
                        ? new Listed(dir, Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS))
                        : new Listed(dir, null));
                continue;
            }
            Files.walkFileTree(dir, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    listed.put(relative(root, d), new Listed(d, attrs));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    listed.put(relative(root, f), new Listed(f, attrs));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    listed.put(relative(root, f), null);
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        List<Map.Entry<String, Listed>> all = new ArrayList<>(listed.entrySet());
        Entry[] made = new Entry[all.size()];
        java.util.stream.IntStream.range(0, made.length).parallel().forEach(i -> {
            Map.Entry<String, Listed> e = all.get(i);
            made[i] = entry(e.getValue(), previous.get(e.getKey()));
        });
        Map<String, Entry> entries = new java.util.LinkedHashMap<>();
        for (int i = 0; i < made.length; i++) {
            entries.put(all.get(i).getKey(), made[i]);
        }
        return new Snapshot(Collections.unmodifiableMap(entries), taken);
    }

    /** Whether the two list the same paths with the same contents (times aside). */
    public boolean sameAs(Snapshot other) {
        if (other == null || !entries.keySet().equals(other.entries.keySet())) {
            return false;
        }
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            if (!e.getValue().sameContent(other.entries.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The paths whose contents differ between {@code before} and this snapshot, or that only
     * one of them lists (times aside): what a build must read again.
     */
    public java.util.Set<String> changedSince(Snapshot before) {
        java.util.Set<String> changed = new java.util.TreeSet<>();
        entries.forEach((path, e) -> {
            Entry b = before.entries.get(path);
            if (b == null || !e.sameContent(b)) {
                changed.add(path);
            }
        });
        for (String path : before.entries.keySet()) {
            if (!entries.containsKey(path)) {
                changed.add(path);
            }
        }
        return changed;
    }

    /** Kept in a stream as the bytes {@link #write} makes: one array, where records would be thousands of objects. */
    private Object writeReplace() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(entries.size() * 64 + 16);
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            write(out);
        }
        return new Packed(bytes.toByteArray());
    }

    /** A snapshot in a stream. */
    private record Packed(byte[] bytes) implements java.io.Serializable {
        private Object readResolve() throws java.io.ObjectStreamException {
            try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
                Snapshot s = read(in);
                if (in.read() >= 0) {
                    throw new java.io.InvalidObjectException("damaged");
                }
                return s;
            } catch (IOException | RuntimeException e) {
                throw new java.io.InvalidObjectException("damaged");
            }
        }
    }

    /**
     * This snapshot as it may be kept: the time of every file that was modified so close to
     * the listing that a later change might keep it is dropped, so that the file is read again.
     */
    public Snapshot settled() {
        Map<String, Entry> out = new java.util.LinkedHashMap<>();
        entries.forEach((path, e) -> out.put(path, e.time() >= taken - RACY_NANOS
                ? new Entry(e.kind(), e.size(), -1, e.link(), e.sha256()) : e));
        return new Snapshot(Collections.unmodifiableMap(out), taken);
    }

    private record Listed(Path path, BasicFileAttributes attrs) {
    }

    /** Writes this snapshot for {@link #read}. */
    public void write(java.io.DataOutput out) throws IOException {
        out.writeLong(taken);
        out.writeInt(entries.size());
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            Entry v = e.getValue();
            writeString(out, e.getKey());
            out.writeChar(v.kind());
            out.writeLong(v.size());
            out.writeLong(v.time());
            writeString(out, v.link());
            out.writeByte(v.sha256() == null ? -1 : v.sha256().length);
            if (v.sha256() != null) {
                out.write(v.sha256());
            }
        }
    }

    /** A snapshot as {@link #write} wrote it. */
    public static Snapshot read(java.io.DataInput in) throws IOException {
        long taken = in.readLong();
        int n = in.readInt();
        if (n < 0) {
            throw new java.io.IOException("damaged");
        }
        // written in order, so kept in that order
        Map<String, Entry> entries = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String path = readString(in);
            char kind = in.readChar();
            long size = in.readLong();
            long time = in.readLong();
            String link = readString(in);
            int sha = in.readByte();
            byte[] digest = null;
            if (sha >= 0) {
                digest = new byte[sha];
                in.readFully(digest);
            }
            entries.put(path, new Entry(kind, size, time, link, digest));
        }
        return new Snapshot(Collections.unmodifiableMap(entries), taken);
    }

    /** Writes a string of any length, or null, as {@link #readString} reads it. */
    public static void writeString(java.io.DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** A string (or null) as {@link #writeString} wrote it. */
    public static String readString(java.io.DataInput in) throws IOException {
        int n = in.readInt();
        if (n < -1 || n > MAX_STRING) {
            throw new java.io.IOException("damaged");
        }
        if (n == -1) {
            return null;
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static final int MAX_STRING = 64 << 20;

    private static Entry entry(Listed l, Entry before) {
        if (l == null) {
            return new Entry('?', -1, -1, null, null); // unreadable: differs from any readable state
        }
        if (l.attrs() == null) {
            return new Entry('-', 0, 0, null, null); // a folder the site does not have
        }
        BasicFileAttributes a = l.attrs();
        long time = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        try {
            if (a.isDirectory()) {
                return new Entry('d', 0, time, null, null);
            }
            if (a.isSymbolicLink()) {
                String to = Files.readSymbolicLink(l.path()).toString();
                BasicFileAttributes t;
                try {
                    t = Files.readAttributes(l.path(), BasicFileAttributes.class);
                } catch (NoSuchFileException e) {
                    return new Entry('l', -1, time, to, null);
                }
                // the target's time and contents: the link's own time does not change with them
                long targetTime = t.lastModifiedTime().to(TimeUnit.NANOSECONDS);
                byte[] sha = t.isRegularFile() ? digest(l.path(), t.size(), targetTime, before) : null;
                return new Entry('l', t.isRegularFile() ? t.size() : -1, targetTime, to, sha);
            }
            if (a.isRegularFile()) {
                return new Entry('f', a.size(), time, null, digest(l.path(), a.size(), time, before));
            }
            return new Entry('?', 0, time, null, null);
        } catch (IOException e) {
            return new Entry('?', -1, -1, null, null);
        }
    }

    /** The digest of a file's bytes: the one before when its size and time are the same. */
    private static byte[] digest(Path file, long size, long time, Entry before) throws IOException {
        if (before != null && before.time() >= 0 && before.time() == time && before.size() == size
                && before.sha256() != null) {
            return before.sha256();
        }
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return md.digest();
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
