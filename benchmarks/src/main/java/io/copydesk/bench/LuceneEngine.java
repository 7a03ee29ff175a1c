package io.copydesk.bench;

import io.copydesk.analysis.TokenList;
import io.copydesk.engine.Corpus;
import io.copydesk.internal.LongList;
import io.copydesk.internal.Parallel;
import io.copydesk.engine.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * Lucene 10 {@link MinHashFilter}, used the way Lucene documents it for near-duplicate search:
 * an analyzer {@code WhitespaceTokenizer → ShingleFilter(4, 4, no unigrams) → MinHashFilter(1 hash,
 * 128 buckets, set size 1, rotation)} turns each article into 128 MinHash tokens, which are indexed
 * (in a temporary directory through {@code FSDirectory.open}, i.e. memory-mapped: an in-memory
 * {@code ByteBuffersDirectory} was 5x slower to query); then every article is queried with its own 128 tokens
 * as SHOULD clauses and {@code minimumNumberShouldMatch = 64}, so every hit shares at least half
 * of the 128 MinHash values: an estimated Jaccard similarity of at least 0.5. The analyzer reads
 * copydesk's normalized tokens joined by spaces, so the shingles are the same words as everyone's.
 * Indexing runs on the analysis threads; queries run on the same number of threads.
 */
final class LuceneEngine implements Engine {
    static final String FIELD = "mh";
    static final String INDEX = "idx";

    @Override
    public String name() {
        return "lucene-minhash";
    }

    @Override
    public String description() {
        return "Lucene 10.6 ShingleFilter(4) + MinHashFilter(1, 128, 1, rotation), index (mmap), each article queried "
                + "with its 128 tokens, minimumNumberShouldMatch 64";
    }

    static Analyzer analyzer(int shingle, int hashes) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new WhitespaceTokenizer();
                ShingleFilter shingles = new ShingleFilter(source, shingle, shingle);
                shingles.setOutputUnigrams(false);
                shingles.setOutputUnigramsIfNoShingles(true);
                return new TokenStreamComponents(source, new MinHashFilter(shingles, 1, hashes, 1, true));
            }
        };
    }

    /** The MinHash tokens the analyzer makes of these words. */
    static String[] minHashTerms(Analyzer analyzer, TokenList tokens) {
        StringBuilder sb = new StringBuilder(tokens.size() * 8);
        for (int i = 0; i < tokens.size(); i++) sb.append(tokens.term(i)).append(' ');
        List<String> out = new ArrayList<>(SideBySide.HASHES);
        try (TokenStream ts = analyzer.tokenStream(FIELD, sb.toString())) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toArray(String[]::new);
    }

    @Override
    public Result run(Corpus corpus, int threads) throws IOException {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.setTokenized(true);
        type.freeze();
        int minMatch = (int) Math.ceil(SideBySide.THRESHOLD * SideBySide.HASHES);
        Path path = Files.createTempDirectory("copydesk-bench-lucene-");
        try (Analyzer analyzer = analyzer(corpus.config().shingle(), SideBySide.HASHES);
             FSDirectory dir = FSDirectory.open(path);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256))) {
            List<String[]> terms = corpus.analyze(threads, Progress.NONE, a -> {
                String[] t = minHashTerms(analyzer, a.tokens());
                Document doc = new Document();
                doc.add(new Field(FIELD, new TermsStream(t), type));
                doc.add(new NumericDocValuesField(INDEX, a.index()));
                try {
                    writer.addDocument(doc);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return t;
            });
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int n = terms.size();
                int chunk = 1024;
                List<LongList> parts = Parallel.map(threads, (n + chunk - 1) / chunk, c -> {
                    LongList out = new LongList();
                    for (int i = c * chunk; i < Math.min(n, (c + 1) * chunk); i++) {
                        if (terms.get(i).length == 0) continue;
                        BooleanQuery.Builder q = new BooleanQuery.Builder();
                        for (String t : terms.get(i)) q.add(new ConstantScoreQuery(new TermQuery(new Term(FIELD, t))), BooleanClause.Occur.SHOULD);
                        q.setMinimumNumberShouldMatch(Math.min(minMatch, terms.get(i).length));
                        try {
                            searcher.search(q.build(), new Hits(i, out));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return out;
                });
                LongList pairs = new LongList();
                parts.forEach(pairs::addAll);
                long hits = pairs.size();
                pairs.sortDistinct();
                return new Result(pairs.toArray(), hits);
            }
        } finally {
            try (var files = Files.walk(path)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** Collects the article indices of the hits other than the query article into {@code out}. */
    private record Hits(int self, LongList out) implements CollectorManager<SimpleCollector, Void> {
        @Override
        public SimpleCollector newCollector() {
            return new SimpleCollector() {
                NumericDocValues index;

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    index = context.reader().getNumericDocValues(INDEX);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (!index.advanceExact(doc)) return;
                    int other = (int) index.longValue();
                    if (other != self) out.add(LongList.pair(self, other));
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            };
        }

        @Override
        public Void reduce(Collection<SimpleCollector> collectors) {
            return null;
        }
    }

    /** Replays already computed terms into the index (the analyzer ran once, to keep them for the queries). */
    private static final class TermsStream extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final String[] terms;
        private int next;

        TermsStream(String[] terms) {
            this.terms = terms;
        }

        @Override
        public boolean incrementToken() {
            if (next == terms.length) return false;
            clearAttributes();
            term.setEmpty().append(terms[next++]);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
