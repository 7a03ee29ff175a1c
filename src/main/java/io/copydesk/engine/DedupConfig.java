package io.copydesk.engine;

import io.copydesk.lsh.LshParams;
import java.util.Objects;

/**
 * Settings of duplicate detection. A pair is a duplicate when its exact Jaccard similarity reaches
 * {@code threshold}, or when the smaller article, of at least {@code minContainedShingles}
 * shingles, lies at least {@code containment} inside the larger one.
 *
 * @param lsh    banding; null derives it from the threshold
 * @param exact  compare all pairs exactly instead of using candidates (ground truth for small sets)
 * @param threads worker threads; results do not depend on it
 */
public record DedupConfig(AnalysisConfig analysis, double threshold, double containment, int minContainedShingles,
                          int hashes, LshParams lsh, int anchorRate, boolean exact, KeepPolicy keep, int threads) {
    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final double DEFAULT_CONTAINMENT = 0.8;
    public static final int DEFAULT_MIN_CONTAINED_SHINGLES = 15;
    public static final int DEFAULT_HASHES = 128;
    public static final int DEFAULT_ANCHOR_RATE = 8;

    public static final DedupConfig DEFAULT = new DedupConfig(AnalysisConfig.DEFAULT, DEFAULT_THRESHOLD, DEFAULT_CONTAINMENT,
            DEFAULT_MIN_CONTAINED_SHINGLES, DEFAULT_HASHES, null, DEFAULT_ANCHOR_RATE, false, KeepPolicy.earliest,
            Runtime.getRuntime().availableProcessors());

    public DedupConfig {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(keep, "keep");
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        if (!(containment > 0 && containment <= 1)) throw new IllegalArgumentException("containment must be in (0, 1], was " + containment);
        if (minContainedShingles < 1) throw new IllegalArgumentException("minContainedShingles must be >= 1, was " + minContainedShingles);
        if (hashes < 8 || hashes > 4096) throw new IllegalArgumentException("hashes must be in [8, 4096], was " + hashes);
        if (lsh != null && lsh.bands() * lsh.rows() > hashes) {
            throw new IllegalArgumentException("bands x rows (" + lsh + ") exceeds hashes " + hashes);
        }
        if (anchorRate < 1) throw new IllegalArgumentException("anchorRate must be >= 1, was " + anchorRate);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }

    /** The banding in use: the override, or the best one for the threshold. */
    public LshParams banding() {
        return lsh != null ? lsh : LshParams.forThreshold(Math.min(threshold, 0.99), hashes);
    }

    public DedupConfig withThreads(int n) {
        return new DedupConfig(analysis, threshold, containment, minContainedShingles, hashes, lsh, anchorRate, exact, keep, n);
    }

    public DedupConfig withExact(boolean e) {
        return new DedupConfig(analysis, threshold, containment, minContainedShingles, hashes, lsh, anchorRate, e, keep, threads);
    }

    /** Whether a pair with these exact scores is a duplicate. */
    public boolean isDuplicate(double jaccard, double containmentOfSmaller, int smallerSize) {
        return jaccard >= threshold || (containmentOfSmaller >= containment && smallerSize >= minContainedShingles);
    }
}
