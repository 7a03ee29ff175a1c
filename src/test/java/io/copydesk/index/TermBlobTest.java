package io.copydesk.index;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.tfidf.TermCounts;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Term counts with their cases survive the BLOB bit for bit, in id order; a damaged BLOB is refused. */
class TermBlobTest {
    @Test
    void randomCountsAndCasesRoundTrip() {
        long seed = Long.getLong("copydesk.test.seed", System.nanoTime());
        Random r = new Random(seed);
        for (int trial = 0; trial < 2000; trial++) {
            int n = r.nextInt(40);
            int[] ids = r.ints(0, 1 << (6 + r.nextInt(23))).distinct().limit(n).toArray(); // at least 64 ids to draw 40 from
            n = ids.length;
            float[] counts = new float[n];
            byte[] cases = new byte[n];
            for (int i = 0; i < n; i++) {
                counts[i] = switch (r.nextInt(4)) {
                    case 0 -> 1 + r.nextInt(50);
                    case 1 -> (1 << 28) - 1 - r.nextInt(3); // the largest integers kept as integers
                    case 2 -> 1 + r.nextInt(5) + 0.5f * r.nextInt(3) + 0.3f; // title weights that are no integer
                    default -> (1 << 28) + r.nextInt(1000); // too large for the integer form
                };
                cases[i] = (byte) (r.nextInt(3) - 1);
            }
            TermCounts back = TermBlob.decode(TermBlob.encode(new TermCounts(ids, counts, cases)));
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
            assertEquals(n, back.size(), "seed " + seed);
            for (int k = 0; k < n; k++) {
                int i = order[k];
                assertEquals(ids[i], back.terms()[k], "seed " + seed);
                assertEquals(Float.floatToRawIntBits(counts[i]), Float.floatToRawIntBits(back.counts()[k]), "seed " + seed);
                assertEquals(cases[i], back.cases()[k], "seed " + seed);
            }
        }
    }

    @Test
    void aCaseTagThatNoCaseHasIsRefused() {
        byte[] blob = TermBlob.encode(new TermCounts(new int[] {5}, new float[] {2}, new byte[] {1}));
        blob[1] |= 3; // the count's two case bits: 3 is no case
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TermBlob.decode(blob));
        assertTrue(e.getMessage().contains("case"), e.getMessage());
    }
}
