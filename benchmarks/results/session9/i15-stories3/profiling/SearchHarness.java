import io.copydesk.tfidf.*;
import java.lang.management.ManagementFactory;
import java.util.*;

/** Profiling only: thread CPU of a ranking-like search pass (k 10, floor 0.01, 30-day window) over random Zipf vectors. */
public class SearchHarness {
    public static void main(String[] a) {
        int n = 20000, vocab = 60000;
        Random rnd = new Random(7);
        TermDictionary dict = new TermDictionary();
        String[] names = new String[vocab];
        for (int t = 0; t < vocab; t++) names[t] = String.format("t%06d", t);
        List<TermCounts> counts = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            TreeMap<Integer, Float> c = new TreeMap<>();
            int len = 80 + rnd.nextInt(300);
            for (int i = 0; i < len; i++) c.merge((int) Math.min(vocab - 1, Math.floor(Math.pow(rnd.nextDouble(), 2.5) * vocab)), 1f, Float::sum);
            int[] t = new int[c.size()]; float[] f = new float[c.size()]; int k = 0;
            for (var e : c.entrySet()) { t[k] = dict.id(names[e.getKey()]); f[k++] = e.getValue(); }
            counts.add(new TermCounts(t, f));
        }
        TermDictionary.Frozen v = dict.freeze();
        List<TermCounts> fixed = counts.stream().map(c -> c.remap(v.remap())).toList();
        TfIdfModel model = TfIdfModel.fit(v, fixed);
        List<TermVector> vs = fixed.stream().map(model::vectorize).toList();
        long[] dates = new long[n];
        for (int d = 0; d < n; d++) dates[d] = 1_700_000_000L + rnd.nextInt(365) * 86_400L;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingLong(i -> dates[i]));
        var bean = ManagementFactory.getThreadMXBean();
        long reach = 30 * 86_400L;
        for (int rep = 0; rep < Integer.parseInt(a[0]); rep++) {
            long t0 = bean.getCurrentThreadCpuTime(), b0 = System.nanoTime();
            InvertedIndex index = InvertedIndex.build(vs, model.size(), dates);
            long t1 = bean.getCurrentThreadCpuTime();
            InvertedIndex.Searcher s = index.searcher();
            long sum = 0;
            for (int oq = 0; oq < n; oq += 4) { int q = order[oq];
                long date = dates[q];
                InvertedIndex.DateWeight w = new InvertedIndex.DateWeight() {
                    public long[] dates() { return dates; }
                    public double weightOfDate(long o) { long g = Math.abs(o - date); return g > reach ? 0 : Math.exp(-g / (7.0 * 86_400)); }
                };
                InvertedIndex.Hits h = s.search(vs.get(q), 10, 0.01, w, q, date - reach, date + reach);
                sum += h.size() + Float.floatToIntBits(h.size() > 0 ? h.scores()[0] : 0);
            }
            long t2 = bean.getCurrentThreadCpuTime();
            System.out.printf("rep %d build %.3f search %.3f cpu s (wall %.3f) check %d%n", rep, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - b0) / 1e9, sum);
        }
    }
}
