package io.copydesk.tfidf;

/** The inverse document frequency of a term id, as the caller's document counts give it. */
@FunctionalInterface
public interface Idf {
    double of(int term);
}
