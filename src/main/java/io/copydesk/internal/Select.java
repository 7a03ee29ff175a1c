package io.copydesk.internal;

/** Selection of the k-th smallest of longs in linear expected time (quickselect), without sorting them all. */
public final class Select {
    private Select() {}

    /**
     * The value that would be at position {@code k} of {@code a} sorted ascending; reorders {@code a}.
     * Values may repeat: the scans stop at values equal to the pivot, which then lie between the parts.
     */
    public static long kth(long[] a, int k) {
        return kth(a, a.length, k);
    }

    /** As {@link #kth(long[], int)} for the values {@code a[0, n)}; reorders them. */
    public static long kth(long[] a, int n, int k) {
        if (n > a.length) throw new IllegalArgumentException(n + " values in an array of " + a.length);
        if (k < 0 || k >= n) throw new IllegalArgumentException("k must be in [0, " + n + "), was " + k);
        int lo = 0, hi = n - 1;
        while (lo < hi) {
            long pivot = median(a[lo], a[(lo + hi) >>> 1], a[hi]);
            int i = lo, j = hi;
            while (i <= j) { // Hoare partition: [lo, j] <= pivot <= [i, hi]
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) { long t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return a[k];
        }
        return a[k];
    }

    private static long median(long x, long y, long z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
