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

    /**
     * As {@link #tokenize(String, int, int, TokenList)}, given also the text's ISO-8859-1 bytes
     * ({@code text.getBytes(ISO_8859_1)}, one per char; null when not known), which a tokenizer
     * may read instead of the chars: the same tokens.
     */
    default void tokenize(String text, byte[] latin1, int start, int end, TokenList out) {
        tokenize(text, start, end, out);
    }

    /** Sentence spans of {@code text[start, end)}, as offsets into {@code text}. */
    int[][] sentences(String text, int start, int end);
}
