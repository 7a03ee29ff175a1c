package io.copydesk.analysis;

import java.util.Arrays;
import java.util.Objects;

/**
 * A set of shingle hashes, sorted and distinct, with the exact set measures copydesk reports:
 * Jaccard {@code |A∩B| / |A∪B|} and containment {@code |A∩B| / |A|}. Sets are equal when they hold
 * the same hashes.
 *
 * <p>A set may be a range of a larger array that holds many articles' sets (a {@code ShingleStore}):
 * a duplicate search keeps every article's set to its end, and one array an article had the young
 * collections copy each of them on its way to the old generation.
 */
public final class ShingleSet {
    private static final ShingleSet EMPTY = new ShingleSet(new long[0], 0, 0);
    private final long[] data;
    private final int from, size; // the set is data[from, from + size)

    private ShingleSet(long[] data, int from, int size) {
        this.data = data;
        this.from = from;
        this.size = size;
    }

    /** The distinct values of {@code hashes} (any order, duplicates allowed). */
    public static ShingleSet of(long[] hashes) {
        return hashes.length == 0 ? EMPTY : ofSorted(Shingler.sortedDistinct(hashes));
    }

    /** A set of hashes already sorted and distinct (not copied). */
    static ShingleSet ofSorted(long[] sortedDistinct) {
        return sortedDistinct.length == 0 ? EMPTY : new ShingleSet(sortedDistinct, 0, sortedDistinct.length);
    }

    /** The set of {@code data[from, from + size)}, sorted and distinct (not copied: the caller writes no more there). */
    static ShingleSet ofRange(long[] data, int from, int size) {
        return size == 0 ? EMPTY : new ShingleSet(data, from, size);
    }

    public int size() {
        return size;
    }

    /** The hashes of both sets. */
    public static ShingleSet union(ShingleSet a, ShingleSet b) {
        long[] out = new long[a.size + b.size];
        int i = a.from, j = b.from, ai = a.from + a.size, bj = b.from + b.size, o = 0;
        while (i < ai && j < bj) {
            long x = a.data[i], y = b.data[j];
            if (x <= y) i++;
            if (y <= x) j++;
            out[o++] = Math.min(x, y);
        }
        while (i < ai) out[o++] = a.data[i++];
        while (j < bj) out[o++] = b.data[j++];
        return ofSorted(o == out.length ? out : Arrays.copyOf(out, o));
    }

