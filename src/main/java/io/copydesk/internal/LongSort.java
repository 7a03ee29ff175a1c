package io.copydesk.internal;

import java.util.Arrays;

/**
 * Ascending sort of longs for the spread-out values copydesk sorts by the million (shingle hashes,
 * anchor and band entries keyed by a hash): one pass for the range, one to count and one to
 * scatter the values into about one bucket per value by their leading bits within that range,
 * then each bucket sorted on its own, by insertion when small. Two to four times faster than
 * {@link Arrays#sort(long[])} on such values; a bucket that ends up large (clustered values) is
 * sorted with {@link Arrays#sort(long[], int, int)}, so no input is slow. The result is the one
 * ascending order.
 */
public final class LongSort {
    private static final int SMALL = 128;      // fewer values: Arrays.sort
    private static final int INSERTION = 32;   // largest bucket sorted by insertion
    private static final int SCRATCH = 1 << 16; // up to this many values the buffers are the thread's own, reused
    private static final ThreadLocal<Scratch> SCRATCHES = ThreadLocal.withInitial(Scratch::new);

    /** A thread's buffers: a sort per article then makes no garbage (it would mean more young collections). */
    private static final class Scratch {
        final long[] values = new long[SCRATCH];
        final int[] ends = new int[SCRATCH];
    }

    private LongSort() {}

    public static void sort(long[] a) {
        sort(a, 0, a.length);
    }

    /** Sorts {@code a[from, to)} ascending. */
    public static void sort(long[] a, int from, int to) {
        sort(a, from, to, false, false);
    }

    /**
     * Sorts {@code a[from, to)} ascending and keeps one of each value: they end up in
     * {@code a[from, end)}, and the end is returned (what is past it is undefined).
     */
    public static int sortDistinct(long[] a, int from, int to) {
        return sort(a, from, to, true, false);
    }

    /**
     * {@link #sortDistinct} for values spread over all 64 bits, such as hashes: the buckets are cut
     * from the whole range of longs, which spares the passes that find the values' own range (a
     * tenth of the time of a shingle set's sort under C1). Any input comes out sorted; values
     * bunched in a narrow range share a bucket and are sorted at {@link Arrays#sort(long[], int, int)}'s speed.
     */
    public static int sortDistinctHashes(long[] a, int from, int to) {
        return sort(a, from, to, true, true);
    }

    /*
     * Every loop over the values is a method of its own. A dedup run sorts each article's shingles
     * (distinct, a few hundred values, the thread's buffers) while it reads, then a few arrays of
     * millions (not distinct, new buffers): the compiled sort of the first kind met branches it had
     * never taken, fell back to the interpreter in the middle of sorting millions, and each of its
     * loops was compiled again on the stack (100k generated articles: seven more compilations of
     * this method). The loops, compiled on their own while reading, keep their code.
     */
    private static int sort(long[] a, int from, int to, boolean distinct, boolean spread) {
        int n = to - from;
        if (n < SMALL) {
            Arrays.sort(a, from, to);
            return distinct ? distinct(a, from, a, from, to) : to;
        }
        int bits = 32 - Integer.numberOfLeadingZeros(n - 1);
        long min = Long.MIN_VALUE;
        int shift = 64 - bits, buckets = 1 << bits;
        if (!spread || n > SCRATCH) { // (a large input sorts as any other: its bucket count follows its range)
            min = min(a, from, to);
            long range = max(a, from, to) - min; // read unsigned: v - min grows with v over [min, max]
            if (range == 0) return distinct ? from + 1 : to;
            shift = Math.max(0, 64 - Long.numberOfLeadingZeros(range) - bits);
            buckets = (int) (range >>> shift) + 1;
        }
        Scratch scratch = n <= SCRATCH ? SCRATCHES.get() : null;
        int[] end = scratch != null ? scratch.ends : new int[buckets];
        if (scratch != null) Arrays.fill(end, 0, buckets, 0);
        long[] sorted = scratch != null ? scratch.values : new long[n];
        if (scatter(a, from, to, min, shift, end, buckets, sorted) <= INSERTION) {
            // every value is at most INSERTION - 1 places from its own: one insertion pass sorts them all
            insertion(sorted, 0, n);
        } else {
            sortBuckets(sorted, end, buckets, n);
        }
        if (distinct) return distinct(sorted, 0, a, from, from + n);
        System.arraycopy(sorted, 0, a, from, n);
        return to;
    }

    private static long min(long[] a, int from, int to) {
        long min = a[from];
        for (int i = from + 1; i < to; i++) if (a[i] < min) min = a[i];
        return min;
    }

    private static long max(long[] a, int from, int to) {
        long max = a[from];
        for (int i = from + 1; i < to; i++) if (a[i] > max) max = a[i];
        return max;
    }

    /**
     * Puts {@code a[from, to)} into {@code sorted} by bucket ({@code (v - min) >>> shift}), each
     * bucket's values in input order; {@code end} (zeroed) is left holding each bucket's start.
     * Returns the size of the largest bucket.
     */
    private static int scatter(long[] a, int from, int to, long min, int shift, int[] end, int buckets, long[] sorted) {
        int largest = 0;
        for (int i = from; i < to; i++) largest = Math.max(largest, ++end[(int) ((a[i] - min) >>> shift)]);
        for (int b = 1; b < buckets; b++) end[b] += end[b - 1];
        for (int i = to - 1; i >= from; i--) { // from the back: each bucket fills downwards from its end
            long v = a[i];
            sorted[--end[(int) ((v - min) >>> shift)]] = v;
        }
        return largest;
    }

    /** Sorts each bucket of {@code sorted[0, n)}, bucket {@code b} starting at {@code start[b]}. */
    private static void sortBuckets(long[] sorted, int[] start, int buckets, int n) {
        for (int b = 0; b < buckets; b++) {
            int lo = start[b], hi = b + 1 < buckets ? start[b + 1] : n;
            if (hi - lo <= INSERTION) insertion(sorted, lo, hi);
            else Arrays.sort(sorted, lo, hi);
        }
    }

    /** Copies the sorted {@code src[srcFrom, srcFrom + (to - from))} to {@code dst[from, ...)} keeping one of each value; returns the end. */
    private static int distinct(long[] src, int srcFrom, long[] dst, int from, int to) {
        int w = from;
        for (int i = srcFrom, end = srcFrom + (to - from); i < end; i++) {
            long v = src[i];
            if (w == from || dst[w - 1] != v) dst[w++] = v;
        }
        return w;
    }

    private static void insertion(long[] a, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            long v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }
}
