package io.copydesk.lsh;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Banding of a MinHash signature: {@code bands × rows} bins. Two documents become candidates when
 * all rows of at least one band agree, which happens with probability {@code 1 - (1 - s^rows)^bands}
 * for Jaccard similarity {@code s} (the S-curve).
 */
public record LshParams(int bands, int rows) {
    /** Weight of missed pairs against extra candidates: misses are lost for good, extras only cost a check. */
    public static final double FALSE_NEGATIVE_WEIGHT = 0.7;

    public LshParams {
        if (bands < 1 || rows < 1) throw new IllegalArgumentException("bands and rows must be >= 1, were " + bands + " and " + rows);
    }

    /** Probability that a pair with Jaccard similarity {@code s} becomes a candidate. */
    public double probability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }

    /**
     * The banding of at most {@code numHashes} bins that minimizes the weighted area of false
     * positives (below {@code threshold}) and false negatives (above it) under the S-curve.
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
        LshParams best = null;
        double bestError = Double.MAX_VALUE;
        for (int rows = 1; rows <= numHashes; rows++) {
            int bands = numHashes / rows;
            LshParams p = new LshParams(bands, rows);
            double fp = integrate(p, 0, threshold, false);
            double fn = integrate(p, threshold, 1, true);
            double error = (1 - FALSE_NEGATIVE_WEIGHT) * fp + FALSE_NEGATIVE_WEIGHT * fn;
            if (error < bestError - 1e-12) { bestError = error; best = p; }
        }
        return best;
    }

    private static double integrate(LshParams p, double from, double to, boolean miss) {
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
