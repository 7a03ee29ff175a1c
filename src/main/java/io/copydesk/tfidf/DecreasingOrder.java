package io.copydesk.tfidf;

import io.copydesk.internal.LongSort;
import java.util.Arrays;

/** Positions ordered by decreasing value: the query terms of a search, the heaviest terms of a vector. */
final class DecreasingOrder {
    private DecreasingOrder() {}

    /**
     * Positions {@code 0..n-1} of {@code values} by decreasing value, ties by increasing position
     * ({@link Float#compare} order). One primitive sort of keys that hold both while no value has its
     * sign bit set (a float without it orders as its bits); -0 or a negative value takes the general
     * comparison.
     */
    static int[] of(float[] values, int n) {
        int[] order = new int[n];
        into(values, n, new long[n], order);
        return order;
    }

    /** As {@link #of}, into {@code order[0, n)}, with {@code keys} (at least n long) as scratch space. */
    static void into(float[] values, int n, long[] keys, int[] order) {
        if (!keys(values, n, keys)) {
            System.arraycopy(boxed(values, n), 0, order, 0, n);
            return;
        }
        LongSort.sort(keys, 0, n); // every search orders its query's terms so: C1's code of Arrays.sort took 2-3% of a related run
        for (int i = 0; i < n; i++) order[i] = (int) keys[i];
    }

    /**
     * The sort keys of positions {@code 0..n-1}: ascending keys are decreasing values, ties by
     * increasing position, and the low 32 bits are the position; null when a value has its sign bit set.
     */
    static long[] keys(float[] values, int n) {
        long[] keys = new long[n];
        return keys(values, n, keys) ? keys : null;
    }

    /** Writes {@link #keys(float[], int)} into {@code keys[0, n)}; false when a value has its sign bit set. */
    private static boolean keys(float[] values, int n, long[] keys) {
        for (int i = 0; i < n; i++) {
            int bits = Float.floatToIntBits(values[i]);
            if (bits < 0) return false;
            keys[i] = (long) (Integer.MAX_VALUE - bits) << 32 | i; // MAX_VALUE minus the bits: descending
        }
        return true;
    }

    private static int[] boxed(float[] values, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> {
            int c = Float.compare(values[y], values[x]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
