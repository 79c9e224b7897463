package dev.versus.pipeline;

/**
 * Hears how far a build has got, for progress bars and verbose output. Methods may be called
 * from several threads at once and must return quickly; they never change the build's result.
 */
public interface Progress {

    /** A stage starts: "read", "load", "markdown", "check", "render". */
    void stage(String name);

    /** The render stage will produce {@code files} files. */
    void total(int files);

    /** One more file was rendered. */
    void advance();

    /** Hears nothing. */
    Progress NONE = new Progress() {
        @Override
        public void stage(String name) {
        }

        @Override
        public void total(int files) {
        }

        @Override
        public void advance() {
        }
    };
}
