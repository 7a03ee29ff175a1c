package io.copydesk.lsh;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class LshParamsTest {
    @Test
    void derivedBandingPutsTheSCurveStepAtTheThreshold() {
        for (double t : new double[] {0.3, 0.5, 0.7, 0.9}) {
            LshParams p = LshParams.forThreshold(t, 128);
            assertTrue(p.bands() * p.rows() <= 128);
            assertTrue(p.probability(Math.min(1, t + 0.15)) > 0.9, t + " -> " + p + " misses pairs above the threshold");
            assertTrue(p.probability(Math.max(0, t - 0.3)) < 0.35, t + " -> " + p + " admits too much below the threshold");
        }
    }

    @Test
    void probabilityIsTheBandingFormula() {
        LshParams p = new LshParams(20, 5);
        assertEquals(1 - Math.pow(1 - Math.pow(0.6, 5), 20), p.probability(0.6), 1e-12);
        assertEquals(0.0, p.probability(0), 1e-12);
        assertEquals(1.0, p.probability(1), 1e-12);
    }

    @Test
    void theChoiceIsSearchedOncePerThresholdAndHashCount() {
        // asked per article (DedupConfig.banding() in the in-memory index and the Spark job)
        assertSame(LshParams.forThreshold(0.55, 128), LshParams.forThreshold(0.55, 128));
        assertNotEquals(LshParams.forThreshold(0.55, 128), LshParams.forThreshold(0.55, 64));
        assertNotEquals(LshParams.forThreshold(0.3, 128), LshParams.forThreshold(0.9, 128));
    }

    @Test
    void aSearchStartedAheadGivesTheChoiceASearchOnTheCallerWouldGive() throws Exception {
        // thresholds nothing else in the tests asks for, so each search is made here
        double[] thresholds = {0.4321, 0.6543, 0.8765};
        for (double t : thresholds) LshParams.searchAhead(t, 96);
        for (double t : thresholds) {
            LshParams ahead = LshParams.forThreshold(t, 96); // waits for the search ahead when it is still running
            assertEquals(ahead, LshParams.forThreshold(t, 96));
            assertEquals(search(t, 96), ahead, "threshold " + t);
        }
        LshParams.searchAhead(0, 128); // out of range: nothing to search, and no thread fails
        LshParams.searchAhead(0.5, 0);
    }

    /** The search itself, not the remembered choice. */
    private static LshParams search(double threshold, int hashes) throws Exception {
        java.lang.reflect.Method m = LshParams.class.getDeclaredMethod("search", double.class, int.class);
        m.setAccessible(true);
        return (LshParams) m.invoke(null, threshold, hashes);
    }

    @Test
    void higherThresholdsUseMoreRows() {
        assertTrue(LshParams.forThreshold(0.8, 128).rows() > LshParams.forThreshold(0.3, 128).rows());
        for (int hashes : new int[] {16, 64, 128, 256}) {
            int rows = 0;
            for (int t = 5; t < 100; t += 5) {
                LshParams p = LshParams.forThreshold(t / 100.0, hashes);
                assertTrue(p.rows() >= rows, hashes + " hashes, threshold " + t / 100.0 + ": " + p);
                rows = p.rows();
            }
        }
    }

    /**
     * Every candidate is verified, so the derived banding is chosen for recall: a pair at the threshold itself is a
     * candidate 95 times in 100 and unrelated articles (Jaccard 0.05) once in a hundred at most, with the fewest
     * extra candidates, wherever some banding does both; the default's at 0.5 is 42 x 3 (25 x 5 found a pair at 0.5
     * one time in two, and lost the pairs of texts too short for anchors).
     */
    @Test
    void theDerivedBandingFindsPairsAtTheThresholdAndKeepsUnrelatedArticlesApart() {
        assertEquals(new LshParams(42, 3), LshParams.forThreshold(0.5, 128));
        int checked = 0;
        for (int hashes : new int[] {64, 128, 256}) {
            for (int t = 5; t < 100; t += 5) {
                double threshold = t / 100.0;
                int h = hashes;
                boolean possible = java.util.stream.IntStream.rangeClosed(1, hashes).mapToObj(r -> new LshParams(h / r, r))
                        .anyMatch(q -> q.probability(threshold) >= LshParams.RECALL_AT_THRESHOLD
                                && q.probability(LshParams.UNRELATED) <= LshParams.UNRELATED_CANDIDATES);
                if (!possible) continue;
                checked++;
                LshParams p = LshParams.forThreshold(threshold, hashes);
                assertTrue(p.probability(threshold) >= LshParams.RECALL_AT_THRESHOLD, hashes + " hashes at " + threshold + ": " + p);
                assertTrue(p.probability(LshParams.UNRELATED) <= LshParams.UNRELATED_CANDIDATES, hashes + " hashes at " + threshold + ": " + p);
                // one row more a band (fewer extra candidates) would miss too many at the threshold
                LshParams steeper = new LshParams(hashes / (p.rows() + 1), p.rows() + 1);
                assertTrue(steeper.probability(threshold) < LshParams.RECALL_AT_THRESHOLD, hashes + " hashes at " + threshold + ": " + steeper);
            }
        }
        assertTrue(checked >= 25, "thresholds where some banding does both: " + checked);
        // low thresholds, where no banding does both, keep at least the recall the balanced choice had (64 x 2 at 0.2)
        assertEquals(new LshParams(64, 2), LshParams.forThreshold(0.2, 128));
    }
}
