package io.copydesk.cluster;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A remembered gap weight gives what its weight gives, to the bit, and computes a gap asked just before only once. */
class RememberedGapsTest {
    @Test
    void everyGapWeighsAsTheWeightItRemembersAndRepeatsAreNotComputedAgain() {
        GapWeight exact = gap -> Math.exp(-gap / (3.0 * 86_400)) + (gap % 7 == 0 ? 1e-17 * gap : 0); // near gaps differ in their bits
        long[] computed = {0};
        RememberedGaps remembered = new RememberedGaps(gap -> {
            computed[0]++;
            return exact.of(gap);
        });
        Random rnd = new Random(35);
        long[] pool = new long[20_000]; // whole days, mean dates (any second): many gaps share a slot
        for (int i = 0; i < pool.length; i++) pool[i] = i % 3 == 0 ? rnd.nextInt(60) * 86_400L : rnd.nextInt(40 * 86_400);
        for (int round = 0; round < 200_000; round++) {
            long gap = round % 1000 == 0 ? -rnd.nextInt(100) : pool[rnd.nextInt(pool.length)];
            assertEquals(Double.doubleToRawLongBits(exact.of(gap)), Double.doubleToRawLongBits(remembered.of(gap)), "gap " + gap);
            if (gap >= 0) {
                long before = computed[0];
                remembered.of(gap);
                assertEquals(before, computed[0], "gap " + gap + ", asked again at once, was computed again");
            }
        }
        assertTrue(computed[0] < 150_000, "little remembered: " + computed[0] + " of 200,000 weights computed");
    }
}
