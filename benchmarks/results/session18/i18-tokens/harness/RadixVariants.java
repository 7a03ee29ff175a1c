package io.copydesk.internal;

import java.util.Arrays;

public final class RadixVariants {
    static final long[] TMP = new long[1 << 16];
    static final int[] COUNTS = new int[1 << 16];
    static final int[] LOW = new int[256], HIGH = new int[256];

    /** variant 2: the committed code, static buffers instead of the thread local */
    public static int v2(long[] a, int from, int to) {
        byTopBits(a, from, to, TMP, COUNTS);
        return insertDistinct(a, from, to);
    }

    /** variant 3: two count arrays */
    public static int v3(long[] a, int from, int to) {
        byTopBits2(a, from, to, TMP, LOW, HIGH);
        return insertDistinct(a, from, to);
    }

    /** variant 4: two count arrays, insertion of the prototype (no fallback) */
    public static int v4(long[] a, int from, int to) {
        byTopBits2(a, from, to, TMP, LOW, HIGH);
        return insertPlain(a, from, to);
    }

    private static void byTopBits(long[] a, int from, int to, long[] tmp, int[] counts) {
        Arrays.fill(counts, 0, 512, 0);
        for (int i = from; i < to; i++) {
            long v = a[i];
            counts[(int) (v >>> 48) & 0xFF]++;
            counts[256 + ((int) (v >>> 56) ^ 0x80)]++;
        }
        for (int d = 0, low = 0, high = 0; d < 256; d++) {
            int c = counts[d];
            counts[d] = low;
            low += c;
            c = counts[256 + d];
            counts[256 + d] = high;
            high += c;
        }
        for (int i = from; i < to; i++) {
            long v = a[i];
            tmp[counts[(int) (v >>> 48) & 0xFF]++] = v;
        }
        for (int i = 0, n = to - from; i < n; i++) {
            long v = tmp[i];
            a[from + counts[256 + ((int) (v >>> 56) ^ 0x80)]++] = v;
        }
    }

    private static void byTopBits2(long[] a, int from, int to, long[] tmp, int[] lo, int[] hi) {
        Arrays.fill(lo, 0); Arrays.fill(hi, 0);
        for (int i = from; i < to; i++) {
            long v = a[i];
            lo[(int) (v >>> 48) & 0xFF]++;
            hi[((int) (v >>> 56) ^ 0x80) & 0xFF]++;
        }
        int s = 0, u = 0;
        for (int d = 0; d < 256; d++) { int x = lo[d]; lo[d] = s; s += x; int y = hi[d]; hi[d] = u; u += y; }
        for (int i = from; i < to; i++) { long v = a[i]; tmp[lo[(int) (v >>> 48) & 0xFF]++] = v; }
        for (int i = 0, n = to - from; i < n; i++) { long v = tmp[i]; a[from + hi[((int) (v >>> 56) ^ 0x80) & 0xFF]++] = v; }
    }

    private static int insertDistinct(long[] a, int from, int to) {
        int w = from + 1, moves = to - from;
        for (int i = from + 1; i < to; i++) {
            long v = a[i], last = a[w - 1];
            if (v > last) {
                a[w++] = v;
                continue;
            }
            if (v == last) continue;
            int j = w - 1;
            while (j > from && a[j - 1] > v) j--;
            if (j > from && a[j - 1] == v) continue;
            moves -= w - j;
            if (moves < 0) {
                System.arraycopy(a, i, a, w, to - i);
                return LongSort.sortDistinct(a, from, w + to - i);
            }
            System.arraycopy(a, j, a, j + 1, w - j);
            a[j] = v;
            w++;
        }
        return w;
    }

    private static int insertPlain(long[] a, int from, int to) {
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
