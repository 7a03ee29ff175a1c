import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.engine.*;
import java.io.PrintWriter;
import java.util.*;

/** Warm stage times of cluster + related --all (levels), with an output hash. args: file threads rounds */
public class Harness {
    static long cpu() { return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(); }
    static final class Timer implements Progress {
        final Map<String, Double> t = new LinkedHashMap<>();
        String task; long start;
        public void start(String task, long total) { this.task = task; start = cpu(); }
        public void advance(long n) {}
        public void finish() { t.merge(task, (cpu() - start) / 1e9, Double::sum); }
    }
    public static void main(String[] a) throws Exception {
        int threads = Integer.parseInt(a[1]), rounds = Integer.parseInt(a[2]);
        RelatedConfig rc = RelatedConfig.DEFAULT.withThreads(threads);
        Corpus corpus;
        try (InputSet in = InputSet.of(List.of(a[0]))) {
            corpus = Corpus.scan(in, rc.analysis(), new ReadProblems(new PrintWriter(System.err), false), Progress.NONE, threads);
        }
        RelatedStories rs = RelatedStories.build(corpus, rc, Progress.NONE);
        for (int r = 0; r < rounds; r++) {
            Timer tm = new Timer();
            long t0 = cpu();
            ClusterResult cr = new StoryClusters(ClusterConfig.of(rc)).cluster(rs, tm);
            long t1 = cpu();
            List<List<RelatedHit>> all = new RelatedLevels(rs, cr).relatedAll(10, tm);
            long t2 = cpu();
            long h = 0;
            for (List<RelatedHit> l : all) for (RelatedHit x : l) h = h * 31 + x.index() * 17 + Float.floatToIntBits((float) x.score()) + x.relation().ordinal();
            for (StoryCluster c : cr.clusters()) h = h * 31 + c.members().hashCode();
            StringBuilder sb = new StringBuilder();
            tm.t.forEach((k, v) -> sb.append(String.format(" %s=%.2f", k, v)));
            System.out.printf("round %d cluster %.2f ranking %.2f hash %x |%s%n", r, (t1 - t0) / 1e9, (t2 - t1) / 1e9, h, sb);
        }
    }
}
