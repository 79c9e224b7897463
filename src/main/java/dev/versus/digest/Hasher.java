package dev.versus.digest;

/**
 * Makes a {@link Fingerprint} from a sequence of numbers and strings: two 64-bit lanes mixed
 * as MurmurHash3 mixes them, one word at a time. Not for secrets; for telling values apart.
 * Used by one thread.
 */
public final class Hasher {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private long h1 = 0x9368e53c2f6af274L;
    private long h2 = 0x586dcd208f7cd3fdL;
    private long words;

    /** Adds a number. */
    public Hasher add(long k) {
        words++;
        long k1 = Long.rotateLeft(k * C1, 31) * C2;
        h1 ^= k1;
        h1 = Long.rotateLeft(h1, 27) + h2;
        h1 = h1 * 5 + 0x52dce729;
        long k2 = Long.rotateLeft(k * C2, 33) * C1;
        h2 ^= k2;
        h2 = Long.rotateLeft(h2, 31) + h1;
        h2 = h2 * 5 + 0x38495ab5;
        return this;
    }

    /** Adds a string: its length, then its characters four to a word. */
    public Hasher add(String s) {
        int n = s.length();
        add(n);
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            add((long) s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
                    | (long) s.charAt(i + 3) << 48);
        }
        if (i < n) {
            long k = 0;
            for (int shift = 0; i < n; i++, shift += 16) {
                k |= (long) s.charAt(i) << shift;
            }
            add(k);
        }
        return this;
    }

    /** Adds a fingerprint made before. */
    public Hasher add(Fingerprint f) {
        return add(f.high()).add(f.low());
    }

    /** The fingerprint of everything added. */
    public Fingerprint finish() {
        long a = h1 ^ words;
        long b = h2 ^ words;
        a += b;
        b += a;
        a = fmix(a);
        b = fmix(b);
        a += b;
        b += a;
        return new Fingerprint(a, b);
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb93fe53a87cdL;
        k ^= k >>> 33;
        return k;
    }
}
