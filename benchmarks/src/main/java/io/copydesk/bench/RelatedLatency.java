package io.copydesk.bench;

import io.copydesk.engine.Corpus;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.engine.RelatedHit;
import io.copydesk.engine.RelatedStories;
import io.copydesk.engine.Progress;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Latency of {@code RelatedStories.related(q, k)} on a large collection, query by query, on one
 * thread. Builds the index the way the CLI does (scan, dedup, TF-IDF, inverted index; default
 * settings, all threads), then runs {@code warmup} random queries untimed and {@code rounds}
 * rounds of {@code queries} seeded random queries, timing each with {@code System.nanoTime}.
 * Percentiles are read from the sorted latencies (nearest rank). Peak RSS is VmHWM of
 * {@code /proc/self/status}.
 *
 * <pre>
 * java -Xmx16g -cp target/benchmarks.jar io.copydesk.bench.RelatedLatency INPUT.jsonl [QUERIES] [K] [ROUNDS] [WARMUP] [OUT.properties]
 * </pre>
 */
public final class RelatedLatency {
    private RelatedLatency() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: RelatedLatency INPUT.jsonl [QUERIES=10000] [K=10] [ROUNDS=3] [WARMUP=5000] [OUT.properties]");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 5_000;
        Path out = args.length > 5 ? Path.of(args[5]) : null;

        StringBuilder report = new StringBuilder();
        line(report, "input", input.toString());
        line(report, "load_before", load());
        line(report, "threads", Integer.toString(RelatedConfig.DEFAULT.threads()));
        line(report, "max_heap_mb", Long.toString(Runtime.getRuntime().maxMemory() >> 20));

        long t0 = System.nanoTime();
        Corpus corpus = BenchData.corpus(input);
        long t1 = System.nanoTime();
        RelatedStories related = RelatedStories.build(corpus, RelatedConfig.DEFAULT, Progress.NONE);
        long t2 = System.nanoTime();
        int n = corpus.size();
        line(report, "articles", Integer.toString(n));
        line(report, "scan_s", seconds(t1 - t0));
        line(report, "build_s", seconds(t2 - t1) + "  # dedup + TF-IDF + inverted index");
        line(report, "total_build_s", seconds(t2 - t0));
        line(report, "terms", Integer.toString(related.model().size()));
        line(report, "duplicate_groups", Integer.toString(related.dedup().groups().size()));
        line(report, "rss_peak_after_build_mb", Long.toString(peakRssKib() >> 10));
        System.gc();
        Runtime rt = Runtime.getRuntime();
        line(report, "heap_used_after_gc_mb", Long.toString((rt.totalMemory() - rt.freeMemory()) >> 20));
        line(report, "load_after_build", load());
        System.out.print(report);
        System.out.flush();

        SplittableRandom r = new SplittableRandom(BenchData.SEED);
        long sink = 0;
        for (int i = 0; i < warmup; i++) sink += related.related(r.nextInt(n), k).size();

        for (int round = 1; round <= rounds; round++) {
            StringBuilder part = new StringBuilder();
            line(part, "round" + round + "_load", load());
            long gcCount = gcCount(), gcMillis = gcMillis();
            long[] nanos = new long[queries];
            long hits = 0;
            long start = System.nanoTime();
            for (int i = 0; i < queries; i++) {
                int q = r.nextInt(n);
                long a = System.nanoTime();
                List<RelatedHit> h = related.related(q, k);
                nanos[i] = System.nanoTime() - a;
                hits += h.size();
            }
            long wall = System.nanoTime() - start;
            sink += hits;
            Arrays.sort(nanos);
            String p = "round" + round + "_";
            line(part, p + "queries", Integer.toString(queries));
            line(part, p + "mean_ms", ms(Arrays.stream(nanos).sum() / (double) queries));
            line(part, p + "p50_ms", ms(percentile(nanos, 50)));
            line(part, p + "p90_ms", ms(percentile(nanos, 90)));
            line(part, p + "p99_ms", ms(percentile(nanos, 99)));
            line(part, p + "p99.9_ms", ms(percentile(nanos, 99.9)));
            line(part, p + "max_ms", ms(nanos[queries - 1]));
            line(part, p + "queries_per_s", String.format(Locale.ROOT, "%.0f", queries / (wall / 1e9)));
            line(part, p + "hits_per_query", String.format(Locale.ROOT, "%.2f", hits / (double) queries));
            line(part, p + "gc_count", Long.toString(gcCount() - gcCount));
            line(part, p + "gc_ms", Long.toString(gcMillis() - gcMillis));
            System.out.print(part);
            System.out.flush();
            report.append(part);
        }
        line(report, "rss_peak_mb", Long.toString(peakRssKib() >> 10));
        line(report, "load_after", load());
        line(report, "checksum", Long.toString(sink));
        System.out.println(report.substring(report.lastIndexOf("rss_peak_mb=")));
        if (out != null) Files.writeString(out, report.toString());
    }

    /** The nearest-rank percentile of sorted values: the smallest value with at least p% of values at or below it. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append(key).append('=').append(value).append('\n');
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private static String ms(double nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static long peakRssKib() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("[^0-9]", ""));
            }
        } catch (IOException ignored) {
            // not Linux
        }
        return -1;
    }

    private static long gcCount() {
        long c = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) c += Math.max(0, b.getCollectionCount());
        return c;
    }

    private static long gcMillis() {
        long c = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) c += Math.max(0, b.getCollectionTime());
        return c;
    }
}
