package io.copydesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydesk.internal.LongList;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LshBenchTest {
    private static LshBench bench() {
        LshBench b = new LshBench();
        b.docs = 10_000;
        b.setup();
        return b;
    }

    @Test
    void queryReturnsEveryPlantedNearDuplicate() {
        LshBench b = bench();
        assertEquals("25 bands x 5 rows", b.params.toString());
        long[] candidates = BenchData.packed(b.candidates());
        int planted = 0;
        for (int d = 0; d < b.docs; d++) {
            if (!LshBench.isPlantedCopy(d)) continue;
            planted++;
            assertTrue(Arrays.binarySearch(candidates, LongList.pair(d - 1, d)) >= 0, "planted pair " + (d - 1) + "," + d);
        }
        assertEquals(b.docs / LshBench.PLANT_EVERY, planted);
        // Unrelated random documents almost never collide in a band: candidates are the planted pairs.
        assertTrue(candidates.length < planted * 1.05, candidates.length + " candidates for " + planted + " planted pairs");
    }

    @Test
    void insertBuildsAnIndexWithTheSameCandidates() {
        LshBench b = bench();
        assertEquals(Arrays.toString(BenchData.packed(b.candidates())), Arrays.toString(BenchData.packed(b.insert().candidatePairs())));
    }

    @Test
    void bandKeysAreOnePerBandAndStable() {
        LshBench b = bench();
        long[] first = b.bandKeys();
        assertEquals(25, first.length);
        b.next = 0;
        assertEquals(Arrays.toString(first), Arrays.toString(b.bandKeys()));
        assertTrue(b.baseline() != 0 || b.signatures[0].value(0) == 0);
    }
}
