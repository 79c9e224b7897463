package dev.versus.output;

import dev.versus.render.Sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;

/** A sink that writes into an output folder: what its two kinds (a new build, an update) share. */
interface FileSink extends Sink {

    /** Copies a static file (an asset) to {@code outputPath}. */
    default void copy(String outputPath, Path source) {
        try {
            accept(outputPath, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code file} is a regular file holding exactly {@code bytes}. */
    static boolean holds(Path file, byte[] bytes) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes);
    }
}
