package io.copydesk.internal;

import java.util.Arrays;

/** prototype: two LSD passes on the top 16 bits, then one insertion pass that also drops duplicates. */
public final class RadixSort {
    private long[] tmp = new long[1 << 12];
    private final int[] c1 = new int[256], c2 = new int[256];

    public int sortDistinct(long[] a, int from, int to) {
        int n = to - from;
        if (n < 2) return to;
        if (tmp.length < n) tmp = new long[2 * n];
        long[] b = tmp;
        int[] lo = c1, hi = c2;
        Arrays.fill(lo, 0); Arrays.fill(hi, 0);
        for (int i = from; i < to; i++) {
            long v = a[i];
            lo[(int) (v >>> 48) & 0xFF]++;
            hi[((int) (v >>> 56) ^ 0x80) & 0xFF]++;
        }
        int s = 0, u = 0;
        for (int d = 0; d < 256; d++) { int x = lo[d]; lo[d] = s; s += x; int y = hi[d]; hi[d] = u; u += y; }
        for (int i = from; i < to; i++) { long v = a[i]; b[lo[(int) (v >>> 48) & 0xFF]++] = v; }
        for (int i = 0; i < n; i++) { long v = b[i]; a[from + hi[((int) (v >>> 56) ^ 0x80) & 0xFF]++] = v; }
        // insertion with distinct: a[from, w) sorted distinct so far
        int w = from + 1;
        for (int i = from + 1; i < to; i++) {
            long v = a[i];
            long prev = a[w - 1];
            if (v > prev) { a[w++] = v; continue; }
            if (v == prev) continue;
            int j = w - 1;
            while (j > from && a[j - 1] > v) j--;
            if (j > from && a[j - 1] == v) continue;
            System.arraycopy(a, j, a, j + 1, w - j);
            a[j] = v;
            w++;
        }
        return w;
    }
}
