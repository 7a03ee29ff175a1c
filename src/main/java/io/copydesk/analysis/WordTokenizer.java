package io.copydesk.analysis;

/**
 * Splits text into tokens. Implementations need not be thread-safe: use one per thread.
 */
public interface WordTokenizer {
    /**
     * Appends the word tokens of {@code text[start, end)} to {@code out}, normalized with
     * {@link TextNormalizer} and with offsets into {@code text}; punctuation-only tokens are dropped.
     */
    void tokenize(String text, int start, int end, TokenList out);

    /** Sentence spans of {@code text[start, end)}, as offsets into {@code text}. */
    int[][] sentences(String text, int start, int end);
}
