package io.copydesk.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairMetricsTest {
    private static final double EPS = 1e-12;

    /*
     * Truth: (a,b) 0.05 -> band 0; (c,d) 0.15 and (i,j) 0.1 -> band 1; (e,f) 0.95 and (g,h) 1.0 -> band 9.
     * Pred: (b,a) (order does not matter), (g,h), (i,j), (x,y).
     * Found 3 of 4 predicted and of 5 truth pairs: P = 3/4, R = 3/5, F1 = 2*3/(4+5) = 2/3.
     * Bands: 0 -> 1/1; 1 -> 1/2 ((i,j) found, (c,d) not); 9 -> 1/2 ((g,h)); the others are empty.
     */
    @Test
    void handExampleWithBands() {
        Map<IdPair, Double> truth = new LinkedHashMap<>();
        truth.put(new IdPair("a", "b"), 0.05);
        truth.put(new IdPair("c", "d"), 0.15);
        truth.put(new IdPair("e", "f"), 0.95);
        truth.put(new IdPair("g", "h"), 1.0);
        truth.put(new IdPair("i", "j"), 0.1);
        PairScores s = PairMetrics.score(truth,
                Set.of(new IdPair("b", "a"), new IdPair("g", "h"), new IdPair("i", "j"), new IdPair("x", "y")));
        assertEquals(5, s.truthPairs());
        assertEquals(4, s.predPairs());
        assertEquals(3, s.foundPairs());
        assertEquals(0.75, s.precision(), EPS);
        assertEquals(0.6, s.recall(), EPS);
        assertEquals(2.0 / 3, s.f1(), EPS);

        assertEquals(JaccardBand.COUNT, s.bands().size());
        assertBand(s.bands().get(0), 0.0, 0.1, 1, 1, 1.0);
        assertBand(s.bands().get(1), 0.1, 0.2, 2, 1, 0.5);
        assertBand(s.bands().get(9), 0.9, 1.0, 2, 1, 0.5);
        for (int i = 2; i < 9; i++) {
            assertEquals(0, s.bands().get(i).truth());
            assertTrue(Double.isNaN(s.bands().get(i).recall()), "empty band " + i);
        }
    }

    @Test
    void bandEdgesBelongToTheUpperBandAndOneToTheLast() {
        for (int k = 0; k < 10; k++) {
            double edge = k / 10.0;
            assertEquals(k, JaccardBand.indexOf(edge), "edge " + edge);
            if (k > 0) assertEquals(k - 1, JaccardBand.indexOf(Math.nextDown(edge)), "just below " + edge);
        }
        assertEquals(9, JaccardBand.indexOf(1.0));
        assertEquals(3, JaccardBand.indexOf(3.0 / 10));
        assertThrows(IllegalArgumentException.class, () -> JaccardBand.indexOf(1.5));
        assertThrows(IllegalArgumentException.class, () -> JaccardBand.indexOf(Double.NaN));
    }

    @Test
    void swappingTruthAndPredSwapsPrecisionAndRecall() {
        Set<IdPair> first = Set.of(new IdPair("a", "b"), new IdPair("a", "c"), new IdPair("d", "e"));
        Set<IdPair> second = Set.of(new IdPair("a", "b"), new IdPair("x", "y"));
        PairScores forward = PairMetrics.score(withJaccard(first), second);
        PairScores backward = PairMetrics.score(withJaccard(second), first);
        assertEquals(forward.precision(), backward.recall(), EPS);
        assertEquals(forward.recall(), backward.precision(), EPS);
        assertEquals(1.0 / 2, forward.precision(), EPS);
        assertEquals(1.0 / 3, forward.recall(), EPS);
    }

    @Test
    void nothingPredictedHasNoPrecisionAndNoTruthHasNoRecall() {
        PairScores none = PairMetrics.score(withJaccard(Set.of(new IdPair("a", "b"))), Set.of());
        assertTrue(Double.isNaN(none.precision()), "0/0");
        assertEquals(0.0, none.recall(), EPS);
        assertTrue(Double.isNaN(none.f1()));
        PairScores empty = PairMetrics.score(Map.of(), Set.of());
        assertTrue(Double.isNaN(empty.precision()));
        assertTrue(Double.isNaN(empty.recall()));
        assertTrue(Double.isNaN(empty.f1()));
    }

    @Test
    void pairsAreUnordered() {
        assertEquals(new IdPair("b", "a"), new IdPair("a", "b"));
        assertEquals("a", new IdPair("b", "a").a());
        assertThrows(IllegalArgumentException.class, () -> new IdPair("a", "a"));
    }

    private static Map<IdPair, Double> withJaccard(Set<IdPair> pairs) {
        Map<IdPair, Double> truth = new LinkedHashMap<>();
        for (IdPair p : pairs) truth.put(p, 0.5);
        return truth;
    }

    private static void assertBand(JaccardBand band, double from, double to, long truth, long found, double recall) {
        assertEquals(from, band.from(), EPS);
        assertEquals(to, band.to(), EPS);
        assertEquals(truth, band.truth());
        assertEquals(found, band.found());
        assertEquals(recall, band.recall(), EPS);
    }

    @Test
    void truthPairsWithoutScoreCountForRecallButInNoBand() {
        Map<IdPair, Double> truth = new LinkedHashMap<>();
        truth.put(new IdPair("a", "b"), Double.NaN);
        truth.put(new IdPair("c", "d"), 0.95);
        PairScores s = PairMetrics.score(truth, Set.of(new IdPair("a", "b")));
        assertEquals(0.5, s.recall(), 1e-12);
        assertEquals(1, s.bands().stream().mapToLong(JaccardBand::truth).sum(), "only the scored pair has a band");
        assertEquals(0, s.bands().stream().mapToLong(JaccardBand::found).sum());
    }
}