    /** {@code body}, or where it holds fewer than {@code below} shingles, it and {@code title} (see {@link AnalysisConfig#titleBelow}). */
    public static ShingleSet withTitleIfShort(ShingleSet body, int below, java.util.function.Supplier<ShingleSet> title) {
        return body.size < below ? union(body, title.get()) : body;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The {@code i}-th smallest hash, {@code 0 <= i < size()}. */
    public long hash(int i) {
        return data[from + Objects.checkIndex(i, size)];
    }

    /** The hashes, ascending. Do not modify. A set kept in a shared array gives a copy. */
    public long[] hashes() {
        return from == 0 && size == data.length ? data : Arrays.copyOfRange(data, from, from + size);
    }

    public boolean contains(long h) {
        return Arrays.binarySearch(data, from, from + size, h) >= 0;
    }

    /**
     * Whether the JVM runs C1's code only (the launcher's {@code -XX:TieredStopAtLevel=1} for small
     * inputs, which sets this property beside it): C1 compiles a conditional expression to a branch.
     */
    private static final boolean C1_ONLY = Boolean.getBoolean("copydesk.c1only");

    /**
     * Number of shingles in both sets (a linear merge). Which side moves on is a coin toss per step
     * (two articles' hashes interleave at random), so the merge takes no branch on it: C2 compiles the
     * conditional expressions of {@link #mergeCount} to conditional moves, and for C1, which branches on
     * them, {@link #mergeCountArithmetic} computes the steps from the sign bits.
     */
    public int intersectionSize(ShingleSet other) {
        return intersectionSizeAtLeast(other, 0);
    }

    /**
     * {@link #intersectionSize} when it is at least {@code least}; else some number below {@code least}
     * (the merge stops once the shingles left cannot make up the difference).
     */
    public int intersectionSizeAtLeast(ShingleSet other, int least) {
        return C1_ONLY ? mergeCountArithmetic(data, from, from + size, other.data, other.from, other.from + other.size, least)
                : mergeCount(data, from, from + size, other.data, other.from, other.from + other.size, least);
    }

    /**
     * Steps of a merge between two checks of what is left. Each step moves at least one side on, so a
     * block no longer than the shorter side's rest needs no test of the ends inside it.
     */
    private static final int BLOCK = 64;

    static int mergeCount(long[] a, int i, int aEnd, long[] b, int j, int bEnd, int least) {
        int n = 0;
        for (int left = Math.min(aEnd - i, bEnd - j); left > 0 && n + left >= least; left = Math.min(aEnd - i, bEnd - j)) {
            for (int s = Math.min(left, BLOCK); s > 0; s--) {
                long x = a[i], y = b[j];
                n += x == y ? 1 : 0;
                i += x <= y ? 1 : 0;
                j += x >= y ? 1 : 0;
            }
        }
        return n;
    }

    static int mergeCountArithmetic(long[] a, int i, int aEnd, long[] b, int j, int bEnd, int least) {
        int n = 0;
        for (int left = Math.min(aEnd - i, bEnd - j); left > 0 && n + left >= least; left = Math.min(aEnd - i, bEnd - j)) {
            for (int s = Math.min(left, BLOCK); s > 0; s--) {
                long x = a[i], y = b[j], d = x - y, e = x ^ y;
                int below = (int) ((d ^ (e & (d ^ x))) >>> 63); // x < y as signed longs, overflow included
                int equal = (int) (((e | -e) >>> 63) ^ 1);
                n += equal;
                i += below | equal;
                j += 1 - below;
            }
        }
        return n;
    }

    /** Whether a shingle holds a figure, a word that starts with a digit (the lowest bit of its hash: see {@link Shingler}). */
    public static boolean holdsFigure(long shingle) {
        return (shingle & 1) != 0;
    }

    /**
     * The code of the figures a shingle holds ({@link #holdsFigure}), from their words alone: every
     * shingle that holds "46" and no other figure has one code, whatever words it holds beside it.
     */
    public static int figureCode(long shingle) {
        return (int) (shingle & Shingler.FIGURE_BITS) >>> 1;
    }

    /** The distinct {@link #figureCode}s of the shingles that hold a figure, ascending. */
    public int[] figureCodes() {
        int[] codes = new int[16];
        int n = 0;
        for (int i = from, end = from + size; i < end; i++) {
            long h = data[i];
            if (!holdsFigure(h)) continue;
            if (n == codes.length) codes = Arrays.copyOf(codes, 2 * n);
            codes[n++] = figureCode(h);
        }
        Arrays.sort(codes, 0, n);
        int w = 0;
        for (int i = 0; i < n; i++) if (w == 0 || codes[i] != codes[w - 1]) codes[w++] = codes[i];
        return Arrays.copyOf(codes, w);
    }

    /** Exact Jaccard similarity; two empty sets have similarity 0 (nothing to compare). */
    public double jaccard(ShingleSet other) {
        int inter = intersectionSize(other);
        int union = size() + other.size() - inter;
        return union == 0 ? 0 : (double) inter / union;
    }

    /** Share of this set found in {@code other}; 0 for an empty set. */
    public double containmentIn(ShingleSet other) {
        return isEmpty() ? 0 : (double) intersectionSize(other) / size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShingleSet s && Arrays.equals(data, from, from + size, s.data, s.from, s.from + s.size);
    }

    /** The size and the hashes, mixed. */
    @Override
    public int hashCode() {
        return io.copydesk.internal.ContentHash.of(data, from, from + size);
    }
}
