package io.copydesk.tfidf;

import java.util.Arrays;
import java.util.List;

/**
 * The dot products of every pair of a set of vectors, a column at a time, through the set's own
 * inverted lists: column {@code j} walks the lists of {@code j}'s terms and adds each product to the
 * other vector's sum, so a pair costs its shared terms only, where {@link HeldVector#dot} reads every
 * term of the other vector (most of them not shared: a collection without dates makes a story
 * component of most of its articles, and its all-pairs similarities were most of the clustering).
 * Each pair's products are exact in double and added in ascending term order, as {@link
 * HeldVector#dot} and {@link TermVector#dot} add them, so the sums are the same bits; vectors with
 * an infinite or NaN weight, which those sum another way, are not taken ({@link #of} gives null).
 * Immutable: columns may be asked for on several threads at once.
 */
public final class PairwiseDots {
    private final List<TermVector> vectors;
    private final int[] start;        // term t's postings are [start[t], start[t + 1])...
    private final int[] postItem;     // ...their items, ascending in each list...
    private final float[] postWeight; // ...and weights

    private PairwiseDots(List<TermVector> vectors, int[] start, int[] postItem, float[] postWeight) {
        this.vectors = vectors;
        this.start = start;
        this.postItem = postItem;
        this.postWeight = postWeight;
    }

    /** The pairwise dots of {@code vectors} (item i is {@code vectors.get(i)}), or null when one is not finite. */
    public static PairwiseDots of(List<TermVector> vectors) {
        int terms = 0;
        long entries = 0;
        for (TermVector v : vectors) {
            if (!v.finite) return null;
            if (v.terms.length > 0) terms = Math.max(terms, v.terms[v.terms.length - 1] + 1);
            entries += v.terms.length;
        }
        if (entries > Integer.MAX_VALUE - 8) return null;
        int[] start = new int[terms + 1];
        for (TermVector v : vectors) for (int t : v.terms) start[t + 1]++;
        for (int t = 0; t < terms; t++) start[t + 1] += start[t];
        int[] fill = Arrays.copyOf(start, terms);
        int[] postItem = new int[(int) entries];
        float[] postWeight = new float[(int) entries];
        for (int i = 0; i < vectors.size(); i++) { // items in ascending order: each list comes out ascending
            TermVector v = vectors.get(i);
            for (int k = 0; k < v.terms.length; k++) {
                int p = fill[v.terms[k]]++;
                postItem[p] = i;
                postWeight[p] = v.weights[k];
            }
        }
        return new PairwiseDots(vectors, start, postItem, postWeight);
    }

    /**
     * Writes {@code dots[i] = vectors.get(j).dot(vectors.get(i))} (to the bit) for every item
     * {@code i > j}; {@code dots} has room for every item, and its entries up to {@code j} are left alone.
     */
    public void column(int j, double[] dots) {
        int n = vectors.size();
        Arrays.fill(dots, j + 1, n, 0.0);
        TermVector v = vectors.get(j);
        int[] items = postItem;
        float[] weights = postWeight;
        for (int k = 0; k < v.terms.length; k++) {
            int t = v.terms[k];
            double w = v.weights[k];
            int to = start[t + 1];
            // the first posting after item j (an item is in a term's list once, ascending)
            int found = Arrays.binarySearch(items, start[t], to, j), from = found >= 0 ? found + 1 : -found - 1;
            for (int p = from; p < to; p++) dots[items[p]] += w * weights[p];
        }
    }
}
