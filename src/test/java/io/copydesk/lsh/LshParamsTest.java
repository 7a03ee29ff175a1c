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
    }
}
