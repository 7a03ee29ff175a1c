package io.copydesk.document;

import java.util.HashMap;
import java.util.Map;

/**
 * Decodes the HTML character references scraped text keeps: numeric ({@code communiqu&#233;}, {@code &#x2019;})
 * and named ({@code Sony&rsquo;s}, {@code the&nbsp;words}: HTML 4's Latin-1 letters and signs, quotes, dashes and
 * spaces). Left in, each was words of its own ({@code 233}, {@code rsquo}, {@code nbsp}) between the halves of the
 * word it stood in, and a copy that has them was not the same text as one that has the chars. A name not in the
 * table, a number that is no char, or a reference without its semicolon is left as written; the text is read once,
 * as a browser reads it ({@code &amp;rsquo;} becomes {@code &rsquo;}).
 */
final class HtmlEntities {
    private HtmlEntities() {}

    /** HTML 4's names for U+00A0 to U+00FF, in order. */
    private static final String LATIN1 = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr "
            + "deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest "
            + "Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml "
            + "ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig "
            + "agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml "
            + "eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";
    /** The other names news text uses, with their chars. */
    private static final Object[] OTHERS = {"quot", '"', "amp", '&', "apos", '\'', "lt", '<', "gt", '>', "OElig", '\u0152',
        "oelig", '\u0153', "Scaron", '\u0160', "scaron", '\u0161', "Yuml", '\u0178', "fnof", '\u0192', "circ", '\u02C6',
        "tilde", '\u02DC', "ensp", '\u2002', "emsp", '\u2003', "thinsp", '\u2009', "zwnj", '\u200C', "zwj", '\u200D',
        "lrm", '\u200E', "rlm", '\u200F', "ndash", '\u2013', "mdash", '\u2014', "lsquo", '\u2018', "rsquo", '\u2019',
        "sbquo", '\u201A', "ldquo", '\u201C', "rdquo", '\u201D', "bdquo", '\u201E', "dagger", '\u2020', "Dagger", '\u2021',
        "bull", '\u2022', "hellip", '\u2026', "permil", '\u2030', "prime", '\u2032', "Prime", '\u2033', "lsaquo", '\u2039',
        "rsaquo", '\u203A', "euro", '\u20AC', "trade", '\u2122', "larr", '\u2190', "rarr", '\u2192', "minus", '\u2212'};
    private static final Map<String, Character> NAMED = new HashMap<>();
    /** Longest name in the table. */
    private static final int LONGEST;

    static {
        String[] names = LATIN1.split(" ");
        for (int k = 0; k < names.length; k++) NAMED.put(names[k], (char) (0xA0 + k));
        for (int k = 0; k < OTHERS.length; k += 2) NAMED.put((String) OTHERS[k], (Character) OTHERS[k + 1]);
        LONGEST = NAMED.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** {@code s} with its character references decoded; the same instance when it has none ({@code &} found by one fast search). */
    static String decoded(String s) {
        if (s == null) return null;
        int amp = s.indexOf('&');
        if (amp < 0) return s;
        StringBuilder out = null;
        int copied = 0;
        for (int i = amp; i >= 0; i = s.indexOf('&', i + 1)) {
            int semi = -1, cp = -1;
            if (i + 2 < s.length() && s.charAt(i + 1) == '#') {
                boolean hex = s.charAt(i + 2) == 'x' || s.charAt(i + 2) == 'X';
                int from = hex ? i + 3 : i + 2, j = from;
                long v = 0;
                while (j < s.length() && j - from < 8 && Character.digit(s.charAt(j), hex ? 16 : 10) >= 0 && s.charAt(j) < 0x80) {
                    v = v * (hex ? 16 : 10) + Character.digit(s.charAt(j), hex ? 16 : 10);
                    j++;
                }
                if (j > from && j < s.length() && s.charAt(j) == ';') {
                    semi = j;
                    cp = numbered(v);
                }
            } else {
                int j = i + 1;
                while (j < s.length() && j - i <= LONGEST && isAsciiLetterOrDigit(s.charAt(j))) j++;
                if (j < s.length() && s.charAt(j) == ';') {
                    Character c = NAMED.get(s.substring(i + 1, j));
                    if (c != null) {
                        semi = j;
                        cp = c;
                    }
                }
            }
            if (cp < 0) continue;
            if (out == null) out = new StringBuilder(s.length());
            out.append(s, copied, i).appendCodePoint(cp);
            copied = semi + 1;
            i = semi;
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /**
     * The char a numeric reference stands for, or -1 for none (0, a surrogate, beyond U+10FFFF): as in HTML,
     * 128-159 are the Windows-1252 chars of those bytes, what pages mean by them.
     */
    private static int numbered(long v) {
        if (v <= 0 || v > Character.MAX_CODE_POINT || (v >= Character.MIN_SURROGATE && v <= Character.MAX_SURROGATE)) return -1;
        if (v >= 0x80 && v <= 0x9F) {
            char c = Mojibake.windows1252((int) v);
            return c == 0 ? (int) v : c;
        }
        return (int) v;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
