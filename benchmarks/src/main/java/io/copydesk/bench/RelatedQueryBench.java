package io.copydesk.bench;

import io.copydesk.engine.Corpus;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.engine.RelatedHit;
import io.copydesk.engine.RelatedStories;
import io.copydesk.engine.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Top-k related query: {@code RelatedStories.related(q, 10)} on a collection of {@code articles}
 * generated articles, built once per trial as the CLI builds it (JSONL in the temporary directory,
 * {@code Corpus.scan}, dedup, TF-IDF, inverted index; default settings). One operation is one
 * query; queries rotate over {@value #QUERIES} seeded random articles of the collection.
 * <ul>
 *   <li>{@code related}: the mean time of a query;</li>
 *   <li>{@code relatedSampled}: the same query sampled one by one ({@code Mode.SampleTime}), for
 *       the percentiles (p50, p90, p99, ...);</li>
 *   <li>{@code baseline}: the same rotation, reading each query's vector size.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RelatedQueryBench {
    static final int QUERIES = 1024;
    static final int K = 10;

    @Param({"10000", "100000"})
    public int articles;

    Path input;
    Corpus corpus;
    RelatedStories related;
    int[] queries;
    int next;

    @Setup
    public void setup() {
        input = BenchData.writeArticles(articles, BenchData.SEED);
        corpus = BenchData.corpus(input);
        related = RelatedStories.build(corpus, RelatedConfig.DEFAULT, Progress.NONE);
        SplittableRandom r = new SplittableRandom(BenchData.SEED);
        queries = new int[QUERIES];
        for (int i = 0; i < QUERIES; i++) queries[i] = r.nextInt(corpus.size());
    }

    @TearDown
    public void tearDown() {
        BenchData.delete(input);
    }

    private int nextQuery() {
        int q = queries[next];
        next = next + 1 == QUERIES ? 0 : next + 1;
        return q;
    }

    @Benchmark
    public List<RelatedHit> related() {
        return related.related(nextQuery(), K);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public List<RelatedHit> relatedSampled() {
        return related.related(nextQuery(), K);
    }

    @Benchmark
    public int baseline() {
        return related.vector(nextQuery()).size();
    }
}
