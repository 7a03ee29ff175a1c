package io.copydesk.verify;

import io.copydesk.analysis.ShingleSet;

/**
 * When two articles are duplicates, from their exact shingle overlap: the Jaccard similarity
 * reaches {@code threshold}, or the smaller article, of at least {@code minContainedShingles}
 * shingles, lies at least {@code containment} inside the larger one (a brief and its full
 * version); and, when {@code compareFigures}, their figures agree ({@link #figuresDiffer}). An
 * article with no shingles is never a duplicate.
 *
 * @param threshold            Jaccard threshold, in (0, 1]
 * @param containment          containment threshold of the smaller article, in (0, 1]
 * @param minContainedShingles smallest article, in shingles, that can be a duplicate by containment; at least 1
 * @param compareFigures       whether texts whose figures differ are told apart (see {@link #figuresDiffer})
 */
public record DuplicateRule(double threshold, double containment, int minContainedShingles, boolean compareFigures) {
    /**
     * The fewest figure codes ({@link ShingleSet#figureCodes}) the article with fewer of them must have
     * before its figures can tell two texts apart: one figure is too few to judge by.
     */
    public static final int MIN_FIGURES = 2;

    public DuplicateRule {
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        if (!(containment > 0 && containment <= 1)) throw new IllegalArgumentException("containment must be in (0, 1], was " + containment);
        if (minContainedShingles < 1) throw new IllegalArgumentException("minContainedShingles must be >= 1, was " + minContainedShingles);
    }

    /** The rule that compares figures. */
    public DuplicateRule(double threshold, double containment, int minContainedShingles) {
        this(threshold, containment, minContainedShingles, true);
    }

    /**
     * Whether the figures of two texts tell them apart, when the rule compares figures: the article
     * with fewer figure codes ({@link ShingleSet#figureCodes}) has at least {@link #MIN_FIGURES}, and
     * fewer than half of them are the other's. One template filled in with other numbers (a weekly
     * jobless report, a dividend notice, a market table of another day or another commodity) shares
     * most of its words with the last one and is not the same story; an update that corrects a toll
     * or a price keeps most of its other figures.
     */
    public boolean figuresDiffer(ShingleSet a, ShingleSet b) {
        if (!compareFigures) return false;
        int[] ca = a.figureCodes(), cb = b.figureCodes();
        return figuresDiffer(ca.length, cb.length, sharedFigures(ca, cb));
    }

    /** {@link #figuresDiffer(ShingleSet, ShingleSet)} from the counts of figure codes of each article and of both. */
    public boolean figuresDiffer(int figuresA, int figuresB, int shared) {
        int fewer = Math.min(figuresA, figuresB);
        return compareFigures && fewer >= MIN_FIGURES && 2 * shared < fewer;
    }

    /** How many codes two ascending lists of distinct figure codes ({@link ShingleSet#figureCodes}) have in common. */
    public static int sharedFigures(int[] a, int[] b) {
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else {
                n++;
                i++;
                j++;
            }
        }
        return n;
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
