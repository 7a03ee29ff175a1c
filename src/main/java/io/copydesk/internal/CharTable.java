package io.copydesk.internal;

import java.text.Normalizer;

/**
 * What the reading stages ask of a char beyond ASCII, from one table look-up instead of the JDK's char data (each
 * {@link Character} test is a call through a data class under C1, which runs inputs under 1 GiB, and a word of
 * Cyrillic or accented Latin asked several for each of its chars). An entry holds the char's lower case
 * ({@link Character#toLowerCase(char)}) and its classes: the tokenizer's ({@link #kind}), letter, digit, upper and
 * lower case, letter or digit, mark, whether text holding it may not be in normal form ({@link Chars#mayNormalize}), and
 * whether a word of such chars is its own normal form but for case ({@link #isPlain}). The table's entries are made 256
 * chars at a time, on first use of each block: text in one script touches two or three.
 */
public final class CharTable {
    /** The tokenizer's classes ({@link #kind}): OpenNLP's whitespace, alphabetic, digit, anything else. */
    public static final int SPACE = 0, ALPHA = 1, DIGIT = 2, OTHER = 3;
    // an entry: the lower case in bits 0-15, the kind in 16-17, then one bit a class
    private static final int KIND = 16, LETTER = 1 << 18, NUMBER = 1 << 19, UPPER = 1 << 20, PLAIN = 1 << 21, LETTER_OR_DIGIT = 1 << 22,
            LOWER = 1 << 23, NORMALIZES = 1 << 24, MARK = 1 << 25, MADE = 1 << 26, STILL = 1 << 27, STILL_KNOWN = 1 << 28;
    private static final char TATWEEL = '\u0640';

    // every char's entry, 0 until its block is made (an entry made has MADE set), by any thread where first asked for:
    // each entry is one int, whole in itself, so a thread sees it 0 or made (two may make a block twice, the same
    // entries); one look-up a char, where a table of blocks took three dependent ones
    private static final int[] ENTRIES = new int[1 << 16];

    private CharTable() {}

    /** Char {@code c}'s entry, for the methods below. */
    public static int of(char c) {
        int e = ENTRIES[c];
        return e != 0 ? e : block(c >>> 8)[c & 0xFF];
    }

    /** {@link Character#toLowerCase(char)} of the entry's char. */
    public static char lower(int entry) {
        return (char) entry;
    }

