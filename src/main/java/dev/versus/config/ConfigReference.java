package dev.versus.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders {@code docs/configuration.md} from {@link ConfigKey#ALL}, so the reference cannot
 * drift from the code. Regenerate with
 * {@code java -cp target/classes dev.versus.config.ConfigReference docs/configuration.md}.
 */
public final class ConfigReference {

    private ConfigReference() {
    }

    /** The whole reference page as Markdown. */
    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Configuration reference\n\n")
                .append("<!-- Generated from ConfigKey.ALL by dev.versus.config.ConfigReference; do not edit by hand. -->\n\n")
                .append("A site is configured in `jbake.properties` at its root (Java properties: `key=value`, one per line,\n")
                .append("`#` for comments). A site without the file gets every default. JBake's keys keep JBake's\n")
                .append("meanings and defaults; Versus's own keys start with `versus.`. Keys under `site.` (such as\n")
                .append("`site.title`, `site.description`, `site.lang`) are free for your templates, and so are\n")
                .append("`template.<type>.file` keys, which declare a document type of your own as in JBake\n")
                .append("(`template.note.file=note.ftl`; the type's name may start with `_`), with\n")
                .append("`template.<type>.extension` for the extension of its output files (`.css`, default `.html`).\n")
                .append("Any other unknown key\n")
                .append("gets a warning with a suggestion.\n\n")
                .append("Each key has a type: a flag is `true` or `false`; a whole number is digits only (at most six);\n")
                .append("an age is a number and `d`, `w`, `m` or `y` (`18m`); a list is comma-separated. A value that\n")
                .append("does not fit its type is an error naming the file, line and column.\n\n")
                .append("Templates see every key with dots turned into underscores: `config.site_host`.\n\n")
                .append("`asciidoctor.option.NAME=value` passes option NAME to Asciidoctor for AsciiDoc pages, as in\n")
                .append("JBake (comma-separated values make a list); see [AsciiDoc pages](authoring.md#asciidoc-pages).\n\n")
                .append("| key | type | default | meaning |\n|---|---|---|---|\n");
        for (ConfigKey k : ConfigKey.ALL) {
            b.append("| `").append(k.name()).append("` | ").append(k.type().label()).append(" | ")
                    .append(k.defaultValue().isEmpty() ? "(empty)" : "`" + k.defaultValue() + "`").append(" | ")
                    .append(k.description().replace("|", "\\|")).append(" |\n");
        }
        return b.toString();
    }

    /** Writes the reference to the file named by the first argument (default docs/configuration.md). */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "docs/configuration.md");
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, markdown(), StandardCharsets.UTF_8);
    }
}
