package io.copydesk.engine;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.lsh.LshParams;
import io.copydesk.verify.DuplicateRule;
import java.util.Objects;

/**
 * Settings of duplicate detection. A pair is a duplicate when its exact Jaccard similarity reaches
 * {@code threshold}, or when the smaller article, of at least {@code minContainedShingles}
 * shingles, lies at least {@code containment} inside the larger one. Start from {@link #DEFAULT}
 * and change what differs with the {@code with} methods:
 * {@code DedupConfig.DEFAULT.withThreshold(0.9).withKeep(KeepPolicy.longest)}.
 *
 * @param analysis             cleaning, tokenizing, shingle size, MinHash signature size and seed
 * @param threshold            exact Jaccard similarity of the shingle sets that makes a pair a duplicate, in (0, 1]
 * @param containment          share of the smaller article's shingles inside the larger one that makes a pair a
 *                             duplicate, in (0, 1] (a brief or an excerpt of a longer article)
 * @param minContainedShingles shingles the smaller article needs for containment to count, at least 1: shorter
 *                             texts are contained in too much by chance
 * @param lsh                  banding; null derives it from the threshold
 * @param anchorRate           one shingle in {@code anchorRate} (by its hash) is an anchor, which pairs
 *                             articles sharing enough of them as candidates for containment, at least 1
 * @param exact                compare all pairs exactly instead of using candidates (ground truth for small sets)
 * @param keep                 which member of a duplicate group is its canonical copy
 * @param threads              worker threads, at least 1; results do not depend on it
 * @param compareFigures       whether texts whose figures differ are not duplicates (one template filled in with other
 *                             numbers: {@link DuplicateRule#figuresDiffer}); on by default
 */
public record DedupConfig(AnalysisConfig analysis, double threshold, double containment, int minContainedShingles,
                          LshParams lsh, int anchorRate, boolean exact, KeepPolicy keep, int threads, boolean compareFigures) {
    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final double DEFAULT_CONTAINMENT = 0.8;
    public static final int DEFAULT_MIN_CONTAINED_SHINGLES = 15;
    public static final int DEFAULT_HASHES = AnalysisConfig.DEFAULT_HASHES;
    public static final int DEFAULT_ANCHOR_RATE = 8;

    public static final DedupConfig DEFAULT = new DedupConfig(AnalysisConfig.DEFAULT, DEFAULT_THRESHOLD, DEFAULT_CONTAINMENT,
            DEFAULT_MIN_CONTAINED_SHINGLES, null, DEFAULT_ANCHOR_RATE, false, KeepPolicy.earliest,
            Runtime.getRuntime().availableProcessors());

    /** The settings that compare figures. */
    public DedupConfig(AnalysisConfig analysis, double threshold, double containment, int minContainedShingles,
                       LshParams lsh, int anchorRate, boolean exact, KeepPolicy keep, int threads) {
        this(analysis, threshold, containment, minContainedShingles, lsh, anchorRate, exact, keep, threads, true);
    }

    public DedupConfig {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(keep, "keep");
        new DuplicateRule(threshold, containment, minContainedShingles); // validates the three
        if (lsh != null && lsh.bands() * lsh.rows() > analysis.hashes()) {
            throw new IllegalArgumentException("bands x rows (" + lsh + ") exceeds hashes " + analysis.hashes());
        }
        if (anchorRate < 1) throw new IllegalArgumentException("anchorRate must be >= 1, was " + anchorRate);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }

    /** MinHash signature size (an analysis setting: the fingerprint holds the signature). */
    public int hashes() {
        return analysis.hashes();
    }

    /** The rule that decides, from exact scores, whether a pair is a duplicate. */
    public DuplicateRule rule() {
        return new DuplicateRule(threshold, containment, minContainedShingles, compareFigures);
    }

    /** The banding in use: the override, or the best one for the threshold. */
    public LshParams banding() {
        return lsh != null ? lsh : LshParams.forThreshold(Math.min(threshold, 0.99), hashes());
    }

    /** Has {@link #banding()}'s search start now on a thread of its own (see {@link LshParams#searchAhead}). */
    void searchBandingAhead() {
        if (lsh == null && !exact) LshParams.searchAhead(Math.min(threshold, 0.99), hashes());
    }

    public DedupConfig withThreshold(double t) {
        return new DedupConfig(analysis, t, containment, minContainedShingles, lsh, anchorRate, exact, keep, threads, compareFigures);
    }

    public DedupConfig withContainment(double c) {
        return new DedupConfig(analysis, threshold, c, minContainedShingles, lsh, anchorRate, exact, keep, threads, compareFigures);
    }

    public DedupConfig withKeep(KeepPolicy k) {
        return new DedupConfig(analysis, threshold, containment, minContainedShingles, lsh, anchorRate, exact, k, threads, compareFigures);
    }

    public DedupConfig withThreads(int n) {
        return new DedupConfig(analysis, threshold, containment, minContainedShingles, lsh, anchorRate, exact, keep, n, compareFigures);
    }

    public DedupConfig withAnalysis(AnalysisConfig a) {
        return new DedupConfig(a, threshold, containment, minContainedShingles, lsh, anchorRate, exact, keep, threads, compareFigures);
    }

    /** The same settings, comparing figures or not ({@link DuplicateRule#figuresDiffer}). */
    public DedupConfig withCompareFigures(boolean c) {
        return new DedupConfig(analysis, threshold, containment, minContainedShingles, lsh, anchorRate, exact, keep, threads, c);
    }

    public DedupConfig withExact(boolean e) {
        return new DedupConfig(analysis, threshold, containment, minContainedShingles, lsh, anchorRate, e, keep, threads, compareFigures);
    }

}
