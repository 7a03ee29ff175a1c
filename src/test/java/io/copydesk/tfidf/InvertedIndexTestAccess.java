package io.copydesk.tfidf;

import java.util.List;

/** Lets other test packages build the random vectors of {@link InvertedIndexTest}. */
public final class InvertedIndexTestAccess {
    private InvertedIndexTestAccess() {}

    public static List<TermVector> vectors(long seed, int n, int terms) {
        return InvertedIndexTest.vectors(seed, n, terms);
    }
}
