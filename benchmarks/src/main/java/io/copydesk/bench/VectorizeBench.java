package io.copydesk.bench;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.analysis.StopWords;
import io.copydesk.analysis.TermFilter;
import io.copydesk.analysis.TokenList;
import io.copydesk.analysis.TokenizerKind;
import io.copydesk.analysis.WordTokenizer;
import io.copydesk.analysis.opennlp.OpenNlpStemmer;
import io.copydesk.analysis.opennlp.OpenNlpTokenizer;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.fingerprint.TermTally;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.tfidf.TermCounter;
import io.copydesk.tfidf.TermCounts;
import io.copydesk.tfidf.TermDictionary;
import io.copydesk.tfidf.TermVector;
import io.copydesk.tfidf.TfIdfModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * TF-IDF vectorization of one article against a fitted model, as {@code RelatedStories} does it:
 * counting (stop words out, Porter stems, title words counted {@link RelatedConfig#DEFAULT_TITLE_WEIGHT}
 * times, term ids from the model's vocabulary) and weighting (sublinear tf × smoothed idf,
 * L2-normalized). The model's document frequencies come from the first {@value #COLLECTION}
 * generated articles; the timed articles are the first {@value #ARTICLES} of them, tokenized
 * beforehand (body without site furniture, and title), so tokenization is not in the score. One
 * operation is one article (the mean over {@value #ARTICLES}):
 * <ul>
 *   <li>{@code vectorize}: counting + weighting, the whole step;</li>
 *   <li>{@code count}: the counting alone;</li>
 *   <li>{@code weigh}: the weighting alone, of counts made beforehand;</li>
 *   <li>{@code baseline}: a pass over the same tokens (sums their lengths).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VectorizeBench {
    static final int COLLECTION = 2_000;
    static final int ARTICLES = 64;

    TokenList[] bodies;
    String[] texts; // each body's text, whose words vote on names
    TokenList[] titles;
    TermCounts[] counted;
    TermCounter counter;
    TermTally tally;
    TfIdfModel model;
    final Map<String, Integer> unseen = new HashMap<>();

    @Setup
    public void setup() {
        List<GeneratedArticle> articles = BenchData.articles(COLLECTION, BenchData.SEED);
        WordTokenizer tokenizer = new OpenNlpTokenizer(TokenizerKind.simple);
        bodies = new TokenList[COLLECTION];
        texts = new String[COLLECTION];
        titles = new TokenList[COLLECTION];
        for (int i = 0; i < COLLECTION; i++) {
            GeneratedArticle a = articles.get(i);
            bodies[i] = new TokenList();
            texts[i] = a.text();
            tokenizer.tokenize(a.text(), a.bodyStart(), a.bodyEnd(), bodies[i]);
            titles[i] = new TokenList();
            tokenizer.tokenize(a.title(), 0, a.title().length(), titles[i]);
        }
        model = fit(bodies, texts, titles);
        counter = new TermCounter(RelatedConfig.DEFAULT_TITLE_WEIGHT);
        tally = newTally();
        counted = new TermCounts[ARTICLES];
        for (int i = 0; i < ARTICLES; i++) counted[i] = count(bodies[i], texts[i], titles[i]);
    }

    /** The engine's term counting. */
    static TermTally newTally() {
        return new TermTally(new TermFilter(StopWords.english(), new OpenNlpStemmer()), AnalysisConfig.DEFAULT.seed());
    }

    /** The model as {@code RelatedStories.build} fits it: provisional ids, frozen, remapped, df counted. */
    static TfIdfModel fit(TokenList[] bodies, String[] texts, TokenList[] titles) {
        TermDictionary dictionary = new TermDictionary();
        TermCounter c = new TermCounter(RelatedConfig.DEFAULT_TITLE_WEIGHT);
        TermTally f = newTally();
        List<TermCounts> provisional = new ArrayList<>(bodies.length);
        for (int i = 0; i < bodies.length; i++) provisional.add(c.count(f.count(bodies[i], texts[i], titles[i]), dictionary));
        TermDictionary.Frozen vocabulary = dictionary.freeze();
        List<TermCounts> counts = new ArrayList<>(provisional.size());
        for (TermCounts p : provisional) counts.add(p.remap(vocabulary.remap()));
        return TfIdfModel.fit(vocabulary, counts);
    }

    /** Counts one article into the model's ids; terms the model never saw get ids past its vocabulary. */
    TermCounts count(TokenList body, String text, TokenList title) {
        unseen.clear();
        return counter.count(tally.count(body, text, title), term -> {
            int id = model.id(term);
            return id >= 0 ? id : unseen.computeIfAbsent(term, t -> model.size() + unseen.size());
        });
    }

    TermVector vectorize(TokenList body, String text, TokenList title) {
        return model.vectorize(count(body, text, title));
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void vectorize(Blackhole bh) {
        for (int i = 0; i < ARTICLES; i++) bh.consume(vectorize(bodies[i], texts[i], titles[i]));
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void count(Blackhole bh) {
        for (int i = 0; i < ARTICLES; i++) bh.consume(count(bodies[i], texts[i], titles[i]));
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void weigh(Blackhole bh) {
        for (int i = 0; i < ARTICLES; i++) bh.consume(model.vectorize(counted[i]));
    }

    /** Sums the lengths of the same tokens: the least any counting must do. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void baseline(Blackhole bh) {
        for (int i = 0; i < ARTICLES; i++) bh.consume(scan(i));
    }

    int scan(int i) {
        int n = 0;
        for (int t = 0; t < bodies[i].size(); t++) n += bodies[i].term(t).length();
        for (int t = 0; t < titles[i].size(); t++) n += titles[i].term(t).length();
        return n;
    }
}
