package io.copydesk.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LongListTest {
    private static LongList of(long... values) {
        LongList l = new LongList(1);
        for (long v : values) l.add(v);
        return l;
    }

    @Test
    void addingAListAppendsItsValuesInOrderAndLeavesItAsItWas() {
        Random r = new Random(5);
        for (int round = 0; round < 300; round++) {
            long[] x = r.longs(r.nextInt(round % 10 == 0 ? 3000 : 40)).toArray();
            long[] y = r.longs(r.nextInt(round % 7 == 0 ? 3000 : 40)).toArray();
            LongList a = of(x), b = of(y);
            a.addAll(b);
            assertArrayEquals(LongStream.concat(Arrays.stream(x), Arrays.stream(y)).toArray(), a.toArray(), "round " + round);
            assertArrayEquals(y, b.toArray(), "round " + round);
            a.add(7); // the list grows on past what was added
            assertEquals(x.length + y.length + 1, a.size());
            assertEquals(7, a.get(a.size() - 1));
        }
    }

    @Test
    void aListAddedToItselfIsDoubled() {
        LongList a = of(3, 1, 2);
        a.addAll(a);
        assertArrayEquals(new long[] {3, 1, 2, 3, 1, 2}, a.toArray());
    }

    @Test
    void sortingKeepsRepeatedValuesAndSortingDistinctDropsThem() {
        Random r = new Random(9);
        for (int round = 0; round < 200; round++) {
            long[] x = r.longs(r.nextInt(round % 5 == 0 ? 5000 : 60), -20, round % 2 == 0 ? 20 : Long.MAX_VALUE).toArray();
            long[] sorted = x.clone();
            Arrays.sort(sorted);
            LongList a = of(x), b = of(x);
            a.sort();
            assertArrayEquals(sorted, a.toArray(), "round " + round);
            b.sortDistinct();
            assertArrayEquals(Arrays.stream(sorted).distinct().toArray(), b.toArray(), "round " + round);
        }
    }
}
