// What first touching fresh memory costs: java -XX:+UseSerialGC -Xmx4g Touch.java heap|native MB
// (heap: long[] of 16 MB kept; native: 16 MB segments of Arena.global()), one write per 4 KB page.
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

public class Touch {
    public static void main(String[] args) {
        int mb = Integer.parseInt(args[1]);
        long start = System.nanoTime(), sink = 0;
        if (args[0].equals("heap")) {
            long[][] keep = new long[mb / 16][];
            for (int i = 0; i < keep.length; i++) {
                keep[i] = new long[2 << 20];
                for (int j = 0; j < keep[i].length; j += 512) keep[i][j] = j;
                sink += keep[i][7];
            }
        } else {
            for (int i = 0; i < mb / 16; i++) {
                MemorySegment s = Arena.global().allocate(16L << 20, 8);
                for (long j = 0; j < (16L << 20); j += 4096) s.set(ValueLayout.JAVA_LONG, j, j);
                sink += s.get(ValueLayout.JAVA_LONG, 4096);
            }
        }
        System.out.println(args[0] + " " + mb + " MB: " + (System.nanoTime() - start) / 1_000_000 + " ms (" + sink + ")");
    }
}
