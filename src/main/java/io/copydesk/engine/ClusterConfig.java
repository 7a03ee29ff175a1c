package io.copydesk.engine;

import java.util.Objects;

/**
 * Settings of story clustering.
 *
 * @param related    TF-IDF, dates and duplicate settings
 * @param threshold  mean pairwise score (cosine × time weight) two stories need to merge, in (0, 1];
 *                   NaN chooses it from the collection ({@link StoryClusters#autoThreshold})
 * @param neighbours candidate neighbours kept per article for the similarity graph, in [1, 1000]
 * @param denseLimit candidate-graph components up to this size are clustered exactly (all pairs),
 *                   larger ones on the graph's edges only; 0 always uses the graph
 */
public record ClusterConfig(RelatedConfig related, double threshold, int neighbours, int denseLimit) {
    public static final int DEFAULT_NEIGHBOURS = 30;
    public static final int DEFAULT_DENSE_LIMIT = 2000;
    public static final ClusterConfig DEFAULT = new ClusterConfig(RelatedConfig.DEFAULT, Double.NaN, DEFAULT_NEIGHBOURS, DEFAULT_DENSE_LIMIT);

    public ClusterConfig {
        Objects.requireNonNull(related, "related");
        if (!Double.isNaN(threshold) && !(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1] (or auto), was " + threshold);
        }
        if (neighbours < 1 || neighbours > 1000) throw new IllegalArgumentException("neighbours must be in [1, 1000], was " + neighbours);
        if (denseLimit < 0 || denseLimit > io.copydesk.cluster.smile.SmileAverageLinkage.MAX_ITEMS) {
            throw new IllegalArgumentException("denseLimit must be in [0, " + io.copydesk.cluster.smile.SmileAverageLinkage.MAX_ITEMS + "], was " + denseLimit);
        }
    }

    public ClusterConfig withThreshold(double t) {
        return new ClusterConfig(related, t, neighbours, denseLimit);
    }
}
