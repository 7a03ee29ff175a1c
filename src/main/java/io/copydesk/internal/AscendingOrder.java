package io.copydesk.internal;

import java.util.Arrays;

/**
 * Positions ordered by their values, ties by position, with primitive sorts only: the values are
 * ranked among the distinct values, and (rank, position) pairs sorted as longs. An index over
 * dated documents and the searches through a whole collection order items by date this way; a
 * comparator over boxed positions took several times as long.
 */
public final class AscendingOrder {
    private AscendingOrder() {}

    /** Positions {@code 0..n-1} by ascending {@code values[i]}, ties by position. */
    public static int[] of(long[] values) {
        int n = values.length;
        long[] distinct = values.clone();
        Arrays.sort(distinct);
        int d = 0;
        for (int i = 0; i < n; i++) if (i == 0 || distinct[i] != distinct[d - 1]) distinct[d++] = distinct[i];
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = (long) Arrays.binarySearch(distinct, 0, d, values[i]) << 32 | i;
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = (int) keys[i];
        return order;
    }
}
