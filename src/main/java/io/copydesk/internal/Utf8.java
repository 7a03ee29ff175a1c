package io.copydesk.internal;

/**
 * UTF-8 read as the JDK's strict decoder reads it, without a decoder: Unicode's table of well-formed byte sequences
 * (no overlong form, no surrogate, nothing above U+10FFFF), for the JSON reader and the mojibake repair; and a char's
 * bytes, for the hash of a word kept as its range and for the order of terms.
 */
public final class Utf8 {
    private Utf8() {}

    /**
     * The length of the well-formed UTF-8 sequence of two to four bytes at {@code b[i]} (a byte at or above 0x80),
     * ending before {@code end}, or 0 where the strict decoder would fail.
     */
    public static int sequence(byte[] b, int i, int end) {
        int b0 = b[i] & 0xFF;
        if (b0 < 0xC2) return 0;
        if (b0 < 0xE0) return i + 1 < end && continuation(b[i + 1], 0x80, 0xBF) ? 2 : 0;
        if (b0 < 0xF0) {
            int lo = b0 == 0xE0 ? 0xA0 : 0x80, hi = b0 == 0xED ? 0x9F : 0xBF;
            return i + 2 < end && continuation(b[i + 1], lo, hi) && continuation(b[i + 2], 0x80, 0xBF) ? 3 : 0;
        }
        if (b0 < 0xF5) {
            int lo = b0 == 0xF0 ? 0x90 : 0x80, hi = b0 == 0xF4 ? 0x8F : 0xBF;
            return i + 3 < end && continuation(b[i + 1], lo, hi) && continuation(b[i + 2], 0x80, 0xBF)
                    && continuation(b[i + 3], 0x80, 0xBF) ? 4 : 0;
        }
        return 0;
    }

    /** The code point of the well-formed UTF-8 sequence of {@code len} (2 to 4) bytes at {@code b[i]}. */
    public static int codePoint(byte[] b, int i, int len) {
        int b0 = b[i] & 0xFF;
        if (len == 2) return (b0 & 0x1F) << 6 | b[i + 1] & 0x3F;
        if (len == 3) return (b0 & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
        return (b0 & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
    }

    /** How many bytes UTF-8 writes the 16-bit unit {@code c} in, taken on its own (a surrogate too): one to three. */
    public static int length(char c) {
        return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }

    /** Those {@link #length} bytes of {@code c}, the first in the highest of them: in unsigned order, the order of the units. */
    public static int bytes(char c) {
        if (c < 0x80) return c;
        if (c < 0x800) return (0xC0 | c >> 6) << 8 | 0x80 | c & 0x3F;
        return (0xE0 | c >> 12) << 16 | (0x80 | c >> 6 & 0x3F) << 8 | 0x80 | c & 0x3F;
    }

    private static boolean continuation(byte x, int lo, int hi) {
        int v = x & 0xFF;
        return v >= lo && v <= hi;
    }
}
