package io.copydesk.analysis;

import java.util.Set;

/**
 * A cheap test run before a line regex that starts with one of a few phrases: it says whether the
 * line's first word, as the regex sees it in the lower-cased line, can be one of those phrases'
 * first words. The word is read from the line as written (ASCII letters and apostrophes, folded to
 * lower case), so the line is not copied; where lower-casing could change what the regex sees (a
 * non-ASCII char ends the word) the answer is yes and the regex decides.
 */
final class FirstWord {
    private FirstWord() {}

    /**
     * False only when no phrase starting with a word of {@code words} (lower case ASCII; "editor"
     * stands for every form "editor" followed by s and apostrophes) can match at the start of
     * {@code s.toLowerCase(Locale.ROOT)} and be followed by a char other than a letter or apostrophe.
     */
    static boolean in(String s, Set<String> words) {
        int n = s.length(), end = 0;
        while (end < n) {
            char c = s.charAt(end);
            if (c >= 128) return true; // lower-casing a non-ASCII char may give ASCII letters ('\u212A' is 'k')
            if (((c | 0x20) < 'a' || (c | 0x20) > 'z') && c != '\'') break;
            end++;
        }
        if (end == 0 || end > MAX_LENGTH) return false;
        char[] w = new char[end];
        for (int i = 0; i < end; i++) w[i] = s.charAt(i) == '\'' ? '\'' : (char) (s.charAt(i) | 0x20);
        String word = new String(w);
        if (words.contains(word)) return true;
        if (words.contains("editor") && word.startsWith("editor")) {
            for (int i = 6; i < end; i++) if (w[i] != 's' && w[i] != '\'') return false;
            return true;
        }
        return false;
    }

    /** Longer than any phrase's first word ("recommended" and the forms of "editor's" are the longest). */
    private static final int MAX_LENGTH = 16;
}
