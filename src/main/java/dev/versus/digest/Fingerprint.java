package dev.versus.digest;

/**
 * A 128-bit content hash of a value (see {@link Fingerprints}): equal values have equal
 * fingerprints, and different values different ones but for a chance too small to matter.
 * Plain data: two numbers, the same in every run.
 */
public record Fingerprint(long high, long low) implements java.io.Serializable {

    /** The fingerprint as 32 hexadecimal digits. */
    @Override
    public String toString() {
        return String.format("%016x%016x", high, low);
    }

    /** The fingerprint that {@link #toString()} wrote. */
    public static Fingerprint parse(String hex) {
        if (hex.length() != 32) {
            throw new IllegalArgumentException("a fingerprint is 32 hexadecimal digits: " + hex);
        }
        return new Fingerprint(Long.parseUnsignedLong(hex.substring(0, 16), 16),
                Long.parseUnsignedLong(hex.substring(16), 16));
    }
}
