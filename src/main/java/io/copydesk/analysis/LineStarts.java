package io.copydesk.analysis;

import java.util.Arrays;

/**
 * A cheap test run before a regex anchored at the start of the lower-cased line: whether the line
 * can start with one of the regex's literal openings ("read more", "by ", "(c) "). The line is
 * compared as written, ASCII letters case-blind, so nothing is copied; where lower-casing could
 * change what the regex sees (a non-ASCII char is reached) the answer is yes and the regex decides.
 */
final class LineStarts {
    private final String[][] byFirstChar = new String[128][]; // the openings, by their first char

    /** Openings in lower-case ASCII; together every match of the regex starts with one of them. */
    LineStarts(String... openings) {
        for (String w : openings) {
            String[] old = byFirstChar[w.charAt(0)];
            String[] now = old == null ? new String[1] : Arrays.copyOf(old, old.length + 1);
            now[now.length - 1] = w;
            byFirstChar[w.charAt(0)] = now;
        }
    }

    /**
     * False only when {@code s.substring(from, to).toLowerCase(Locale.ROOT)} starts with none of the
     * openings; the line is read in place (most lines a rule asks about are not copied at all).
     */
    boolean mayStart(String s, int from, int to) {
        char c = s.charAt(from);
        if (c >= 128) return true;
        String[] openings = byFirstChar[c < 'A' || c > 'Z' ? c : c | 0x20];
        if (openings == null) return false;
        for (String w : openings) {
            int k = 0, m = Math.min(w.length(), to - from);
            while (k < m && s.charAt(from + k) < 128 && (s.charAt(from + k) == w.charAt(k) || (s.charAt(from + k) | 0x20) == w.charAt(k) && isLetter(w.charAt(k)))) k++;
            if (k == w.length() || (k < m && s.charAt(from + k) >= 128)) return true;
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
            if (w.length() > to - from) continue;
            int k = 0;
            while (k < w.length() && s.charAt(from + k) < 128 && (s.charAt(from + k) == w.charAt(k) || (s.charAt(from + k) | 0x20) == w.charAt(k) && isLetter(w.charAt(k)))) k++;
            if (k == w.length()) return true;
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
            if (c >= 128 || byFirstChar[c < 'A' || c > 'Z' ? c : c | 0x20] != null && mayStart(s, p, to)) return true;
        }
        return false;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
