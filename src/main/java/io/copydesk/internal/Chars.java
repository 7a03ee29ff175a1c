package io.copydesk.internal;

/**
 * Tests of the chars of scraped text. {@link #isWhitespace} is {@link Character}'s answer, ASCII
 * without its table look-up: C1, which runs inputs under 1 GiB, compiles {@link
 * Character#isWhitespace(char)} as calls through the char's data class, asked several times for
 * every line by the page rules.
 */
public final class Chars {
    private Chars() {}

    /** {@link Character#isWhitespace(char)}. */
    public static boolean isWhitespace(char c) {
        if (c >= 128) return Character.isWhitespace(c);
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }

    /**
     * Whether {@code c} is what a UTF-8 lead byte becomes when the bytes are read as Latin-1 or
     * Windows-1252: U+00C2-U+00FF (the Windows-1252 chars above U+00FF stand for bytes 0x80-0x9F).
     * Every run of mojibake starts with one: the JSON parsers note whether a record holds one, and
     * the repair looks only where one is, so both must ask this one test.
     */
    public static boolean isLeadByteChar(int c) {
        return c >= 0xC2 && c <= 0xFF;
    }

    /**
     * Whether {@code c} is a Chinese or Japanese letter, which those languages write without spaces between words:
     * Han, hiragana or katakana, with the marks that live inside their words (the long-vowel mark, the repetition
     * mark). Korean, written with spaces, is not. Chars up to U+9FFF (kana and the unified ideographs, nearly every
     * char of such text) are answered from a table made by the same test: its script look-up is a binary search.
     */
    public static boolean isIdeographic(char c) {
        if (c < '\u3005') return false; // below the CJK symbols block: the common case, decided at once
        if (c <= TABLE_END) return (IDEOGRAPHIC[(c - TABLE_START) >>> 6] >>> (c - TABLE_START) & 1) != 0;
        return ideographic(c);
    }

    private static final char TABLE_START = '\u3000', TABLE_END = '\u9FFF';
    private static final long[] IDEOGRAPHIC = new long[(TABLE_END - TABLE_START + 64) / 64];

    static {
        for (char c = TABLE_START; c <= TABLE_END; c++) if (ideographic(c)) IDEOGRAPHIC[(c - TABLE_START) >>> 6] |= 1L << (c - TABLE_START);
    }

    private static boolean ideographic(char c) {
        if (c < '\u3005') return false;
        if (c == '\u3006' || c == '\u30FC' || c == '\uFF70' || c == '\uFF9E' || c == '\uFF9F') return true;
        if (!Character.isAlphabetic(c)) return false;
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }
}
