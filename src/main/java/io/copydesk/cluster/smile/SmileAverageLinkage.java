package io.copydesk.cluster.smile;

import smile.clustering.HierarchicalClustering;
import smile.clustering.linkage.UPGMALinkage;

/**
 * Exact average-linkage clustering of a small set with Smile's {@link HierarchicalClustering}
 * ({@link UPGMALinkage} over a full proximity matrix, n(n+1)/2 floats). The only class of
 * {@code io.copydesk.cluster} that touches Smile.
 */
public final class SmileAverageLinkage {
    /** Largest set clustered this way: the proximity matrix of 3,000 items is 18 MB. */
    public static final int MAX_ITEMS = 3000;

    private SmileAverageLinkage() {}

    /** Similarity of items i and j, in [0, 1]; {@link #cluster} asks once for each pair (n(n-1)/2 times). */
    @FunctionalInterface
    public interface Similarity {
        double sim(int i, int j);
    }

    /**
     * Clusters {@code n} items, merging while the mean pairwise similarity of two clusters is at
     * least {@code threshold}.
     *
     * @return a cluster label per item, numbered by first appearance
     */
    public static int[] cluster(int n, Similarity similarity, double threshold) {
        if (n < 1 || n > MAX_ITEMS) throw new IllegalArgumentException("items must be in [1, " + MAX_ITEMS + "], was " + n);
        if (n == 1) return new int[1];
        // Smile's layout: the lower triangle with the diagonal, column by column.
        float[] proximity = new float[n * (n + 1) / 2];
        int k = 0;
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) proximity[k++] = i == j ? 0f : (float) (1.0 - similarity.sim(i, j));
        }
        HierarchicalClustering hc = HierarchicalClustering.fit(new UPGMALinkage(n, proximity));
        double cut = 1.0 - threshold + 1e-6;
        double top = 0;
        for (double h : hc.height()) top = Math.max(top, h);
        if (cut >= top) return new int[n]; // every merge is within the threshold: one cluster
        return renumber(hc.partition(cut));
    }

    private static int[] renumber(int[] raw) {
        java.util.Map<Integer, Integer> ids = new java.util.HashMap<>();
        int[] out = new int[raw.length];
        for (int i = 0; i < raw.length; i++) out[i] = ids.computeIfAbsent(raw[i], r -> ids.size());
        return out;
    }

}
