package dev.versus.text;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A text a build holds for a while: a source file, a page's body, its HTML. It is kept in
 * memory, or in a {@link Spill}, the build's file of texts, and read from there each time it is
 * asked for, so that what a build holds of a site does not grow with the length of its texts.
 * Two texts are equal when their characters are, wherever each is kept.
 *
 * <p>Serialized, a text writes its characters (as UTF-8) and reads them back into memory, or,
 * from a stream that is a {@link Spill.Reading}, into that stream's spill.
 */
public final class Text implements java.io.Serializable, Comparable<Text> {

    /** The longest text read back from a stream, in UTF-8 bytes (a stream that says more is damaged). */
    private static final int MAX_BYTES = 1 << 28;

    /** The empty text. */
    public static final Text EMPTY = new Text("");

    private transient String held;
    private transient Spill spill;
    private transient long at;
    private transient int bytes;
    private transient int length;
    private transient int hash;

    private Text(String held) {
        this.held = held;
        this.length = held.length();
        this.hash = held.hashCode();
    }

    Text(Spill spill, long at, int bytes, int length, int hash) {
        this.spill = spill;
        this.at = at;
        this.bytes = bytes;
        this.length = length;
        this.hash = hash;
    }

    /** A text kept in memory. */
    public static Text of(String s) {
        return s.isEmpty() ? EMPTY : new Text(s);
    }

    /** The characters. */
    public String get() {
        String h = held;
        return h != null ? h : spill.read(at, bytes);
    }

    /** The number of characters ({@link String#length()}). */
    public int length() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** Whether the text is kept in memory (else in a spill). */
    public boolean held() {
        return held != null;
    }

    /** Whether it holds {@code s} (as {@link String#contains}). */
    public boolean contains(String s) {
        return get().contains(s);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Text t) || t.length != length || t.hash != hash) {
            return false;
        }
        if (spill != null && spill == t.spill && at == t.at) {
            return true;
        }
        return get().equals(t.get());
    }

    /** Whether the text's characters are {@code s}'s. */
    public boolean is(String s) {
        return s != null && s.length() == length && s.hashCode() == hash && get().equals(s);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public int compareTo(Text o) {
        return get().compareTo(o.get());
    }

    /** The characters, as {@link #get()}. */
    @Override
    public String toString() {
        return get();
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        byte[] utf8 = get().getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private void readObject(ObjectInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_BYTES) {
            throw new java.io.InvalidObjectException("a text of " + n + " bytes");
        }
        byte[] utf8 = new byte[n];
        in.readFully(utf8);
        String s = new String(utf8, StandardCharsets.UTF_8);
        Text t = in instanceof Spill.Reading r ? r.spill().put(s) : of(s);
        held = t.held;
        spill = t.spill;
        at = t.at;
        bytes = t.bytes;
        length = s.length();
        hash = s.hashCode();
    }

    /** Keeps the one empty text, and a text read as it was written. */
    private Object readResolve() {
        return length == 0 ? EMPTY : this;
    }
}
