package io.copydesk.eval;

/**
 * Recall among the truth pairs whose Jaccard similarity lies in {@code [from, to)} (the last band
 * also holds 1.0): plotted over the bands, the S-curve of a near-duplicate search.
 *
 * @param truth truth pairs in the band
 * @param found those of them that were predicted
 */
public record JaccardBand(double from, double to, long truth, long found) {
    public static final int COUNT = 10;

    /** found / truth, or NaN for an empty band (nothing to measure, shown as null or "-"). */
    public double recall() {
        return truth == 0 ? Double.NaN : (double) found / truth;
    }

    /** The band index 0..9 of a Jaccard value in [0, 1]; edges are the doubles k / 10.0. */
    static int indexOf(double jaccard) {
        if (!(jaccard >= 0 && jaccard <= 1)) throw new IllegalArgumentException("jaccard must be in [0, 1], was " + jaccard);
        int i = (int) (jaccard * COUNT);
        // jaccard * 10 is rounded, so a value just below an edge can land one band too high.
        if (i > 0 && jaccard < lowerEdge(i)) i--;
        return Math.min(i, COUNT - 1);
    }

    static double lowerEdge(int index) {
        return (double) index / COUNT;
    }
}
