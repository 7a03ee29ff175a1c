package io.copydesk.analysis;

/**
 * A set of shingle hashes, sorted and distinct, with the exact set measures copydesk reports:
 * Jaccard {@code |A∩B| / |A∪B|} and containment {@code |A∩B| / |A|}.
 */
public final class ShingleSet {
    private static final ShingleSet EMPTY = new ShingleSet(new long[0]);
    private final long[] hashes;

    private ShingleSet(long[] sortedDistinct) {
        this.hashes = sortedDistinct;
    }

    /** The distinct values of {@code hashes} (any order, duplicates allowed). */
    public static ShingleSet of(long[] hashes) {
        return hashes.length == 0 ? EMPTY : new ShingleSet(Shingler.sortedDistinct(hashes));
    }

    /** A set of hashes already sorted and distinct (not copied). */
    static ShingleSet ofSorted(long[] sortedDistinct) {
        return new ShingleSet(sortedDistinct);
    }

    public int size() {
        return hashes.length;
    }

    public boolean isEmpty() {
        return hashes.length == 0;
    }

    /** The hashes, ascending. Do not modify. */
    public long[] hashes() {
        return hashes;
    }

    public boolean contains(long h) {
        return java.util.Arrays.binarySearch(hashes, h) >= 0;
    }

    /** Number of shingles in both sets (a linear merge). */
    public int intersectionSize(ShingleSet other) {
        long[] a = hashes, b = other.hashes;
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
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
}