    /** The tokenizer's class: {@link #SPACE}, {@link #ALPHA}, {@link #DIGIT} or {@link #OTHER}. */
    public static int kind(int entry) {
        return entry >>> KIND & 3;
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean isLetter(int entry) {
        return (entry & LETTER) != 0;
    }

    /** {@link Character#isDigit(char)}. */
    public static boolean isDigit(int entry) {
        return (entry & NUMBER) != 0;
    }

    /** {@link Character#isUpperCase(char)}. */
    public static boolean isUpperCase(int entry) {
        return (entry & UPPER) != 0;
    }

    /** {@link Character#isLowerCase(char)}. */
    public static boolean isLowerCase(int entry) {
        return (entry & LOWER) != 0;
    }

    /** {@link Chars#isMark}. */
    public static boolean isMark(int entry) {
        return (entry & MARK) != 0;
    }

    /**
     * Whether the mark {@code c} (an {@link #isMark} char) stays where it is and as it is in every text: its own NFD and
     * NFKC form, of canonical combining class 0 (no mark before or after it is reordered around it), and never the second
     * char of a composition (no char before it joins it). A word of {@linkplain #isPlain plain} chars and such marks is
     * then its own NFKC form (Unicode's quick check). Asked of a mark the first time, then kept in its entry; the first
     * asking finds every composition once (a few tens of milliseconds).
     */
    public static boolean isStillMark(char c) {
        int e = of(c);
        if ((e & STILL_KNOWN) == 0) {
            boolean still = (e & MARK) != 0 && still(c);
            ENTRIES[c] = e = e | STILL_KNOWN | (still ? STILL : 0); // a block made again meanwhile forgets it: asked again
        }
        return (e & STILL) != 0;
    }

    private static boolean still(char c) {
        String s = String.valueOf(c);
        if (!nfd(s).equals(s) || !Normalizer.normalize(s, Normalizer.Form.NFKC).equals(s)) return false;
        // class 0: the acute (230) is put before a mark of a class below 230 after it, after one above 230 before it,
        // and the grave below (220) before one of class 230 before it; a mark of class 0 is moved by none of them
        if (!nfd("\u0301" + s).equals("\u0301" + s) || !nfd(s + "\u0301").equals(s + "\u0301") || !nfd(s + "\u0316").equals(s + "\u0316")) {
            return false;
        }
        return !Compositions.isSecond(c);
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    /** The chars that are the second of a composition, found once: every char after the first of every composite's NFD. */
    private static final class Compositions {
        private static final long[] SECOND = new long[1 << 10];

        static {
            for (int cp = 0; cp < 0x20000; cp++) {
                if (cp >= 0xD800 && cp <= 0xDFFF) continue;
                String s = Character.toString(cp), d = nfd(s);
                if (d.equals(s) || !Normalizer.normalize(d, Normalizer.Form.NFC).equals(s)) continue; // no composite
                for (int k = Character.charCount(d.codePointAt(0)); k < d.length(); k++) {
                    char m = d.charAt(k);
                    SECOND[m >>> 6] |= 1L << m;
                }
            }
        }

        static boolean isSecond(char c) {
            return (SECOND[c >>> 6] >>> c & 1) != 0;
        }
    }

    /** {@link Chars#mayNormalize}. */
    public static boolean mayNormalize(int entry) {
        return (entry & NORMALIZES) != 0;
    }

    /** {@link Character#isLetterOrDigit(char)}, the tatweel (a letter by its class only, which stretches Arabic words) excepted. */
    public static boolean isLetterOrDigit(int entry) {
        return (entry & LETTER_OR_DIGIT) != 0;
    }

    /**
     * Whether a string of such chars, in any number and order, is its own Unicode NFKC form, and its lower case in
     * the root locale is each char's {@link #lower}: the char is a letter or digit (so no mark, quote or dash) and its own
     * NFKC form, and no Hangul jamo, which with the marks are the chars that compose with the one before them or are
     * reordered (so a string of the others is normalized: Unicode's quick check), no tatweel (which words are written
     * with only now and then), and not one of the chars whose lower case depends on its neighbours or spans two chars
     * (capital sigma, the dotted capital I). ASCII letters and digits are.
     */
    public static boolean isPlain(int entry) {
        return (entry & PLAIN) != 0;
    }

    /** Makes the entries of the block {@code high} (chars {@code high << 8} on); returns them. */
    private static int[] block(int high) {
        int[] entries = new int[256];
        for (int i = 0; i < 256; i++) entries[i] = entry((char) (high << 8 | i));
        for (int i = 0; i < 256; i++) ENTRIES[high << 8 | i] = entries[i]; // an int written at once (JLS 17.7)
        return entries;
    }

    /** Char {@code c}'s entry, from the JDK's answers. */
    static int entry(char c) {
        int e = Character.toLowerCase(c) | MADE;
        e |= kindOf(c) << KIND;
        if (Character.isLetter(c)) e |= LETTER;
        if (Character.isDigit(c)) e |= NUMBER;
        if (Character.isUpperCase(c)) e |= UPPER;
        if (Character.isLowerCase(c)) e |= LOWER;
        if (Character.isLetterOrDigit(c) && c != TATWEEL) e |= LETTER_OR_DIGIT;
        if (plain(c)) e |= PLAIN;
        if (Chars.mayNormalizeAsked(c)) e |= NORMALIZES;
        if (Chars.isMark(c)) e |= MARK;
        return e;
    }

    /** OpenNLP's classes: its whitespace test (Java's, or a space separator: the no-break spaces too) first. */
    private static int kindOf(char c) {
        if (Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR) return SPACE;
        if (Character.isAlphabetic(c)) return ALPHA;
        if (Character.isDigit(c)) return DIGIT;
        return OTHER;
    }

    private static boolean plain(char c) {
        if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        // letters and digits only: no mark (none is one), no quote or dash, no surrogate
        if (!Character.isLetterOrDigit(c) || c == TATWEEL || c == '\u03A3' || c == '\u0130') return false;
        if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0xA960 && c <= 0xA97F) || (c >= 0xD7B0 && c <= 0xD7FF)) return false; // Hangul jamo
        String s = String.valueOf(c);
        return Normalizer.normalize(s, Normalizer.Form.NFKC).equals(s);
    }
}
