package io.copydesk.analysis;

import io.copydesk.analysis.opennlp.OpenNlpTokenizer;
import io.copydesk.document.Article;
import io.copydesk.document.ArticleJson;
import io.copydesk.document.ReadProblems;
import io.copydesk.internal.LongSort;
import io.copydesk.internal.ProbeSort;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.zip.GZIPInputStream;

/** usage: SortHarness FILE MAX PASSES SLOTS... : times LongSort.sortDistinctHashes against ProbeSort on real window arrays. */
public class SortHarness {
    public static void main(String[] args) throws Exception {
        List<long[]> sets = new ArrayList<>();
        int max = Integer.parseInt(args[1]);
        InputStream in = Files.newInputStream(Path.of(args[0]));
        if (args[0].endsWith(".gz")) in = new GZIPInputStream(in);
        AnalysisConfig config = AnalysisConfig.DEFAULT;
        Shingler shingler = new Shingler(config.shingle(), config.seed());
        OpenNlpTokenizer tok = new OpenNlpTokenizer(TokenizerKind.simple);
        long total = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && sets.size() < max) {
                Article a = ArticleJson.parse(line, "x", ReadProblems.silent());
                if (a == null) continue;
                TokenList list = new TokenList();
                tok.tokenize(a.text(), 0, a.text().length(), list);
                if (list.size() == 0) continue;
                long[] w = shingler.windows(list);
                sets.add(w);
                total += w.length;
            }
        }
        System.out.printf("%d arrays, %d values, mean %.0f%n", sets.size(), total, (double) total / sets.size());
        int passes = Integer.parseInt(args[2]);
        int variants = args.length - 3 + 1;
        long[][] t = new long[variants][passes];
        long[] work = new long[1 << 20];
        ProbeSort probe = new ProbeSort(); io.copydesk.internal.RadixSort radix = new io.copydesk.internal.RadixSort();
        long check = 0;
        // correctness first
        for (long[] w : sets) {
            long[] x = w.clone(); int e = LongSort.sortDistinctHashes(x, 0, x.length);
            for (int v = 1; v < variants; v++) {
                int sl = Integer.parseInt(args[2 + v]); if (sl == 0) continue; long[] y = w.clone(); int f = sl == 1 ? radix.sortDistinct(y, 0, y.length) : sl == 12 ? io.copydesk.internal.RadixVariants.v2(y, 0, y.length) : sl == 13 ? io.copydesk.internal.RadixVariants.v3(y, 0, y.length) : sl == 14 ? io.copydesk.internal.RadixVariants.v4(y, 0, y.length) : probe.sortDistinct(y, 0, y.length, sl);
                if (!Arrays.equals(x, 0, e, y, 0, f)) throw new AssertionError("differs");
            }
        }
        for (int p = 0; p < passes; p++) {
            for (int v = 0; v < variants; v++) {
                int slots = v == 0 ? 0 : Integer.parseInt(args[2 + v]);
                long t0 = System.nanoTime();
                for (long[] w : sets) {
                    System.arraycopy(w, 0, work, 0, w.length);
                    check += v == 0 ? LongSort.sortDistinctHashes(work, 0, w.length) : slots == 0 ? work[w.length / 2] : slots == 1 ? radix.sortDistinct(work, 0, w.length) : slots == 12 ? io.copydesk.internal.RadixVariants.v2(work, 0, w.length) : slots == 13 ? io.copydesk.internal.RadixVariants.v3(work, 0, w.length) : slots == 14 ? io.copydesk.internal.RadixVariants.v4(work, 0, w.length) : probe.sortDistinct(work, 0, w.length, slots);
                }
                t[v][p] = System.nanoTime() - t0;
            }
        }
        StringBuilder sb = new StringBuilder("median ms (last half): ");
        for (int v = 0; v < variants; v++) {
            long[] x = Arrays.copyOfRange(t[v], passes / 2, passes); Arrays.sort(x);
            sb.append(v == 0 ? "LongSort " : "probe" + args[2 + v] + " ").append(String.format("%.1f (min %.1f)  ", x[x.length / 2] / 1e6, Arrays.stream(t[v]).min().getAsLong() / 1e6));
        }
        System.out.println(sb + " check " + check);
    }
}
