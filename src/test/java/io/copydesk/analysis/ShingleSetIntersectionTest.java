package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Both merge forms of {@link ShingleSet#intersectionSize} (the one for C2 and the one for C1) count
 * what a hash set counts, over random sets that overlap a little, much or not at all, share values
 * at the extremes of the long range (where a subtraction overflows), and lie in ranges of shared arrays.
 */
class ShingleSetIntersectionTest {
    private static final long[] EXTREMES = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, Long.MAX_VALUE - 1, Long.MAX_VALUE};

    @Test
    void bothMergeFormsCountTheCommonHashes() {
        Random rnd = new Random(7);
        for (int round = 0; round < 3000; round++) {
            long[] a = randomSet(rnd), b = rnd.nextInt(4) == 0 ? overlapping(rnd, a) : randomSet(rnd);
            Set<Long> inA = new HashSet<>();
            for (long x : a) inA.add(x);
            int expected = 0;
            for (long y : b) if (inA.contains(y)) expected++;
            // each set in the middle of a larger array, as in a shingle store
            long[] sa = embedded(rnd, a), sb = embedded(rnd, b);
            int fa = (int) sa[sa.length - 1], fb = (int) sb[sb.length - 1];
            String where = "round " + round + ": " + Arrays.toString(a) + " / " + Arrays.toString(b);
            assertEquals(expected, ShingleSet.mergeCount(sa, fa, fa + a.length, sb, fb, fb + b.length, 0), where);
            assertEquals(expected, ShingleSet.mergeCountArithmetic(sa, fa, fa + a.length, sb, fb, fb + b.length, 0), where);
            assertEquals(expected, ShingleSet.mergeCount(sb, fb, fb + b.length, sa, fa, fa + a.length, 0), where);
            assertEquals(expected, ShingleSet.mergeCountArithmetic(sb, fb, fb + b.length, sa, fa, fa + a.length, 0), where);
            assertEquals(expected, ShingleSet.ofSorted(a).intersectionSize(ShingleSet.ofSorted(b)), where);
            // with a least count: exact at or above it, below it otherwise (around the count and anywhere up to past the sizes)
            int smaller = Math.min(a.length, b.length);
            for (int least : new int[] {expected - 1, expected, expected + 1, rnd.nextInt(smaller + 3), smaller + 1}) {
                String at = where + ", least " + least;
                assertAtLeast(expected, least, ShingleSet.mergeCount(sa, fa, fa + a.length, sb, fb, fb + b.length, least), at);
                assertAtLeast(expected, least, ShingleSet.mergeCountArithmetic(sa, fa, fa + a.length, sb, fb, fb + b.length, least), at);
                assertAtLeast(expected, least, ShingleSet.mergeCount(sb, fb, fb + b.length, sa, fa, fa + a.length, least), at);
                assertAtLeast(expected, least, ShingleSet.mergeCountArithmetic(sb, fb, fb + b.length, sa, fa, fa + a.length, least), at);
            }
        }
    }

    private static void assertAtLeast(int expected, int least, int got, String where) {
        if (expected >= least) assertEquals(expected, got, where);
        else assertTrue(got < least && got >= 0, where + ": " + got);
    }

    /**
     * Sets whose first halves differ and second halves match, with a least count one past their
     * overlap: once the first halves are merged the rest cannot reach it, and the merge stops there,
     * returning a count below the overlap (a full merge returns the overlap itself).
     */
    @Test
    void aLeastOutOfReachStopsTheMergeEarly() {
        Random rnd = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = 200 + rnd.nextInt(800), half = n / 2, shared = n - half;
            long[] a = new long[n], b = new long[n];
            for (int i = 0; i < n; i++) { a[i] = 4L * i; b[i] = 4L * i + (i < half ? 1 : 0); }
            String where = "n " + n;
            assertEquals(shared, ShingleSet.mergeCount(a, 0, n, b, 0, n, shared), where);
            assertEquals(shared, ShingleSet.mergeCountArithmetic(a, 0, n, b, 0, n, shared), where);
            assertTrue(ShingleSet.mergeCount(a, 0, n, b, 0, n, shared + 1) < shared, where);
            assertTrue(ShingleSet.mergeCountArithmetic(a, 0, n, b, 0, n, shared + 1) < shared, where);
            assertTrue(ShingleSet.mergeCount(b, 0, n, a, 0, n, shared + 1) < shared, where);
        }
    }

    /** Sorted distinct values: small ones (many collisions), any longs, and the extremes. */
    private static long[] randomSet(Random rnd) {
        int n = rnd.nextInt(5) == 0 ? rnd.nextInt(3) : rnd.nextInt(60);
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = switch (rnd.nextInt(3)) {
                case 0 -> rnd.nextInt(40) - 20;
                case 1 -> rnd.nextLong();
                default -> EXTREMES[rnd.nextInt(EXTREMES.length)];
            };
        }
        return Arrays.stream(v).sorted().distinct().toArray();
    }

    /** Most of {@code a} and a few other values. */
    private static long[] overlapping(Random rnd, long[] a) {
        long[] v = Arrays.copyOf(a, a.length + 5);
        for (int i = a.length; i < v.length; i++) v[i] = rnd.nextLong();
        for (int i = 0; i < a.length; i++) if (rnd.nextInt(5) == 0) v[i] = v[a.length];
        return Arrays.stream(v).sorted().distinct().toArray();
    }

    /** {@code set} at a random offset in a larger array of noise; the offset in the last slot. */
    private static long[] embedded(Random rnd, long[] set) {
        int before = rnd.nextInt(4), after = rnd.nextInt(4);
        long[] out = new long[before + set.length + after + 1];
        for (int i = 0; i < out.length; i++) out[i] = rnd.nextLong();
        System.arraycopy(set, 0, out, before, set.length);
        out[out.length - 1] = before;
        return out;
    }
}
