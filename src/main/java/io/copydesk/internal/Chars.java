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
     * Whether text holding code point {@code cp} may differ from its normal form: its HTML tags taken out and its
     * character references decoded, without the invisible chars that sit inside words ({@link #isInvisibleInWord}), its
     * lone carriage returns and Unicode line and paragraph separators newlines, in the composed form (Unicode NFC). An
     * ampersand or a {@code <} (which may start a reference or a tag), a carriage return, one of those invisible chars
     * or separators, a combining mark (NFC joins it to the letter before it, or reorders it among other marks), a
     * Hangul jamo (joined into syllables), a char NFC replaces by another (the Ohm sign, a CJK compatibility ideograph;
     * taken by their blocks), half of a surrogate pair (asked of a lone one, the pair is not known), or any char beyond
     * the BMP but emoji and CJK ideographs. Text without such a char is in NFC already: nearly all text, whose curly
     * quotes and dashes are answered before any look-up ({@code CharsTest} checks every code point against the JDK's
     * normalizer).
     */
    public static boolean mayNormalize(int cp) {
        if (cp < 0x300 || cp >= 0x2002 && cp <= 0x20CF || cp > 0xFFFF) return mayNormalizeAsked(cp); // answered at once there
        return CharTable.mayNormalize(CharTable.of((char) cp)); // the rest of the BMP: from the table made of the answer below
    }

    /** Whether {@code cp} is a mark: Unicode's categories Mn, Mc and Me (vowel signs, accents written apart). */
    static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** {@link #mayNormalize}, asked of the JDK's char data. */
    static boolean mayNormalizeAsked(int cp) {
        if (cp < 0x300) return cp == '&' || cp == '<' || cp == '\r' || isInvisibleInWord((char) cp);
        if (cp >= 0x2002 && cp <= 0x20CF) { // general punctuation, currency signs: quotes and dashes answered at once
            return isInvisibleInWord((char) cp) || isLineSeparator((char) cp);
        }
        if (cp > 0xFFFF) { // beyond the BMP, all but emoji and the CJK extensions (newer scripts compose vowel signs that are letters)
            return !(cp >= 0x1F000 && cp <= 0x1FBFF) && !(cp >= 0x20000 && cp <= 0x2F7FF) && !(cp >= 0x30000 && cp <= 0x3FFFF);
        }
        if (isMark(cp)) return true;
        return cp <= 0x387 // Greek tonos and ano teleia
                || (cp >= 0x900 && cp <= 0xFFF) // Indic and Tibetan letters with nukta, written as one char
                || (cp >= 0x1100 && cp <= 0x11FF) // Hangul jamo
                || (cp >= 0x1F00 && cp <= 0x1FFF) // Greek extended: the oxia forms
                || cp == 0x2000 || cp == 0x2001 || cp == 0x2126 || cp == 0x212A || cp == 0x212B || cp == 0x2329 || cp == 0x232A || cp == 0x2ADC
                || (cp >= 0xD800 && cp <= 0xDFFF)
                || (cp >= 0xF900 && cp <= 0xFB4F) // CJK compatibility ideographs, Hebrew presentation forms
                || isInvisibleInWord((char) cp);
    }

    /**
     * Whether {@code c} is a char that is not shown and sits inside words, so that a tokenizer would split a word at
     * it: the soft hyphen (a place the word may break, which sites that hyphenate insert in long words), the zero-width
     * space, the word joiner, and the zero-width no-break space (a byte order mark inside a text). Copies of a story
     * differ in them, so the readers take them out. The zero-width joiner and non-joiner, which Persian, Indic scripts
     * and emoji write with, are kept.
     */
    public static boolean isInvisibleInWord(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }

    /** Unicode's line and paragraph separators (U+2028, U+2029), which the readers make newlines. */
    public static boolean isLineSeparator(char c) {
        return c == '\u2028' || c == '\u2029';
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

    /**
     * Whether {@code c} is a Thai letter, vowel or tone mark (U+0E01-U+0E3A, U+0E40-U+0E4E): Thai is written without
     * spaces between words. Its digits and signs are not.
     */
    public static boolean isThai(char c) {
        return c >= '\u0E01' && c <= '\u0E4E' && (c <= '\u0E3A' || c >= '\u0E40');
    }

    /**
     * Whether {@code c} is in Lao, Burmese or Khmer (with their extension blocks), written without spaces between words
     * as Thai is, but which copydesk has no dictionary for: OpenNLP's cuts at their combining marks, near syllables,
     * are kept (a whole phrase a token would match less).
     */
    public static boolean isUnsegmented(char c) {
        return (c >= '\u0E80' && c <= '\u0EFF') || (c >= '\u1000' && c <= '\u109F') || (c >= '\u1780' && c <= '\u17FF')
                || (c >= '\u19E0' && c <= '\u19FF') || (c >= '\uA9E0' && c <= '\uA9FF') || (c >= '\uAA60' && c <= '\uAA7F');
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
