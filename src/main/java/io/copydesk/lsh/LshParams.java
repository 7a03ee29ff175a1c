package io.copydesk.lsh;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Banding of a MinHash signature: {@code bands × rows} bins. Two documents become candidates when
 * all rows of at least one band agree, which happens with probability {@code 1 - (1 - s^rows)^bands}
 * for Jaccard similarity {@code s} (the S-curve).
 */
public record LshParams(int bands, int rows) {
    /**
     * How often the derived banding makes a pair at the threshold itself a candidate. Every candidate is verified
     * exactly, so a miss is lost for good while an extra candidate costs one check; the old choice alone (the least
     * weighted area of misses and extras, below) made a pair at the threshold a candidate one time in two (25 bands x
     * 5 rows at 0.5), which lost the pairs of texts too short for anchors: uci-headlines, 585 of its 692 duplicate
     * pairs (690 with 42 x 3, the banding this gives at 0.5).
     */
    public static final double RECALL_AT_THRESHOLD = 0.95;
    /**
     * Unrelated articles: a Jaccard similarity well above what their shingle sets share (4-word shingles: mostly
     * under 0.02), of which at most {@link #UNRELATED_CANDIDATES} may become candidates, or a low threshold's
     * banding would pair most of a collection with most of the rest.
     */
    static final double UNRELATED = 0.05, UNRELATED_CANDIDATES = 0.01;
    /** The old choice's weight of missed pairs against extra candidates, where no banding reaches the recall above. */
    static final double FALSE_NEGATIVE_WEIGHT = 0.7;

    public LshParams {
        if (bands < 1 || rows < 1) throw new IllegalArgumentException("bands and rows must be >= 1, were " + bands + " and " + rows);
    }

    /** Probability that a pair with Jaccard similarity {@code s} becomes a candidate. */
    public double probability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }

    /**
     * The banding of at most {@code numHashes} bins that makes a pair at {@code threshold} a candidate with
     * probability {@link #RECALL_AT_THRESHOLD} and unrelated articles seldom ({@link #UNRELATED}), with the least
     * area of false positives (below the threshold) under its S-curve; where none does (thresholds under about 0.45
     * with 128 hashes), of the one that keeps unrelated articles apart with the most recall at the threshold and the
     * one with the least weighted area of false positives and false negatives, the one with more recall there.
     */
    public static LshParams forThreshold(double threshold, int numHashes) {
        if (!(threshold > 0 && threshold < 1)) throw new IllegalArgumentException("threshold must be in (0, 1), was " + threshold);
        // remembered: the search integrates two areas for every row count (about a millisecond), and
        // callers such as DedupConfig.banding() ask again per article
        return CHOSEN.computeIfAbsent(new Choice(threshold, numHashes), c -> search(c.threshold(), c.hashes()));
    }

    /**
     * A choice's key. Its equals and hashCode are written out: a record's are made at run time by a
     * bootstrap method whose method handles the AOT cache does not hold (5 ms of every run's start).
     */
    private static final class Choice {
        private final double threshold;
        private final int hashes;

        Choice(double threshold, int hashes) {
            this.threshold = threshold;
            this.hashes = hashes;
        }

        double threshold() { return threshold; }
        int hashes() { return hashes; }

        @Override public boolean equals(Object o) {
            return o instanceof Choice c && Double.compare(c.threshold, threshold) == 0 && c.hashes == hashes;
        }

        @Override public int hashCode() {
            return 31 * Double.hashCode(threshold) + hashes;
        }
    }

    private static final Map<Choice, LshParams> CHOSEN = new ConcurrentHashMap<>();

    /**
     * Starts {@link #forThreshold}'s search on a thread of its own when its answer is not known yet, so
     * that a run can have it made while it reads its input: the first search runs as cold code (18 ms
     * against 2 once compiled), and the run's first {@code forThreshold} waits for it on its main
     * thread otherwise. That call still gives the answer either way (it waits for this search or makes it).
     */
    public static void searchAhead(double threshold, int numHashes) {
        if (!(threshold > 0 && threshold < 1) || numHashes < 1 || CHOSEN.containsKey(new Choice(threshold, numHashes))) return;
        Thread.ofPlatform().daemon().name("copydesk-banding").start(() -> forThreshold(threshold, numHashes));
    }

    private static LshParams search(double threshold, int numHashes) {
        LshParams best = null, apart = null, balanced = null;
        double bestExtra = Double.MAX_VALUE, apartRecall = -1, bestError = Double.MAX_VALUE;
        for (int rows = 1; rows <= numHashes; rows++) {
            LshParams p = new LshParams(numHashes / rows, rows);
            double extra = area(p, 0, threshold, false), recall = p.probability(threshold);
            boolean keepsApart = p.probability(UNRELATED) <= UNRELATED_CANDIDATES;
            if (keepsApart && recall >= RECALL_AT_THRESHOLD && extra < bestExtra - 1e-12) {
                bestExtra = extra;
                best = p;
            }
            if (keepsApart && recall > apartRecall) {
                apartRecall = recall;
                apart = p;
            }
            double error = (1 - FALSE_NEGATIVE_WEIGHT) * extra + FALSE_NEGATIVE_WEIGHT * area(p, threshold, 1, true);
            if (error < bestError - 1e-12) {
                bestError = error;
                balanced = p;
            }
        }
        if (best != null) return best;
        // short of that recall: the banding that keeps unrelated articles apart and finds most at the threshold, unless
        // the balanced choice finds more (a low threshold, which that cap would leave with few of its pairs)
        return apart != null && apartRecall > balanced.probability(threshold) ? apart : balanced;
    }

    /** The area under the S-curve over {@code [from, to]} ({@code miss}: over it, the pairs it misses). */
    private static double area(LshParams p, double from, double to, boolean miss) {
        int steps = 200;
        double h = (to - from) / steps, sum = 0;
        for (int i = 0; i <= steps; i++) {
            double s = from + i * h;
            double y = miss ? 1 - p.probability(s) : p.probability(s);
            sum += (i == 0 || i == steps) ? y / 2 : y;
        }
        return sum * h;
    }

    @Override
    public String toString() {
        return bands + " bands x " + rows + " rows";
    }
}
