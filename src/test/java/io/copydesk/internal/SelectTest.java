package io.copydesk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SelectTest {
    @Test
    void selectionFindsTheKthSmallest() {
        Random r = new Random(3);
        for (int round = 0; round < 4000; round++) {
            int n = 1 + r.nextInt(round % 10 == 0 ? 2000 : 40);
            long bound = switch (round % 4) { case 0 -> 100_000; case 1 -> 3; case 2 -> 1; default -> Long.MAX_VALUE; }; // 1, 3: many repeats
            long[] a = r.longs(n, round % 5 == 0 ? -bound : 0, bound).toArray();
            if (round % 8 == 0) a = Arrays.stream(a).distinct().toArray();
            if (round % 7 == 0) Arrays.sort(a); // sorted input
            if (round % 11 == 0) for (int i = 0, j = a.length - 1; i < j; i++, j--) { long t = a[i]; a[i] = a[j]; a[j] = t; }
            long[] sorted = a.clone();
            Arrays.sort(sorted);
            int k = r.nextInt(a.length);
            long[] moved = a.clone();
            assertEquals(sorted[k], Select.kth(moved, k), "round " + round);
            Arrays.sort(moved);
            assertEquals(Arrays.toString(sorted), Arrays.toString(moved), "round " + round + ": values lost");
        }
    }

    @Test
    void selectionInAPrefixLeavesTheRestAlone() {
        Random r = new Random(5);
        for (int round = 0; round < 2000; round++) {
            int n = 1 + r.nextInt(60), spare = r.nextInt(20);
            long[] a = r.longs(n + spare, 0, round % 2 == 0 ? 5 : 1000).toArray();
            long[] prefix = Arrays.copyOf(a, n), rest = Arrays.copyOfRange(a, n, n + spare);
            Arrays.sort(prefix);
            int k = r.nextInt(n);
            assertEquals(prefix[k], Select.kth(a, n, k), "round " + round);
            long[] moved = Arrays.copyOf(a, n);
            Arrays.sort(moved);
            assertEquals(Arrays.toString(prefix), Arrays.toString(moved), "round " + round + ": values lost");
            assertEquals(Arrays.toString(rest), Arrays.toString(Arrays.copyOfRange(a, n, n + spare)), "round " + round + ": beyond n moved");
        }
    }
}
