package io.copydesk.hash;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Stable, seeded 64-bit hashing of text and of hash sequences. The values are part of copydesk's
 * persisted formats (signatures, index), so they never change between versions or machines; a
 * known-answer test pins them.
 *
 * <p>Text is hashed over its UTF-8 bytes, eight bytes at a time with an xxHash64-style
 * multiply-rotate round, finished with the MurmurHash3 64-bit finalizer. (The structure follows
 * those published designs; the values are copydesk's own, not xxHash64-compatible.)
 */
public final class Hash64 {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    static final long P1 = 0x9E3779B185EBCA87L;
    static final long P2 = 0xC2B2AE3D27D4EB4FL;
    static final long P3 = 0x165667B19E3779F9L;

    private Hash64() {}

    /**
     * MurmurHash3's fmix64: a bijective avalanche of all 64 bits. Written in 29 bytecodes: C1, which
     * runs inputs under 1 GiB, inlines a method two calls deep only when it is this small (35 was not).
     */
    public static long mix(long h) {
        h = (h ^ h >>> 33) * 0xFF51AFD7ED558CCDL;
        h = (h ^ h >>> 33) * 0xC4CEB9FE1A85EC53L;
        return h ^ h >>> 33;
    }

    /** Mixes a value with a seed (distinct seeds give independent-looking functions). */
    public static long mix(long value, long seed) {
        return mix(value ^ seedMix(seed));
    }

    /**
     * The seed's part of {@link #mix(long, long)}: {@code mix(value, seed) == mix(value ^ seedMix(seed))},
     * for a caller that mixes many values with one seed (C1, which runs small inputs, does not
     * hoist it out of a loop).
     */
    public static long seedMix(long seed) {
        return mix(seed + P3);
    }

    // one expression: 30 bytecodes, which C1 (small inputs run on its code only) inlines; it inlines none of 35 or more
    private static long round(long h, long word) {
        return Long.rotateLeft(h ^ Long.rotateLeft(word * P2, 31) * P1, 27) * P1 + P3;
    }

    /** Hashes bytes; equals {@link #hash(CharSequence, long)} of the text they encode in UTF-8. */
    public static long hash(byte[] bytes, long seed) {
        return hash(bytes, 0, bytes.length, seed);
    }

    /** {@link #hash(byte[], long)} of {@code bytes[from, to)}: eight bytes a round, read at once. */
    public static long hash(byte[] bytes, int from, int to, long seed) {
        long h = seed + P3;
        int i = from;
        for (; i + 8 <= to; i += 8) h = round(h, (long) LONGS.get(bytes, i));
        if (i < to) {
            long word = 0;
            for (int k = 0; i + k < to; k++) word |= (bytes[i + k] & 0xFFL) << (k << 3);
            h = round(h, word);
        }
        return mix(h ^ (to - from));
    }

    /** Hashes the UTF-8 bytes of {@code s} (unpaired surrogates count as '?'). */
    public static long hash(CharSequence s, long seed) {
        return hash(s, 0, s.length(), seed);
    }

    /**
     * Equals {@code hash(s.substring(from, to).toLowerCase(Locale.ROOT), seed)} when the range is
     * ASCII (the caller's promise), without building either string: eight chars per round.
     */
    public static long hashLowerAscii(String s, int from, int to, long seed) {
        long h = seed + P3;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = 0;
            for (int k = 0; k < 8; k++) word |= (long) lowerAscii(s.charAt(i + k)) << (k << 3);
            h = round(h, word);
        }
        if (i < to) {
            long word = 0;
            for (int k = 0; i + k < to; k++) word |= (long) lowerAscii(s.charAt(i + k)) << (k << 3);
            h = round(h, word);
        }
        return mix(h ^ (to - from));
    }

    /**
     * Equals {@link #hashLowerAscii(String, int, int, long)} of the text whose chars are the bytes
     * {@code b[from, to)} (ASCII: the caller's promise): eight bytes read and lower-cased at once.
     * A word that would end past the array is read byte by byte.
     */
    public static long hashLowerAscii(byte[] b, int from, int to, long seed) {
        long h = seed + P3;
        int i = from;
        for (; i + 8 <= to; i += 8) h = round(h, lowerAscii((long) LONGS.get(b, i)));
        int rest = to - i;
        if (rest > 0) {
            long word;
            if (i + 8 <= b.length) {
                word = (long) LONGS.get(b, i) & (-1L >>> (64 - (rest << 3))); // the bytes past to masked off
            } else {
                word = 0;
                for (int k = 0; k < rest; k++) word |= (b[i + k] & 0xFFL) << (k << 3);
            }
            h = round(h, lowerAscii(word));
        }
        return mix(h ^ (to - from));
    }

    /**
     * Equals {@link #hashLowerAscii(byte[], int, int, long)} of a word of {@code len} ASCII chars,
     * 1 to 8, given as its bytes {@code word} (the first char in the lowest byte, the bytes past
     * {@code len} zero), as a tokenizer read them: one round.
     */
    public static long hashLowerAsciiWord(long word, int len, long seed) {
        return mix(round(seed + P3, lowerAscii(word)) ^ len);
    }

    /**
     * Eight ASCII bytes lower-cased at once: a byte's high bit is set by adding 0x3F when it is at
     * least 'A', and by adding 0x25 when it is above 'Z' (no carry crosses a byte below 0x80);
     * where only the first holds, 0x80 shifted to 0x20 is the case bit.
     */
    private static long lowerAscii(long word) {
        long caseBits = word + 0x3F3F3F3F3F3F3F3FL & ~(word + 0x2525252525252525L); // at least 'A' and not above 'Z'
        return word | (caseBits & 0x8080808080808080L) >>> 2; // an operand stack of 6 (8 before): C1 inlines it
    }

    private static int lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    /** Hashes the UTF-8 bytes of {@code s[from, to)}. */
    public static long hash(CharSequence s, int from, int to, long seed) {
        long h = seed + P3;
        long word = 0;
        int filled = 0; // bytes in word
        long total = 0;
        for (int i = from; i < to; i++) {
            int c = s.charAt(i);
            if (c < 0x80) {
                word |= (long) c << (filled << 3);
                if (++filled == 8) { h = round(h, word); word = 0; filled = 0; }
                total++;
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate((char) c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint((char) c, s.charAt(++i));
            } else if (Character.isSurrogate((char) c)) {
                cp = '?';
            }
            int n;
            int b0, b1 = 0, b2 = 0, b3 = 0;
            if (cp < 0x80) { n = 1; b0 = cp; }
            else if (cp < 0x800) { n = 2; b0 = 0xC0 | (cp >> 6); b1 = 0x80 | (cp & 0x3F); }
            else if (cp < 0x10000) { n = 3; b0 = 0xE0 | (cp >> 12); b1 = 0x80 | ((cp >> 6) & 0x3F); b2 = 0x80 | (cp & 0x3F); }
            else { n = 4; b0 = 0xF0 | (cp >> 18); b1 = 0x80 | ((cp >> 12) & 0x3F); b2 = 0x80 | ((cp >> 6) & 0x3F); b3 = 0x80 | (cp & 0x3F); }
            int packed = b0 | (b1 << 8) | (b2 << 16) | (b3 << 24);
            for (int k = 0; k < n; k++) {
                word |= (long) ((packed >>> (k << 3)) & 0xFF) << (filled << 3);
                if (++filled == 8) { h = round(h, word); word = 0; filled = 0; }
            }
            total += n;
        }
        if (filled > 0) h = round(h, word);
        return mix(h ^ total);
    }
}
