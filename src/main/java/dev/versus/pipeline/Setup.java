package dev.versus.pipeline;

import dev.versus.asciidoc.AsciiDoc;
import dev.versus.config.SiteConfig;
import dev.versus.config.Versions;
import dev.versus.diag.Diagnostic;
import dev.versus.load.ContentLoader;
import dev.versus.source.GitDates;
import dev.versus.source.SiteReader;
import dev.versus.source.SourceFile;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What every stage of a build needs from the configuration: the site, its folders, where the
 * output goes, and the loaders configured for it. Made again when the configuration changes.
 *
 * @param root              the site folder, absolute
 * @param options           what was asked for
 * @param config            the loaded configuration
 * @param configFile        {@code jbake.properties}, or null when the site has none
 * @param configDiagnostics what loading the configuration reported
 * @param folders           the input folders, relative to the root
 * @param outputDir         the output folder, absolute
 * @param loader            loads content files into pages
 * @param asciidoc          the site's AsciiDoc settings (Asciidoctor starts only if a page needs it)
 * @param gitDates          undated JBake documents' dates: their files' last commits
 * @param now               the moment pages dated later are drafts
 * @param cacheFolder       where builds keep their work for the next build, or null for none
 */
record Setup(Path root, BuildOptions options, SiteConfig config, SourceFile configFile,
             List<Diagnostic> configDiagnostics, SiteReader.Folders folders, Path outputDir, ContentLoader loader,
             AsciiDoc asciidoc, GitDates gitDates, ZonedDateTime now, Path cacheFolder) implements java.io.Serializable {

    static Setup of(Path root, BuildOptions options, SiteConfig config, SourceFile configFile,
                    List<Diagnostic> configDiagnostics) {
        SiteReader.Folders folders = new SiteReader.Folders(folder(config, "content.folder"),
                folder(config, "data.folder"), folder(config, "template.folder"), folder(config, "asset.folder"),
                !config.flag("asset.ignore"), config.get("ignore.file").trim());
        ZonedDateTime now = ZonedDateTime.now(config.zone());
        Path outputDir = options.output() != null ? options.output().toAbsolutePath().normalize()
                : root.resolve(config.get("destination.folder")).normalize();
        AsciiDoc asciidoc = new AsciiDoc(config, root, Versions.JBAKE);
        Path cache = !options.cache() || !options.write() || !config.flag("versus.cache") ? null
                : options.cacheFolder() != null ? options.cacheFolder().toAbsolutePath().normalize()
                : outputDir.resolveSibling("." + outputDir.getFileName() + ".cache");
        return new Setup(root, options, config, configFile, List.copyOf(configDiagnostics), folders, outputDir,
                new ContentLoader(config, options.drafts(), now, asciidoc), asciidoc, new GitDates(root), now, cache);
    }

    private static String folder(SiteConfig config, String key) {
        return config.folder(key);
    }
}
