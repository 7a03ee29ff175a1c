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

    /** False only when {@code s.toLowerCase(Locale.ROOT)} starts with none of the openings. */
    boolean mayStart(String s) {
        char c = s.charAt(0);
        if (c >= 128) return true;
        String[] openings = byFirstChar[c < 'A' || c > 'Z' ? c : c | 0x20];
        if (openings == null) return false;
        for (String w : openings) {
            int k = 0, m = Math.min(w.length(), s.length());
            while (k < m && s.charAt(k) < 128 && (s.charAt(k) == w.charAt(k) || (s.charAt(k) | 0x20) == w.charAt(k) && isLetter(w.charAt(k)))) k++;
            if (k == w.length() || (k < m && s.charAt(k) >= 128)) return true;
        }
        return false;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
