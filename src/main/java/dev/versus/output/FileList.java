package dev.versus.output;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What a published build folder holds, kept beside it in the builds folder: each file's size,
 * checksum, modification time and file identity, and each folder's modification time. The next
 * builds compare their bytes with a file's checksum instead of reading the file back, and find
 * the files to delete from a folder they write into again without walking it. An entry counts
 * only while the file on disk still has the recorded size, time and identity (a file changed
 * in the output since is read back as before), and a list counts for a folder written into
 * again only while every folder in it still has its recorded time (a file added or removed by
 * hand changes it); a missing or damaged list is ignored.
 */
final class FileList {

    /** One file as published: its size, checksum, modification time (ns) and identity. */
    record Entry(long size, long sum, long time, String key) {

        /** Whether {@code now}, the file's attributes today, are still those recorded. */
        boolean describes(BasicFileAttributes now) {
            return now != null && now.isRegularFile() && now.size() == size && FileList.time(now) == time
                    && key != null && now.fileKey() != null && key.equals(now.fileKey().toString());
        }
    }

    private static final int MAGIC = 0x56534c31; // "VSL1"
    /** Folders are entries with this size. */
    private static final long FOLDER = -1;

    private final Map<String, Entry> files;
    private final Map<String, Long> folders;

    private FileList(Map<String, Entry> files, Map<String, Long> folders) {
        this.files = files;
        this.folders = folders;
    }

    /** The checksum of {@code bytes}: two 32-bit CRCs with different polynomials, side by side. */
    static long sum(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        CRC32 d = new CRC32();
        d.update(bytes);
        return c.getValue() << 32 | d.getValue();
    }

    static long time(BasicFileAttributes a) {
        return a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** The entry for output path {@code path}, or null. */
    Entry get(String path) {
        return files.get(path);
    }

    /** The output paths listed. */
    java.util.Set<String> paths() {
        return files.keySet();
    }

    /** Where the list of build folder {@code build} is kept. */
    static Path of(Path build) {
        return build.resolveSibling("files-" + build.getFileName());
    }

    /** The list kept for {@code build}, or null when there is none or it cannot be read. */
    static FileList read(Path build) {
        Path file = of(build);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                return null;
            }
            int n = in.readInt();
            Map<String, Entry> files = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
            Map<String, Long> folders = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String path = in.readUTF();
                long size = in.readLong();
                long time = in.readLong();
                if (size == FOLDER) {
                    folders.put(path, time);
                } else {
                    files.put(path, new Entry(size, in.readLong(), time, in.readUTF()));
                }
            }
            if (in.readInt() != MAGIC) {
                return null;
            }
            return new FileList(files, folders);
        } catch (IOException | RuntimeException e) {
            return null; // damaged: the build reads the files back instead
        }
    }

    /**
     * Whether every folder of {@code build} still has the time recorded, so that its files are
     * those listed (a file added or removed in a folder changes the folder's time).
     */
    boolean foldersUnchanged(Path build) {
        return folders.entrySet().parallelStream().allMatch(e -> {
            Path dir = e.getKey().isEmpty() ? build : build.resolve(e.getKey());
            try {
                BasicFileAttributes a = Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return a.isDirectory() && time(a) == e.getValue();
            } catch (IOException ex) {
                return false;
            }
        });
    }

    /**
     * Writes the list of {@code build}, whose files are {@code files}: each folder's time is
     * taken now, so this runs once nothing in the folder changes any more.
     */
    static void write(Path build, Map<String, Entry> files) throws IOException {
        java.util.Set<String> dirs = new java.util.HashSet<>();
        dirs.add("");
        for (String p : files.keySet()) {
            for (int i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1)) {
                if (!dirs.add(p.substring(0, i))) {
                    break;
                }
            }
        }
        Map<String, Long> folders = new java.util.concurrent.ConcurrentHashMap<>();
        dirs.parallelStream().forEach(d -> {
            try {
                BasicFileAttributes a = Files.readAttributes(d.isEmpty() ? build : build.resolve(d),
                        BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                folders.put(d, time(a));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Path file = of(build);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(files.size() + folders.size());
            for (Map.Entry<String, Long> e : folders.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(FOLDER);
                out.writeLong(e.getValue());
            }
            for (Map.Entry<String, Entry> e : files.entrySet()) {
                Entry f = e.getValue();
                out.writeUTF(e.getKey());
                out.writeLong(f.size());
                out.writeLong(f.time());
                out.writeLong(f.sum());
                out.writeUTF(f.key() == null ? "" : f.key());
            }
            out.writeInt(MAGIC);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
