package dev.versus.source;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.text.Spill;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The read stage: loads a site folder into {@link SiteSources}. Hidden files and editor
 * back-ups are skipped; symbolic links are followed only when they stay inside the site.
 */
public final class SiteReader {

    /**
     * Largest file read (content, data, templates, configuration), in bytes: a build holds every
     * source in memory, and a larger one is generated output or a mistake. The README's Limits
     * table states it.
     */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private final Path root;
    private final Path realRoot;
    private final Diagnostics diags;
    /** Where the content files' texts are kept. */
    private Spill spill = Spill.memory();

    private SiteReader(Path root, Diagnostics diags) throws IOException {
        this.root = root;
        this.realRoot = root.toRealPath();
        this.diags = diags;
    }

    /**
     * The folders of a site, relative to its root, as configured.
     *
     * @param hiddenAssets whether hidden files of the assets folder ({@code .htaccess},
     *                     {@code .well-known/}) are copied, as JBake copies them unless {@code asset.ignore=true}
     */
    public record Folders(String content, String data, String templates, String assets, boolean hiddenAssets,
                          String ignoreFile) implements java.io.Serializable {
        public Folders(String content, String data, String templates, String assets) {
            this(content, data, templates, assets, true);
        }

        public Folders(String content, String data, String templates, String assets, boolean hiddenAssets) {
            this(content, data, templates, assets, hiddenAssets, DEFAULT_IGNORE_FILE);
        }
    }

    /** JBake's {@code ignore.file}: a folder of the content folder holding a file of this name is left out. */
    public static final String DEFAULT_IGNORE_FILE = ".jbakeignore";

    /**
     * Whether a folder of the content folder is left out, as JBake's crawler leaves it out: it
     * holds a file named {@code ignoreFile} (any case), and everything under it goes with it.
     */
    static boolean ignoredFolder(Path dir, String ignoreFile) throws IOException {
        if (ignoreFile.isEmpty()) {
            return false;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(e -> e.getFileName().toString().equalsIgnoreCase(ignoreFile));
        }
    }

