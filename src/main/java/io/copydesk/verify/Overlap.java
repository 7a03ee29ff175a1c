package io.copydesk.verify;

import io.copydesk.analysis.ShingleSet;

/**
 * The exact overlap of two shingle sets A and B, from which every score copydesk reports follows.
 *
 * @param shared shingles in both sets
 * @param sizeA  shingles of A
 * @param sizeB  shingles of B
 */
public record Overlap(int shared, int sizeA, int sizeB) {
    public static Overlap of(ShingleSet a, ShingleSet b) {
        return new Overlap(a.intersectionSize(b), a.size(), b.size());
    }

    /** |A∩B| / |A∪B|; 0 when both are empty. */
    public double jaccard() {
        int union = sizeA + sizeB - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    /** Size of the smaller set. */
    public int smaller() {
        return Math.min(sizeA, sizeB);
    }

    /** Share of the smaller set found in the larger; 0 when one is empty. */
    public double containment() {
        int s = smaller();
        return s == 0 ? 0 : (double) shared / s;
    }

    /** Share of A found in B; 0 when A is empty. */
    public double containmentOfA() {
        return sizeA == 0 ? 0 : (double) shared / sizeA;
    }

    /** Share of B found in A; 0 when B is empty. */
    public double containmentOfB() {
        return sizeB == 0 ? 0 : (double) shared / sizeB;
    }
}
