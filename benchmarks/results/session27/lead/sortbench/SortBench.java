import io.copydesk.internal.LongSort;
import java.util.*;
public class SortBench {
    public static void main(String[] a) {
        int n = Integer.parseInt(a[0]); boolean useLong = a[1].equals("long");
        Random r = new Random(1);
        int sets = 2000;
        long[][] src = new long[sets][n];
        for (int s = 0; s < sets; s++) for (int i = 0; i < n; i++) {
            float v = (float) (Math.pow(10, -2.5 * r.nextDouble()) * Math.pow(10, -1.5 * r.nextDouble()));
            src[s][i] = (long) (Integer.MAX_VALUE - Float.floatToIntBits(v)) << 32 | i;
        }
        long[] k = new long[n];
        long best = Long.MAX_VALUE, sink = 0;
        for (int rep = 0; rep < 30; rep++) {
            long t0 = System.nanoTime();
            for (int s = 0; s < sets; s++) {
                System.arraycopy(src[s], 0, k, 0, n);
                if (useLong) LongSort.sort(k, 0, n); else Arrays.sort(k, 0, n);
                sink += k[n / 2];
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("%s n=%d %.0f ns/sort (sink %d)%n", a[1], n, best / (double) sets, sink & 1);
    }
}
