package io.copydesk.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link AscendingOrder} against a comparator sort of boxed positions (value, then position). */
class AscendingOrderTest {
    @Test
    void ordersAsTheBoxedComparatorDoes() {
        for (long seed = 1; seed <= 30; seed++) {
            Random r = new Random(seed);
            int n = r.nextInt(seed < 5 ? 3 : 5000);
            long[] values = new long[n];
            int spread = 1 + r.nextInt(seed % 2 == 0 ? 10 : 1_000_000); // many ties in half the seeds
            for (int i = 0; i < n; i++) {
                int kind = r.nextInt(20);
                values[i] = kind == 0 ? Long.MIN_VALUE : kind == 1 ? Long.MAX_VALUE : 1_700_000_000L + (r.nextInt(spread) - spread / 2) * 86_400L;
            }
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) boxed[i] = i;
            Arrays.sort(boxed, (x, y) -> values[x] != values[y] ? Long.compare(values[x], values[y]) : Integer.compare(x, y));
            assertArrayEquals(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray(), AscendingOrder.of(values), "seed " + seed);
        }
    }
}
