package io.copydesk.internal;

import java.util.Arrays;

/** Counts occurrences of 64-bit keys: an open-addressing hash map from long to int (no boxing). */
public final class LongCounter implements java.util.function.LongToIntFunction {
    private static final long EMPTY = 0L;
    private long[] keys;
    private int[] counts;
    private int size;
    private boolean hasZero;
    private int zeroCount;

    public LongCounter(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        counts = new int[cap];
    }

    /** The count of {@code key}, as {@link #get}: lets public APIs take a count look-up, not this class. */
    @Override
    public int applyAsInt(long key) {
        return get(key);
    }

    /** Adds one to the count of {@code key}; returns the count now. */
    public int add(long key) {
        return add(key, 1);
    }

    /** Adds {@code delta} to the count of {@code key}; returns the count now (one probe, where a {@link #get} after would be two). */
    public int add(long key, int delta) {
        if (key == EMPTY) { hasZero = true; return zeroCount += delta; }
        int mask = keys.length - 1;
        int i = (int) io.copydesk.hash.Hash64.mix(key) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == key) return counts[i] += delta;
            i = (i + 1) & mask;
        }
        keys[i] = key;
        counts[i] = delta;
        if (++size * 2 > keys.length) grow();
        return delta;
    }

    public int get(long key) {
        if (key == EMPTY) return hasZero ? zeroCount : 0;
        int mask = keys.length - 1;
        int i = (int) io.copydesk.hash.Hash64.mix(key) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == key) return counts[i];
            i = (i + 1) & mask;
        }
        return 0;
    }

    public int size() {
        return size + (hasZero ? 1 : 0);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) add(oldKeys[i], oldCounts[i]);
        }
    }

    @Override
    public String toString() {
        return "LongCounter[size=" + size() + ", capacity=" + keys.length + "]";
    }

    /** Removes every key (keeps the capacity). */
    public void clear() {
        Arrays.fill(keys, EMPTY);
        size = 0;
        hasZero = false;
        zeroCount = 0;
    }
}
