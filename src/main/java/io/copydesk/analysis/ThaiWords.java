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
    // a break iterator keeps the text it was given: one a thread
    private static final ThreadLocal<BreakIterator> BREAKER = ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(Locale.forLanguageTag("th")));

    private ThaiWords() {}

    /** Calls {@code word} with the start and end of each word of the Thai run {@code text[start, end)}. */
    static void split(String text, int start, int end, WordRange word) {
        BreakIterator b = BREAKER.get();
        b.setText(text.substring(start, end));
        int from = b.first();
        for (int to = b.next(); to != BreakIterator.DONE; from = to, to = b.next()) word.at(start + from, start + to);
    }

    /** Receives a word's range. */
    interface WordRange {
        void at(int start, int end);
    }
}
