package io.copydesk.internal;

import java.util.Arrays;

/** A growable list of longs (no boxing). */
public final class LongList {
    private long[] values;
    private int size;

    public LongList() {
        this(16);
    }

    public LongList(int capacity) {
        values = new long[Math.max(1, capacity)];
    }

    public void add(long v) {
        if (size == values.length) values = Arrays.copyOf(values, size + (size >> 1) + 16);
        values[size++] = v;
    }

    public void addAll(LongList other) {
        addAll(other.values, 0, other.size);
    }

    /** Adds {@code a[from, to)}. */
    public void addAll(long[] a, int from, int to) {
        int n = to - from;
        if (size + n > values.length) values = Arrays.copyOf(values, Math.max(size + n, size + (size >> 1) + 16));
        System.arraycopy(a, from, values, size, n);
        size += n;
    }

    public long get(int i) {
        return values[i];
    }

    public int size() {
        return size;
    }

    /** Sorts ascending, repeated values kept. */
    public void sort() {
        LongSort.sort(values, 0, size);
    }

    /** Sorts ascending and drops repeated values. */
    public void sortDistinct() {
        size = LongSort.sortDistinct(values, 0, size);
    }

    public long[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** Packs an unordered pair of non-negative ints as one long, smaller first. */
    public static long pair(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    public static int first(long pair) {
        return (int) (pair >>> 32);
    }

    public static int second(long pair) {
        return (int) pair;
    }

    public void clear() {
        size = 0;
    }
}
