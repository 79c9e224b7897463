package dev.versus.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

/**
 * Watches the site's source folders (recursively) and its root (for the configuration) with
 * the JDK's WatchService, and hands over each burst of changes as one set of paths once the
 * file system has been quiet for a moment.
 */
final class SourceWatcher implements AutoCloseable {

    /** How long the file system must be quiet before a burst of saves is handed over. */
    static final long QUIET_MILLIS = 25;
    /** The longest a burst is held back while saves keep coming. */
    static final long MAX_DELAY_MILLIS = 400;

    private final Path root;
    private final List<String> folders;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    /** The assets folder (the last of the folders), whose hidden folders the build copies unless asset.ignore. */
    private final Path assets;
    private final boolean hiddenAssets;

    /**
     * @param folders      the site's input folders, the assets folder last
     * @param hiddenAssets whether the build takes hidden files of the assets folder
     *                     ({@code .well-known/}), so that they are watched too
     */
    SourceWatcher(Path root, List<String> folders, boolean hiddenAssets, Consumer<Set<Path>> onChange)
            throws IOException {
        this.root = root;
        this.folders = folders;
        this.assets = root.resolve(folders.get(folders.size() - 1));
        this.hiddenAssets = hiddenAssets;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        keys.put(root.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), root);
        for (String f : folders) {
            Path dir = root.resolve(f);
            if (Files.isDirectory(dir)) {
                registerTree(dir);
            }
        }
        thread = new Thread(this::loop, "versus-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (!isFolder(d) && skipped(d)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                keys.put(d.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Whether the read stage skips folder {@code d} (below a top folder), so there is nothing to watch. */
    private boolean skipped(Path d) {
        String name = d.getFileName().toString();
        return d.startsWith(assets) ? dev.versus.source.SiteReader.isSkippedAsset(name, hiddenAssets)
                : name.startsWith(".");
    }

    /** Whether {@code d} is one of the site's input folders itself. */
    private boolean isFolder(Path d) {
        return folders.stream().anyMatch(f -> root.resolve(f).equals(d));
    }

    /** The configuration at the root, or anything in an input folder (which may be nested: src/site/content). */
    private boolean relevant(Path p) {
        Path rel = root.relativize(p);
        if (rel.getNameCount() == 1 && rel.toString().endsWith(".properties")) {
            return true;
        }
        return folders.stream().anyMatch(f -> p.startsWith(root.resolve(f)));
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> burst = new LinkedHashSet<>();
                WatchKey key = service.take();
                long first = System.nanoTime();
                drain(key, burst);
                // Coalesce: keep collecting until the file system is quiet.
                while (true) {
                    long waited = (System.nanoTime() - first) / 1_000_000;
                    if (waited >= MAX_DELAY_MILLIS) {
                        break;
                    }
                    WatchKey next = service.poll(Math.min(QUIET_MILLIS, MAX_DELAY_MILLIS - waited), TimeUnit.MILLISECONDS);
                    if (next == null) {
                        break;
                    }
                    drain(next, burst);
                }
                if (!burst.isEmpty()) {
                    onChange.accept(burst);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    private void drain(WatchKey key, Set<Path> burst) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) {
                burst.add(root);
                continue;
            }
            Path p = dir.resolve((Path) event.context());
            if (!relevant(p)) {
                continue;
            }
            burst.add(p);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(p)) {
                try {
                    registerTree(p);
                } catch (IOException e) {
                    burst.add(root);
                }
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
