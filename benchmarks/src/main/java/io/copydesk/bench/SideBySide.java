package io.copydesk.bench;

import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.engine.Corpus;
import io.copydesk.lsh.LshParams;
import io.copydesk.engine.Progress;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * End-to-end side-by-side runs: the same JSONL collection through copydesk and its peers, each
 * engine in its own JVM (run by {@code side-by-side.sh}), then one report comparing them against
 * the exact pairs.
 *
 * <pre>
 * java -cp benchmarks.jar io.copydesk.bench.SideBySide run ENGINE INPUT.jsonl OUTDIR [THREADS]
 * java -cp benchmarks.jar io.copydesk.bench.SideBySide report INPUT.jsonl OUTDIR
 * </pre>
 * ENGINE is one of analyze-only, copydesk, copydesk-index, java-lsh, lucene-minhash, lucene-minhash-bands, exact, exact-prefix. {@code run} writes
 * {@code OUTDIR/ENGINE.pairs} (the reported pairs), {@code OUTDIR/ENGINE.properties} (counts) and
 * appends to {@code OUTDIR/ENGINE.runs} one line per run: wall seconds from the first read to the
 * last pair, and peak RSS in KiB read from {@code /proc/self/status} VmHWM. {@code report} prints a
 * markdown table with the median time of the runs; recall and precision are against the pairs
 * of {@code exact}, or of {@code exact-prefix} (the same answer, computed faster) when only that ran.
 */
public final class SideBySide {
    public static final double THRESHOLD = 0.5;
    /**
     * The banding the peers (java-lsh, Lucene's tokens) run with: copydesk's derived one until 2026-12-06, when
     * copydesk's default became 42 x 3 at 0.5 (LshParams.RECALL_AT_THRESHOLD). The peers keep theirs, so that their
     * times stay comparable from one session to the next and copydesk gains nothing from their extra candidates.
     */
    static final LshParams PEER_BANDING = new LshParams(25, 5);
    public static final int HASHES = 128;

    private SideBySide() {}

