package io.copydesk.internal;

import java.util.Arrays;

/** prototype: sorted distinct by insertion into a table ordered by the values' top bits (linear probing, clusters kept sorted). */
public final class ProbeSort {
    private static final int LIMIT = 64;
    private long[] table = new long[1 << 12];

    /** returns end; a[from, end) sorted distinct. loadNum/16 is the target load. */
    public int sortDistinct(long[] a, int from, int to, int slotsPerValue) {
        int n = to - from;
        if (n < 2) return to;
        int m = n * slotsPerValue;
        if (table.length < m + LIMIT + 1) table = new long[2 * (m + LIMIT + 1)];
        long[] t = table;
        int last = m + LIMIT; // no slot past it
        int distinct = 0;
        boolean zero = false;
        for (int i = from; i < to; i++) {
            long v = a[i];
            int p = (int) ((((v >>> 32) ^ 0x80000000L) * m) >>> 32);
            long s = t[p];
            if (s == 0) {
                if (v == 0) { zero = true; continue; }
                t[p] = v;
                distinct++;
                continue;
            }
            if (v == 0) { zero = true; continue; }
            int start = p;
            while (s != 0 && s < v) s = t[++p];
            if (s == v) continue;
            long carry = v;
            while (true) {
                t[p] = carry;
                if (s == 0) break;
                carry = s;
                s = t[++p];
            }
            distinct++;
            if (p - start > LIMIT || p >= last) { Arrays.fill(t, 0, Math.min(t.length, last + 2 * LIMIT), 0); return fallback(a, from, to); }
        }
        int o = from, end = from + distinct;
        for (int i = 0; o < end; i++) {
            long v = t[i];
            a[o] = v;
            o += (int) ((v | -v) >>> 63);
            t[i] = 0;
        }
        if (zero) {
            int z = Arrays.binarySearch(a, from, end, 0L);
            int at = -z - 1;
            System.arraycopy(a, at, a, at + 1, end - at);
            a[at] = 0;
            end++;
        }
        return end;
    }

    private static int fallback(long[] a, int from, int to) {
        return LongSort.sortDistinctHashes(a, from, to);
    }
}
