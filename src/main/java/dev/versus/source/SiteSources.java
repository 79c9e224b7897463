package dev.versus.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything read from a site folder, in memory, sorted by path: the only input of the pure
 * stages. Assets are listed, not read; the write stage copies them.
 *
 * @param config    {@code jbake.properties}, or null when the site has none
 * @param content   Markdown and HTML files under the content folder
 * @param data      YAML files under the data folder
 * @param templates template name (relative to the template folder) → its source
 * @param statics   files to copy: output path → source file (assets and non-content files of content/)
 */
public record SiteSources(
        SourceFile config,
        List<SourceFile> content,
        List<SourceFile> data,
        Map<String, SourceFile> templates,
        Map<String, Path> statics) implements java.io.Serializable {
}
