package io.copydesk.cluster.smile;

import io.copydesk.internal.Parallel;
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

    /**
     * Similarity of items i and j, in [0, 1]; {@link #cluster} asks once for each pair (n(n-1)/2 times), for
     * {@code i > j}, the pairs of one {@code j} in ascending {@code i} on one thread.
     */
    @FunctionalInterface
    public interface Similarity {
        double sim(int i, int j);
    }

    /**
     * The similarities of item {@code j} with the items after it, a column at a time: {@link #column}
     * writes {@code sims[i]}, in [0, 1], for every {@code i > j}. {@link #clusterByColumns} asks once for each
     * column, on one thread, the columns of a task in ascending {@code j}.
     */
    @FunctionalInterface
    public interface Columns {
        void column(int j, double[] sims);
    }

    /** Pairs below which the proximity matrix is filled on the calling thread (starting threads would cost more). */
    static final int PARALLEL_PAIRS = 50_000;

    /**
     * Clusters {@code n} items, merging while the mean pairwise similarity of two clusters is at
     * least {@code threshold}.
     *
     * @return a cluster label per item, numbered by first appearance
     */
    public static int[] cluster(int n, Similarity similarity, double threshold) {
        return cluster(n, similarity, threshold, 1);
    }

    /**
     * As {@link #cluster(int, Similarity, double)}, asking for the similarities on {@code threads} threads
     * (whole columns each, so {@code similarity} must be safe to call from several threads): the same labels
     * on any number. A candidate graph's largest component is clustered this way, and its n(n-1)/2
     * similarities were most of a run on a collection without dates (2,225 BBC articles: one component).
     */
    public static int[] cluster(int n, Similarity similarity, double threshold, int threads) {
        return clusterByColumns(n, (j, sims) -> {
            for (int i = j + 1; i < n; i++) sims[i] = similarity.sim(i, j);
        }, threshold, threads);
    }

    /** As {@link #cluster(int, Similarity, double, int)}, with the similarities asked for a column at a time. */
    public static int[] clusterByColumns(int n, Columns similarity, double threshold, int threads) {
        if (n < 1 || n > MAX_ITEMS) throw new IllegalArgumentException("items must be in [1, " + MAX_ITEMS + "], was " + n);
        if (n == 1) return new int[1];
        float[] proximity = proximity(n, similarity, threads);
        HierarchicalClustering hc = HierarchicalClustering.fit(new UPGMALinkage(n, proximity));
        double cut = 1.0 - threshold + 1e-6;
        double top = 0;
        for (double h : hc.height()) top = Math.max(top, h);
        if (cut >= top) return new int[n]; // every merge is within the threshold: one cluster
        return renumber(hc.partition(cut));
    }

    /**
     * Smile's layout: the lower triangle with the diagonal, column by column (column {@code j} holds rows
     * {@code j..n-1} and starts at {@code j n - j (j - 1) / 2}); columns in runs of about equal pairs per thread task.
     */
    private static float[] proximity(int n, Columns similarity, int threads) {
        float[] proximity = new float[n * (n + 1) / 2];
        long pairs = (long) n * (n - 1) / 2;
        int tasks = threads <= 1 || pairs < PARALLEL_PAIRS ? 1 : 4 * threads;
        int[] firstColumn = new int[tasks + 1];
        long done = 0;
        for (int j = 0, task = 1; j < n && task < tasks; j++) {
            done += n - 1 - j;
            if (done * tasks >= pairs * task) firstColumn[task++] = j + 1;
        }
        for (int task = 1; task <= tasks; task++) firstColumn[task] = Math.max(firstColumn[task], firstColumn[task - 1]);
        firstColumn[tasks] = n;
        Parallel.map(threads, tasks, task -> {
            double[] sims = new double[n];
            for (int j = firstColumn[task]; j < firstColumn[task + 1]; j++) column(proximity, n, j, similarity, sims);
            return null;
        });
        return proximity;
    }

    private static void column(float[] proximity, int n, int j, Columns similarity, double[] sims) {
        similarity.column(j, sims);
        int k = j * n - j * (j - 1) / 2;
        proximity[k++] = 0f;
        for (int i = j + 1; i < n; i++) proximity[k++] = (float) (1.0 - sims[i]);
    }

    private static int[] renumber(int[] raw) {
        java.util.Map<Integer, Integer> ids = new java.util.HashMap<>();
        int[] out = new int[raw.length];
        for (int i = 0; i < raw.length; i++) out[i] = ids.computeIfAbsent(raw[i], r -> ids.size());
        return out;
    }

}
