package io.copydesk.engine;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.analysis.AnalyzedArticle;
import io.copydesk.analysis.Analyzer;
import io.copydesk.analysis.Boilerplate;
import io.copydesk.document.Article;
import io.copydesk.document.ArticleRecord;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.document.RecordStream;
import io.copydesk.document.WorkedRecords;
import io.copydesk.fingerprint.Fingerprint;
import io.copydesk.fingerprint.Fingerprinter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An input collection, read in passes so memory never holds all the raw text. The first pass
 * ({@link #scan}) checks records, drops repeated ids (the first wins), keeps each article's
 * metadata and counts lines for boilerplate removal. The second pass ({@link #fingerprints})
 * re-reads the input and computes each article's {@link Fingerprint} in parallel, handing it to the
 * caller in input order; every use case takes what it needs from that one pass. A use case that can
 * do its per-article work before the counts are complete does it during the first pass instead
 * ({@link #scan(InputSet, AnalysisConfig, ReadProblems, Progress, int, java.util.function.BiFunction, List)}):
 * dedup reads its input once.
 */
public final class Corpus {
    private final InputSet inputs;   // null for a collection held in memory
    private final List<Article> held; // null for a collection read from inputs
    private final AnalysisConfig config;
    private final List<ArticleMeta> articles;
    private final IdIndex byId;
    private final BitSet skippedRecords; // reader ordinals of repeated ids
    private final Boilerplate boilerplate;

    private Corpus(InputSet inputs, List<Article> held, AnalysisConfig config, List<ArticleMeta> articles, IdIndex byId,
                   BitSet skippedRecords, Boilerplate boilerplate) {
        this.inputs = inputs;
        this.held = held;
        this.config = config;
        this.articles = articles;
        this.byId = byId;
        this.skippedRecords = skippedRecords;
        this.boilerplate = boilerplate;
    }

    /** First pass on all cores: reads every record once, reporting bad ones to {@code problems}. */
    public static Corpus scan(InputSet inputs, AnalysisConfig config, ReadProblems problems, Progress progress) {
        return scan(inputs, config, problems, progress, Runtime.getRuntime().availableProcessors());
    }

    /**
     * First pass: reads every record once on this thread (ids, metadata, problems, in input
     * order) while {@code threads} workers compute each article's boilerplate line keys.
     */
    public static Corpus scan(InputSet inputs, AnalysisConfig config, ReadProblems problems, Progress progress, int threads) {
        Boilerplate.Builder boilerplate = Boilerplate.builder(config.boilerplate());
        return scan(inputs, config, problems, progress, threads, boilerplate, boilerplate::lineKeys, boilerplate::add);
    }

    /** What the first pass makes of one article: {@code value}, kept in input order, and the line keys it adds to the counts. */
    public record Scanned<T>(T value, Boilerplate.LineKeys keys) {}

    /**
     * {@link #scan(InputSet, AnalysisConfig, ReadProblems, Progress, int)} that also hands every
     * article to {@code work} on the threads that decode the records, whose values for the accepted
     * articles {@code results} receives in input order (a repeated id's is dropped): a use case that
     * can finish each article's analysis once the counts are complete reads its input once. {@code work} gets the counts being gathered ({@linkplain
     * Boilerplate.Builder#noteRepeats() noting repeats}), to use from its thread-safe methods only,
     * and gives the keys their {@code lineKeys(a)} gives.
     */
    public static <T> Corpus scan(InputSet inputs, AnalysisConfig config, ReadProblems problems, Progress progress, int threads,
                                  java.util.function.BiFunction<Article, Boilerplate.Builder, Scanned<T>> work, List<T> results) {
        Boilerplate.Builder boilerplate = Boilerplate.builder(config.boilerplate()).noteRepeats();
        return scan(inputs, config, problems, progress, threads, boilerplate, a -> work.apply(a, boilerplate), s -> {
            boilerplate.add(s.keys());
            results.add(s.value());
        });
    }

    private static <R> Corpus scan(InputSet inputs, AnalysisConfig config, ReadProblems problems, Progress progress, int threads,
                                   Boilerplate.Builder boilerplate, Function<Article, R> work, java.util.function.Consumer<R> sink) {
        List<ArticleMeta> articles = new ArrayList<>();
        IdIndex byId = new IdIndex();
        BitSet skipped = new BitSet();
        // counted in bytes of the input files when their size is known (a folder's is not), else in articles
        long bytes = inputs.bytes();
        if (bytes >= 0) progress.startBytes("reading", bytes);
        else progress.start("reading", -1);
        try (WorkedRecords<R> stream = inputs.open(problems, threads, r -> work.apply(r.article()))) {
            int ordinal = 0;
            long read = 0;
            for (ArticleRecord r; (r = stream.next()) != null; ordinal++) {
                if (bytes >= 0) {
                    long now = stream.bytesRead();
                    progress.advance(now - read);
                    read = now;
                }
                if (accept(r, ordinal, articles, byId, skipped, problems)) sink.accept(stream.value());
                if (bytes < 0) progress.advance(1);
            }
            if (bytes >= 0) progress.advance(stream.bytesRead() - read);
        }
        progress.finish();
        return new Corpus(inputs, null, config, List.copyOf(articles), byId, skipped, boilerplate.build());
    }

    /**
     * Keeps record {@code r} (the {@code ordinal}-th read) unless its id came before: a method of
     * its own, so the JIT compiles it after a few hundred records, while the reading loop, entered
     * once, would reach compiled code only late in a long input (on-stack replacement waits for
     * tens of thousands of iterations).
     */
    private static boolean accept(ArticleRecord r, int ordinal, List<ArticleMeta> articles, IdIndex byId, BitSet skipped,
                                  ReadProblems problems) {
        Article a = r.article();
        int first = byId.putIfAbsent(a.id(), articles.size());
        if (first >= 0) {
            problems.skip(r.location(), "repeated id " + a.id() + " (first seen at " + articles.get(first).location() + ")");
            skipped.set(ordinal);
            return false;
        }
        articles.add(ArticleMeta.of(articles.size(), a, r.location()));
        return true;
    }

    /** As {@link #of(java.util.Collection, AnalysisConfig, int)} on all cores. */
    public static Corpus of(java.util.Collection<Article> articles, AnalysisConfig config) {
        return of(articles, config, Runtime.getRuntime().availableProcessors());
    }

    /**
     * A collection of articles held in memory, for a service that has its articles as objects:
     * the same analysis as {@link #scan} without files, each article {@link Article#repaired} as the readers
     * repair records, the boilerplate line keys made on {@code threads} worker threads. Throws
     * {@link IllegalArgumentException} naming a repeated id, and {@link NullPointerException} naming a
     * null argument or the position of a null article ({@code articles[3]}).
     */
    public static Corpus of(java.util.Collection<Article> articles, AnalysisConfig config, int threads) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(config, "config");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        List<Article> held = new ArrayList<>(articles.size());
        for (Article a : articles) held.add(Objects.requireNonNull(a, () -> "articles[" + held.size() + "]").repaired());
        List<ArticleMeta> metas = new ArrayList<>(held.size());
        IdIndex byId = new IdIndex();
        Boilerplate.Builder boilerplate = Boilerplate.builder(config.boilerplate());
        try (OrderedBatches<Article, Boilerplate.LineKeys> batches = new OrderedBatches<>(threads, boilerplate::lineKeys, boilerplate::add)) {
            for (Article a : held) {
                int first = byId.putIfAbsent(a.id(), metas.size());
                if (first >= 0) throw new IllegalArgumentException("repeated id " + a.id() + " (articles " + first + " and " + metas.size() + ")");
                metas.add(ArticleMeta.of(metas.size(), a, "article " + metas.size()));
                batches.add(a);
            }
        }
        return new Corpus(null, held, config, List.copyOf(metas), byId, new BitSet(), boilerplate.build());
    }

    /** As {@link #of(java.util.Collection, AnalysisConfig)}, for a stream (consumed here). */
    public static Corpus of(java.util.stream.Stream<Article> articles, AnalysisConfig config) {
        return of(Objects.requireNonNull(articles, "articles").toList(), config);
    }

    public List<ArticleMeta> articles() {
        return articles;
    }

    public int size() {
        return articles.size();
    }

    public AnalysisConfig config() {
        return config;
    }

    public Boilerplate boilerplate() {
        return boilerplate;
    }

    /** The index of the article with this id (not null), or -1. */
    public int indexOf(String id) {
        return byId.get(Objects.requireNonNull(id, "id"));
    }

    /** Re-reads the accepted articles, in input order, calling {@code each} on the reading thread. */
    public void forEachArticle(java.util.function.ObjIntConsumer<Article> each) {
        forEachArticle(Runtime.getRuntime().availableProcessors(), each);
    }

    /** As {@link #forEachArticle(java.util.function.ObjIntConsumer)}, the records decoded on {@code threads} threads. */
    void forEachArticle(int threads, java.util.function.ObjIntConsumer<Article> each) {
        forEachRecord(threads, (r, index) -> each.accept(r.article(), index));
    }

    /**
     * Re-reads the accepted records as read (with their raw JSON), in input order, on the reading
     * thread; articles held in memory come as records with no raw JSON.
     */
    public void forEachRecord(java.util.function.ObjIntConsumer<ArticleRecord> each) {
        forEachRecord(Runtime.getRuntime().availableProcessors(), each);
    }

    private void forEachRecord(int threads, java.util.function.ObjIntConsumer<ArticleRecord> each) {
        if (held != null) {
            for (int i = 0; i < held.size(); i++) each.accept(new ArticleRecord(held.get(i), "memory", 0), i);
            return;
        }
        try (RecordStream stream = inputs.open(ReadProblems.silent(), threads)) {
            int ordinal = 0, index = 0;
            for (ArticleRecord r; (r = stream.next()) != null; ordinal++) {
                if (skippedRecords.get(ordinal)) continue;
                each.accept(r, index++);
            }
        }
    }

    /** What a fingerprint pass keeps of article {@code index}. Called on worker threads. */
    @FunctionalInterface
    public interface FingerprintFunction<T> {
        T apply(int index, Fingerprint fingerprint);
    }

    /**
     * Re-reads every article and computes its fingerprint with {@code config} and this corpus's
     * boilerplate counts, on {@code threads} threads; result {@code i} is {@code fn}'s value for
     * article {@code i}, whatever the thread count.
     */
    public <T> List<T> fingerprints(AnalysisConfig config, int threads, Progress progress, FingerprintFunction<T> fn) {
        return fingerprints(new Fingerprinter(config, boilerplate), threads, progress, fn);
    }

    /** As {@link #fingerprints(AnalysisConfig, int, Progress, FingerprintFunction)} with a pipeline built on this corpus's {@link #boilerplate()}. */
    public <T> List<T> fingerprints(Fingerprinter fingerprinter, int threads, Progress progress, FingerprintFunction<T> fn) {
        return fingerprints(fingerprinter, threads, progress, (article, index) -> {}, fn);
    }

    /**
     * As {@link #fingerprints(Fingerprinter, int, Progress, FingerprintFunction)}, also handing each
     * article, with its index, to {@code seen} on the worker thread before its fingerprint is made:
     * a caller that needs the text of a few articles takes it from this pass instead of reading the
     * input once more.
     */
    public <T> List<T> fingerprints(Fingerprinter fingerprinter, int threads, Progress progress, java.util.function.ObjIntConsumer<Article> seen,
                                    FingerprintFunction<T> fn) {
        return inParallel(threads, progress, item -> {
            seen.accept(item.article(), item.index());
            return fn.apply(item.index(), fingerprinter.fingerprint(item.article()));
        });
    }

    /**
     * Re-reads and analyzes (cleans and tokenizes) every article on {@code threads} threads; result
     * {@code i} belongs to article {@code i}, whatever the thread count.
     */
    public <T> List<T> analyze(int threads, Progress progress, Function<AnalyzedArticle, T> fn) {
        ThreadLocal<Analyzer> analyzers = ThreadLocal.withInitial(() -> new Analyzer(config, boilerplate));
        return inParallel(threads, progress, item -> fn.apply(analyzers.get().analyze(item.index(), item.article())));
    }

    private <T> List<T> inParallel(int threads, Progress progress, Function<Indexed, T> fn) {
        List<T> results = new ArrayList<>(articles.size());
        progress.start("analyzing", articles.size());
        Function<Indexed, T> work = item -> {
            T result = fn.apply(item);
            progress.advance(1);
            return result;
        };
        try (OrderedBatches<Indexed, T> batches = new OrderedBatches<>(threads, work, results::add)) {
            forEachRecord(threads, (r, index) -> batches.add(new Indexed(index, r.article())));
        }
        progress.finish();
        return results;
    }

    private record Indexed(int index, Article article) {}
}
