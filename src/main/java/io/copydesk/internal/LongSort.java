package io.copydesk.internal;

import java.util.Arrays;

/**
 * Ascending sort of longs for the spread-out values copydesk sorts by the million (shingle hashes,
 * anchor and band entries keyed by a hash): one pass for the range, one to count and one to
 * scatter the values into about one bucket per value by their leading bits within that range,
 * then each bucket sorted on its own, by insertion when small. Two to four times faster than
 * {@link Arrays#sort(long[])} on such values; a bucket that ends up large (clustered values) is
 * sorted with {@link Arrays#sort(long[], int, int)}, so no input is slow. The result is the one
 * ascending order. An article's shingle set, a few hundred hashes, sorts faster by their top bits
 * ({@link #sortDistinctHashes}).
 */
public final class LongSort {
    private static final int SMALL = 128;      // fewer values: Arrays.sort
    private static final int RADIX = 48;       // fewer hashes: Arrays.sort (the radix passes' 512 counts cost more)
    private static final int INSERTION = 32;   // largest bucket sorted by insertion
    private static final int SCRATCH = 1 << 16; // up to this many values the buffers are the thread's own, reused
    private static final ThreadLocal<Scratch> SCRATCHES = ThreadLocal.withInitial(Scratch::new);

    /**
     * A thread's buffers: a sort per article then makes no garbage (it would mean more young collections).
     * They grow to the largest sort the thread has made: a search's thread sorts a few hundred values,
     * and the buffers of the largest sort, 768 KB, made anew for each stage's threads, were 25 MB more
     * memory in a related run.
     */
    private static final class Scratch {
        private long[] values = new long[0];
        private int[] ends = new int[0];
        final int[] low = new int[256], high = new int[256]; // sortDistinctHashes' counts

        long[] values(int n) {
            if (values.length < n) values = new long[Math.min(SCRATCH, Math.max(n, 2 * values.length))];
            return values;
        }

        int[] ends(int n) {
            if (ends.length < n) ends = new int[Math.min(SCRATCH, Math.max(n, 2 * ends.length))];
            return ends;
        }
    }

    private LongSort() {}

    public static void sort(long[] a) {
        sort(a, 0, a.length);
    }

    /** Sorts {@code a[from, to)} ascending. */
    public static void sort(long[] a, int from, int to) {
        sort(a, from, to, false);
    }

    /**
     * Sorts {@code a[from, to)} ascending and keeps one of each value: they end up in
     * {@code a[from, end)}, and the end is returned (what is past it is undefined).
     */
    public static int sortDistinct(long[] a, int from, int to) {
        return sort(a, from, to, true);
    }

    /**
     * {@link #sortDistinct} for values spread over all 64 bits, such as hashes (an article's shingles,
     * a few hundred a time): two counting passes order the values by their top 16 bits, which few
     * hashes share, so one insertion pass that also drops duplicates finishes with hardly a move.
     * On 20,000 generated articles' shingles this took 0.55x the time of {@link #sortDistinct}'s
     * buckets under C2 and 0.85x under C1 (whose insertion into buckets of about one value
     * mispredicted its branches). Any input comes out sorted: values that share their top bits
     * (not hashes) make the insertion pass move more than a value each on average, and it hands
     * what is left to {@link #sortDistinct}.
     */
    public static int sortDistinctHashes(long[] a, int from, int to) {
        return sortDistinctHashes(a, from, to, a, from);
    }

    /**
     * {@link #sortDistinctHashes(long[], int, int)} with the result written to {@code out[at, end)}
     * (for a caller that would copy it there), {@code end} returned; {@code a[from, to)} is left
     * undefined. The two ranges are the same or do not overlap.
     */
    public static int sortDistinctHashes(long[] a, int from, int to, long[] out, int at) {
        int n = to - from;
        if (n < RADIX || n > SCRATCH) {
            int end = sortDistinct(a, from, to);
            System.arraycopy(a, from, out, at, end - from);
            return at + end - from;
        }
        Scratch scratch = SCRATCHES.get();
        byTopBits(a, from, to, scratch.values(n), scratch.low, scratch.high, out, at);
        return insertDistinct(out, at, at + n);
    }

