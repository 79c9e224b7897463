package dev.versus.source;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Position;
import dev.versus.text.Spill;
import dev.versus.text.Text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The text of one site file, with its path relative to the site root ('/' separators). A
 * leading byte-order mark is dropped and CRLF / CR line ends become LF, so positions are the
 * same whatever editor saved the file.
 */
public final class SourceFile implements java.io.Serializable {

    private final String path;
    private final Text text;
    private final Diagnostic encodingError;
    private int[] lineStarts;

    private SourceFile(String path, String text) {
        this(path, Text.of(text), null);
    }

    private SourceFile(String path, String text, Diagnostic encodingError) {
        this(path, Text.of(text), encodingError);
    }

    private SourceFile(String path, Text text, Diagnostic encodingError) {
        this.path = path;
        this.text = text;
        this.encodingError = encodingError;
    }

    /** This file with its text kept in {@code spill} (read from there whenever it is asked for). */
    public SourceFile in(Spill spill) {
        Text t = spill.keep(text);
        return t == text ? this : new SourceFile(path, t, encodingError);
    }

    /** A file from text already in memory (tests, generated sources). */
    public static SourceFile of(String path, String text) {
        return new SourceFile(path, normalise(text));
    }

    /**
     * Decodes bytes as strict UTF-8.
     *
     * @return the file, or a diagnostic naming the line of the first invalid byte
     */
    public static Result decode(String path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Result(of(path, decoder.decode(ByteBuffer.wrap(bytes)).toString()), null);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int lineEnd = lineStart;
            while (lineEnd < bytes.length && bytes[lineEnd] != '\n') {
                lineEnd++;
            }
            // Show the line as far as it can be read, with U+FFFD for the bytes that cannot.
            String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
            String shown = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
            if (shown.endsWith("\r")) {
                shown = shown.substring(0, shown.length() - 1);
            }
            if (line == 1 && !before.isEmpty() && before.charAt(0) == '\uFEFF') {
                before = before.substring(1);
                shown = shown.substring(1);
            }
            int column = before.length() + 1;
            return new Result(null, Diagnostic.error(Position.at(path, line, column),
                    String.format("file is not valid UTF-8 (byte 0x%02X at offset %d)", bytes[bad] & 0xff, bad))
                    .withSourceLine(shown)
                    .withHint("save the file with UTF-8 encoding; other encodings such as Latin-1 are not read"));
        }
    }

    /** Either a decoded file or the diagnostic that says why it could not be decoded. */
    public record Result(SourceFile file, Diagnostic error) implements java.io.Serializable {
    }

    /**
     * A file that is not valid UTF-8, read with U+FFFD for the bytes that are not, and carrying
     * {@code error}, the diagnostic {@link #decode} gave: for a file whose reader decides later
     * whether the text matters (an HTML file without a header is no page, whatever its encoding).
     */
    public static SourceFile undecodable(String path, byte[] bytes, Diagnostic error) {
        return new SourceFile(path, normalise(new String(bytes, StandardCharsets.UTF_8)), error);
    }

    /** Why the file's bytes are not valid UTF-8, for a file read by {@link #undecodable}. */
    public Optional<Diagnostic> encodingError() {
        return Optional.ofNullable(encodingError);
    }

    private static int firstInvalidUtf8(byte[] b) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), b.length - 1);
    }

    private static String normalise(String s) {
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        return s;
    }

    public String path() {
        return path;
    }

    public String text() {
        return text.get();
    }

    /** The text, where it is kept. */
    public Text kept() {
        return text;
    }

    /** The text of a 1-based line, without its line end; empty when out of range. */
    public String line(int line) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length) {
            return "";
        }
        int start = starts[line - 1];
        String text = this.text.get();
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The 1-based line that holds character offset {@code offset}. */
    public int lineOf(int offset) {
        int[] starts = lineStarts();
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** A position for a character offset in this file. */
    public Position positionOf(int offset, int length) {
        int line = lineOf(offset);
        return new Position(path, line, offset - lineStarts()[line - 1] + 1, length);
    }

    /** A diagnostic with this file's line quoted under it. */
    public Diagnostic quote(Diagnostic d) {
        if (d.position().line() <= 0 || !d.position().file().equals(path)) {
            return d;
        }
        return d.withSourceLine(line(d.position().line()));
    }

    public Optional<String> firstLine() {
        String text = this.text.get();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        // line(1) without finding where every other line starts: most files need only this one
        int end = text.indexOf('\n');
        return Optional.of(end < 0 ? text : text.substring(0, end));
    }

    private int[] lineStarts() {
        int[] s = lineStarts;
        if (s == null) {
            String text = this.text.get();
            int lines = 1;
            for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
                lines++;
            }
            s = new int[lines];
            int line = 1;
            for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
                s[line++] = at + 1;
            }
            lineStarts = s;
        }
        return s;
    }
}
