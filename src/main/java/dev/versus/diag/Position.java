package dev.versus.diag;

/**
 * A place in a site file: the path relative to the site root (with '/' separators) and a
 * 1-based line and column. Line 0 means "the whole file".
 */
public record Position(String file, int line, int column, int length) implements java.io.Serializable {

    public Position {
        if (file == null) {
            throw new IllegalArgumentException("file");
        }
        line = Math.max(0, line);
        column = Math.max(line == 0 ? 0 : 1, column);
        length = Math.max(1, length);
    }

    /** A position naming a file without pointing into it. */
    public static Position file(String file) {
        return new Position(file, 0, 0, 1);
    }

    public static Position at(String file, int line, int column) {
        return new Position(file, line, column, 1);
    }

    /** The same place marking {@code n} characters. */
    public Position withLength(int n) {
        return new Position(file, line, column, n);
    }

    @Override
    public String toString() {
        if (line == 0) {
            return file;
        }
        return file + ":" + line + ":" + column;
    }
}
