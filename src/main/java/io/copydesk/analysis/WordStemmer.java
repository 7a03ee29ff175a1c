package io.copydesk.analysis;

/** Reduces an inflected word to its stem ("meetings" → "meet"). Not thread-safe: one per thread. */
public interface WordStemmer {
    String stem(String word);

    /**
     * The stem of a word of Russian ({@code "ru"}, any word of Cyrillic letters) or Greek ({@code "el"}) by that
     * language's rules, or null when this stemmer has none.
     */
    default String stem(String word, String language) {
        return null;
    }

    /** Leaves words as they are. */
    WordStemmer NONE = w -> w;
}
