package io.copydesk.cluster;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ThresholdCalibrationTest {
    private static double[] background(long seed, int n, double shareWithTerms, double level) {
        Random r = new Random(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) out[i] = r.nextDouble() < shareWithTerms ? level * (0.5 + r.nextDouble()) : 0;
        return out;
    }

    @Test
    void theEventThresholdIsTheChanceLevelOfRandomPairs() {
        double[] bg = new double[100];
        for (int i = 0; i < 100; i++) bg[i] = (i + 1) / 1000.0; // 0.001 .. 0.100
        ThresholdCalibration.Thresholds t = ThresholdCalibration.choose(bg, new double[] {0.5}, 0.95, 0.5);
        assertEquals(0.095, t.event(), 1e-12);
        assertEquals(0.0475, t.storyline(), 1e-12);
        assertTrue(t.reason().contains("0.095"), t.reason());
    }

    @Test
    void sparseOverlapGivesALowerThresholdThanVocabularySharedByEveryPair() {
        double[] headlines = background(1, 4000, 0.04, 0.3); // most random pairs share no term
        double[] articles = background(2, 4000, 1.0, 0.1);    // every pair shares common words
        double h = ThresholdCalibration.choose(headlines, new double[0], 0.95, 0.5).event();
        double a = ThresholdCalibration.choose(articles, new double[0], 0.95, 0.5).event();
        assertTrue(h < a, h + " vs " + a);
    }

    @Test
    void aCollectionWithoutSharedVocabularyStillGetsAPositiveThreshold() {
        ThresholdCalibration.Thresholds t = ThresholdCalibration.choose(new double[50], new double[0], 0.95, 0.5);
        assertEquals(ThresholdCalibration.MIN_THRESHOLD, t.event());
        assertTrue(t.storyline() > 0 && t.storyline() <= t.event());
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ThresholdCalibration.choose(new double[1], new double[1], 1.0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> ThresholdCalibration.choose(new double[1], new double[1], 0.9, 0));
    }
}