    /**
     * Whether a content file lies in a folder JBake's crawler leaves out ({@link #ignoredFolder}),
     * for a file read alone (an edit during {@code serve}).
     */
    public static boolean inIgnoredFolder(Path root, String relative, Folders folders) {
        String content = folders.content();
        if (!relative.startsWith(content + "/")) {
            return false;
        }
        Path top = root.resolve(content);
        try {
            for (Path d = root.resolve(relative).getParent(); d != null && d.startsWith(top) && !d.equals(top);
                 d = d.getParent()) {
                if (Files.isDirectory(d) && ignoredFolder(d, folders.ignoreFile())) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false; // the folder went away: the file is read, or found missing, as any other
        }
        return false;
    }

    /** What a site file is to the build, by the rules {@link #read} applies when it lists the folders. */
    public enum Kind {
        /** {@code jbake.properties}: where the other folders are, and everything else. */
        CONFIG,
        /** A page of the content folder (Markdown, HTML, AsciiDoc). */
        CONTENT,
        /** A YAML file of the data folder. */
        DATA,
        /** A file of the template folder. */
        TEMPLATE,
        /** A file copied as it is: an asset, or a file of the content folder that is not a page. */
        STATIC,
        /** A file the read stage never reads: hidden, a back-up, not YAML in data/, or outside the folders. */
        IGNORED
    }

    /**
     * A site path as the read stage sees it.
     *
     * @param path the path relative to the site root
     * @param kind what it is
     * @param key  its name where the build keeps it: the path for content and data, the name
     *             inside the template folder for a template, the output path for a static file
     */
    public record Change(String path, Kind kind, String key) implements java.io.Serializable {
    }

    /**
     * Classifies a site-relative path ('/' separators) by the rules {@link #read} uses, so that a
     * rebuild told about one file treats it as a full read would. Says nothing of whether the file
     * exists: a deleted file is classified as it was.
     */
    public static Change classify(String path, String configName, Folders folders) {
        if (path.equals(configName)) {
            return new Change(path, Kind.CONFIG, path);
        }
        boolean hidden = false;
        for (String part : path.split("/")) {
            hidden |= skipped(part);
        }
        if (under(path, folders.content())) {
            return hidden ? new Change(path, Kind.IGNORED, path)
                    : isContent(path) ? new Change(path, Kind.CONTENT, path)
                    : new Change(path, Kind.STATIC, path.substring(folders.content().length() + 1));
        }
        if (under(path, folders.data())) {
            return new Change(path, !hidden && isData(path) ? Kind.DATA : Kind.IGNORED, path);
        }
        if (under(path, folders.templates())) {
            return hidden ? new Change(path, Kind.IGNORED, path)
                    : new Change(path, Kind.TEMPLATE, path.substring(folders.templates().length() + 1));
        }
        if (under(path, folders.assets())) {
            String inAssets = path.substring(folders.assets().length() + 1);
            for (String part : inAssets.split("/")) {
                if (isSkippedAsset(part, folders.hiddenAssets())) {
                    return new Change(path, Kind.IGNORED, path);
                }
            }
            return new Change(path, Kind.STATIC, inAssets);
        }
        return new Change(path, Kind.IGNORED, path);
    }

    private static boolean under(String path, String folder) {
        return !folder.isEmpty() && path.startsWith(folder + "/");
    }

    private static boolean isData(String path) {
        return path.endsWith(".yaml") || path.endsWith(".yml");
    }

    /** Reads the configuration file alone (it decides where the other folders are); null if absent. */
    public static SourceFile readConfig(Path root, String name, Diagnostics diags) throws IOException {
        Path p = root.resolve(name);
        if (Files.isSymbolicLink(p)) {
            Path target;
            try {
                target = p.toRealPath();
            } catch (FileSystemException e) {
                diags.add(Diagnostic.warning(Position.file(name), "symbolic link that never reaches a file; skipped,"
                        + " so the defaults apply").withHint("remove the link or point it at a file in the site"));
                return null;
            }
            if (!target.startsWith(root.toRealPath())) {
                diags.add(Diagnostic.warning(Position.file(name), "symbolic link points outside the site; skipped,"
                                + " so the defaults apply")
                        .withHint("copy the configuration into the site instead of linking to it"));
                return null;
            }
        }
        if (!Files.isRegularFile(p)) {
            return null;
        }
        long size = Files.size(p);
        if (size > MAX_FILE_BYTES) {
            diags.add(Diagnostic.error(Position.file(name), "file is too large (" + size + " bytes; the limit is "
                    + MAX_FILE_BYTES + " bytes, 8 MiB)").withHint("a configuration holds keys, not content; remove what is not a key"));
            return null;
        }
        return decode(name, Files.readAllBytes(p), diags);
    }

    /** Reads everything but the configuration. */
    public static SiteSources read(Path root, SourceFile config, Folders folders, Diagnostics diags)
            throws IOException {
        return read(root, config, folders, diags, Spill.memory());
    }

    /** As {@link #read(Path, SourceFile, Folders, Diagnostics)}, keeping the content files' texts in {@code spill}. */
    public static SiteSources read(Path root, SourceFile config, Folders folders, Diagnostics diags, Spill spill)
            throws IOException {
        SiteReader r = new SiteReader(root, diags);
        r.spill = spill;
        Map<String, Path> statics = new TreeMap<>();
        List<String> contentPaths = new ArrayList<>();
        for (String rel : r.list(folders.content(), false, folders.ignoreFile())) {
            if (isContent(rel)) {
                contentPaths.add(rel);
            } else {
                statics.put(rel.substring(folders.content().length() + 1), root.resolve(rel));
            }
        }
        List<SourceFile> content = r.readAll(contentPaths, true);
        List<SourceFile> data = r.readData(folders.data());
        Map<String, SourceFile> templates = new TreeMap<>();
        for (SourceFile f : r.readAll(r.list(folders.templates()), false)) {
            templates.put(f.path().substring(folders.templates().length() + 1), f);
        }
        for (String rel : r.list(folders.assets(), folders.hiddenAssets())) {
            statics.put(rel.substring(folders.assets().length() + 1), root.resolve(rel));
        }
        return new SiteSources(config, content, data, Collections.unmodifiableMap(templates),
                Collections.unmodifiableMap(statics));
    }

    /** Reads the YAML files of the data folder only, as {@link #read} reads them (for front ends that need no pages). */
    public static List<SourceFile> readData(Path root, String dataFolder, Diagnostics diags) throws IOException {
        return new SiteReader(root, diags).readData(dataFolder);
    }

    private List<SourceFile> readData(String dataFolder) throws IOException {
        return readAll(list(dataFolder).stream().filter(SiteReader::isData).toList(), false);
    }

    /**
     * Reads one file of a site (an edited file, during a rebuild); null when it is missing,
     * hidden, not a regular file or unreadable (problems go to {@code diags}).
     */
    public static SourceFile readFile(Path root, String relative, Diagnostics diags) {
        return readFile(root, relative, false, diags);
    }

    /**
     * As {@link #readFile(Path, String, Diagnostics)}; with {@code content}, the file is one of
     * the content folder's, read as {@link #read} reads those.
     */
    public static SourceFile readFile(Path root, String relative, boolean content, Diagnostics diags) {
        for (String part : relative.split("/")) {
            if (skipped(part)) {
                return null;
            }
        }
        Path p = root.resolve(relative);
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            long size = Files.size(p);
            if (size > MAX_FILE_BYTES) {
                diags.add(Diagnostic.error(Position.file(relative), "file is too large (" + size + " bytes; the limit is "
                        + MAX_FILE_BYTES + " bytes, 8 MiB)").withHint("split it into smaller files"));
                return null;
            }
            return decode(relative, Files.readAllBytes(p), content, diags);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            diags.add(Diagnostic.error(Position.file(relative), "cannot read file: " + e.getMessage()));
            return null;
        }
    }

