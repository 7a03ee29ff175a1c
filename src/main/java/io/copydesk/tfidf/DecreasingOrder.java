package io.copydesk.tfidf;

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
        long[] keys = keys(values, n);
        if (keys == null) return boxed(values, n);
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = (int) keys[i];
        return order;
    }

    /**
     * The sort keys of positions {@code 0..n-1}: ascending keys are decreasing values, ties by
     * increasing position, and the low 32 bits are the position; null when a value has its sign bit set.
     */
    static long[] keys(float[] values, int n) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            int bits = Float.floatToIntBits(values[i]);
            if (bits < 0) return null;
            keys[i] = (long) (Integer.MAX_VALUE - bits) << 32 | i; // MAX_VALUE minus the bits: descending
        }
        return keys;
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