    static Map<String, Engine> engines() {
        Map<String, Engine> m = new LinkedHashMap<>();
        for (Engine e : List.of(new AnalyzeOnlyEngine(), new CopydeskEngine(false), new DuplicateIndexEngine(), new JavaLshEngine(), new LuceneEngine(), new LuceneBandsEngine(),
                new CopydeskEngine(true), new PrefixFilterEngine())) m.put(e.name(), e);
        return m;
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 4 && args[0].equals("run")) {
            int threads = args.length > 4 ? Integer.parseInt(args[4]) : Runtime.getRuntime().availableProcessors();
            run(args[1], Path.of(args[2]), Path.of(args[3]), threads);
        } else if (args.length == 3 && args[0].equals("report")) {
            System.out.print(report(Path.of(args[1]), Path.of(args[2])));
        } else {
            System.err.println("usage: SideBySide run ENGINE INPUT.jsonl OUTDIR [THREADS] | report INPUT.jsonl OUTDIR");
            System.err.println("engines: " + String.join(", ", engines().keySet()));
            System.exit(2);
        }
    }

    static void run(String name, Path input, Path outDir, int threads) throws Exception {
        Engine engine = engines().get(name);
        if (engine == null) throw new IllegalArgumentException("unknown engine " + name + "; one of " + engines().keySet());
        long start = System.nanoTime();
        Engine.Result r;
        int articles;
        try (InputSet inputs = InputSet.of(List.of(input.toString()))) {
            Corpus corpus = Corpus.scan(inputs, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE);
            articles = corpus.size();
            r = engine.run(corpus, threads);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.createDirectories(outDir);
        writePairs(outDir.resolve(name + ".pairs"), r.pairs());
        String props = "engine=" + name + "\narticles=" + articles + "\nthreads=" + threads
                + "\ncandidates=" + r.candidates() + "\npairs=" + r.pairs().length + "\n";
        Files.writeString(outDir.resolve(name + ".properties"), props);
        // One line per run: repeated runs of an engine append, and the report takes the median.
        String run = String.format(Locale.ROOT, "%.3f %d%n", seconds, vmHwmKiB());
        Files.writeString(outDir.resolve(name + ".runs"), run, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.err.print(props + "seconds=" + run);
    }

    /** Peak resident set size of this process in KiB (VmHWM), or -1 where /proc is missing. */
    static long vmHwmKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    static void writePairs(Path file, long[] pairs) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(pairs.length);
            for (long p : pairs) out.writeLong(p);
        }
    }

    static long[] readPairs(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            long[] p = new long[in.readInt()];
            for (int i = 0; i < p.length; i++) p[i] = in.readLong();
            return p;
        }
    }

    /** UTF-8 bytes of the article texts of the input (the "MB of article text" of the table). */
    static long textBytes(Path input) {
        long[] total = {0};
        try (InputSet inputs = InputSet.of(List.of(input.toString()))) {
            Corpus corpus = Corpus.scan(inputs, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE);
            corpus.forEachArticle((a, i) -> total[0] += a.text().getBytes(StandardCharsets.UTF_8).length);
        }
        return total[0];
    }

    static String report(Path input, Path dir) throws IOException {
        long bytes = textBytes(input);
        Map<String, Engine> engines = engines();
        Map<String, Map<String, String>> runs = new LinkedHashMap<>();
        for (String name : engines.keySet()) {
            Path p = dir.resolve(name + ".properties");
            if (!Files.exists(p)) continue;
            Map<String, String> m = properties(p);
            List<double[]> timings = Files.readAllLines(dir.resolve(name + ".runs")).stream().filter(l -> !l.isBlank())
                    .map(l -> Arrays.stream(l.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray()).toList();
            double[] secs = timings.stream().mapToDouble(t -> t[0]).sorted().toArray();
            m.put("seconds", Double.toString(secs.length % 2 == 1 ? secs[secs.length / 2] : (secs[secs.length / 2 - 1] + secs[secs.length / 2]) / 2));
            m.put("range", String.format(Locale.ROOT, "%.2f-%.2f", secs[0], secs[secs.length - 1]));
            m.put("runs", Integer.toString(secs.length));
            m.put("peakRssKiB", Long.toString((long) timings.stream().mapToDouble(t -> t[1]).max().orElse(-1)));
            runs.put(name, m);
        }
        String truthEngine = runs.containsKey("exact") ? "exact" : runs.containsKey("exact-prefix") ? "exact-prefix" : null;
        long[] truth = truthEngine == null ? null : readPairs(dir.resolve(truthEngine + ".pairs"));
        double copydeskSeconds = runs.containsKey("copydesk") ? Double.parseDouble(runs.get("copydesk").get("seconds")) : Double.NaN;
        StringBuilder sb = new StringBuilder();
        Map<String, String> any = runs.values().iterator().next();
        sb.append(String.format(Locale.ROOT, "%s: %,d articles, %.1f MB of article text (UTF-8), %s threads; ", input.getFileName(),
                Long.parseLong(any.get("articles")), bytes / 1e6, any.get("threads")));
        sb.append(truth == null ? "no exact run (recall and precision not measured)\n\n"
                : String.format(Locale.ROOT, "%,d pairs with exact Jaccard >= %.1f (truth: %s)%n%n", truth.length, THRESHOLD, truthEngine));
        double floor = runs.containsKey("analyze-only") ? Double.parseDouble(runs.get("analyze-only").get("seconds")) : Double.NaN;
        double copydeskCore = copydeskSeconds - floor;
        sb.append("| engine | wall s (median) | runs, min-max s | articles/s | MB/s | peak RSS MB | candidates | pairs | missed | recall | precision "
                + "| copydesk speed-up (wall) | s beyond analysis | copydesk speed-up (beyond analysis) |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var e : runs.entrySet()) {
            Map<String, String> r = e.getValue();
            double s = Double.parseDouble(r.get("seconds"));
            long n = Long.parseLong(r.get("articles"));
            long[] pairs = readPairs(dir.resolve(e.getKey() + ".pairs"));
            boolean reports = !e.getKey().equals("analyze-only");
            boolean peer = reports && !e.getKey().equals("copydesk") && !Double.isNaN(copydeskSeconds);
            String recall = "", precision = "", missed = "";
            if (truth != null && reports) {
                long hit = intersection(pairs, truth);
                missed = String.format(Locale.ROOT, "%,d", truth.length - hit);
                recall = String.format(Locale.ROOT, "%.4f", truth.length == 0 ? 1.0 : (double) hit / truth.length);
                precision = String.format(Locale.ROOT, "%.4f", pairs.length == 0 ? 1.0 : (double) hit / pairs.length);
            }
            long cand = Long.parseLong(r.get("candidates"));
            sb.append(String.format(Locale.ROOT, "| %s | %.2f | %s, %s | %,.0f | %.1f | %,.0f | %s | %s | %s | %s | %s | %s | %s | %s |%n", e.getKey(), s,
                    r.get("runs"), r.get("range"), n / s,
                    bytes / 1e6 / s, Long.parseLong(r.get("peakRssKiB")) / 1024.0, cand < 0 ? "" : String.format(Locale.ROOT, "%,d", cand),
                    reports ? String.format(Locale.ROOT, "%,d", pairs.length) : "", missed, recall, precision,
                    peer ? String.format(Locale.ROOT, "%.2fx", s / copydeskSeconds) : "",
                    reports && !Double.isNaN(floor) ? String.format(Locale.ROOT, "%.2f", s - floor) : "",
                    peer && !Double.isNaN(floor) ? String.format(Locale.ROOT, "%.2fx", (s - floor) / copydeskCore) : ""));
        }
        sb.append("\nPeak RSS is the largest of the runs. Wall time runs from the first read to the last pair inside each engine's own JVM (JVM start-up excluded). "
                + "\"s beyond analysis\" subtracts the analyze-only row: reading, boilerplate removal and tokenization are the same code "
                + "for every engine, so what remains is each engine's own shingling, signatures, index, candidates and verification.\n");
        sb.append("\nEngines:\n");
        for (String name : runs.keySet()) sb.append("- **").append(name).append("**: ").append(engines.get(name).description()).append('\n');
        return sb.toString();
    }

    private static long intersection(long[] a, long[] b) {
        long n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) { n++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return n;
    }

    private static Map<String, String> properties(Path p) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(p)) {
            int eq = line.indexOf('=');
            if (eq > 0) m.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return m;
    }
}
