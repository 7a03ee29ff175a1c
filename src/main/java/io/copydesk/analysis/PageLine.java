package io.copydesk.analysis;

import io.copydesk.hash.Hash64;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of a scraped page with the facts boilerplate rules look at: its offsets, a key that
 * ignores case, digits, punctuation and spacing (so "Published: 12 March" and "Published: 3 May"
 * differ only in the month), and its word count.
 */
record PageLine(int start, int end, long key, int words, String original, String lower) {
    private static final long KEY_SEED = 0x6C696E65L; // "line"

    /**
     * Splits {@code text} into its non-blank logical lines (trimmed offsets). Hard-wrapped prose is
     * joined back: a line that does not end a sentence continues when the next one starts in lower case.
     */
    static List<PageLine> split(String text) {
        List<PageLine> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int open = -1, openEnd = -1; // a logical line being extended
        while (i < n) {
            int end = text.indexOf('\n', i);
            if (end < 0) end = n;
            int s = i, e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e == s) { // a blank line ends a paragraph
                if (open >= 0) out.add(of(text, open, openEnd));
                open = -1;
            } else if (open >= 0 && continues(text, openEnd, s)) {
                openEnd = e;
            } else {
                if (open >= 0) out.add(of(text, open, openEnd));
                open = s;
                openEnd = e;
            }
            i = end + 1;
        }
        if (open >= 0) out.add(of(text, open, openEnd));
        return out;
    }

    private static boolean continues(String text, int prevEnd, int nextStart) {
        char last = text.charAt(prevEnd - 1);
        if (last == '.' || last == '!' || last == '?' || last == ':') return false;
        return Character.isLowerCase(text.charAt(nextStart));
    }

    static PageLine of(String text, int start, int end) {
        StringBuilder letters = new StringBuilder(end - start);
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters.append(Character.toLowerCase(c));
                if (!inWord) { words++; inWord = true; }
            } else if (Character.isDigit(c)) {
                if (!inWord) { words++; inWord = true; }
            } else if (c == '\'' || c == '\u2019') {
                // an apostrophe keeps the word going ("don't")
            } else {
                if (inWord && !letters.isEmpty() && letters.charAt(letters.length() - 1) != ' ') letters.append(' ');
                inWord = false;
            }
        }
        int len = letters.length();
        if (len > 0 && letters.charAt(len - 1) == ' ') letters.setLength(len - 1);
        long key = letters.isEmpty() ? 0L : Hash64.hash(letters, KEY_SEED);
        String original = text.substring(start, end);
        return new PageLine(start, end, key, words, original, original.toLowerCase(Locale.ROOT));
    }

    boolean hasLetters() {
        return key != 0L;
    }
}
