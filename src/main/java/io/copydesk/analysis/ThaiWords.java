package io.copydesk.analysis;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Thai is written without spaces between words (a space ends a phrase or a sentence), so a token of Thai is a phrase:
 * two copies of a story that differ in one word share few shingles, and a term is a phrase no other article uses. A
 * run of Thai is split into its words by the JDK's Thai word breaker (a dictionary, in the {@code jdk.localedata}
 * module; without it the run stays whole), as search engines split it.
 */
final class ThaiWords {
    /**
     * The most chars handed to the word breaker at once. Its time grows with the square of a run's length (a run of
     * 20,000 chars took 0.14 s, of 100,000 2.5 s, where 200 chars a time split 4-16 million chars a second), so a long
     * run is split a window at a time: all the window's words but its last, which the window's end may cut, and the
     * next window starts where that last word did.
     */
    static final int WINDOW = 200;

    // a break iterator keeps the text it was given: one a thread
    private static final ThreadLocal<BreakIterator> BREAKER = ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(Locale.forLanguageTag("th")));

    private ThaiWords() {}

    /** Calls {@code word} with the start and end of each word of the Thai run {@code text[start, end)}. */
    static void split(String text, int start, int end, WordRange word) {
        BreakIterator b = BREAKER.get();
        int from = start;
        while (from < end) {
            int to = Math.min(end, from + WINDOW), taken = 0;
            b.setText(text.substring(from, to));
            for (int a = b.first(), z = b.next(); z != BreakIterator.DONE; a = z, z = b.next()) {
                if (to < end && z == to - from && a > 0) break; // the window's last word, which its end may cut: the next window's first
                word.at(from + a, from + z);
                taken = z;
            }
            from += taken; // a word as long as the window is taken whole
        }
    }

    /** Receives a word's range. */
    interface WordRange {
        void at(int start, int end);
    }
}
