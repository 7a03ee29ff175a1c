package io.copydesk.analysis;

import java.util.Arrays;

/**
 * A cheap test run before a line regex that starts with one of a few phrases: it says whether the
 * line's first word, as the regex sees it in the lower-cased line, can be one of those phrases'
 * first words. The word is read from the line as written (ASCII letters and apostrophes, folded to
 * lower case) and packed into a long, so nothing is copied; where lower-casing could change what
 * the regex sees (a non-ASCII char ends the word) the answer is yes and the regex decides.
 */
final class FirstWord {
    /** Chars packed into a long, 5 bits each: longer than any phrase's first word. */
    private static final int MAX_LENGTH = 12;
    private static final long EDITOR = pack("editor", 0, 6);

    private final long[] words; // packed, sorted
    private final boolean editorForms;

    /**
     * First words in lower-case ASCII letters and apostrophes; "editor" stands for every form
     * "editor" followed by s and apostrophes ("editor's", "editors'").
     */
    FirstWord(String... words) {
        this.words = Arrays.stream(words).mapToLong(w -> pack(w, 0, w.length())).sorted().toArray();
        this.editorForms = Arrays.asList(words).contains("editor");
    }

    private static long pack(String s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) v = v << 5 | code(s.charAt(i));
        return v;
    }

    /** 1-26 for a letter in either case, 27 for an apostrophe. */
    private static int code(char c) {
        return c == '\'' ? 27 : (c | 0x20) - 'a' + 1;
    }

    /**
     * False only when no phrase starting with one of the words can match at the start of
     * {@code s.toLowerCase(Locale.ROOT)} and be followed by a char other than a letter or apostrophe.
     */
    boolean mayStart(String s) {
        int n = s.length(), end = 0;
        long v = 0;
        while (end < n) {
            char c = s.charAt(end);
            if (c >= 128) return true; // lower-casing a non-ASCII char may give ASCII letters ('\u212A' is 'k')
            if (((c | 0x20) < 'a' || (c | 0x20) > 'z') && c != '\'') break;
            if (++end > MAX_LENGTH) return false;
            v = v << 5 | code(c);
        }
        if (end == 0) return false;
        if (Arrays.binarySearch(words, v) >= 0) return true;
        if (!editorForms || end < 6 || pack(s, 0, 6) != EDITOR) return false;
        for (int i = 6; i < end; i++) if ((s.charAt(i) | 0x20) != 's' && s.charAt(i) != '\'') return false;
        return true;
    }
}
