package io.copydesk.cluster;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.tfidf.TermCounts;
import io.copydesk.tfidf.TermVector;
import io.copydesk.tfidf.TfIdfModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Smoothing a vector towards its neighbours, as properties over random sparse vectors. */
class NeighbourSmoothingTest {
    /** A random normalized vector of {@code n} distinct terms out of {@code vocabulary}. */
    private static TermVector random(Random rnd, int n, int vocabulary) {
        int[] terms = rnd.ints(0, vocabulary).distinct().limit(n).toArray();
        float[] counts = new float[terms.length];
        for (int i = 0; i < counts.length; i++) counts[i] = 1 + rnd.nextInt(4);
        return TfIdfModel.vectorize(new TermCounts(terms, counts), t -> 1 + (t % 7) / 3.0);
    }

    private static double length(TermVector v) {
        double s = 0;
        for (int i = 0; i < v.size(); i++) s += (double) v.weight(i) * v.weight(i);
        return Math.sqrt(s);
    }

    @Test
    void withoutNeighboursOrWeightTheVectorIsItsOwn() {
        Random rnd = new Random(1);
        for (int trial = 0; trial < 200; trial++) {
            TermVector v = random(rnd, 1 + rnd.nextInt(30), 200);
            TermVector n = random(rnd, 1 + rnd.nextInt(30), 200);
            assertSame(v, NeighbourSmoothing.smooth(v, List.of(), new double[0], 0.25));
            assertSame(v, NeighbourSmoothing.smooth(v, List.of(n), new double[] {0.4}, 0));
        }
    }

    @Test
    void theSmoothedVectorIsNormalizedAndHoldsAtMostItsTermsPlusTheExtra() {
        Random rnd = new Random(2);
        for (int trial = 0; trial < 300; trial++) {
            TermVector v = random(rnd, 1 + rnd.nextInt(40), 5000);
            List<TermVector> near = new ArrayList<>();
            int k = 1 + rnd.nextInt(NeighbourSmoothing.NEIGHBOURS);
            double[] scores = new double[k];
            for (int j = 0; j < k; j++) { near.add(random(rnd, 1 + rnd.nextInt(60), 5000)); scores[j] = 0.01 + rnd.nextDouble() * 0.99; }
            TermVector s = NeighbourSmoothing.smooth(v, near, scores, rnd.nextDouble());
            assertEquals(1.0, length(s), 1e-5, "trial " + trial);
            assertTrue(s.size() <= v.size() + NeighbourSmoothing.EXTRA_TERMS, "trial " + trial + ": " + s.size() + " terms");
            for (int i = 1; i < s.size(); i++) assertTrue(s.term(i) > s.term(i - 1), "terms ascending");
        }
    }

    /**
     * With one neighbour the smoothed vector is at least as close to it as the vector was
     * ((c + a)^2 >= c^2 (1 + 2ac + a^2) for c in [0, 1]), and strictly closer when they were not
     * the same direction: the neighbour pulls.
     */
    @Test
    void oneNeighbourPullsTheVectorTowardsIt() {
        Random rnd = new Random(3);
        for (int trial = 0; trial < 300; trial++) {
            TermVector v = random(rnd, 1 + rnd.nextInt(20), 60);
            TermVector n = random(rnd, 1 + rnd.nextInt(20), 60); // v + n has at most 40 terms: none dropped
            double alpha = 0.05 + rnd.nextDouble() * 0.95, score = 0.05 + rnd.nextDouble() * 0.95;
            double before = v.dot(n), after = NeighbourSmoothing.smooth(v, List.of(n), new double[] {score}, alpha).dot(n);
            assertTrue(after >= before - 1e-6, "trial " + trial + ": " + before + " -> " + after);
            if (before < 0.999) assertTrue(after > before, "trial " + trial + ": " + before + " -> " + after);
        }
    }

    /** Two vectors without a common term meet once both are smoothed towards a neighbour they share. */
    @Test
    void articlesWithoutACommonWordMeetThroughASharedNeighbour() {
        Random rnd = new Random(4);
        for (int trial = 0; trial < 200; trial++) {
            TermVector a = random(rnd, 1 + rnd.nextInt(10), 100); // terms 0-99
            TermVector b = shifted(random(rnd, 1 + rnd.nextInt(10), 100), 100); // terms 100-199: nothing in common with a
            TermVector shared = TermVector.sum(List.of(a, b), null);
            assertEquals(0.0, a.dot(b), 0.0);
            double sa = a.dot(shared), sb = b.dot(shared);
            TermVector a2 = NeighbourSmoothing.smooth(a, List.of(shared), new double[] {sa}, 0.25);
            TermVector b2 = NeighbourSmoothing.smooth(b, List.of(shared), new double[] {sb}, 0.25);
            assertTrue(a2.dot(b2) > 0.01, "trial " + trial + ": " + a2.dot(b2));
        }
    }

    private static TermVector shifted(TermVector v, int by) {
        int[] t = new int[v.size()];
        float[] c = new float[v.size()];
        for (int i = 0; i < t.length; i++) { t[i] = v.term(i) + by; c[i] = v.weight(i); }
        return TfIdfModel.vectorize(new TermCounts(t, c), x -> 1);
    }

    @Test
    void badArgumentsAreRefused() {
        TermVector v = random(new Random(5), 5, 50);
        assertThrows(IllegalArgumentException.class, () -> NeighbourSmoothing.smooth(v, List.of(v), new double[0], 0.25));
        assertThrows(IllegalArgumentException.class, () -> NeighbourSmoothing.smooth(v, List.of(v), new double[] {0.5}, 1.5));
    }
}
