package io.copydesk.analysis;

/** Reduces an inflected word to its stem ("meetings" → "meet"). Not thread-safe: one per thread. */
public interface WordStemmer {
    String stem(String word);

    /** Leaves words as they are. */
    WordStemmer NONE = w -> w;
}
