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
    void aChanceLevelAboveTheLengthPriorDecides() {
        double[] bg = new double[100];
        for (int i = 0; i < 100; i++) bg[i] = (i + 1) / 200.0; // 0.005 .. 0.500
        ThresholdCalibration.Thresholds t = ThresholdCalibration.choose(bg, new double[] {0.5, 0.1}, 40, 100, 0.95, 0.5);
        assertEquals(0.475, t.event(), 1e-12);
        assertEquals(0.2375, t.storyline(), 1e-12);
        assertTrue(t.reason().contains("event 0.475 (chance)"), t.reason());
        assertTrue(t.reason().contains("50% of sampled articles"), t.reason());
    }

    @Test
    void belowTheLengthPriorThePriorDecides() {
        double[] bg = background(3, 4000, 0.2, 0.05);
        ThresholdCalibration.Thresholds t = ThresholdCalibration.choose(bg, new double[0], 40, 4000, 0.95, 0.5);
        assertEquals(ThresholdCalibration.PRIOR_HIGH, t.event(), 1e-12);
        assertTrue(t.reason().contains("(length prior)"), t.reason());
    }

    @Test
    void theLengthPriorRisesWithLengthFromHeadlinesToArticles() {
        double previous = 0;
        for (int terms = 0; terms <= 40; terms++) {
            double p = ThresholdCalibration.lengthPrior(terms);
            assertTrue(p >= previous, terms + " terms: " + p + " < " + previous);
            assertTrue(p >= ThresholdCalibration.PRIOR_LOW && p <= ThresholdCalibration.PRIOR_HIGH, terms + " terms: " + p);
            previous = p;
        }
        assertEquals(ThresholdCalibration.PRIOR_LOW, ThresholdCalibration.lengthPrior(ThresholdCalibration.SHORT_TERMS));
        assertEquals(ThresholdCalibration.PRIOR_HIGH, ThresholdCalibration.lengthPrior(ThresholdCalibration.LONG_TERMS));
    }

    @Test
    void sparseOverlapGivesALowerChanceLevelThanVocabularySharedByEveryPair() {
        double[] headlines = background(1, 4000, 0.04, 0.3); // most random pairs share no term
        double[] articles = background(2, 4000, 1.0, 0.4);    // every pair shares common words
        double h = ThresholdCalibration.choose(headlines, new double[0], 8, 4000, 0.95, 0.5).event();
        double a = ThresholdCalibration.choose(articles, new double[0], 8, 4000, 0.95, 0.5).event();
        assertTrue(h < a, h + " vs " + a);
    }

    @Test
    void aTinyCollectionIsNotJudgedByItsOwnPair() {
        // five short articles whose own pairs reach 0.45: those pairs are not chance
        double[] own = {0.45, 0.42, 0.34, 0, 0, 0, 0, 0, 0, 0};
        ThresholdCalibration.Thresholds t = ThresholdCalibration.choose(own, new double[] {0.45}, 8, 5, 0.95, 0.5);
        assertEquals(ThresholdCalibration.PRIOR_LOW, t.event(), 1e-12, t.reason());
        assertTrue(t.reason().contains("not measured"), t.reason());
        // the same pairs in a collection large enough to measure chance with
        assertEquals(0.45, ThresholdCalibration.choose(own, new double[0], 8, 500, 0.95, 0.5).event(), 1e-12);
    }

    @Test
    void aCollectionWithoutSharedVocabularyStillGetsAPositiveThreshold() {
        ThresholdCalibration.Thresholds t = ThresholdCalibration.choose(new double[50], new double[0], 0, 50, 0.95, 0.5);
        assertTrue(t.event() >= ThresholdCalibration.MIN_THRESHOLD);
        assertTrue(t.storyline() > 0 && t.storyline() <= t.event());
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ThresholdCalibration.choose(new double[1], new double[1], 10, 100, 1.0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> ThresholdCalibration.choose(new double[1], new double[1], 10, 100, 0.9, 0));
    }
}
