package dev.versus.pipeline;

import dev.versus.config.ConfigLoader;
import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.load.DataLoader;
import dev.versus.model.Catalog;
import dev.versus.source.SiteReader;
import dev.versus.source.SourceFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A site's configuration and catalogue, read and loaded by the stages a build runs, for front
 * ends that need the data but no pages ({@code versus new}).
 *
 * @param dataFolder   the data folder relative to the site root, as the build names it
 * @param catalog      what loaded; a subject whose file has errors is not in it
 * @param subjectFiles every subject file by subject id (the first by path), whether it loaded or not
 * @param diagnostics  what reading and loading found, sorted
 */
public record SiteData(SiteConfig config, String dataFolder, Catalog catalog, Map<String, DataLoader.SubjectFile> subjectFiles,
                       List<Diagnostic> diagnostics) implements java.io.Serializable {

    /** Reads and loads {@code root}'s configuration and data folder. */
    public static SiteData load(Path root) throws IOException {
        Diagnostics diags = new Diagnostics();
        SourceFile file = SiteReader.readConfig(root, ConfigLoader.FILE_NAME, diags);
        ConfigLoader.Result loaded = ConfigLoader.load(file, Map.of());
        diags.addAll(loaded.diagnostics());
        String data = loaded.config().folder("data.folder");
        List<SourceFile> files = SiteReader.readData(root, data, diags);
        Catalog catalog = DataLoader.load(data, files, diags);
        Map<String, DataLoader.SubjectFile> subjects = new TreeMap<>();
        for (SourceFile f : files) {
            DataLoader.SubjectFile s = DataLoader.subjectFile(data, f.path());
            if (s != null) {
                subjects.putIfAbsent(s.id(), s);
            }
        }
        return new SiteData(loaded.config(), data, catalog, Collections.unmodifiableMap(subjects), diags.sorted());
    }

    /** The collection folders that hold subject files, sorted. */
    public List<String> collections() {
        return subjectFiles.values().stream().map(DataLoader.SubjectFile::collection).distinct().sorted().toList();
    }

    /** Whether reading or loading found errors. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
