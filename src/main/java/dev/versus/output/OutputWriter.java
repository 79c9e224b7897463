package dev.versus.output;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes a build into a staging folder and publishes it on {@link #commit()}. Thread-safe for
 * {@link #accept}. Every path is checked to stay inside the output folder.
 *
 * <p>The builds live in a hidden folder beside the output, {@code .NAME.builds/}, and the output
 * itself is a symbolic link to the current one. Publishing makes a new link and renames it over
 * the old one, a single atomic step, so a reader finds the old or the new complete site at every
 * instant, and a process killed at any moment leaves either. The previous build stays until the
 * next build starts (readers that resolved the old link can finish); the next build then writes
 * into that folder again instead of a new one, changing only the files that differ from the new
 * build and deleting those it no longer makes, so a build over an earlier output creates and
 * deletes almost nothing (a catalogue of pair pages has one folder per page, and making and
 * removing a whole tree of them costs more than the build). A {@link FileList} kept with each
 * published build tells which files are unchanged without reading them back, and which files of
 * the folder written again are stale without walking it. It also removes whatever a killed
 * build left behind and repairs a missing link. Where links cannot be made, or
 * when they are turned off, the output is a plain folder replaced by two renames; a kill between
 * them leaves no output, and the next build puts the newest complete build back first.
 */
public final class OutputWriter implements FileSink, AutoCloseable {

    /** File marking a folder as written by Versus, so it may be replaced; written last, so it also marks a complete build. */
    public static final String MARKER = ".versus-output";

    /**
     * Told the name of each step of opening and publishing just before it is taken. Tests put a
     * listener here that stops the process at a chosen step, to show that a kill anywhere leaves
     * a complete output.
     */
    static volatile Consumer<String> steps = step -> {
    };

    private static final String BUILD_PREFIX = "b-";
    private static final String LOCK = ".lock";

    private final Path output;
    private final Path store;
    private final Path staging;
    private final boolean link;
    private final FileChannel lockFile;
    private final FileLock lock;
    /** The previous build's folder (through which unchanged files are carried over), or null. */
    private final Path previous;
    /** Whether {@link #staging} is an earlier build written again (so it may hold stale files), not a new folder. */
    private final boolean rewritten;
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Output paths of this build, to find a recycled folder's stale files and double writes. */
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    /** What the previous build's files were when it was published, or null (its files are read back instead). */
    private final FileList previousList;
    /** What {@link #staging}, an earlier build written again, held (null: it is walked for stale files instead). */
    private final FileList stagingList;
    /** This build's files as written, for its own list. */
    private final Map<String, FileList.Entry> entries = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private boolean done;

    private OutputWriter(Path output, Path store, Path staging, boolean link, FileChannel lockFile, FileLock lock,
                         Path previous, boolean rewritten, FileList previousList, FileList stagingList) {
        this.previousList = previousList;
        this.stagingList = stagingList;
        this.output = output;
        this.store = store;
        this.staging = staging;
        this.link = link;
        this.lockFile = lockFile;
        this.lock = lock;
        this.previous = previous;
        this.rewritten = rewritten;
    }

    /** Prepares to write {@code output} as a symbolic link where links can be made. */
    public static OutputWriter open(Path output, Path siteRoot) throws IOException {
        return open(output, siteRoot, true);
    }

    /**
     * Prepares to write {@code output}: checks that it may be replaced, takes the output's lock,
     * repairs what a killed build left and removes its leftovers.
     *
     * @param link publish the output as a symbolic link (atomic); false for a plain folder
     * @throws UnsafeOutputException when the folder holds files not written by Versus, is the
     *                               site itself, or another build is writing it
     */
    public static OutputWriter open(Path output, Path siteRoot, boolean link) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        Path site = siteRoot.toAbsolutePath().normalize();
        if (site.startsWith(out)) {
            throw new UnsafeOutputException("the output folder '" + output + "' contains the site itself",
                    "choose an output folder inside or beside the site, e.g. output/");
        }
        Path parent = out.getParent();
        Path store = storeOf(out);
        if (Files.isSymbolicLink(out)) {
            if (!ours(out, store)) {
                throw new UnsafeOutputException("the output path '" + output
                        + "' is a symbolic link that Versus did not make; refusing to replace it",
                        "remove the link or choose another output folder with -o");
            }
        } else if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
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
        Files.createDirectories(parent);
        Files.createDirectories(store);
        FileChannel lockFile = FileChannel.open(store.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockFile.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockFile.close();
            throw new UnsafeOutputException("another Versus build is writing '" + output + "' right now",
                    "wait for it to finish, or stop the other build");
        }
        try {
            boolean links = link && linksWork(store);
            rescueLegacy(out, store);
            repair(out, store, links);
            steps.accept("clean");
            Path current = current(out, store);
            Path reusable = links ? reusable(store, current) : null;
            clean(out, store, current, reusable);
            steps.accept("stage");
            Path staging = Files.createTempDirectory(store, BUILD_PREFIX + String.format("%015d", System.currentTimeMillis()) + "-");
            Path previous = Files.exists(out.resolve(MARKER)) ? out : null;
            // the current build's list read beside the other's
            java.util.concurrent.CompletableFuture<FileList> previousList = previous != null && current != null
                    ? java.util.concurrent.CompletableFuture.supplyAsync(() -> FileList.read(current))
                    : java.util.concurrent.CompletableFuture.completedFuture(null);
            FileList stagingList = null;
            if (reusable != null) {
                // Its list counts only for a complete build none of whose folders changed since.
                if (Files.exists(reusable.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                    stagingList = FileList.read(reusable);
                    if (stagingList != null && !stagingList.foldersUnchanged(reusable)) {
                        stagingList = null;
                    }
                }
                // The list goes and the build is unmarked first, so that a build killed while it
                // is being written again is never taken for a complete one (nor its list for its
                // files); then it takes the new build's name.
                Files.deleteIfExists(FileList.of(reusable));
                Files.deleteIfExists(reusable.resolve(MARKER));
                Files.delete(staging);
                Files.move(reusable, staging, StandardCopyOption.ATOMIC_MOVE);
            }
            return new OutputWriter(out, store, staging, links, lockFile, lock, previous, reusable != null,
                    previousList.join(), stagingList);
        } catch (IOException | RuntimeException e) {
            lock.release();
            lockFile.close();
            throw e;
        }
    }

    /**
     * Repairs what a killed build left (a missing output gets back the newest complete build)
     * without writing a build: run before the stages, so a build that then fails on the site's
     * errors still leaves a complete output. Does nothing to a folder Versus did not write, or
     * while another build holds the output.
     */
    public static void recover(Path output, Path siteRoot, boolean link) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        Path store = storeOf(out);
        if (siteRoot.toAbsolutePath().normalize().startsWith(out) || !Files.isDirectory(store)
                || Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return; // nothing to repair: the output is there, or was never built here
        }
        whileHeld(store, () -> {
            rescueLegacy(out, store);
            repair(out, store, link && linksWork(store));
        });
    }

    /** What runs while the output's lock is held. */
    private interface Locked {
        void run() throws IOException;
    }

    /** Runs {@code action} holding the output's lock; does nothing while another build holds it. */
    private static void whileHeld(Path store, Locked action) throws IOException {
        try (FileChannel lockFile = FileChannel.open(store.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = lockFile.tryLock();
            } catch (OverlappingFileLockException e) {
                return;
            }
            if (lock == null) {
                return;
            }
            try {
                action.run();
            } finally {
                lock.release();
            }
        }
    }

    /**
     * Removes what killed builds left beside the output and repairs a missing link, as opening a
     * writer does, for a build that found the output up to date and writes nothing. Does
     * nothing while another build holds the output.
     */
    public static void tidy(Path output, Path siteRoot, boolean link) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        Path store = storeOf(out);
        if (siteRoot.toAbsolutePath().normalize().startsWith(out) || !Files.isDirectory(store)) {
            return;
        }
        whileHeld(store, () -> {
            boolean links = link && linksWork(store);
            rescueLegacy(out, store);
            repair(out, store, links);
            Path current = current(out, store);
            Path reusable = links ? reusable(store, current) : null;
            // the build before is kept for the next build to write into; a half-written one goes
            clean(out, store, current, reusable != null && Files.exists(reusable.resolve(MARKER)) ? reusable : null);
        });
    }

    /**
     * The hidden folder beside an output that holds its builds ({@code .NAME.builds}): where a
     * build of it may keep files of its own while it runs.
     */
    public static Path buildsFolder(Path output) {
        return storeOf(output.toAbsolutePath().normalize());
    }

    /** The hidden folder beside {@code out} holding its builds. */
    static Path storeOf(Path out) {
        return out.getParent().resolve("." + out.getFileName() + ".builds");
    }

    /** Whether {@code out}, a symbolic link, leads to a build folder in {@code store}. */
    private static boolean ours(Path out, Path store) throws IOException {
        Path target = out.getParent().resolve(Files.readSymbolicLink(out)).normalize();
        return store.equals(target.getParent()) && target.getFileName().toString().startsWith(BUILD_PREFIX);
    }

    /** The build folder the output shows now, or null. */
    private static Path current(Path out, Path store) throws IOException {
        if (Files.isSymbolicLink(out)) {
            return out.getParent().resolve(Files.readSymbolicLink(out)).normalize();
        }
        return null;
    }

    /** Whether symbolic links can be made in {@code dir} (not on every Windows set-up). */
    private static boolean linksWork(Path dir) {
        Path probe = dir.resolve(".link-probe");
        try {
            Files.deleteIfExists(probe);
            Files.createSymbolicLink(probe, Path.of("x"));
            Files.delete(probe);
            return true;
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * Folders an older Versus left beside the output when it was killed between its two renames
     * ({@code .output.old-*}, a complete build) move into the store, where {@link #repair} may
     * use them.
     */
    private static void rescueLegacy(Path out, Path store) throws IOException {
        for (Path p : siblings(out, ".old-")) {
            if (Files.exists(p.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(p, store.resolve(BUILD_PREFIX + "000000000000000-" + p.getFileName()),
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /**
     * Brings the output to the state the mode expects: a plain folder written by an older
     * Versus becomes a build in the store with a link to it; a missing output (a killed build)
     * gets back the newest complete build; in folder mode a link becomes a folder again.
     */
    private static void repair(Path out, Path store, boolean links) throws IOException {
        boolean isLink = Files.isSymbolicLink(out);
        if (isLink && !Files.exists(out)) {
            Files.delete(out); // its build is gone; treated as missing below
            isLink = false;
        }
        boolean exists = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
        if (links && !isLink && exists) {
            // A plain folder from an older Versus or from folder mode: the one step that cannot be
            // atomic (a link cannot be renamed over a folder); a kill here is repaired below next time.
            if (isEmpty(out)) {
                Files.delete(out);
            } else {
                Path moved = Files.createTempDirectory(store, BUILD_PREFIX + String.format("%015d", 0) + "-");
                Files.delete(moved);
                steps.accept("migrate");
                Files.move(out, moved, StandardCopyOption.ATOMIC_MOVE);
                steps.accept("migrate-link");
                publishLink(out, moved);
            }
        } else if (!links && isLink) {
            Path target = current(out, store);
            Path copy = Files.createTempDirectory(store, "c-");
            copyTree(target, copy);
            Files.delete(out);
            Files.move(copy, out, StandardCopyOption.ATOMIC_MOVE);
        } else if (!exists) {
            Path newest = newestComplete(store);
            if (newest != null) {
                if (links) {
                    publishLink(out, newest);
                } else {
                    Files.move(newest, out, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
    }

    private static Path newestComplete(Path store) throws IOException {
        List<Path> builds = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(store, BUILD_PREFIX + "*")) {
            for (Path p : s) {
                if (Files.exists(p.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                    builds.add(p);
                }
            }
        }
        return builds.stream().max(Comparator.comparing(p -> p.getFileName().toString())).orElse(null);
    }

    /**
     * The build folder the next build writes into again: the newest one the output does not show
     * (the previous build, or one a killed build left half-written), or null.
     */
    private static Path reusable(Path store, Path current) throws IOException {
        Path best = null;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(store, BUILD_PREFIX + "*")) {
            for (Path p : s) {
                if (!p.equals(current) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && (best == null || p.getFileName().toString().compareTo(best.getFileName().toString()) > 0)) {
                    best = p;
                }
            }
        }
        return best;
    }

    /**
     * Removes every build but the current one and the one to write into again, and links, staging
     * and old folders earlier runs left.
     */
    private static void clean(Path out, Path store, Path current, Path reusable) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(store)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (!name.equals(LOCK) && !p.equals(current) && !p.equals(reusable)
                        && !(current != null && p.equals(FileList.of(current)))
                        && !(reusable != null && p.equals(FileList.of(reusable)))) {
                    deleteTree(p);
                }
            }
        }
        for (String kind : List.of(".link-", ".staging-", ".old-")) {
            for (Path p : siblings(out, kind)) {
                deleteTree(p);
            }
        }
    }

    /** Entries beside {@code out} named {@code .NAME<kind>…}. */
    private static List<Path> siblings(Path out, String kind) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(out.getParent())) {
            return found;
        }
        String prefix = "." + out.getFileName() + kind;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(out.getParent())) {
            for (Path p : s) {
                if (p.getFileName().toString().startsWith(prefix)) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    /** Points {@code out} at {@code build} in one atomic step: a new link renamed over the old one. */
    private static void publishLink(Path out, Path build) throws IOException {
        Path temp = out.resolveSibling("." + out.getFileName() + ".link-" + build.getFileName());
        Files.deleteIfExists(temp);
        Files.createSymbolicLink(temp, out.getParent().relativize(build));
        steps.accept("swap");
        Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
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

    /**
     * Where {@code outputPath} goes in the staged build, taken for this build: refused once the
     * build is being dropped (a write failed on another thread) and for a second output of one path.
     */
    private Path claim(String outputPath) {
        if (closed) {
            throw new UncheckedIOException(new IOException("the build is being dropped"));
        }
        Path target = safeResolve(staging, outputPath);
        if (!accepted.add(outputPath)) {
            throw new IllegalStateException("two outputs for '" + outputPath + "'");
        }
        return target;
    }

    @Override
    public void accept(String outputPath, byte[] bytes) {
        inFlight.incrementAndGet();
        try {
            Path target = claim(outputPath);
            makeFolders(target.getParent());
            long sum = FileList.sum(bytes);
            BasicFileAttributes is = attributes(target);
            BasicFileAttributes was = null;
            if (previous != null) {
                Path old = safeResolve(previous, outputPath);
                was = attributes(old);
                if (holds(previousList, outputPath, old, was, bytes, sum)) {
                    // unchanged: the previous build's file, shared (it often is already, from the build before)
                    if (is != null && sameKey(was, is)) {
                        unchanged.incrementAndGet();
                        entries.put(outputPath, new FileList.Entry(bytes.length, sum, FileList.time(is), key(is)));
                        return;
                    }
                    if (is != null) {
                        deleteTree(target);
                    }
                    if (keep(old, target)) {
                        unchanged.incrementAndGet();
                        record(outputPath, target, bytes.length, sum);
                        return;
                    }
                    is = null;
                }
            }
            if (is != null && !sameKey(was, is) && holds(stagingList, outputPath, target, is, bytes, sum)) {
                written.incrementAndGet(); // a folder written again already holds these bytes
                entries.put(outputPath, new FileList.Entry(bytes.length, sum, FileList.time(is), key(is)));
                return;
            }
            if (is != null) {
                deleteTree(target);
            }
            // CREATE_NEW after removing what was there: never write through a hard link into the previous build
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            written.incrementAndGet();
            record(outputPath, target, bytes.length, sum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Whether this build wrote (or carried over) {@code outputPath} already. */
    public boolean wrote(String outputPath) {
        return accepted.contains(outputPath);
    }

    /**
     * Carries {@code outputPath} over unchanged from the build the output shows now: for a build
     * that rendered again only what changed since that one. Shares the file (a hard link, else a
     * copy); a written-again folder that shares it already is left as it is.
     *
     * @throws IllegalStateException when there is no previous build
     * @throws UncheckedIOException  when the previous build does not have the file
     */
    public void carry(String outputPath) {
        if (previous == null) {
            throw new IllegalStateException("no previous build to carry '" + outputPath + "' over from");
        }
        inFlight.incrementAndGet();
        try {
            Path target = claim(outputPath);
            Path old = safeResolve(previous, outputPath);
            java.nio.file.attribute.BasicFileAttributes was = attributes(old);
            if (was == null || !was.isRegularFile()) {
                throw new UncheckedIOException(new NoSuchFileException(old.toString(), null,
                        "the output no longer has this file; build without the cache (--no-cache) once"));
            }
            FileList.Entry listed = previousList == null ? null : previousList.get(outputPath);
            long sum = listed != null && listed.describes(was) ? listed.sum() : FileList.sum(Files.readAllBytes(old));
            java.nio.file.attribute.BasicFileAttributes is = attributes(target);
            if (is != null && was.fileKey() != null && was.fileKey().equals(is.fileKey())) {
                unchanged.incrementAndGet();
                entries.put(outputPath, new FileList.Entry(was.size(), sum, FileList.time(was), key(was)));
                return; // the written-again folder shares it already
            }
            makeFolders(target.getParent());
            if (is != null) {
                deleteTree(target);
            }
            if (!keep(old, target)) {
                throw new UncheckedIOException(new IOException("cannot carry '" + outputPath + "' over"));
            }
            unchanged.incrementAndGet();
            record(outputPath, target, was.size(), sum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Whether the output's file {@code outputPath} holds exactly {@code bytes}. */
    public static boolean holds(Path output, String outputPath, byte[] bytes) throws IOException {
        return FileSink.holds(safeResolve(output.toAbsolutePath().normalize(), outputPath), bytes);
    }

    /** A file's attributes (not following a link), or null when there is nothing there. */
    private static java.nio.file.attribute.BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * What tells the build the output shows now from any other: the folder it resolves to and
     * the identity and time of its marker file (written anew by every build); null when the
     * output is not a complete build.
     */
    public static String identity(Path output) {
        try {
            Path out = output.toAbsolutePath().normalize();
            Path marker = out.resolve(MARKER);
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(marker,
                    java.nio.file.attribute.BasicFileAttributes.class);
            return out.toRealPath() + " " + a.fileKey() + " " + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            return null;
        }
    }

    /** Creates {@code dir} and its parents, removing files of a written-again folder that stand in the way. */
    private void makeFolders(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            for (Path p = dir; p != null && p.startsWith(staging) && !p.equals(staging); p = p.getParent()) {
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(p);
                }
            }
            Files.createDirectories(dir);
        }
    }

    /** Whether two files' attributes (either may be null) are of one file. */
    private static boolean sameKey(BasicFileAttributes a, BasicFileAttributes b) {
        return a != null && b != null && a.fileKey() != null && a.fileKey().equals(b.fileKey());
    }

    private static String key(BasicFileAttributes a) {
        return a.fileKey() == null ? null : a.fileKey().toString();
    }

    /**
     * Whether {@code file}, with attributes {@code now}, holds exactly {@code bytes}: told by its
     * entry in {@code list} while the file is as listed, else read back.
     */
    private static boolean holds(FileList list, String outputPath, Path file, BasicFileAttributes now, byte[] bytes,
                                 long sum) throws IOException {
        if (now == null || !now.isRegularFile() || now.size() != bytes.length) {
            return false;
        }
        FileList.Entry e = list == null ? null : list.get(outputPath);
        if (e != null && e.describes(now)) {
            return e.sum() == sum;
        }
        return FileSink.holds(file, bytes);
    }

    /** Records the file just put at {@code target} for this build's list. */
    private void record(String outputPath, Path target, long size, long sum) {
        BasicFileAttributes a = attributes(target);
        if (a != null) {
            entries.put(outputPath, new FileList.Entry(size, sum, FileList.time(a), key(a)));
        }
    }

    /**
     * Deletes the files of a written-again folder that this build did not write, and folders left
     * empty, in one walk of the tree (a catalogue has a folder per pair page: a million of them
     * at 1,000 subjects). A new folder holds only this build's files, and is not walked.
     */
    private void dropStale() throws IOException {
        if (!rewritten) {
            return;
        }
        if (stagingList != null) {
            dropListed();
            return;
        }
        java.util.ArrayDeque<int[]> kept = new java.util.ArrayDeque<>(); // per open folder: entries it keeps
        Files.walkFileTree(staging, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes a) {
                kept.push(new int[1]);
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a)
                    throws IOException {
                if (!a.isDirectory() && accepted.contains(staging.relativize(file).toString().replace('\\', '/'))) {
                    kept.peek()[0]++;
                } else {
                    deleteTree(file);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                int n = kept.pop()[0];
                if (!dir.equals(staging)) {
                    if (n == 0) {
                        Files.delete(dir);
                    } else {
                        kept.peek()[0]++;
                    }
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Deletes the files the written-again folder's list names and this build did not write, then
     * the folders that left empty, deepest first; nothing else in the folder is looked at (its
     * list says what is in it).
     */
    private void dropListed() throws IOException {
        java.util.TreeSet<String> emptied = new java.util.TreeSet<>(Comparator.reverseOrder());
        for (String path : stagingList.paths()) {
            if (accepted.contains(path)) {
                continue;
            }
            Path p = safeResolve(staging, path);
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(p); // a folder there now is this build's (a page moved under the old path)
            }
            for (int i = path.lastIndexOf('/'); i > 0 && emptied.add(path.substring(0, i)); i = path.lastIndexOf('/', i - 1)) {
                // each folder once, with its parents
            }
        }
        for (String dir : emptied) { // a folder sorts after its subfolders in reverse order
            Path d = staging.resolve(dir);
            if (Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS) && isEmpty(d)) {
                Files.delete(d);
            }
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

    /** Publishes the staged build as the output. */
    public void commit() throws IOException {
        dropStale();
        steps.accept("mark");
        Files.write(staging.resolve(MARKER), new byte[0]);
        if (link) {
            steps.accept("list");
            try {
                if (entries.size() != accepted.size()) {
                    throw new IOException("a file of this build was not recorded");
                }
                FileList.write(staging, entries);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(FileList.of(staging)); // the next build reads the files back instead
            }
            publishLink(output, staging);
        } else {
            Path backup = null;
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                backup = Files.createTempDirectory(store, "old-");
                Files.delete(backup);
                steps.accept("move-old");
                Files.move(output, backup, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                steps.accept("move-new");
                Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (backup != null) {
                    Files.move(backup, output, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
        }
        steps.accept("done");
        done = true;
        unlock();
    }

    /**
     * Drops the staged files unless committed; the previous output stays as it was. When a write
     * failed, other threads may still be writing (a parallel stream does not wait for its other
     * tasks before it rethrows): they are told to stop, and awaited, before the files go.
     */
    @Override
    public void close() throws IOException {
        try {
            if (!done) {
                done = true;
                closed = true;
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                    Thread.yield();
                }
                deleteTree(staging);
            }
        } finally {
            unlock();
        }
    }

    private void unlock() throws IOException {
        if (lockFile.isOpen()) {
            lock.release();
            lockFile.close();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(dir);
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (NoSuchFileException e) {
                    // gone already
                } catch (FileSystemException e) {
                    if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                        throw e;
                    }
                }
            }
        }
    }
}
