package dev.versus.pipeline;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Position;
import dev.versus.source.SiteReader;
import dev.versus.source.SourceFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Where the output folder may be, names it may hold, and how a failure to write it is told. */
final class OutputPlace {

    /** Longest file or folder name, in bytes, that common file systems (ext4, APFS, NTFS) hold. */
    static final int MAX_NAME_BYTES = 255;

    private OutputPlace() {
    }

    /**
     * Refuses an output folder inside (or equal to) an input folder: the next build would read
     * its own output. A usage error, as a wrong option is.
     *
     * @param fromOption whether the folder came from {@code -o} rather than {@code destination.folder}
     */
    static void checkNotInsideInputs(Path root, Path output, SiteReader.Folders folders, boolean fromOption,
                                     SourceFile config) throws OutputInsideInputException {
        String[] input = inputHolding(root, output, folders);
        if (input == null) {
            return;
        }
        String message = "the output folder '" + display(root, output) + "' is inside the "
                + input[1].replace(".folder", "") + " folder '" + input[0] + "/'; every build would read its own output";
        String hint = "write the site outside the input folders, e.g. output/ beside them";
        Diagnostic d;
        if (fromOption) {
            d = Diagnostic.error(Position.file(display(root, output)), message).withHint(hint);
        } else {
            d = Diagnostic.error(configPosition(config), message)
                    .withHint("set destination.folder to a folder outside the input folders, e.g. output");
            if (d.position().line() > 0) {
                d = d.withSourceLine(config.line(d.position().line()));
            }
        }
        throw new OutputInsideInputException(d, fromOption ? "-o" : null);
    }

    /**
     * Refuses a cache folder given with {@code --cache} (or the Maven plugin's
     * {@code cacheDirectory}) inside (or equal to) an input folder: every build would read the
     * files of the cache as the site's own. A usage error, as a wrong option is.
     */
    static void checkCacheNotInsideInputs(Path root, Path cache, SiteReader.Folders folders)
            throws OutputInsideInputException {
        String[] input = inputHolding(root, cache, folders);
        if (input != null) {
            throw new OutputInsideInputException(Diagnostic.error(Position.file(display(root, cache)),
                    "the cache folder '" + display(root, cache) + "' is inside the " + input[1].replace(".folder", "")
                            + " folder '" + input[0] + "/'; every build would read its own cache as the site's files")
                    .withHint("keep the cache outside the input folders, e.g. leave --cache out to keep it beside"
                            + " the output folder"), "--cache");
        }
    }

    /** The input folder (its path and configuration key) that holds {@code path}, or null. */
    private static String[] inputHolding(Path root, Path path, SiteReader.Folders folders) {
        Path out = real(path);
        for (String[] input : List.of(new String[] {folders.content(), "content.folder"},
                new String[] {folders.data(), "data.folder"}, new String[] {folders.templates(), "template.folder"},
                new String[] {folders.assets(), "asset.folder"})) {
            if (!input[0].isEmpty() && out.startsWith(real(root.resolve(input[0]).normalize()))) {
                return input;
            }
        }
        return null;
    }

    private static Position configPosition(SourceFile config) {
        if (config != null) {
            String[] lines = config.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String t = lines[i].strip();
                if (t.startsWith("destination.folder")
                        && t.substring("destination.folder".length()).strip().matches("^[=:].*")) {
                    return Position.at(config.path(), i + 1, lines[i].indexOf("destination.folder") + 1)
                            .withLength("destination.folder".length());
                }
            }
        }
        return Position.file("jbake.properties");
    }

    /** The path with its existing part resolved through symbolic links, so a link cannot hide an input folder. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    /** The output folder as messages show it: relative to the site when inside it. */
    static String display(Path root, Path output) {
        Path out = output.toAbsolutePath().normalize();
        return (out.startsWith(root) && !out.equals(root) ? root.relativize(out) : out).toString().replace('\\', '/');
    }

    /** A segment of {@code path} longer than file systems hold, or null. */
    static String nameTooLong(String path) {
        for (String part : path.split("/")) {
            if (utf8Length(part) > MAX_NAME_BYTES) {
                return part;
            }
        }
        return null;
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** A long name cut for a message. */
    static String shorten(String name) {
        return name.length() <= 40 ? name : name.substring(0, 30) + "…" + name.substring(name.length() - 9);
    }

    /** An I/O failure while writing the output, as an error saying what the machine refused. */
    static Diagnostic writeFailure(Path root, Path output, IOException e) {
        String reason = reason(e);
        String where = display(root, output);
        String hint = "the previous output was left as it was; ";
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space")) {
            hint += "free some disk space, or choose another output folder with -o";
        } else if (lower.contains("read-only") || lower.contains("permission")) {
            hint += "make the output folder and the folder holding it writable, or choose another with -o";
        } else {
            hint += "check the output folder, or choose another with -o";
        }
        return Diagnostic.error(Position.file(where), "cannot write the output folder: " + reason).withHint(hint);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied (" + a.getFile() + ")";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT).replaceAll("\\.$", "") + " (" + f.getFile() + ")";
        }
        if (e instanceof FileSystemException f) {
            return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(Locale.ROOT) + " (" + f.getFile() + ")";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
