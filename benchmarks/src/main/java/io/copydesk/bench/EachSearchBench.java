package io.copydesk.bench;

import io.copydesk.engine.Corpus;
import io.copydesk.engine.Progress;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.engine.RelatedStories;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.tfidf.EachSearch;
import io.copydesk.tfidf.InvertedIndex;
import io.copydesk.tfidf.TermVector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Every article's neighbour search over a collection without dates (the cluster's neighbour graph: the best
 * {@value #K} scoring at least {@value #MIN}), on one thread, one run per iteration ({@code Mode.SingleShotTime}).
 * The collection is {@code articles} generated articles with their dates left out, weighed as the CLI weighs
 * them, indexed once per trial.
 * <ul>
 *   <li>{@code oneByOne}: a search per article ({@code InvertedIndex.Searcher.search}, pruned or walking);</li>
 *   <li>{@code atOnce}: every search at once ({@code InvertedIndex.eachSearch}: each pair's postings walked
 *       once), the same hits;</li>
 *   <li>{@code baseline}: a pass over every article's vector (sums their sizes).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EachSearchBench {
    static final int K = 30;
    static final double MIN = 0.15;

    @Param({"6000", "20000"})
    public int articles;

    List<TermVector> vectors;
    InvertedIndex index;

    @Setup
    public void setup() {
        Path input = writeUndated(articles);
        try {
            Corpus corpus = BenchData.corpus(input);
            RelatedStories rs = RelatedStories.build(corpus, RelatedConfig.DEFAULT.withThreads(1), Progress.NONE);
            vectors = new ArrayList<>(corpus.size());
            for (int i = 0; i < corpus.size(); i++) vectors.add(rs.vector(i));
            index = InvertedIndex.build(vectors, rs.model().size(), null);
        } finally {
            BenchData.delete(input);
        }
    }

    /** The seeded generated collection's first {@code n} articles without their dates, as JSONL in a temporary file. */
    static Path writeUndated(int n) {
        try {
            Path file = Files.createTempFile("copydesk-bench-undated-" + n + "-", ".jsonl");
            List<String> lines = new ArrayList<>(n);
            for (GeneratedArticle a : BenchData.articles(n, BenchData.SEED)) lines.add(a.toJson().replaceFirst(",\"date\":\"[^\"]*\"", ""));
            Files.write(file, lines);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public InvertedIndex.Hits[] oneByOne() {
        InvertedIndex.Searcher s = index.searcher();
        InvertedIndex.Hits[] hits = new InvertedIndex.Hits[vectors.size()];
        for (int d = 0; d < hits.length; d++) hits[d] = s.search(vectors.get(d), K, MIN, InvertedIndex.DocWeight.NONE, d);
        return hits;
    }

    @Benchmark
    public InvertedIndex.Hits[] atOnce() {
        EachSearch each = index.eachSearch(K, MIN);
        if (each == null) throw new IllegalStateException("the collection is not searched at once");
        return each.run(1, steps -> {});
    }

    @Benchmark
    public long baseline() {
        long n = 0;
        for (TermVector v : vectors) n += v.size();
        return n;
    }
}
