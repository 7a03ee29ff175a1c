package io.copydesk.cluster;

import static io.copydesk.tfidf.InvertedIndexTestAccess.uniform;
import static io.copydesk.tfidf.InvertedIndexTestAccess.weighted;
import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.tfidf.TermVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StorylineChanceTest {
    private static final long DAY = 86_400, YEAR = 365 * DAY;
    private static final GapWeight NO_DECAY = gap -> 1.0;

    /** Scores of which a share {@code positive} is exponential with scale {@code beta}, the rest 0; sorted. */
    private static double[] exponentialScores(long seed, int n, double positive, double beta) {
        Random r = new Random(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) out[i] = r.nextDouble() < positive ? -beta * Math.log(1 - r.nextDouble()) : 0;
        Arrays.sort(out);
        return out;
    }

    /** Property: on an exponential tail the level is the true 1 - a/M quantile, for several M and a. */
    @Test
    void theLevelIsTheScoreReachedByAShareAOverMOfUnrelatedPairs() {
        double beta = 0.02, positive = 0.6;
        double[] scores = exponentialScores(5, 1_000_000, positive, beta);
        for (double m : new double[] {200, 2_000, 20_000}) {
            for (double a : new double[] {0.01, 0.03, 0.1}) {
                double truth = beta * Math.log(positive * m / a); // P(score > t) = positive * exp(-t / beta) = a / m
                double level = new StorylineChance(scores, (int) m + 1, m).level(a);
                assertEquals(truth, level, 0.05 * truth, "M " + m + ", a " + a);
            }
        }
    }

    @Test
    void theLevelRisesWithTheEventsInReachAndFallsWithTheChanceLinksAllowed() {
        double[] scores = exponentialScores(9, 200_000, 1.0, 0.03);
        double previous = 0;
        for (double m : new double[] {50, 500, 5_000, 50_000}) {
            double level = new StorylineChance(scores, (int) m + 1, m).level(0.03);
            assertTrue(level > previous, "M " + m + ": " + level + " <= " + previous);
            previous = level;
        }
        StorylineChance c = new StorylineChance(scores, 1001, 1000);
        assertTrue(c.level(0.01) > c.level(0.1));
    }

    /** n events with dates, each its own random sparse vector of a few shared terms. */
    private static List<TermVector> vectors(long seed, int n) {
        Random r = new Random(seed);
        List<TermVector> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(weighted(new int[] {r.nextInt(5), 5 + r.nextInt(5), 10 + i}, new double[] {0.4, 0.4, 0.82}));
        }
        return out;
    }

    private static double[] ones(int n) {
        double[] l = new double[n];
        Arrays.fill(l, 1);
        return l;
    }

    @Test
    void onlyPairsWithinReachAreSampledAndEveryUndatedEventIsInReachOfAll() {
        // 30 events in January, 30 ten years later, 10 undated; reach one year
        int n = 70;
        long[] dates = new long[n];
        for (int i = 0; i < n; i++) dates[i] = i < 30 ? i * DAY : i < 60 ? 10 * YEAR + i * DAY : Long.MIN_VALUE;
        // January events all share one vector, the later ones another, the undated a third: a pair scores 1 only inside a group
        List<TermVector> v = new ArrayList<>();
        for (int i = 0; i < n; i++) v.add(uniform(i < 30 ? 0 : i < 60 ? 1 : 2));
        StorylineChance c = StorylineChance.sample(v, ones(n), dates, NO_DECAY, YEAR, 2, p -> {}, p -> {});
        // dated: 29 of their own group + 10 undated; undated: all 69
        assertEquals((60 * 39 + 10 * 69) / 70.0, c.reach(), 1e-9);
        assertTrue(c.measured());
        // pairs inside a group (score 1): dated 60 x 29 + undated 10 x 9, of 60 x 39 + 10 x 69 ordered pairs in reach
        double expected = (60 * 29 + 10 * 9) / (double) (60 * 39 + 10 * 69);
        double ones = Arrays.stream(c.scores()).filter(s -> s == 1).count() / (double) c.scores().length;
        assertEquals(expected, ones, 0.01, "share of same-group pairs among the sampled pairs");
        // without the undated events, the two dated groups are never paired: every sampled pair scores 1
        StorylineChance far = StorylineChance.sample(v.subList(0, 60), ones(60), Arrays.copyOf(dates, 60), NO_DECAY, YEAR, 1, p -> {}, p -> {});
        assertEquals(29, far.reach(), 1e-9);
        assertEquals(1.0, Arrays.stream(far.scores()).min().orElseThrow(), "a pair from the other group was sampled");
    }

    @Test
    void samplesAreTheSameWhateverTheThreads() {
        int n = 300;
        List<TermVector> v = vectors(3, n);
        long[] dates = new long[n];
        for (int i = 0; i < n; i++) dates[i] = (i * 7919L % 365) * DAY;
        GapWeight halfYear = gap -> Math.exp(-gap / (180.0 * DAY));
        double[] lengths = new double[n];
        for (int i = 0; i < n; i++) lengths[i] = 0.5 + (i % 5) / 10.0;
        StorylineChance one = StorylineChance.sample(v, lengths, dates, halfYear, 8 * 180 * DAY, 1, p -> {}, p -> {});
        StorylineChance two = StorylineChance.sample(v, lengths, dates, halfYear, 8 * 180 * DAY, 2, p -> {}, p -> {});
        assertArrayEquals(one.scores(), two.scores());
        assertEquals(StorylineChance.pairs(one.reach()), one.scores().length);
    }

    @Test
    void tooFewEventsInReachAreNotMeasuredAndThePriorDecides() {
        List<TermVector> v = vectors(1, 2);
        long[] dates = {0, 160 * DAY};
        long[] planned = {-1};
        StorylineChance c = StorylineChance.sample(v, ones(2), dates, NO_DECAY, YEAR, 1, p -> planned[0] = p, p -> {});
        assertFalse(c.measured());
        assertEquals(-1, planned[0], "nothing to sample");
        ThresholdCalibration.Thresholds t = c.choose(0.3, 0.09, "0.30 x event", 0.03, "event reason");
        assertEquals(0.09, t.storyline(), 1e-12);
        assertEquals(0.3, t.event(), 1e-12);
        assertTrue(t.reason().startsWith("event reason; storyline chance: not measured"), t.reason());
        assertTrue(t.reason().endsWith("-> storyline 0.090 (prior)"), t.reason());
    }

    @Test
    void aChanceLevelAboveThePriorDecidesAndSaysSo() {
        double[] scores = exponentialScores(2, 200_000, 1.0, 0.03);
        ThresholdCalibration.Thresholds t = new StorylineChance(scores, 5001, 5000).choose(0.3, 0.09, "0.30 x event", 0.03, "ev");
        assertEquals(new StorylineChance(scores, 5001, 5000).level(0.03), t.storyline(), 1e-12);
        assertTrue(t.storyline() > 0.09);
        assertTrue(t.reason().contains("each compared with the 5000 in reach"), t.reason());
        assertTrue(t.reason().endsWith("(chance)"), t.reason());
        assertThrows(IllegalArgumentException.class, () -> new StorylineChance(scores, 10, 9).level(0));
    }
}
