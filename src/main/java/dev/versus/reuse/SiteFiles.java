package dev.versus.reuse;

import dev.versus.diag.Diagnostic;
import dev.versus.source.SourceFile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The site's files as one build read them.
 *
 * @param content          content files by site path
 * @param data             data files by site path
 * @param templates        templates by name inside the template folder
 * @param statics          files copied as they are: output path → source
 * @param diagnostics      what reading reported, by site path ("" for the folder scan)
 * @param templatesVersion changes whenever a template is added, edited or removed
 */
public record SiteFiles(SortedMap<String, SourceFile> content, SortedMap<String, SourceFile> data,
                        SortedMap<String, SourceFile> templates, SortedMap<String, Path> statics,
                        Map<String, List<Diagnostic>> diagnostics, int templatesVersion) implements java.io.Serializable {
}
