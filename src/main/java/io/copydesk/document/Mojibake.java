package io.copydesk.document;

import io.copydesk.internal.Chars;
import io.copydesk.internal.Utf8;

/**
 * Repairs mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1 on its way to us
 * ({@code PresidentÃ¢â‚¬â„¢s}, {@code â€œfiscal cliffâ€}). Every run of non-ASCII characters that
 * those charsets can encode is turned back into its bytes; when the bytes are valid UTF-8 the run
 * is replaced by what they spell, again for text damaged twice. A run that is not valid UTF-8, or
 * that would spell unlikely characters, is real text ("café", "SÃO", "ß—") and left as it is.
 */
public final class Mojibake {
    /** Windows-1252 characters for bytes 0x80-0x9F; NUL where the byte is undefined (Latin-1 then). */
    private static final String CP1252_HIGH = "\u20AC\u0000\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u0000\u017D\u0000"
            + "\u0000\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u0000\u017E\u0178";
    /** First characters of a run damaged twice (the first damage's lead bytes C2, C3, C5, C6, CB, E2 read again). */
    private static final String SECOND_DAMAGE = "\u00C2\u00C3\u00C5\u00C6\u00CB\u00E2";
    /** Text damaged more often than this is left alone. */
    private static final int MAX_ROUNDS = 3;

    private Mojibake() {}

    /** The text with its mojibake repaired; the same instance when there was none. */
    public static String repair(String s) {
        if (s == null) return null;
        StringBuilder out = null;
        int n = s.length(), copied = 0, i = 0;
        while (i < n) {
            // a run starts with a UTF-8 lead byte: tested as such, not through byteOf, which looks up each char above U+00FF
            if (!Chars.isLeadByteChar(s.charAt(i))) { i++; continue; }
            int j = i;
            while (j < n && byteOf(s.charAt(j)) >= 0x80) j++;
            String fixed = decode(s, i, j);
            // text damaged twice: the first repair shows the marks of the first damage again
            for (int round = 1; fixed != null && round < MAX_ROUNDS && SECOND_DAMAGE.indexOf(fixed.charAt(0)) >= 0; round++) {
                String again = decode(fixed, 0, fixed.length());
                if (again == null) break;
                fixed = again;
            }
            if (fixed != null && plausible(fixed)) {
                if (out == null) out = new StringBuilder(n);
                out.append(s, copied, i).append(fixed);
                copied = j;
            }
            i = j;
        }
        if (out == null) return s;
        return out.append(s, copied, n).toString();
    }

    /** The byte Windows-1252 (or Latin-1) encodes {@code c} as, or -1 when it has none. */
    private static int byteOf(char c) {
        if (c < 0x80) return c;
        if (c >= 0xA0 && c <= 0xFF) return c;
        if (c <= 0x9F) return c; // undefined in Windows-1252: the Latin-1 reading of the byte
        int k = CP1252_HIGH.indexOf(c);
        return k < 0 || c == 0 ? -1 : 0x80 + k;
    }

    /** The Windows-1252 char of byte {@code b} (0x80-0x9F), or NUL where that charset leaves the byte undefined. */
    static char windows1252(int b) {
        return CP1252_HIGH.charAt(b - 0x80);
    }

    /**
     * The run {@code [from, to)} of {@code s} read back as UTF-8, or null when that is not valid UTF-8 ({@link Utf8}: as
     * the JDK's strict decoder reads it). Accented Latin text ("café", "Zürich") starts a run at every accented letter,
     * a lead byte without its continuation bytes: a decoder made and thrown out of for each was a third of reading
     * French text.
     */
    static String decode(String s, int from, int to) {
        byte[] bytes = new byte[to - from];
        for (int k = from; k < to; k++) {
            int b = byteOf(s.charAt(k));
            if (b < 0x80) return null;
            bytes[k - from] = (byte) b;
        }
        char[] out = new char[bytes.length]; // a sequence of n bytes spells at most n chars
        int chars = 0;
        for (int k = 0; k < bytes.length; ) {
            int length = Utf8.sequence(bytes, k, bytes.length);
            if (length == 0) return null;
            chars += Character.toChars(Utf8.codePoint(bytes, k, length), out, chars);
            k += length;
        }
        return new String(out, 0, chars);
    }

    private static boolean plausible(String s) {
        for (int k = 0; k < s.length(); k++) if (!plausible(s.charAt(k))) return false;
        return true;
    }

    /**
     * Characters news text is made of: Latin, Greek, Cyrillic, punctuation, currency and CJK. A run
     * that decodes to anything else ("ß—" would be U+07D7) was real text, not mojibake.
     */
    private static boolean plausible(char c) {
        return c >= 0xA0 && c < 0x250 || c >= 0x370 && c < 0x530 || c >= 0x2000 && c < 0x2150 || c >= 0x3000;
    }
}
