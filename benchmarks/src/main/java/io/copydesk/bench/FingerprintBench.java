package io.copydesk.bench;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.analysis.Boilerplate;
import io.copydesk.document.Article;
import io.copydesk.fingerprint.Fingerprinter;
import io.copydesk.generate.GeneratedArticle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The fingerprint stage alone, on one core: generated articles (site furniture included) become
 * {@code Fingerprint}s with the default {@code AnalysisConfig} and the boilerplate counts of
 * {@value #COLLECTION} articles. Throughput is reported per operation (one pass over
 * {@value #ARTICLES} articles) and, through the {@code textBytes} counter, in UTF-8 bytes of
 * article text per second (divide by 10⁶ for MB/s per core):
 * <ul>
 *   <li>{@code fingerprint}: the whole stage (clean, tokenize body and title, shingle, MinHash, terms);</li>
 *   <li>{@code duplicates}: the stage as {@code dedup} runs it ({@code Fingerprinter.forDuplicates}: no index terms);</li>
 *   <li>{@code analyze}: cleaning and tokenizing alone, the floor the rest builds on;</li>
 *   <li>{@code baseline}: a scan of the same characters, the least any analysis must do.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FingerprintBench {
    static final int COLLECTION = 2_000;
    static final int ARTICLES = 64;

    List<Article> articles;
    Fingerprinter fingerprinter;
    Fingerprinter forDuplicates;
    long batchBytes;

    /** Bytes of article text processed, reported by JMH as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Text {
        public long textBytes;

        @Setup(Level.Iteration)
        public void reset() {
            textBytes = 0;
        }
    }

    @Setup
    public void setup() {
        List<Article> all = BenchData.articles(COLLECTION, BenchData.SEED).stream().map(GeneratedArticle::toArticle).toList();
        Boilerplate.Builder counts = Boilerplate.builder(AnalysisConfig.DEFAULT.boilerplate());
        for (Article a : all) counts.add(counts.lineKeys(a));
        fingerprinter = new Fingerprinter(AnalysisConfig.DEFAULT, counts.build());
        forDuplicates = Fingerprinter.forDuplicates(AnalysisConfig.DEFAULT, fingerprinter.boilerplate());
        articles = all.subList(0, ARTICLES);
        batchBytes = 0;
        for (Article a : articles) batchBytes += a.text().getBytes(StandardCharsets.UTF_8).length;
    }

    @Benchmark
    public void fingerprint(Text text, Blackhole bh) {
        for (Article a : articles) bh.consume(fingerprinter.fingerprint(a));
        text.textBytes += batchBytes;
    }

    @Benchmark
    public void duplicates(Text text, Blackhole bh) {
        for (Article a : articles) bh.consume(forDuplicates.fingerprint(a));
        text.textBytes += batchBytes;
    }

    @Benchmark
    public void analyze(Text text, Blackhole bh) {
        for (Article a : articles) bh.consume(fingerprinter.analyze(a).tokens().size());
        text.textBytes += batchBytes;
    }

    @Benchmark
    public void baseline(Text text, Blackhole bh) {
        for (Article a : articles) bh.consume(scan(a.text()));
        text.textBytes += batchBytes;
    }

    static int scan(String t) {
        int n = 0;
        for (int c = 0; c < t.length(); c++) if (Character.isLetterOrDigit(t.charAt(c))) n++;
        return n;
    }
}
