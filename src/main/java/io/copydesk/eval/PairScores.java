package io.copydesk.eval;

import java.util.List;

/**
 * Predicted pairs against truth pairs; see {@link PairMetrics}.
 *
 * @param truthPairs distinct truth pairs
 * @param predPairs  distinct predicted pairs
 * @param foundPairs predicted pairs that are truth pairs
 * @param bands      recall per Jaccard band, lowest band first
 */
public record PairScores(long truthPairs, long predPairs, long foundPairs, List<JaccardBand> bands) {
    public PairScores {
        bands = List.copyOf(bands);
    }

    /** found / predicted; NaN (undefined) when nothing was predicted. */
    public double precision() {
        return Scoring.ratio(foundPairs, predPairs);
    }

    /** found / truth; NaN (undefined) when there is no truth pair. */
    public double recall() {
        return Scoring.ratio(foundPairs, truthPairs);
    }

    public double f1() {
        return Scoring.f1(precision(), recall());
    }

    /** Counts first, then scores, under their JSON keys; the bands are separate. */
    public List<Metric> metrics() {
        return List.of(
                Metric.count("truth_pairs", truthPairs),
                Metric.count("pred_pairs", predPairs),
                Metric.count("found_pairs", foundPairs),
                Metric.score("pair_precision", precision()),
                Metric.score("pair_recall", recall()),
                Metric.score("pair_f1", f1()));
    }
}
