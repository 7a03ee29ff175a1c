package io.copydesk.internal;

import java.util.*;

public class SmallBench {
    public static void main(String[] args) {
        RadixSort radix = new RadixSort();
        SplittableRandom r = new SplittableRandom(1);
        for (int n : new int[] {16, 24, 32, 48, 64, 96, 128, 192}) {
            int count = 4_000_000 / n;
            long[][] arrays = new long[count][];
            for (int i = 0; i < count; i++) { arrays[i] = new long[n]; for (int k = 0; k < n; k++) arrays[i][k] = r.nextLong(); }
            long[] work = new long[n];
            long best0 = Long.MAX_VALUE, best1 = Long.MAX_VALUE, check = 0;
            for (int p = 0; p < 12; p++) {
                long t0 = System.nanoTime();
                for (long[] x : arrays) { System.arraycopy(x, 0, work, 0, n); Arrays.sort(work); check += work[n / 2]; }
                long t1 = System.nanoTime();
                for (long[] x : arrays) { System.arraycopy(x, 0, work, 0, n); check += radix.sortDistinct(work, 0, n); }
                long t2 = System.nanoTime();
                best0 = Math.min(best0, t1 - t0); best1 = Math.min(best1, t2 - t1);
            }
            System.out.printf("n %d: Arrays.sort %.1f ns/value, radix %.1f ns/value (%d)%n", n, best0 / 4e6, best1 / 4e6, check);
        }
    }
}
