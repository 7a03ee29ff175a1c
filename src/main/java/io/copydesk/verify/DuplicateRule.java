package io.copydesk.verify;

/**
 * When two articles are duplicates, from their exact shingle overlap: the Jaccard similarity
 * reaches {@code threshold}, or the smaller article, of at least {@code minContainedShingles}
 * shingles, lies at least {@code containment} inside the larger one (a brief and its full
 * version). An article with no shingles is never a duplicate.
 *
 * @param threshold            Jaccard threshold, in (0, 1]
 * @param containment          containment threshold of the smaller article, in (0, 1]
 * @param minContainedShingles smallest article, in shingles, that can be a duplicate by containment; at least 1
 */
public record DuplicateRule(double threshold, double containment, int minContainedShingles) {
    public DuplicateRule {
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        if (!(containment > 0 && containment <= 1)) throw new IllegalArgumentException("containment must be in (0, 1], was " + containment);
        if (minContainedShingles < 1) throw new IllegalArgumentException("minContainedShingles must be >= 1, was " + minContainedShingles);
    }

    /**
     * The fewest shared shingles that make two articles of these sizes duplicates under this rule
     * ({@code min(sizeA, sizeB) + 1} when none do): a verifier can stop counting once the shingles left
     * cannot reach it. Found by bisection on {@link #isDuplicate}, which grows with the count shared, so
     * it agrees with that test to the last bit of its floating-point comparisons.
     */
    public int leastShared(int sizeA, int sizeB) {
        int lo = 0, hi = Math.min(sizeA, sizeB) + 1; // hi: past the largest overlap possible, the answer when no count is a duplicate
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (isDuplicate(new Overlap(mid, sizeA, sizeB))) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /**
     * The least share of the smaller article's shingles that two duplicates have in common: the
     * containment threshold, or what the Jaccard threshold {@code t} asks of two articles of the same
     * size, {@code 2t / (1 + t)} (of unequal sizes, more), whichever is lower. A candidate search may
     * lean on it (see {@code AnchorIndex.leastShared}).
     */
    public double leastShare() {
        return Math.min(containment, 2 * threshold / (1 + threshold));
    }

    /** Whether a pair with this overlap is a duplicate. */
    public boolean isDuplicate(Overlap o) {
        if (o.sizeA() == 0 || o.sizeB() == 0) return false;
        return o.jaccard() >= threshold || (o.containment() >= containment && o.smaller() >= minContainedShingles);
    }
}
