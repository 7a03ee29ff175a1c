package io.copydesk.fingerprint;

import io.copydesk.analysis.TermLookup;
import io.copydesk.internal.LongSort;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;

/**
 * Sorts an article's term numbers, or a vocabulary, into the lexical order of their terms
 * ({@link String#compareTo}) with one primitive sort: each key is the term's prefix (the first six bytes of
 * its chars' UTF-8-style encoding, 0 past its end: {@link TermLookup#prefix}) above the position of the
 * number, so the sort compares no strings; only runs of keys with the same prefix are then put in order
 * by comparing the terms. Padding with 0 keeps the order exact: a term that ends inside the prefix sorts
 * before every longer term it begins, and a term that really has a 0 char ties with it and is settled by
 * the string compare. Past 65,536 terms the position takes more bits and the prefix fewer (its last bytes
 * cut): a shorter prefix still never contradicts the order, it only ties more.
 */
public final class TermOrder {
    private static final int MIN_POSITION_BITS = 16;

    private TermOrder() {}

    /** The positions of {@code terms} (distinct) in the lexical order of the terms: {@code terms[order[0]]} is the first. */
    public static int[] of(String[] terms) {
        int n = terms.length;
        int[] numbers = new int[n];
        long[] prefixes = new long[n];
        for (int i = 0; i < n; i++) {
            numbers[i] = i;
            prefixes[i] = TermLookup.prefix(terms[i]);
        }
        Scratch scratch = new Scratch();
        return Arrays.copyOf(sort(numbers, n, i -> terms[i], i -> prefixes[i], scratch), n);
    }

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
        int positionBits = Math.max(MIN_POSITION_BITS, 32 - Integer.numberOfLeadingZeros(size - 1));
        long position = (1L << positionBits) - 1;
        int cut = positionBits - MIN_POSITION_BITS; // the prefix's 48 bits and the position's in 64
        if (scratch.keys.length < size) scratch.keys = new long[Math.max(size, 2 * scratch.keys.length)];
        long[] keys = scratch.keys;
        for (int i = 0; i < size; i++) keys[i] = (prefixOf.applyAsLong(numbers[i]) >>> cut << positionBits | i) ^ Long.MIN_VALUE;
        // the flipped sign bit makes signed order the unsigned order of the chars; LongSort, not Arrays.sort: a few
        // hundred keys a text, where Arrays.sort's code under C1 was 2% of a cluster run's CPU
        LongSort.sort(keys, 0, size);
        for (int i = 0; i < size; i++) out[i] = numbers[(int) (keys[i] & position)];
        for (int from = 0; from < size; ) {
            int to = from + 1;
            while (to < size && keys[to] >>> positionBits == keys[from] >>> positionBits) to++;
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
