package io.copydesk.analysis;

import io.copydesk.internal.CharTable;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A cheap test run before a regex anchored at the start of the lower-cased line: whether the line
 * can start with one of the regex's literal openings ("read more", "by ", "(c) "); also whether it
 * surely starts with one ({@link #startsWith}) and whether one may be anywhere in it ({@link
 * #mayContain}, for a regex that searches). The line is compared as written, ASCII letters
 * case-blind, so nothing is copied; where lower-casing could change what the regex sees (a
 * non-ASCII char is reached) the answer is yes and the regex decides.
 */
final class LineStarts {
    private final String[][] byFirstChar = new String[128][]; // the openings, by their first char
    // by first char, the second chars of its openings, a bit each (ASCII letters folded to lower case): bits 0-63, 64-127
    private final long[] secondLow = new long[128], secondHigh = new long[128];

    // the openings' first four chars, each folded to lower case and packed in an int (first char highest), at most one in a
    // slot of this table (its size chosen so), for {@link #mayContain(String, byte[], int, int)}; null: an opening is shorter
    private final int[] grams;
    private final int gramShift;
    private final String marks; // the openings that are one char beyond ASCII
    // allOf's: the first chars of the openings beyond ASCII, lower-cased (null: a char beyond ASCII may start any)
    private final String beyond;

    /**
     * Openings in lower-case ASCII; together every match of the regex starts with one of them. An
     * opening may also be a single char beyond ASCII ("\u00A9"), which {@link #mayContain(String,
     * byte[], int, int)} looks for as such (the other tests say yes at any char beyond ASCII).
     */
    LineStarts(String... openings) {
        this(null, openings);
    }

    /**
     * Openings that are all of a regex's: the {@code openings} and the {@code |}-joined phrases {@code alternatives}
     * (the regex's own, or "") that start beyond ASCII (Cyrillic, Chinese ones). {@link #mayStart} then says yes to
     * a line starting with a char beyond ASCII only where that char, lower-cased, starts one of those (or lower-cases
     * to ASCII), not to every such line (every line of Cyrillic or Greek text).
     */
    static LineStarts allOf(String alternatives, String... openings) {
        String[] all = Stream.concat(Arrays.stream(openings), Arrays.stream(alternatives.split("\\|")).filter(w -> !w.isEmpty()))
                .toArray(String[]::new);
        String beyond = Arrays.stream(all).filter(w -> w.charAt(0) >= 128).map(w -> w.substring(0, 1)).collect(Collectors.joining());
        return new LineStarts(beyond, Arrays.stream(all).filter(w -> w.charAt(0) < 128 || w.length() == 1).toArray(String[]::new));
    }

    private LineStarts(String beyond, String... openings) {
        this.beyond = beyond;
        marks = Arrays.stream(openings).filter(w -> w.charAt(0) >= 128).collect(Collectors.joining());
        openings = Arrays.stream(openings).filter(w -> w.charAt(0) < 128).toArray(String[]::new);
        int[] table = null;
        int shift = 0;
        if (Arrays.stream(openings).allMatch(w -> w.length() >= 4)) {
            for (shift = 27; table == null; shift--) table = gramTable(openings, shift);
            shift++;
        }
        grams = table;
        gramShift = shift;
        for (String w : openings) {
            String[] old = byFirstChar[w.charAt(0)];
            String[] now = old == null ? new String[1] : Arrays.copyOf(old, old.length + 1);
            now[now.length - 1] = w;
            byFirstChar[w.charAt(0)] = now;
            if (w.length() == 1) { // any char may follow
                secondLow[w.charAt(0)] = secondHigh[w.charAt(0)] = -1L;
            } else if (w.charAt(1) < 64) {
                secondLow[w.charAt(0)] |= 1L << w.charAt(1);
            } else {
                secondHigh[w.charAt(0)] |= 1L << w.charAt(1); // shifts count mod 64
            }
        }
    }

    /**
     * False only when {@code s.substring(from, to).toLowerCase(Locale.ROOT)} starts with none of the
     * openings; the line is read in place (most lines a rule asks about are not copied at all).
     */
    boolean mayStart(String s, int from, int to) {
        char c = s.charAt(from);
        if (c >= 128) return beyond == null || LOWER_TO_ASCII.indexOf(c) >= 0 || beyond.indexOf(CharTable.lower(CharTable.of(c))) >= 0;
        String[] openings = byFirstChar[c < 'A' || c > 'Z' ? c : c | 0x20];
        if (openings == null) return false;
        for (String w : openings) {
            int k = matched(s, from, to, w);
            if (k == w.length() || (k < to - from && s.charAt(from + k) >= 128)) return true;
        }
        return false;
    }

    /**
     * True only when {@code s.substring(from, to).toLowerCase(Locale.ROOT)} starts with one of the
     * openings: its first chars are ASCII and equal to one, ASCII letters case-blind (for a regex
     * of which such an opening is a whole alternative, the answer is the regex's).
     */
    boolean startsWith(String s, int from, int to) {
        char c = s.charAt(from);
        if (c >= 128) return false;
        String[] openings = byFirstChar[c < 'A' || c > 'Z' ? c : c | 0x20];
        if (openings == null) return false;
        for (String w : openings) {
            if (matched(s, from, to, w) == w.length()) return true;
        }
        return false;
    }

    /**
     * False only when {@code s.substring(from, to).toLowerCase(Locale.ROOT)} contains none of the
     * openings: {@link #mayStart} at every char, the line read once in place instead of lower-cased
     * and searched for each opening.
     */
    boolean mayContain(String s, int from, int to) {
        for (int p = from; p < to; p++) {
            char c = s.charAt(p);
            if (c >= 128) return true;
            int first = c < 'A' || c > 'Z' ? c : c | 0x20;
            if (byFirstChar[first] == null) continue;
            if (p + 1 < to) { // most chars that start an opening are not followed by one of its second chars: no call for them
                char d = s.charAt(p + 1);
                int second = d < 'A' || d > 'Z' ? d : d | 0x20;
                if (d < 128 && ((second < 64 ? secondLow[first] : secondHigh[first]) & 1L << second) == 0) continue;
            }
            if (mayStart(s, p, to)) return true;
        }
        return false;
    }

    /**
     * As {@link #mayContain(String, int, int)}, false only when the lower-cased line {@code s[from, to)}
     * holds none of the openings, but yes at a char beyond ASCII only if it is an opening or lower-cases
     * to ASCII ({@link #LOWER_TO_ASCII}): any other lower-cases to chars beyond ASCII, which no ASCII
     * opening holds, so it only ends the ASCII runs around it, where openings are looked for (a line
     * of news with curly quotes or dashes is not always tried). {@code b} are the text's {@link
     * PageLine#latin1} bytes, or null (then its chars are read). Where every ASCII opening has four
     * chars or more, each four chars of the line are looked up at once (folded and packed in an int,
     * as the openings' first four are): common pairs of letters that start an opening ("ne", "ph")
     * are not tried one by one.
     */
    boolean mayContain(String s, byte[] b, int from, int to) {
        if (grams == null) return mayContain(s, from, to);
        int gram = 0;
        for (int p = from; p < to; p++) {
            int c = b != null ? b[p] : s.charAt(p); // without the bytes (text mostly beyond Latin-1), the chars
            if (c < 0 || c == '?' || c >= 128) { // a char beyond ASCII (a byte with the high bit set, or a '?' standing for a char beyond Latin-1)
                char ch = s.charAt(p);
                if (ch >= 128) {
                    if (marks.indexOf(ch) >= 0 || LOWER_TO_ASCII.indexOf(ch) >= 0) return true;
                    gram = gram << 8 | 0xFF; // in no opening: the four chars with it match none
                    continue;
                }
            }
            gram = gram << 8 | (c >= 'A' && c <= 'Z' ? c | 0x20 : c);
            // the four chars from p - 3: a candidate only where they are an opening's first four (then it is compared whole:
            // a char beyond ASCII after them cannot complete it)
            if (p - 3 >= from && grams[gram * GOLDEN >>> gramShift] == gram && startsWith(s, p - 3, to)) return true;
        }
        return false;
    }

    private static final int GOLDEN = 0x9E3779B9;

    /**
     * The chars beyond ASCII whose lower case ({@code String.toLowerCase(Locale.ROOT)}) holds an
     * ASCII char: '\u0130' ("i\u0307") and the Kelvin sign ('k'). No other char of the 1,114,112 does.
     */
    static final String LOWER_TO_ASCII = "\u0130\u212A";

    /** A table of {@code 1 << (32 - shift)} slots holding each opening's first four chars in its own slot, or null if two share one. */
    private static int[] gramTable(String[] openings, int shift) {
        int[] table = new int[1 << (32 - shift)];
        for (String w : openings) {
            int gram = w.charAt(0) << 24 | w.charAt(1) << 16 | w.charAt(2) << 8 | w.charAt(3);
            int slot = gram * GOLDEN >>> shift;
            if (table[slot] != 0 && table[slot] != gram) return null;
            table[slot] = gram;
        }
        return table;
    }

    /** How many chars of opening {@code w} {@code s[from, to)} starts with: ASCII chars, letters case-blind. */
    private static int matched(String s, int from, int to, String w) {
        int k = 0, m = Math.min(w.length(), to - from);
        while (k < m && s.charAt(from + k) < 128 && (s.charAt(from + k) == w.charAt(k) || (s.charAt(from + k) | 0x20) == w.charAt(k) && isLetter(w.charAt(k)))) k++;
        return k;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