    /**
     * Whether a file or folder name of the assets folder is one the read stage skips: editor
     * back-ups, a Git folder, Finder's {@code .DS_Store}, and hidden files unless {@code hidden}.
     */
    public static boolean isSkippedAsset(String name, boolean hidden) {
        if (!hidden) {
            return skipped(name);
        }
        return name.equals(".git") || name.equals(".DS_Store") || name.endsWith("~") || name.endsWith(".swp")
                || name.endsWith(".tmp") || name.startsWith("#");
    }

    static boolean isContent(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".md") || p.endsWith(".markdown") || p.endsWith(".html") || p.endsWith(".htm")
                || p.endsWith(".adoc") || p.endsWith(".asciidoc") || p.endsWith(".ad");
    }

    private List<SourceFile> readAll(List<String> paths, boolean content) {
        return paths.parallelStream().map(rel -> {
            try {
                Path p = root.resolve(rel);
                long size = Files.size(p);
                if (size > MAX_FILE_BYTES) {
                    diags.add(Diagnostic.error(Position.file(rel), "file is too large (" + size + " bytes; the limit is "
                            + MAX_FILE_BYTES + " bytes, 8 MiB)").withHint("split it into smaller files"));
                    return null;
                }
                SourceFile f = decode(rel, Files.readAllBytes(p), content, diags);
                return f == null || !content ? f : f.in(spill);
            } catch (IOException e) {
                diags.add(Diagnostic.error(Position.file(rel), "cannot read file: " + e.getMessage()));
                return null;
            }
        }).filter(Objects::nonNull).toList();
    }

    private static SourceFile decode(String rel, byte[] bytes, Diagnostics diags) {
        return decode(rel, bytes, false, diags);
    }

    /**
     * Decodes a file; an HTML file of the content folder that is not UTF-8 is handed on with its
     * encoding error, which the content loader reports only if the file has a header: as in
     * JBake, an HTML file without one is no page (a saved page kept beside the site's sources,
     * in whatever encoding), and its bytes do not matter.
     */
    private static SourceFile decode(String rel, byte[] bytes, boolean content, Diagnostics diags) {
        SourceFile.Result r = SourceFile.decode(rel, bytes);
        if (r.error() != null) {
            String lower = rel.toLowerCase(Locale.ROOT);
            if (content && (lower.endsWith(".html") || lower.endsWith(".htm"))) {
                return SourceFile.undecodable(rel, bytes, r.error());
            }
            diags.add(r.error());
        }
        return r.file();
    }

    /** Site-relative paths of the regular files under {@code folder}, sorted; empty if it is missing. */
    private List<String> list(String folder) throws IOException {
        return list(folder, false);
    }

    /** As {@link #list(String)}; with {@code hiddenAssets}, by the assets folder's rules, hidden files kept. */
    private List<String> list(String folder, boolean hiddenAssets) throws IOException {
        return list(folder, hiddenAssets, "");
    }

    /** As {@link #list(String, boolean)}, leaving out the folders that hold {@code ignoreFile} (none when empty). */
    private List<String> list(String folder, boolean hiddenAssets, String ignoreFile) throws IOException {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        java.util.function.Predicate<String> skip = hiddenAssets ? n -> isSkippedAsset(n, true) : SiteReader::skipped;
        Files.walkFileTree(dir, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (!d.equals(dir) && (skip.test(d.getFileName().toString()) || ignoredFolder(d, ignoreFile))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                if (skip.test(f.getFileName().toString())) {
                    return FileVisitResult.CONTINUE;
                }
                String rel = relative(f);
                if (attrs.isSymbolicLink()) {
                    Path target;
                    try {
                        target = f.toRealPath();
                    } catch (NoSuchFileException e) {
                        diags.add(Diagnostic.warning(Position.file(rel), "broken symbolic link; skipped")
                                .withHint("remove the link or restore its target"));
                        return FileVisitResult.CONTINUE;
                    } catch (FileSystemException e) {
                        // a loop (a -> b, b -> a) or a chain too long for the system to follow
                        diags.add(Diagnostic.warning(Position.file(rel), "symbolic link that never reaches a file"
                                        + " (a loop of links?); skipped")
                                .withHint("remove the link or point it at a file"));
                        return FileVisitResult.CONTINUE;
                    }
                    if (!target.startsWith(realRoot)) {
                        diags.add(Diagnostic.warning(Position.file(rel), "symbolic link points outside the site; skipped")
                                .withHint("copy the file into the site instead of linking to it"));
                        return FileVisitResult.CONTINUE;
                    }
                    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                        return FileVisitResult.CONTINUE;
                    }
                } else if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                out.add(rel);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                diags.add(Diagnostic.error(Position.file(relative(f)), "cannot read: " + e.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(out);
        return out;
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static boolean skipped(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")
                || name.startsWith("#");
    }
}
