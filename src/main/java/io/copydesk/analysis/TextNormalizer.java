package io.copydesk.analysis;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalizes a token: NFKC, typographic quotes and dashes to ASCII, lower case (root locale).
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
        for (int i = 0; i < s.length(); i++) sb.append(unify(s.charAt(i)));
        return sb.toString().toLowerCase(Locale.ROOT);
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

    /** True when the token holds at least one letter or digit. */
    public static boolean isWord(CharSequence token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) return true;
        }
        return false;
    }
}
