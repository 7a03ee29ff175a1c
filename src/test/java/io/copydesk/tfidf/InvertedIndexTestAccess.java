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

    /** A vector with these weights on {@code terms} (ascending), L2-normalized. */
    public static TermVector weighted(int[] terms, double[] weights) {
        double squares = 0;
        for (double w : weights) squares += w * w;
        float[] w = new float[terms.length];
        for (int i = 0; i < w.length; i++) w[i] = (float) (weights[i] / Math.sqrt(squares));
        return new TermVector(terms.clone(), w);
    }

    /** A vector with exactly these weights on {@code terms} (ascending), not normalized: any float, infinities and NaN too. */
    public static TermVector raw(int[] terms, float[] weights) {
        return new TermVector(terms.clone(), weights.clone());
    }

    /** The fewest documents {@link EachSearch} joins. */
    public static final int JOINED_FROM = EachSearch.MIN_DOCUMENTS;

    public static List<TermVector> vectors(long seed, int n, int terms) {
        return InvertedIndexTest.vectors(seed, n, terms);
    }
}
