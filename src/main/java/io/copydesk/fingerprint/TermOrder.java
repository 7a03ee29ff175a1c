package io.copydesk.fingerprint;

import io.copydesk.internal.LongSort;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;

/**
 * Sorts an article's term numbers into the lexical order of their terms ({@link String#compareTo})
 * with one primitive sort: each key is the term's first six chars (eight bits each, capped, 0 past its end:
 * {@link io.copydesk.analysis.TermLookup#prefix}) above the position of the number, so the sort compares no strings; only runs of keys with the
 * same prefix are then put in order by comparing the terms. Padding with 0 keeps the order
 * exact: a term that ends inside the prefix sorts before every longer term it begins, and a term
 * that really has a 0 char ties with it and is settled by the string compare.
 */
final class TermOrder {
    private static final int POSITION_BITS = 16;
    private static final long POSITION = (1L << POSITION_BITS) - 1;

    private TermOrder() {}

    /** Arrays that {@link #sort} reuses from call to call (one per thread). */
    static final class Scratch {
        private long[] keys = new long[256];
        private int[] out = new int[256];
    }

    /**
     * {@code numbers[0, size)} ordered by their terms, {@code termOf.apply(n)}, in {@code scratch}'s
     * array (its first {@code size} entries), valid until the next call with it: no arrays made per
     * text. {@code prefixOf.applyAsLong(n)} is the term's {@link io.copydesk.analysis.TermLookup#prefix}.
     */
    static int[] sort(int[] numbers, int size, IntFunction<String> termOf, IntToLongFunction prefixOf, Scratch scratch) {
        if (scratch.out.length < size) scratch.out = new int[Math.max(size, 2 * scratch.out.length)];
        int[] out = scratch.out;
        if (size > POSITION + 1) { // more distinct terms than the key has room for positions
            System.arraycopy(numbers, 0, out, 0, size);
            sortByString(out, 0, size, termOf);
            return out;
        }
        if (scratch.keys.length < size) scratch.keys = new long[Math.max(size, 2 * scratch.keys.length)];
        long[] keys = scratch.keys;
        for (int i = 0; i < size; i++) keys[i] = (prefixOf.applyAsLong(numbers[i]) << POSITION_BITS | i) ^ Long.MIN_VALUE;
        // the flipped sign bit makes signed order the unsigned order of the chars; LongSort, not Arrays.sort: a few
        // hundred keys a text, where Arrays.sort's code under C1 was 2% of a cluster run's CPU
        LongSort.sort(keys, 0, size);
        for (int i = 0; i < size; i++) out[i] = numbers[(int) (keys[i] & POSITION)];
        for (int from = 0; from < size; ) {
            int to = from + 1;
            while (to < size && keys[to] >>> POSITION_BITS == keys[from] >>> POSITION_BITS) to++;
            if (to - from > 16) sortByString(out, from, to, termOf); // many terms with one prefix ("2024", "2025", ...)
            else if (to - from > 1) insertionSort(out, from, to, termOf);
            from = to;
        }
        return out;
    }

    private static void insertionSort(int[] a, int from, int to, IntFunction<String> termOf) {
        for (int i = from + 1; i < to; i++) {
            int n = a[i];
            String t = termOf.apply(n);
            int j = i - 1;
            while (j >= from && termOf.apply(a[j]).compareTo(t) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = n;
        }
    }

    /** Sorts {@code a[from, to)} by comparing the terms. */
    private static void sortByString(int[] a, int from, int to, IntFunction<String> termOf) {
        Integer[] boxed = new Integer[to - from];
        for (int i = from; i < to; i++) boxed[i - from] = a[i];
        Arrays.sort(boxed, Comparator.comparing(termOf::apply));
        for (int i = from; i < to; i++) a[i] = boxed[i - from];
    }
}
