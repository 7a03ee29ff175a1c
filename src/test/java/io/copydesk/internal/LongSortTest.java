package io.copydesk.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.Random;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/** LongSort gives Arrays.sort's order (and, sortDistinct and sortDistinctHashes, its distinct values) on every kind of input, and leaves the rest of the array alone. */
class LongSortTest {
    private static void check(long[] a, int from, int to, String what) {
        long[] want = a.clone();
        Arrays.sort(want, from, to);
        long[] got = a.clone();
        LongSort.sort(got, from, to);
        assertArrayEquals(want, got, what + " n=" + (to - from));
        long[] distinct = a.clone();
        int end = LongSort.sortDistinct(distinct, from, to);
        assertArrayEquals(Arrays.stream(want, from, to).distinct().toArray(), Arrays.copyOfRange(distinct, from, end), what + " distinct n=" + (to - from));
        assertArrayEquals(Arrays.copyOfRange(a, 0, from), Arrays.copyOfRange(distinct, 0, from), what + " before the range");
        assertArrayEquals(Arrays.copyOfRange(a, to, a.length), Arrays.copyOfRange(distinct, to, a.length), what + " after the range");
        long[] hashes = a.clone(); // made for spread values, right on every input
        int hashesEnd = LongSort.sortDistinctHashes(hashes, from, to);
        assertArrayEquals(Arrays.copyOfRange(distinct, from, end), Arrays.copyOfRange(hashes, from, hashesEnd), what + " distinct hashes n=" + (to - from));
        assertArrayEquals(Arrays.copyOfRange(a, 0, from), Arrays.copyOfRange(hashes, 0, from), what + " hashes: before the range");
        assertArrayEquals(Arrays.copyOfRange(a, to, a.length), Arrays.copyOfRange(hashes, to, a.length), what + " hashes: after the range");
        long[] out = new long[to - from + 7]; // into another array, at an offset
        Arrays.fill(out, 5);
        int at = (to - from) % 4, outEnd = LongSort.sortDistinctHashes(a.clone(), from, to, out, at);
        assertArrayEquals(Arrays.copyOfRange(distinct, from, end), Arrays.copyOfRange(out, at, outEnd), what + " hashes into another array");
        for (int i = 0; i < at; i++) assertEquals(5, out[i], what + " into another array: before the range");
    }

    @Test
    void sortsLikeArraysSort() {
        Random rnd = new Random(7);
        long[] pool = new long[300];
        for (int i = 0; i < pool.length; i++) pool[i] = rnd.nextLong();
        LongSupplier[] kinds = {
                rnd::nextLong,                                           // hashes
                () -> rnd.nextInt(50),                                   // few distinct values
                () -> 42,                                                // all equal
                () -> ((long) rnd.nextInt(20000) << 32) | rnd.nextInt(20000), // packed pairs
                () -> ((long) rnd.nextInt(3) << 32) | rnd.nextInt(1 << 20),   // band entries: few keys, many documents
                () -> rnd.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE,   // the extremes
                () -> rnd.nextInt(1000) == 0 ? rnd.nextLong() : rnd.nextInt(100), // a clump and far outliers
                () -> rnd.nextLong() >>> 40,                             // non-negative, narrow
                () -> pool[rnd.nextInt(pool.length)],                    // hashes repeated, as an article's repeated phrases
                () -> 0x5A5AL << 48 | rnd.nextLong() >>> 16,             // one top 16 bits: the radix passes order nothing
                () -> (long) rnd.nextInt(8) << 61 | rnd.nextLong() >>> 20, // a few top 16 bits
                () -> rnd.nextLong() & 0xFFFF_0000_0000_00FFL,           // hashes that share their top bits with many
        };
        for (int round = 0; round < 1200; round++) {
            int n = round % 5 == 0 ? rnd.nextInt(200) : round % 5 == 1 ? 44 + rnd.nextInt(10) : rnd.nextInt(6000);
            LongSupplier kind = kinds[round % kinds.length];
            long[] a = new long[n + 10];
            for (int i = 0; i < a.length; i++) a[i] = kind.getAsLong();
            int from = rnd.nextInt(6), to = a.length - rnd.nextInt(5);
            check(a, from, to, "kind " + round % kinds.length);
        }
        for (LongSupplier kind : kinds) { // up to the thread's reused buffers, and past them
            for (int n : new int[] {65_536, 65_537, 70_000}) {
                long[] big = new long[n + 2];
                for (int i = 0; i < big.length; i++) big[i] = kind.getAsLong();
                check(big, 1, big.length - 1, "big");
            }
        }
        long[] sorted = new long[5000];
        for (int i = 0; i < sorted.length; i++) sorted[i] = i * 3L - 7000;
        check(sorted, 0, sorted.length, "sorted");
        long[] reversed = new long[5000];
        for (int i = 0; i < reversed.length; i++) reversed[i] = -i * 1_000_003L;
        check(reversed, 0, reversed.length, "reversed");
    }
}
