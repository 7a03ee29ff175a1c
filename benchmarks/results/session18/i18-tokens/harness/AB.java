import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

/** AB FILE MAX PASSES JAR_A JAR_B : one harness per jar in its own class loader, passes alternating A B B A ...; prints per-column medians and the median of B/A. */
public class AB {
    public static void main(String[] a) throws Exception {
        String file = a[0]; int max = Integer.parseInt(a[1]), passes = Integer.parseInt(a[2]);
        URL hcls = Path.of("/tmp/i18-tokens/hcls/").toUri().toURL();
        Object[] h = new Object[2]; Method[] pass = new Method[2];
        for (int k = 0; k < 2; k++) {
            URLClassLoader l = new URLClassLoader(new URL[] {hcls, Path.of(a[3 + k]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> c = l.loadClass("io.copydesk.analysis.ReadHarness");
            h[k] = c.getConstructor(String.class, int.class).newInstance(file, max);
            pass[k] = c.getMethod("pass");
        }
        String[] names = {"draft", "tok", "+hash", "+win", "+sort"};
        List<long[]>[] res = new List[] {new ArrayList<>(), new ArrayList<>()};
        for (int p = 0; p < passes; p++) {
            int first = p % 2;
            for (int q = 0; q < 2; q++) { int k = q == 0 ? first : 1 - first; res[k].add((long[]) pass[k].invoke(h[k])); }
        }
        int skip = passes / 3; // warm-up
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < 5; s++) {
            double[] ra = new double[passes - skip]; long[] va = new long[passes - skip], vb = new long[passes - skip];
            int lower = 0;
            for (int p = skip; p < passes; p++) {
                va[p - skip] = res[0].get(p)[s]; vb[p - skip] = res[1].get(p)[s];
                ra[p - skip] = (double) vb[p - skip] / va[p - skip];
                if (vb[p - skip] < va[p - skip]) lower++;
            }
            Arrays.sort(va); Arrays.sort(vb); Arrays.sort(ra);
            out.append(String.format("%-6s A %7.1f  B %7.1f ms  B/A %.3f  (B lower in %d of %d)%n", names[s], va[va.length / 2] / 1e6, vb[vb.length / 2] / 1e6, ra[ra.length / 2], lower, ra.length));
        }
        System.out.print(out);
    }
}
