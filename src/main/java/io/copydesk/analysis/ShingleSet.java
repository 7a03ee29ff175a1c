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

    /** Number of shingles in both sets (a linear merge). */
    public int intersectionSize(ShingleSet other) {
        long[] a = data, b = other.data;
        int i = from, j = other.from, aEnd = from + size, bEnd = other.from + other.size, n = 0;
        while (i < aEnd && j < bEnd) {
            long x = a[i], y = b[j];
            if (x == y) { n++; i++; j++; }
            else if (x < y) i++;
            else j++;
        }
        return n;
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
