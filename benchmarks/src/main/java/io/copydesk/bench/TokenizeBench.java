package io.copydesk.bench;

import io.copydesk.analysis.TokenList;
import io.copydesk.analysis.TokenizerKind;
import io.copydesk.analysis.WordTokenizer;
import io.copydesk.analysis.opennlp.OpenNlpTokenizer;
import io.copydesk.generate.GeneratedArticle;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Word tokenization of generated article bodies: OpenNLP's rule-based {@code SimpleTokenizer}
 * against the learnable {@code TokenizerME} (which splits sentences first), both with copydesk's
 * normalization. One operation is one article (the score is the mean over {@value #ARTICLES}).
 * The baseline walks the same texts' characters, the least any tokenizer must do.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TokenizeBench {
    static final int ARTICLES = 64;

    @Param({"simple", "learnable"})
    public String tokenizer;

    String[] texts;
    int[] starts;
    int[] ends;
    WordTokenizer words;
    TokenList out;

    @Setup
    public void setup() {
        List<GeneratedArticle> articles = BenchData.articles(ARTICLES, BenchData.SEED);
        texts = new String[ARTICLES];
        starts = new int[ARTICLES];
        ends = new int[ARTICLES];
        for (int i = 0; i < ARTICLES; i++) {
            texts[i] = articles.get(i).text();
            starts[i] = articles.get(i).bodyStart();
            ends[i] = articles.get(i).bodyEnd();
        }
        words = new OpenNlpTokenizer(TokenizerKind.valueOf(tokenizer));
        out = new TokenList();
    }

    /** Tokenizes article {@code i}'s body into the reused buffer and returns it. */
    TokenList tokenizeOne(int i) {
        out.clear();
        words.tokenize(texts[i], starts[i], ends[i], out);
        return out;
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void tokenize(Blackhole bh) {
        for (int i = 0; i < ARTICLES; i++) bh.consume(tokenizeOne(i).size());
    }

    /** Counts letters and digits of the same bodies: a character scan with no tokenizer. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void baseline(Blackhole bh) {
        for (int i = 0; i < ARTICLES; i++) bh.consume(scan(i));
    }

    int scan(int i) {
        String t = texts[i];
        int n = 0;
        for (int c = starts[i]; c < ends[i]; c++) if (Character.isLetterOrDigit(t.charAt(c))) n++;
        return n;
    }
}