    /**
     * Orders {@code a[from, to)} by the top 16 bits of each value (signed: the sign bit flipped) into
     * {@code out[at, ...)}: by bits 48-55 into {@code tmp}, then stably by bits 56-63. The two digits' counts are
     * two arrays of 256: as halves of one array, C2's code of these loops took twice the time.
     */
    private static void byTopBits(long[] a, int from, int to, long[] tmp, int[] low, int[] high, long[] out, int at) {
        Arrays.fill(low, 0);
        Arrays.fill(high, 0);
        for (int i = from; i < to; i++) {
            long v = a[i];
            low[(int) (v >>> 48) & 0xFF]++;
            high[((int) (v >>> 56) ^ 0x80) & 0xFF]++;
        }
        for (int d = 0, lows = 0, highs = 0; d < 256; d++) {
            int c = low[d];
            low[d] = lows;
            lows += c;
            c = high[d];
            high[d] = highs;
            highs += c;
        }
        for (int i = from; i < to; i++) {
            long v = a[i];
            tmp[low[(int) (v >>> 48) & 0xFF]++] = v;
        }
        for (int i = 0, n = to - from; i < n; i++) {
            long v = tmp[i];
            out[at + high[((int) (v >>> 56) ^ 0x80) & 0xFF]++] = v;
        }
    }

    /**
     * Sorts the nearly sorted {@code a[from, to)} by insertion, keeping one of each value in {@code
     * a[from, end)}; returns the end. When the values have moved more places than there are values,
     * they were not nearly sorted: the rest is sorted by {@link #sortDistinct}.
     */
    private static int insertDistinct(long[] a, int from, int to) {
        int w = from + 1, moves = to - from;
        for (int i = from + 1; i < to; i++) {
            long v = a[i], last = a[w - 1];
            if (v > last) { // in order: the common case
                a[w++] = v;
                continue;
            }
            if (v == last) continue;
            int j = w - 1;
            while (j > from && a[j - 1] > v) j--;
            if (j > from && a[j - 1] == v) continue;
            moves -= w - j;
            if (moves < 0) {
                System.arraycopy(a, i, a, w, to - i);
                return sortDistinct(a, from, w + to - i);
            }
            System.arraycopy(a, j, a, j + 1, w - j);
            a[j] = v;
            w++;
        }
        return w;
    }

    /*
     * Every loop over the values is a method of its own. A dedup run sorts each article's shingles
     * (distinct, a few hundred values, the thread's buffers) while it reads, then a few arrays of
     * millions (not distinct, new buffers): the compiled sort of the first kind met branches it had
     * never taken, fell back to the interpreter in the middle of sorting millions, and each of its
     * loops was compiled again on the stack (100k generated articles: seven more compilations of
     * this method). The loops, compiled on their own while reading, keep their code.
     */
    private static int sort(long[] a, int from, int to, boolean distinct) {
        int n = to - from;
        if (n < SMALL) {
            Arrays.sort(a, from, to);
            return distinct ? distinct(a, from, a, from, to) : to;
        }
        int bits = 32 - Integer.numberOfLeadingZeros(n - 1);
        long min = min(a, from, to);
        long range = max(a, from, to) - min; // read unsigned: v - min grows with v over [min, max]
        if (range == 0) return distinct ? from + 1 : to;
        int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(range) - bits);
        int buckets = (int) (range >>> shift) + 1;
        Scratch scratch = n <= SCRATCH ? SCRATCHES.get() : null;
        int[] end = scratch != null ? scratch.ends(buckets) : new int[buckets];
        if (scratch != null) Arrays.fill(end, 0, buckets, 0);
        long[] sorted = scratch != null ? scratch.values(n) : new long[n];
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
