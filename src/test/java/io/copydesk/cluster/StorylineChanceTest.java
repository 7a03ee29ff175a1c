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

    /**
     * The simple form: every pair number in turn, its events found by the reach, scored with the
     * merged dot product. The sample's scores (grouped by first event, held vectors) are the same
     * multiset, bit for bit, with dated and undated events, narrow and wide reaches, 1 and 2 threads.
     */
    @Test
    void sampledScoresAreThoseOfEveryPairNumberInTurn() {
        Random r = new Random(17);
        for (int round = 0; round < 6; round++) {
            int n = 30 + r.nextInt(400);
            List<TermVector> v = io.copydesk.tfidf.InvertedIndexTestAccess.vectors(round, n, 50 + r.nextInt(1500));
            long[] dates = new long[n];
            double[] lengths = new double[n];
            for (int i = 0; i < n; i++) {
                dates[i] = r.nextInt(10) == 0 ? Long.MIN_VALUE : r.nextInt(2 * 365) * DAY + r.nextInt(86_400);
                lengths[i] = 0.2 + r.nextDouble();
            }
            long reach = (round % 3 == 0 ? 3 * YEAR : 20 + r.nextInt(200)) * DAY;
            GapWeight decay = gap -> Math.exp(-gap / (90.0 * DAY));
            StorylineChance.Reach pairs = StorylineChance.Reach.of(dates, reach);
            StorylineChance got = StorylineChance.sample(v, lengths, dates, decay, reach, 1 + round % 2, p -> {}, p -> {});
            if (!got.measured()) continue;
            double[] want = new double[got.scores().length];
            for (int i = 0; i < want.length; i++) {
                long number = StorylineChance.number(i, pairs.total());
                int a = pairs.eventOf(number), b = pairs.partner(a, number);
                want[i] = v.get(a).dot(v.get(b)) * lengths[a] * lengths[b] * StorylineLinkage.weight(decay, dates[a], dates[b]);
            }
            double[] sorted = got.scores().clone();
            Arrays.sort(sorted);
            Arrays.sort(want);
            assertArrayEquals(want, sorted, "round " + round);
        }
    }

    /**
     * Property: the event of every pair number, found from its bucket, is the first event whose block ends
     * after it (a scan of the blocks), with blocks empty (isolated dates), long (crowded dates) and all alike.
     */
    @Test
    void theEventOfAPairIsTheFirstWhoseBlockEndsAfterIt() {
        Random r = new Random(29);
        int checked = 0;
        for (int round = 0; round < 60; round++) {
            int n = 1 + r.nextInt(300);
            long[] dates = new long[n];
            int spread = round % 3 == 0 ? 3 : 2000; // crowded days, or isolated ones
            for (int i = 0; i < n; i++) dates[i] = round % 5 == 0 || r.nextInt(20) == 0 ? Long.MIN_VALUE : r.nextInt(spread) * DAY;
            StorylineChance.Reach reach = StorylineChance.Reach.of(dates, (1 + r.nextInt(30)) * DAY);
            int scan = 0;
            for (long pair = 0; pair < reach.total(); pair += 1 + r.nextInt(3)) {
                while (reach.end()[scan] <= pair) scan++;
                assertEquals(scan, reach.eventOf(pair), "round " + round + ", pair " + pair + " of " + reach.total());
                checked++;
            }
        }
        assertTrue(checked > 50_000, checked + " pairs checked");
    }

    /**
     * The longer centroid of a pair is held as {@link HeldVector#holdSecond} says, odd weights included: the
     * sampled scores are the multiset of the pairs' scores with the event held that it chooses.
     */
    @Test
    void theEventHeldIsTheOneHoldSecondChooses() {
        Random r = new Random(31);
        float[] odd = {0f, -0f, 3e38f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN};
        int n = 60;
        List<TermVector> v = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            int[] terms = r.ints(0, 40).distinct().limit(1 + r.nextInt(30)).sorted().toArray();
            float[] w = new float[terms.length];
            for (int i = 0; i < w.length; i++) w[i] = r.nextInt(6) == 0 ? odd[r.nextInt(odd.length)] : (float) r.nextGaussian();
            v.add(io.copydesk.tfidf.InvertedIndexTestAccess.raw(terms, w));
        }
        long[] dates = new long[n];
        Arrays.fill(dates, Long.MIN_VALUE);
        double[] lengths = new double[n];
        Arrays.fill(lengths, 1);
        GapWeight none = gap -> 1;
        StorylineChance got = StorylineChance.sample(v, lengths, dates, none, DAY, 2, p -> {}, p -> {});
        StorylineChance.Reach pairs = StorylineChance.Reach.of(dates, DAY);
        io.copydesk.tfidf.HeldVector held = new io.copydesk.tfidf.HeldVector();
        long[] want = new long[got.scores().length], have = new long[want.length];
        for (int i = 0; i < want.length; i++) {
            long number = StorylineChance.number(i, pairs.total());
            int a = pairs.eventOf(number), b = pairs.partner(a, number);
            double dot = io.copydesk.tfidf.HeldVector.holdSecond(v.get(a), v.get(b)) ? held.hold(v.get(b)).dot(v.get(a)) : held.hold(v.get(a)).dot(v.get(b));
            // every NaN as one: which NaN an invalid operation gives follows the operand order each compiler chose
            want[i] = Double.doubleToLongBits(dot);
            have[i] = Double.doubleToLongBits(got.scores()[i]);
        }
        Arrays.sort(want);
        Arrays.sort(have);
        assertArrayEquals(want, have);
    }

    /** The simple form of the tail: the scores sorted, its start read at its position, the excess summed from the top. */
    private static double level(double[] scores, double reach, double links) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        int k = sorted.length;
        double from = Math.min(0.5, StorylineChance.TAIL_PARTNERS / reach);
        double u = sorted[Math.max(0, (int) Math.ceil((1 - from) * k) - 1)];
        int above = 0;
        double excess = 0;
        for (int i = k - 1; i >= 0 && sorted[i] > u; i--) { above++; excess += sorted[i] - u; }
        double scale = above == 0 ? 0 : excess / above;
        return u + scale * Math.max(0, Math.log((double) above / k * reach / links));
    }

    /** Property: the level from unsorted scores (ties, zeros of both signs) is the sorted simple form's, to the bit. */
    @Test
    void theLevelIsTheSortedScoresLevelBitForBit() {
        Random r = new Random(23);
        for (int round = 0; round < 200; round++) {
            int k = 1 + r.nextInt(round % 5 == 0 ? 20 : 20_000);
            double[] scores = new double[k];
            for (int i = 0; i < k; i++) {
                int kind = r.nextInt(10);
                scores[i] = kind == 0 ? 0.0 : kind == 1 ? -0.0 : kind == 2 ? 0.125 : kind == 3 ? -r.nextDouble() * 0.01 : r.nextDouble() * r.nextDouble() * 0.3;
            }
            double reach = round % 4 == 0 ? 20 + r.nextInt(50) : 20 + r.nextInt(20_000);
            double links = round % 2 == 0 ? 0.03 : 0.5;
            StorylineChance c = new StorylineChance(scores, (int) reach + 1, reach);
            assertEquals(Double.doubleToRawLongBits(level(scores, reach, links)), Double.doubleToRawLongBits(c.level(links)), "round " + round);
            double storyline = Math.min(1, Math.max(Double.MIN_VALUE, level(scores, reach, links))); // choose: the larger of the level and the prior
            assertEquals(Double.doubleToRawLongBits(storyline), Double.doubleToRawLongBits(c.choose(0.3, Double.MIN_VALUE, "p", links, "e").storyline()), "round " + round);
        }
    }

    /** Property: the m largest are the last m of the array sorted, bit for bit (ties, -0 and 0, infinities, NaN). */
    @Test
    void theLargestAreTheSortedArraysLastValues() {
        Random r = new Random(29);
        double[] odd = {0.0, -0.0, 1.0, -1.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, Double.MIN_VALUE, -Double.MIN_VALUE};
        for (int round = 0; round < 3000; round++) {
            double[] values = new double[1 + r.nextInt(round % 10 == 0 ? 5000 : 30)];
            for (int i = 0; i < values.length; i++) values[i] = r.nextInt(3) == 0 ? odd[r.nextInt(odd.length)] : r.nextInt(4) - 1.5 + (round % 2) * r.nextDouble();
            int m = 1 + r.nextInt(values.length);
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double[] got = StorylineChance.largest(values, m);
            assertEquals(m, got.length);
            for (int i = 0; i < m; i++) {
                assertEquals(Double.doubleToRawLongBits(sorted[values.length - m + i]), Double.doubleToRawLongBits(got[i]), "round " + round + " at " + i);
            }
        }
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
