package io.copydesk.tfidf;

import java.util.List;

/** Lets other test packages build the random vectors of {@link InvertedIndexTest}. */
public final class InvertedIndexTestAccess {
    private InvertedIndexTestAccess() {}

    /** A vector with weight 1 on each of {@code terms} (ascending), L2-normalized. */
    public static TermVector uniform(int... terms) {
        float[] w = new float[terms.length];
        java.util.Arrays.fill(w, (float) (1 / Math.sqrt(terms.length)));
        return new TermVector(terms.clone(), w);
    }

    public static List<TermVector> vectors(long seed, int n, int terms) {
        return InvertedIndexTest.vectors(seed, n, terms);
    }
}
