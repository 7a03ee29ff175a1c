package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A search for scores of at least m may stop at reachSeconds(m): no pair beyond it can score m. */
class TimeDecayReachTest {
    @Test
    void noPairBeyondTheReachOfAMinimumWeightReachesIt() {
        Random r = new Random(17);
        for (int trial = 0; trial < 20_000; trial++) {
            TimeDecay decay = new TimeDecay(java.time.Duration.ofSeconds(600 + r.nextInt(30 * 86_400)));
            double min = r.nextInt(10) == 0 ? r.nextDouble() * 1e-4 : r.nextDouble();
            long reach = decay.reachSeconds(min);
            assertTrue(reach <= decay.reachSeconds(), "never further than the cutoff");
            // a pair just beyond the reach, with either date at midnight (a whole day) or at a time of day
            long a = 1_700_000_000L - Math.floorMod(1_700_000_000L, 86_400L) + (r.nextBoolean() ? 0 : 1 + r.nextInt(86_399));
            long b = a + reach + 1 + (r.nextBoolean() ? 0 : r.nextInt(1000));
            double w = decay.weight(java.time.Instant.ofEpochSecond(a), java.time.Instant.ofEpochSecond(b));
            assertTrue(w < min || w == 0, "weight " + w + " >= " + min + " at gap " + (b - a) + ", reach " + reach + ", " + decay);
        }
    }

    @Test
    void theReachShrinksAsTheMinimumRisesAndIsTheCutoffWithoutOne() {
        TimeDecay decay = TimeDecay.parse("12h");
        assertEquals(decay.reachSeconds(), decay.reachSeconds(0));
        assertEquals(decay.reachSeconds(), decay.reachSeconds(1e-9), "below the cutoff's weight the cutoff decides");
        long previous = Long.MAX_VALUE;
        for (double m : new double[] {0.001, 0.01, 0.15, 0.5, 1}) {
            long reach = decay.reachSeconds(m);
            assertTrue(reach < previous, m + ": " + reach);
            previous = reach;
        }
        // at 0.15 (half of an event threshold of 0.30) a 12h decay reaches under two windows past the day
        assertTrue(decay.reachSeconds(0.15) < 86_400 + 2 * 43_200, "" + decay.reachSeconds(0.15));
        assertEquals(TimeDecay.OFF.reachSeconds(), TimeDecay.OFF.reachSeconds(0.5));
    }
}
