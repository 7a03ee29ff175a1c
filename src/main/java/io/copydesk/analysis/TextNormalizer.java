package io.copydesk.analysis;

import io.copydesk.internal.CharTable;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalizes a token: NFKC, typographic quotes and dashes to ASCII, lower case (root locale), and without the
 * marks Arabic and Hebrew write only now and then ({@link #isOptionalMark}: vowel signs, the shadda, the tatweel
 * that stretches a word in a headline), so that a word is one term however fully an outlet wrote it.
 * ASCII input, the common case, skips the Unicode work.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    public static String normalize(String token) {
        boolean ascii = true;
        boolean upper = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= 0x80) { ascii = false; break; }
            if (c >= 'A' && c <= 'Z') upper = true;
        }
        if (ascii) return upper ? token.toLowerCase(Locale.ROOT) : token;
        String s = Normalizer.isNormalized(token, Normalizer.Form.NFKC) ? token : Normalizer.normalize(token, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isOptionalMark(c)) sb.append(unify(c));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The normalized form of {@code text[from, to)} when it is a word (holds a letter or digit),
     * else null. One pass and one allocation for the common ASCII token.
     */
    public static String word(String text, int from, int to) {
        boolean ascii = true, upper = false, word = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) { ascii = false; break; }
            if (c >= 'A' && c <= 'Z') { upper = true; word = true; }
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) word = true;
        }
        if (!ascii) return beyondAscii(text, from, to);
        if (!word) return null;
        if (!upper) return text.substring(from, to);
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            out[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(out);
    }

    /**
     * {@link #word} of a range with a char beyond ASCII: where that is each char's lower case ({@link #isPlainWord}:
     * Cyrillic, Greek, Arabic, Hebrew words, accented Latin ones), built at once; else the token normalized
     * ({@link #normalize}), which gives the same for those.
     */
    private static String beyondAscii(String text, int from, int to) {
        return isPlainWord(text, from, to) ? lowerByChar(text, from, to) : normalizedWord(text, from, to);
    }

    /** {@link #word} of a range that is no {@linkplain #isPlainWord plain word}: the token {@linkplain #normalize normalized}, if a word. */
    static String normalizedWord(String text, int from, int to) {
        String token = text.substring(from, to);
        return isWord(token) ? normalize(token) : null;
    }

    /** Each char of {@code text[from, to)} lower-cased ({@link CharTable#lower}): the {@link #word} of a plain word. */
    static String lowerByChar(String text, int from, int to) {
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) out[i - from] = CharTable.lower(CharTable.of(text.charAt(i)));
        return new String(out);
    }

    /**
     * Whether {@code text[from, to)} is a word whose {@link #word} is each char's lower case ({@link CharTable#lower}): a
     * word of {@linkplain CharTable#isPlain plain} chars, or of plain chars and marks (the vowel signs of Indic
     * scripts, Thai's) that is its own NFKC form: so it is where every mark {@linkplain CharTable#isStillMark stays as
     * it is}, else the JDK's normalizer tells (a mark may compose with the char before it, or be reordered among marks);
     * the marks Arabic and Hebrew write only now and then are not among them.
     */
    public static boolean isPlainWord(String text, int from, int to) {
        boolean word = false, moving = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int e = CharTable.of(c);
            if (CharTable.isPlain(e)) {
                word |= CharTable.isLetterOrDigit(e);
            } else if (CharTable.isMark(e) && !isOptionalMark(c)) {
                moving |= !CharTable.isStillMark(c); // a mark's lower case is itself
            } else {
                return false;
            }
        }
        return word && (!moving || Normalizer.isNormalized(text.substring(from, to), Normalizer.Form.NFKC));
    }

    /** Maps quote and dash variants to their ASCII forms. */
    static char unify(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\u0060' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
        };
    }

    /** True when the token holds at least one letter or digit (the tatweel, a letter only by its class, is none). */
    public static boolean isWord(CharSequence token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetterOrDigit(c) && c != TATWEEL) return true;
        }
        return false;
    }

    private static final char TATWEEL = '\u0640';

    /**
     * Whether {@code c} is a mark Hebrew or Arabic text writes only now and then: a non-spacing mark of those
     * blocks (vowel points and cantillation, harakat, shadda, sukun, Quranic annotation) or the tatweel. Search
     * engines leave them out of those languages' terms the same way; the letters, and the punctuation of the
     * blocks, stay.
     */
    static boolean isOptionalMark(char c) {
        return c >= '\u0591' && c <= '\u06FF' && (c == TATWEEL || Character.getType(c) == Character.NON_SPACING_MARK);
    }
}
