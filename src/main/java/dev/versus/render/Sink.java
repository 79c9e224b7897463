package dev.versus.render;

/** Receives rendered files; must accept calls from several threads at once. */
public interface Sink {

    /**
     * @param outputPath path relative to the output folder, '/' separators, already checked to
     *                   stay inside it
     */
    void accept(String outputPath, byte[] bytes);
}
