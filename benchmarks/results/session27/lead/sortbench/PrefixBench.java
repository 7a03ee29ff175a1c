import io.copydesk.internal.LongSort;
import io.copydesk.analysis.TermLookup;
import java.nio.file.*;
import java.util.*;
public class PrefixBench {
    public static void main(String[] a) throws Exception {
        boolean useLong = a[0].equals("long");
        List<long[]> src = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/tmp/sortbench/words.txt"))) {
            String[] w = line.split(" ");
            if (w.length > 65535) continue;
            long[] k = new long[w.length];
            for (int i = 0; i < w.length; i++) k[i] = (TermLookup.prefix(w[i]) << 16 | i) ^ Long.MIN_VALUE;
            src.add(k);
        }
        long[] k = new long[70000];
        long best = Long.MAX_VALUE, sink = 0, total = 0;
        for (long[] s : src) total += s.length;
        for (int rep = 0; rep < 15; rep++) {
            long t0 = System.nanoTime();
            for (long[] s : src) {
                int n = s.length;
                System.arraycopy(s, 0, k, 0, n);
                if (useLong) LongSort.sort(k, 0, n); else Arrays.sort(k, 0, n);
                sink += k[n / 2];
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("%s %.1f ns/key, %.0f ns/article (sink %d)%n", a[0], best / (double) total, best / (double) src.size(), sink & 1);
    }
}
