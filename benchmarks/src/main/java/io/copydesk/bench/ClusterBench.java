package io.copydesk.bench;

import io.copydesk.engine.ClusterConfig;
import io.copydesk.engine.ClusterResult;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.RelatedStories;
import io.copydesk.engine.StoryClusters;
import io.copydesk.engine.Progress;
import java.nio.file.Path;
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
 * Story clustering of {@code articles} generated articles with {@code ClusterConfig.DEFAULT}
 * (threshold chosen from the data, 30 neighbours, all threads), one run per iteration
 * ({@code Mode.SingleShotTime}). The collection is written as JSONL to the temporary directory and
 * scanned once per trial.
 * <ul>
 *   <li>{@code cluster}: {@code StoryClusters.cluster} on a {@code RelatedStories} built beforehand
 *       (neighbour graph, average linkage, assembly): the clustering itself;</li>
 *   <li>{@code endToEnd}: from the scanned corpus: dedup, TF-IDF, index, then the clustering (what
 *       {@code copydesk cluster} does after reading);</li>
 *   <li>{@code baseline}: a pass over every article's TF-IDF vector (sums their sizes).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClusterBench {
    @Param({"2000", "20000"})
    public int articles;

    Path input;
    Corpus corpus;
    RelatedStories related;
    StoryClusters clusters;

    @Setup
    public void setup() {
        input = BenchData.writeArticles(articles, BenchData.SEED);
        corpus = BenchData.corpus(input);
        clusters = new StoryClusters(ClusterConfig.DEFAULT);
        related = RelatedStories.build(corpus, ClusterConfig.DEFAULT.related(), Progress.NONE);
    }

    @TearDown
    public void tearDown() {
        BenchData.delete(input);
    }

    @Benchmark
    public ClusterResult cluster() {
        return clusters.cluster(related, Progress.NONE);
    }

    @Benchmark
    public ClusterResult endToEnd() {
        return clusters.cluster(corpus, Progress.NONE);
    }

    @Benchmark
    public long baseline() {
        long n = 0;
        for (int i = 0; i < corpus.size(); i++) n += related.vector(i).size();
        return n;
    }
}
