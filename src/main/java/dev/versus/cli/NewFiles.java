package dev.versus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of files to create under one folder, all or nothing: if any of them exists already,
 * none is written. {@code init} and {@code new} never overwrite an author's work.
 */
final class NewFiles {

    private final Path root;
    private final Map<String, String> files = new LinkedHashMap<>();

    NewFiles(Path root) {
        this.root = root;
    }

    NewFiles add(String relativePath, String text) {
        files.put(relativePath, text);
        return this;
    }

    /** The paths that exist already, relative to the root, in the order they were added. */
    List<String> existing() {
        List<String> out = new ArrayList<>();
        for (String f : files.keySet()) {
            if (Files.exists(root.resolve(f))) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Writes every file, or reports the ones in the way and writes nothing.
     *
     * @return true when every file was written
     */
    boolean write(PrintWriter err) throws IOException {
        List<String> clash = existing();
        if (!clash.isEmpty()) {
            String hint = "nothing was written. Move " + (clash.size() == 1 ? "that file" : "those files")
                    + " away, or choose another " + (files.size() == 1 ? "name" : "folder");
            for (int i = 0; i < clash.size(); i++) {
                Console.problem(err, clash.get(i) + " already exists; it was left as it is", i == clash.size() - 1 ? hint : null);
            }
            return false;
        }
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path p = root.resolve(e.getKey());
                if (p.getParent() != null) {
                    Files.createDirectories(p.getParent());
                }
                // CREATE_NEW: even a file that appeared since the check above is never replaced
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                written.add(p);
            }
        } catch (FileAlreadyExistsException e) {
            for (Path p : written) {
                Files.deleteIfExists(p);
            }
            Console.problem(err, root.relativize(Path.of(e.getFile())) + " appeared while writing; nothing was written",
                    "run the command again once nothing else writes into the site");
            return false;
        }
        return true;
    }

    Map<String, String> files() {
        return files;
    }
}
