package dev.versus.pipeline;

import dev.versus.config.ConfigLoader;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.reuse.SiteFiles;
import dev.versus.source.SiteReader;
import dev.versus.source.SiteSources;
import dev.versus.source.SourceFile;
import dev.versus.text.Spill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * read: the site's files. Given the files an earlier build read and the paths changed since,
 * it re-reads only those, each classified by {@link SiteReader#classify} as a full read would
 * see it; otherwise (or when a folder or link changed) it reads every file again, keeping the
 * earlier instance of each unchanged file so that later stages can tell it is unchanged.
 */
final class ReadStage {

    /**
     * What was read, and what changed since the files it was given.
     *
     * @param dataChanged    data files changed ("…/" for a removed folder)
     * @param staticsChanged output paths of static files to copy again, or null for all of them
     */
    record Read(SiteFiles files, Set<String> dataChanged, Set<String> staticsChanged) implements java.io.Serializable {
    }

    private final Path root;
    private final Spill spill;
    private final SiteReader.Folders folders;
    private final SortedMap<String, SourceFile> content;
    private final SortedMap<String, SourceFile> data;
    private final SortedMap<String, SourceFile> templates;
    private final SortedMap<String, Path> statics;
    private final Map<String, List<Diagnostic>> diagnostics;
    private int templatesVersion;
    private final Set<String> dataChanged = new HashSet<>();
    private Set<String> staticsChanged = new HashSet<>();

    private ReadStage(Path root, SiteReader.Folders folders, SiteFiles last, Spill spill) {
        this.spill = spill;
        this.root = root;
        this.folders = folders;
        this.content = last == null ? new TreeMap<>() : new TreeMap<>(last.content());
        this.data = last == null ? new TreeMap<>() : new TreeMap<>(last.data());
        this.templates = last == null ? new TreeMap<>() : new TreeMap<>(last.templates());
        this.statics = last == null ? new TreeMap<>() : new TreeMap<>(last.statics());
        this.diagnostics = last == null ? new HashMap<>() : new HashMap<>(last.diagnostics());
        this.templatesVersion = last == null ? 0 : last.templatesVersion();
    }

    /**
     * @param last    the files an earlier build read, or null
     * @param changed site paths changed since {@code last}, or null when unknown
     * @param spill   where the content files' texts are kept
     */
    static Read run(Setup setup, SiteFiles last, Set<String> changed, Spill spill) throws IOException {
        ReadStage r = new ReadStage(setup.root(), setup.folders(), last, spill);
        if (last == null || changed == null || !r.readChanged(changed)) {
            r = new ReadStage(setup.root(), setup.folders(), last, spill);
            r.readAll();
        }
        SiteFiles files = new SiteFiles(r.content, r.data, r.templates, r.statics, r.diagnostics, r.templatesVersion);
        return new Read(files, Set.copyOf(r.dataChanged), r.staticsChanged == null ? null : Set.copyOf(r.staticsChanged));
    }

    /** Re-reads the changed paths; false when only reading everything can tell what changed. */
    private boolean readChanged(Set<String> changed) {
        for (String rel : changed) {
            SiteReader.Change c = SiteReader.classify(rel, ConfigLoader.FILE_NAME, folders);
            if (c.kind() == SiteReader.Kind.CONFIG) {
                continue;
            }
            Path abs = root.resolve(rel);
            if (Files.isDirectory(abs) || Files.isSymbolicLink(abs)) {
                return false;
            }
            // a folder JBake's ignore file leaves out, or that file itself: what the site holds is read again
            String name = abs.getFileName().toString();
            if (!folders.ignoreFile().isEmpty() && name.equalsIgnoreCase(folders.ignoreFile())
                    || SiteReader.inIgnoredFolder(root, rel, folders)) {
                return false;
            }
            diagnostics.remove(rel);
            switch (c.kind()) {
                case CONTENT -> readInto(content, c.key(), rel, true);
                case DATA -> {
                    readInto(data, c.key(), rel, false);
                    dataChanged.add(rel);
                }
                case TEMPLATE -> {
                    if (readInto(templates, c.key(), rel, false)) {
                        templatesVersion++;
                    }
                }
                case STATIC -> {
                    if (Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
                        statics.put(c.key(), abs);
                        staticsChanged.add(c.key());
                    } else {
                        statics.remove(c.key());
                    }
                }
                default -> {
                }
            }
            if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                forgetFolder(rel);
            }
        }
        return true;
    }

    /** A deleted folder: forgets everything that was under it. */
    private void forgetFolder(String rel) {
        String prefix = rel + "/";
        if (content.keySet().removeIf(k -> k.startsWith(prefix))) {
            return;
        }
        if (data.keySet().removeIf(k -> k.startsWith(prefix))) {
            dataChanged.add(prefix);
        }
        String tf = folders.templates();
        String tp = !tf.isEmpty() && rel.startsWith(tf + "/") ? rel.substring(tf.length() + 1) + "/" : null;
        if (tp != null && templates.keySet().removeIf(k -> k.startsWith(tp))) {
            templatesVersion++;
        }
        statics.entrySet().removeIf(e -> root.relativize(e.getValue()).toString().replace('\\', '/')
                .startsWith(prefix));
    }

    /** Reads one file into a map; returns whether the map changed. */
    private boolean readInto(Map<String, SourceFile> map, String key, String rel, boolean isContent) {
        Diagnostics d = new Diagnostics();
        SourceFile f = SiteReader.readFile(root, rel, isContent, d);
        if (!d.sorted().isEmpty()) {
            diagnostics.put(rel, d.sorted());
        }
        SourceFile old = map.get(key);
        if (f == null) {
            return map.remove(key) != null;
        }
        if (old != null && old.kept().equals(f.kept())) {
            return false;
        }
        map.put(key, isContent ? f.in(spill) : f);
        return true;
    }

    /** Reads every file, keeping the earlier instance of each unchanged one. */
    private void readAll() throws IOException {
        Diagnostics d = new Diagnostics();
        SiteSources src = SiteReader.read(root, null, folders, d, spill);
        diagnostics.clear();
        if (!d.sorted().isEmpty()) {
            diagnostics.put("", d.sorted());
        }
        merge(content, byPath(src.content()));
        Map<String, SourceFile> oldData = new HashMap<>(data);
        merge(data, byPath(src.data()));
        Set<String> dataKeys = new HashSet<>(oldData.keySet());
        dataKeys.addAll(data.keySet());
        for (String k : dataKeys) {
            if (oldData.get(k) != data.get(k)) {
                dataChanged.add(k);
            }
        }
        if (merge(templates, src.templates())) {
            templatesVersion++;
        }
        statics.clear();
        statics.putAll(src.statics());
        staticsChanged = null;
    }

    private static Map<String, SourceFile> byPath(List<SourceFile> files) {
        Map<String, SourceFile> m = new HashMap<>();
        files.forEach(f -> m.put(f.path(), f));
        return m;
    }

    /** Replaces {@code into} by {@code fresh}, keeping old instances of unchanged files; returns whether anything changed. */
    private static boolean merge(Map<String, SourceFile> into, Map<String, SourceFile> fresh) {
        boolean changedAny = into.keySet().retainAll(fresh.keySet());
        for (Map.Entry<String, SourceFile> e : fresh.entrySet()) {
            SourceFile old = into.get(e.getKey());
            if (old == null || !old.kept().equals(e.getValue().kept())) {
                into.put(e.getKey(), e.getValue());
                changedAny = true;
            }
        }
        return changedAny;
    }
}
