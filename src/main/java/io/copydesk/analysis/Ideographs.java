package io.copydesk.analysis;

import io.copydesk.internal.Chars;

/**
 * Chinese and Japanese are written without spaces between words, so OpenNLP's rules, which end a
 * token where the character class changes, make a whole clause one token: two copies of a story
 * that differ in one character then share almost no shingle, and a term is a clause. Each run of
 * Han, hiragana and katakana inside a token becomes its overlapping pairs of characters instead (a
 * run of one character is itself; a half-width voicing mark counts with the kana before it), as
 * search engines index such text when they have no dictionary: a shingle of k pairs is a window of
 * k + 1 characters, and a term is a pair, which is most often a word or inside one. The token's
 * other characters (the Latin letters of "iPhone手机") stay tokens of their own. Korean, written
 * with spaces, keeps its words. A run of Thai, also written without spaces, is split into its words
 * ({@link ThaiWords}).
 */
public final class Ideographs {
    private Ideographs() {}

    /**
     * Appends the word tokens of the tokenizer's token {@code text[start, end)} to {@code out}, normalized by
     * {@link TextNormalizer#word} (a token without a letter or digit adds nothing): the token itself, or, when it
     * holds ideographs or Thai, the pairs of each run of ideographs, the words of each run of Thai and the pieces
     * between the runs.
     */
    public static void addToken(String text, int start, int end, TokenList out) {
        int first = start;
        while (first < end && script(text.charAt(first)) == OTHER) first++;
        if (first == end) { // the common case
            addWord(text, start, end, out);
            return;
        }
        if (first > start) addWord(text, start, first, out); // the chars before the first run, known already
        int i = first;
        while (i < end) {
            int script = script(text.charAt(i));
            int j = i + 1;
            while (j < end && script(text.charAt(j)) == script) j++;
            if (script == IDEOGRAPHIC) addPairs(text, i, j, out);
            else if (script == THAI) ThaiWords.split(text, i, j, (s, e) -> addWord(text, s, e, out));
            else addWord(text, i, j, out);
            i = j;
        }
    }

    private static final int OTHER = 0, IDEOGRAPHIC = 1, THAI = 2;

    /** Which of the scripts written without spaces {@code c} is in, if any. */
    private static int script(char c) {
        return Chars.isIdeographic(c) ? IDEOGRAPHIC : Chars.isThai(c) ? THAI : OTHER;
    }

    /**
     * The pairs of the run {@code text[start, end)} of ideographs, or the run itself when it is one char. A
     * half-width voicing mark belongs to the kana before it (NFKC makes the two one char), so it never starts a pair.
     */
    private static void addPairs(String text, int start, int end, TokenList out) {
        int first = start, second = next(text, first, end);
        if (second == end) {
            addWord(text, first, end, out);
            return;
        }
        while (second < end) {
            int third = next(text, second, end);
            addWord(text, first, third, out);
            first = second;
            second = third;
        }
    }

    /** Where the char after the one at {@code i} starts: past {@code i} and the voicing marks that follow it. */
    private static int next(String text, int i, int end) {
        i++;
        while (i < end && isVoicingMark(text.charAt(i))) i++;
        return i;
    }

    private static boolean isVoicingMark(char c) {
        return c == '\uFF9E' || c == '\uFF9F';
    }

    private static void addWord(String text, int start, int end, TokenList out) {
        // most words, pairs of ideographs among them: kept as their range, no string made (TokenList#addPlain)
        if (TextNormalizer.isPlainWord(text, start, end)) {
            out.addPlain(text, start, end);
            return;
        }
        String term = TextNormalizer.normalizedWord(text, start, end);
        if (term != null) out.add(term, start, end);
    }
}
