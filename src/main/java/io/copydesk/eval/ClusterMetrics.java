package io.copydesk.eval;

import java.util.Arrays;

/**
 * External clustering metrics of a predicted clustering against a gold one, all computed from the
 * contingency table (how many items each gold cluster shares with each predicted cluster) in
 * O(n log n) time and long arithmetic, never by enumerating pairs.
 *
 * <p>The items are the gold items. A gold item missing from the prediction is a predicted
 * singleton; a predicted item missing from gold is ignored (and counted).
 *
 * <ul>
 *   <li><b>Pair precision/recall/F1</b>: over unordered item pairs placed in one cluster; precision =
 *       pairs together in both / pairs together in pred, recall = ... / pairs together in gold.
 *       With no predicted pairs precision is undefined (NaN), with no gold pairs recall is, and F1
 *       with either: all-singletons predicted against real clusters scores precision NaN, recall 0.</li>
 *   <li><b>Adjusted Rand Index</b> (Hubert &amp; Arabie 1985, "Comparing partitions"): the pair
 *       agreement corrected for chance, 1 for identical partitions and about 0 for random ones.
 *       When the expected index equals the maximum index the formula is 0/0, undefined (NaN): that
 *       case arises only when both are all singletons or both are one cluster.</li>
 *   <li><b>BCubed precision/recall/F1</b> (Bagga &amp; Baldwin 1998; Amigó et al. 2009, "A comparison
 *       of extrinsic clustering evaluation metrics"): per item, the share of its predicted cluster
 *       that is in its gold cluster (precision) and the share of its gold cluster that is in its
 *       predicted cluster (recall), averaged over items; F1 is the harmonic mean of the averages.
 *       With no items all three are undefined (NaN).</li>
 * </ul>
 * Every score that is 0/0 is NaN, as the ranking metrics' averages over no query are: undefined, reported as null.
 * Swapping gold and pred (over the same items) swaps precision and recall and keeps ARI.
 */
public final class ClusterMetrics {
    private ClusterMetrics() {}

    public static ClusterScores score(Clustering gold, Clustering pred) {
        int n = gold.size();
        // Predicted cluster per gold item; missing items get fresh indexes after the real ones.
        int[] predSizes = new int[pred.clusterCount() + n];
        int nextSingleton = pred.clusterCount();
        long[] cells = new long[n];
        int i = 0;
        for (String item : gold.items()) {
            int p = pred.clusterOf(item);
            if (p < 0) p = nextSingleton++;
            predSizes[p]++;
            cells[i++] = ((long) gold.clusterOf(item) << 32) | p;
        }
        // Sorting groups equal (gold, pred) cells into runs: each run length is one table count.
        Arrays.sort(cells);
        long together = 0;
        double bcubedPrecisionSum = 0;
        double bcubedRecallSum = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            while (end < n && cells[end] == cells[start]) end++;
            long count = end - start;
            int g = (int) (cells[start] >>> 32);
            int p = (int) cells[start];
            together += Scoring.pairs(count);
            bcubedPrecisionSum += (double) (count * count) / predSizes[p];
            bcubedRecallSum += (double) (count * count) / gold.clusterSize(g);
            start = end;
        }

        long goldPairs = 0;
        for (int g = 0; g < gold.clusterCount(); g++) goldPairs += Scoring.pairs(gold.clusterSize(g));
        long predPairs = 0;
        long predClusters = 0;
        for (int size : predSizes) {
            predPairs += Scoring.pairs(size);
            if (size > 0) predClusters++;
        }
        long ignored = pred.items().stream().filter(item -> !gold.contains(item)).count();

        return new ClusterScores(n, gold.clusterCount(), predClusters, nextSingleton - pred.clusterCount(), ignored,
                ari(together, goldPairs, predPairs, Scoring.pairs(n)),
                Scoring.ratio(together, predPairs), Scoring.ratio(together, goldPairs),
                n == 0 ? Double.NaN : bcubedPrecisionSum / n, n == 0 ? Double.NaN : bcubedRecallSum / n);
    }

    /**
     * ARI = (index - expected) / (max - expected) with index = pairs together in both, expected =
     * goldPairs * predPairs / allPairs and max = (goldPairs + predPairs) / 2.
     */
    static double ari(long index, long goldPairs, long predPairs, long allPairs) {
        // Since expected <= min(goldPairs, predPairs) <= max, max == expected exactly when
        // goldPairs == predPairs and both are 0 or allPairs: both clusterings all singletons, or both
        // one cluster, where the formula is 0/0. Decided in integers, since the expected index in
        // doubles need not round back exactly.
        boolean degenerate = goldPairs == predPairs && (goldPairs == 0 || goldPairs == allPairs);
        if (degenerate) return Double.NaN;
        double expected = (double) goldPairs * predPairs / allPairs;
        double max = (goldPairs + predPairs) / 2.0;
        return (index - expected) / (max - expected);
    }
}
