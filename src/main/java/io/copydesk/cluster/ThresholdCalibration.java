package io.copydesk.cluster;

import java.util.Arrays;
import java.util.Locale;

/**
 * Chooses the merge thresholds of both story levels from a collection's own similarities, not from
 * constants. The event threshold is the similarity that pairs of unrelated articles reach only by
 * chance: the {@code quantile} of the cosines of random pairs (most random pairs cover different
 * events). Short texts (headlines) share no term at all in most random pairs, so the chance level
 * is low and one shared distinctive word already counts; long texts share common vocabulary in
 * every pair, so the chance level, and the threshold, rise with it. Length, dates and the time
 * spread enter through the similarities themselves (time-weighted neighbours), never as lookup keys.
 * The storyline threshold is a share of the event threshold: storylines join events whose articles
 * are on average less alike than those within one event, over a longer time window.
 */
public final class ThresholdCalibration {
    /** Chosen by leave-one-dataset-out (docs/EVALUATION.md). */
    public static final double DEFAULT_QUANTILE = 0.95;
    public static final double DEFAULT_STORYLINE_SHARE = 0.5;
    /** No threshold below this: a collection without any shared vocabulary would merge everything. */
    static final double MIN_THRESHOLD = 0.01;
    /** The lowest storyline threshold chosen automatically. */
    public static final double MIN_STORYLINE = MIN_THRESHOLD / 2;

    private ThresholdCalibration() {}

    /**
     * The thresholds of both levels, with the reason in words.
     *
     * @param background cosines of random pairs of articles
     * @param nearest    best-neighbour scores of sampled articles (reported, to show the gap)
     */
    public static Thresholds choose(double[] background, double[] nearest, double quantile, double storylineShare) {
        if (!(quantile > 0 && quantile < 1)) throw new IllegalArgumentException("quantile must be in (0, 1), was " + quantile);
        if (!(storylineShare > 0 && storylineShare <= 1)) throw new IllegalArgumentException("storylineShare must be in (0, 1], was " + storylineShare);
        double chance = quantile(background, quantile);
        double event = Math.min(1, Math.max(MIN_THRESHOLD, chance));
        double storyline = Math.max(MIN_STORYLINE, event * storylineShare);
        double near = quantile(nearest, 0.5);
        double overlap = share(background, x -> x > 0);
        String reason = String.format(Locale.ROOT,
                "random pairs: %.0f%% share a term, %.0f%% reach %.3f; median best neighbour %.3f -> event %.3f, storyline %.3f (%.2f x event)",
                100 * overlap, 100 * (1 - quantile), chance, near, event, storyline, storylineShare);
        return new Thresholds(event, storyline, reason);
    }

    /** The thresholds of the two levels and why they were chosen. */
    public record Thresholds(double event, double storyline, String reason) {
        public Thresholds {
            if (!(event > 0 && event <= 1) || !(storyline > 0 && storyline <= 1)) {
                throw new IllegalArgumentException("thresholds must be in (0, 1], were " + event + " and " + storyline);
            }
        }
    }

    /** The nearest-rank {@code q} quantile (0 for no values). */
    static double quantile(double[] values, double q) {
        if (values.length == 0) return 0;
        double[] v = values.clone();
        Arrays.sort(v);
        return v[(int) Math.min(v.length - 1, Math.ceil(q * v.length) - 1 < 0 ? 0 : Math.ceil(q * v.length) - 1)];
    }

    private static double share(double[] values, java.util.function.DoublePredicate p) {
        if (values.length == 0) return 0;
        int n = 0;
        for (double v : values) if (p.test(v)) n++;
        return (double) n / values.length;
    }
}
