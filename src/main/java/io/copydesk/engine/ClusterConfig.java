package io.copydesk.engine;

import io.copydesk.cluster.DenseAverageLinkage;
import io.copydesk.cluster.NeighbourSmoothing;
import io.copydesk.cluster.ThresholdCalibration;
import java.util.Objects;

/**
 * Settings of story clustering at two levels: events (one happening) inside storylines (a thread
 * of events over days to months).
 *
 * @param related            TF-IDF, dates and duplicate settings; its time window is the event window
 * @param eventThreshold     mean pairwise score (cosine × event time weight) two events need to merge,
 *                           in (0, 1]; NaN chooses it from the collection ({@link ThresholdCalibration})
 * @param storylineThreshold mean pairwise score (cosine × storyline time weight) two storylines need to
 *                           merge, in (0, 1]; NaN: a share of the event threshold
 * @param storylineWindow    time decay between the events of one storyline (longer than the event window);
 *                           {@link TimeDecay#OFF} links by text alone
 * @param neighbours         candidate neighbours kept per article (and per event) for the similarity graphs, in [1, 1000]
 * @param denseLimit         candidate-graph components up to this size are clustered exactly (all pairs),
 *                           larger ones on the graph's edges only; 0 always uses the graph
 * @param smoothing          weight of each article's nearest neighbours in the vector events are linked on, in [0, 1]
 *                           ({@link NeighbourSmoothing}); 0 links on the articles' own vectors
 */
public record ClusterConfig(RelatedConfig related, double eventThreshold, double storylineThreshold, TimeDecay storylineWindow,
                            int neighbours, int denseLimit, double smoothing) {
    public static final int DEFAULT_NEIGHBOURS = 30;
    public static final int DEFAULT_DENSE_LIMIT = 2000;
    /** Long enough for the next round of the same talks months later; distinctive terms keep same-kind events apart. */
    public static final String DEFAULT_STORYLINE_WINDOW_TEXT = "180d";
    public static final TimeDecay DEFAULT_STORYLINE_WINDOW = TimeDecay.parse(DEFAULT_STORYLINE_WINDOW_TEXT);
    public static final ClusterConfig DEFAULT = new ClusterConfig(RelatedConfig.DEFAULT, Double.NaN, Double.NaN,
            DEFAULT_STORYLINE_WINDOW, DEFAULT_NEIGHBOURS, DEFAULT_DENSE_LIMIT, NeighbourSmoothing.DEFAULT_ALPHA);

    public ClusterConfig {
        Objects.requireNonNull(related, "related");
        Objects.requireNonNull(storylineWindow, "storylineWindow");
        check("eventThreshold", eventThreshold);
        check("storylineThreshold", storylineThreshold);
        if (neighbours < 1 || neighbours > 1000) throw new IllegalArgumentException("neighbours must be in [1, 1000], was " + neighbours);
        if (denseLimit < 0 || denseLimit > DenseAverageLinkage.MAX_ITEMS) {
            throw new IllegalArgumentException("denseLimit must be in [0, " + DenseAverageLinkage.MAX_ITEMS + "], was " + denseLimit);
        }
        if (!(smoothing >= 0 && smoothing <= 1)) throw new IllegalArgumentException("smoothing must be in [0, 1], was " + smoothing);
    }

    private static void check(String name, double t) {
        if (!Double.isNaN(t) && !(t > 0 && t <= 1)) throw new IllegalArgumentException(name + " must be in (0, 1] (or auto), was " + t);
    }

    /** Default levels on these related settings. */
    public static ClusterConfig of(RelatedConfig related) {
        return new ClusterConfig(related, Double.NaN, Double.NaN, DEFAULT_STORYLINE_WINDOW, DEFAULT_NEIGHBOURS, DEFAULT_DENSE_LIMIT,
                NeighbourSmoothing.DEFAULT_ALPHA);
    }

    public ClusterConfig withEventThreshold(double t) {
        return new ClusterConfig(related, t, storylineThreshold, storylineWindow, neighbours, denseLimit, smoothing);
    }

    public ClusterConfig withStorylineThreshold(double t) {
        return new ClusterConfig(related, eventThreshold, t, storylineWindow, neighbours, denseLimit, smoothing);
    }

    public ClusterConfig withStorylineWindow(TimeDecay w) {
        return new ClusterConfig(related, eventThreshold, storylineThreshold, w, neighbours, denseLimit, smoothing);
    }

    public ClusterConfig withNeighbours(int k) {
        return new ClusterConfig(related, eventThreshold, storylineThreshold, storylineWindow, k, denseLimit, smoothing);
    }

    public ClusterConfig withDenseLimit(int limit) {
        return new ClusterConfig(related, eventThreshold, storylineThreshold, storylineWindow, neighbours, limit, smoothing);
    }

    public ClusterConfig withSmoothing(double alpha) {
        return new ClusterConfig(related, eventThreshold, storylineThreshold, storylineWindow, neighbours, denseLimit, alpha);
    }

    /** These duplicate settings, in the related ones ({@link RelatedConfig#withDedup}). */
    public ClusterConfig withDedup(DedupConfig d) {
        return withRelated(related.withDedup(d));
    }

    /** Worker threads of every stage ({@link RelatedConfig#withThreads}); results do not depend on them. */
    public ClusterConfig withThreads(int n) {
        return withRelated(related.withThreads(n));
    }

    public ClusterConfig withRelated(RelatedConfig r) {
        return new ClusterConfig(r, eventThreshold, storylineThreshold, storylineWindow, neighbours, denseLimit, smoothing);
    }
}
