package io.copydesk.eval;

import java.util.List;

/**
 * How well a predicted clustering matches the gold one; see {@link ClusterMetrics} for the
 * definitions and the conventions for degenerate inputs.
 *
 * @param items            gold items evaluated
 * @param goldClusters     gold clusters, singletons included
 * @param predClusters     predicted clusters restricted to gold items, implied singletons included
 * @param unassignedItems  gold items missing from the prediction (scored as predicted singletons)
 * @param ignoredPredItems predicted items that are not in gold (left out of every score)
 */
public record ClusterScores(long items, long goldClusters, long predClusters, long unassignedItems,
        long ignoredPredItems, double ari, double pairPrecision, double pairRecall,
        double bcubedPrecision, double bcubedRecall) {

    public double pairF1() {
        return Scoring.f1(pairPrecision, pairRecall);
    }

    public double bcubedF1() {
        return Scoring.f1(bcubedPrecision, bcubedRecall);
    }

    /** Counts first, then scores, under their JSON keys. */
    public List<Metric> metrics() {
        return List.of(
                Metric.count("items", items),
                Metric.count("gold_clusters", goldClusters),
                Metric.count("pred_clusters", predClusters),
                Metric.count("unassigned_items", unassignedItems),
                Metric.count("ignored_pred_items", ignoredPredItems),
                Metric.score("ari", ari),
                Metric.score("pair_precision", pairPrecision),
                Metric.score("pair_recall", pairRecall),
                Metric.score("pair_f1", pairF1()),
                Metric.score("bcubed_precision", bcubedPrecision),
                Metric.score("bcubed_recall", bcubedRecall),
                Metric.score("bcubed_f1", bcubedF1()));
    }
}
