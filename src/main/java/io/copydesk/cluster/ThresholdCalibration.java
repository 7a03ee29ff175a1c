package io.copydesk.cluster;

import java.util.Arrays;
import java.util.Locale;

/**
 * Chooses the merge thresholds of both story levels for a collection. The event threshold is the
 * larger of two levels, and the reason says which one decided:
 * <ul>
 * <li>the <b>chance level</b>: the {@code quantile} of the cosines of random pairs, measured on the
 * collection (most random pairs cover different events, so this is what unrelated articles reach by
 * chance). It rises where unrelated articles share much vocabulary (one topic, one company, one
 * house style) and keeps such a collection from merging into a few giant stories;</li>
 * <li>the <b>length prior</b>: the least mean similarity a story needs for texts of this length
 * (median terms per article): 0.05 for headlines (8 terms or fewer), where reports of one event
 * share one or two words and most pairs inside a large story share none, rising with the
 * logarithm of the length to 0.30 from 16 terms on (lead paragraphs, full articles), where reports
 * of different events share common words in every pair. It also serves tiny collections, whose
 * random pairs are too few to measure chance with.</li>
 * </ul>
 * Background-only criteria do not transfer between real collections (docs/EVALUATION.md, section 3:
 * headline stories want a low threshold although their random pairs often share a word, search
 * snippets a high one although theirs rarely do), which is why the prior stays.
 * The storyline threshold chosen here is its prior, a share of the event threshold (storylines join
 * events whose articles are on average less alike than those within one event, over a longer time
 * window); once the events are known, {@link StorylineChance} raises it to the chance level of
 * random pairs of events where that is higher.
 */
public final class ThresholdCalibration {
    /** Chosen by leave-one-dataset-out (docs/EVALUATION.md). */
    public static final double DEFAULT_QUANTILE = 0.95;
    public static final double DEFAULT_STORYLINE_SHARE = 0.3;
    /** Length prior: {@code PRIOR_LOW} up to {@code SHORT_TERMS} terms, {@code PRIOR_HIGH} from {@code LONG_TERMS}. */
    static final double PRIOR_LOW = 0.05, PRIOR_HIGH = 0.30;
    static final int SHORT_TERMS = 8, LONG_TERMS = 16;
    /** Fewer units than this (articles, duplicate groups counted once) are too few pairs to measure chance with. */
    public static final int MIN_UNITS_FOR_CHANCE = 20;
    /** No threshold below this: a collection without any shared vocabulary would merge everything. */
    static final double MIN_THRESHOLD = 0.01;
    /** The lowest storyline threshold chosen automatically. */
    public static final double MIN_STORYLINE = MIN_THRESHOLD / 2;

    private ThresholdCalibration() {}

    /**
     * The thresholds of both levels, with the reason in words.
     *
     * @param background  cosines of random pairs of articles
     * @param nearest     best-neighbour scores of sampled articles (reported: how many reach the event level)
     * @param medianTerms median number of terms per article
     * @param units       articles of the collection, duplicate groups counted once: below
     *                    {@link #MIN_UNITS_FOR_CHANCE} the random pairs are the collection's own few
     *                    pairs, and only the length prior counts
     */
    public static Thresholds choose(double[] background, double[] nearest, int medianTerms, int units, double quantile,
                                    double storylineShare) {
        if (!(quantile > 0 && quantile < 1)) throw new IllegalArgumentException("quantile must be in (0, 1), was " + quantile);
        if (!(storylineShare > 0 && storylineShare <= 1)) throw new IllegalArgumentException("storylineShare must be in (0, 1], was " + storylineShare);
        boolean measured = units >= MIN_UNITS_FOR_CHANCE;
        double chance = measured ? quantile(background, quantile) : 0;
        double prior = lengthPrior(medianTerms);
        double event = eventLevel(background, medianTerms, units, quantile);
        double storyline = Math.max(MIN_STORYLINE, event * storylineShare);
        double overlap = share(background, x -> x > 0);
        double reached = share(nearest, x -> x >= event);
        String chanceText = measured
                ? String.format(Locale.ROOT, "chance: %.0f%% of random pairs share a term, %.0f%% reach %.3f", 100 * overlap, 100 * (1 - quantile), chance)
                : String.format(Locale.ROOT, "chance: not measured (%d distinct texts, fewer than %d)", units, MIN_UNITS_FOR_CHANCE);
        String reason = String.format(Locale.ROOT,
                "%s; length prior for %d terms %.3f -> event %.3f (%s); %.0f%% of sampled articles have a neighbour at the event level",
                chanceText, medianTerms, prior, event, chance > prior ? "chance" : "length prior", 100 * reached);
        return new Thresholds(event, storyline, reason);
    }

    /**
     * The event threshold {@link #choose} picks from the same values: known before the sampled
     * articles' neighbours are searched, so that they are searched at that level only.
     */
    public static double eventLevel(double[] background, int medianTerms, int units, double quantile) {
        double chance = units >= MIN_UNITS_FOR_CHANCE ? quantile(background, quantile) : 0;
        return Math.min(1, Math.max(MIN_THRESHOLD, Math.max(chance, lengthPrior(medianTerms))));
    }

    /** The storyline prior for an event threshold: {@link #DEFAULT_STORYLINE_SHARE} of it. */
    public static double storylinePrior(double event) {
        return Math.max(MIN_STORYLINE, event * DEFAULT_STORYLINE_SHARE);
    }

    /** The least event threshold for texts of {@code terms} terms (log-linear between the two lengths). */
    static double lengthPrior(int terms) {
        if (terms <= SHORT_TERMS) return PRIOR_LOW;
        if (terms >= LONG_TERMS) return PRIOR_HIGH;
        return PRIOR_LOW + Math.log((double) terms / SHORT_TERMS) / Math.log((double) LONG_TERMS / SHORT_TERMS) * (PRIOR_HIGH - PRIOR_LOW);
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
