package io.copydesk.engine;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.document.Article;
import io.copydesk.fingerprint.Fingerprint;
import io.copydesk.fingerprint.Fingerprinter;
import io.copydesk.internal.AscendingOrder;
import io.copydesk.internal.ContentHash;
import io.copydesk.internal.HeapCompaction;
import io.copydesk.internal.Parallel;
import io.copydesk.tfidf.EachSearch;
import io.copydesk.tfidf.InvertedIndex;
import io.copydesk.tfidf.TermCounter;
import io.copydesk.tfidf.TermCounts;
import io.copydesk.tfidf.TermDictionary;
import io.copydesk.tfidf.TermVector;
import io.copydesk.tfidf.TfIdfModel;
import io.copydesk.verify.Verifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Related coverage: articles about the same event, ranked by TF-IDF cosine (stop words out,
 * Porter stems, numbers and names kept, title words weighted) times a time decay, found through an
 * inverted index with max-score pruning. Verified duplicates (from {@link NearDuplicates}) are
 * listed first and marked {@link RelatedHit.Relation#duplicate}. Built once per collection; the
 * queries are thread-safe.
 *
 * <p>Articles with the same TF-IDF vector and date (a press release sent thousands of times) get
 * the same score from every query, so the inverted index holds the first of them only and a hit
 * stands for all: a search costs the same with 10,000 copies as with one, and the copies are
 * listed in input order, each with the same score, exactly where the full index would place them.
 */
public final class RelatedStories {
    private static final int CHUNK = 512;

    private final Corpus corpus; // null when built from stored term counts
    private final List<ShingleSet> sets; // null when built from stored term counts
    private final List<ArticleMeta> articles;
    private final RelatedConfig config;
    private final DedupResult dedup;
    private final int[] groupOf;
    private final TfIdfModel model;
    private final List<TermVector> vectors;
    private final long[] ownDates; // epoch seconds, Long.MIN_VALUE when unknown
    private final long[] dates; // the same, undated articles placed as UndatedArticles says
    // built at the first ranking: clustering searches indexes of its own and never ranks with this one
    private volatile Indexed indexed;
    // while rankAll ranks every article of an undated collection for k: every index document's hits, found at once
    private volatile Ranked ranked;
    // the duplicate search of new articles, built at the first query
    private volatile DuplicateCandidates duplicates;

    private RelatedStories(Corpus corpus, List<ShingleSet> sets, List<ArticleMeta> articles, RelatedConfig config, DedupResult dedup,
                           TfIdfModel model, List<TermVector> vectors, Progress progress) {
        this.corpus = corpus;
        this.sets = sets;
        this.articles = articles;
        this.config = config;
        this.dedup = dedup;
        this.model = model;
        this.vectors = vectors;
        int n = articles.size();
        this.ownDates = new long[n];
        for (int i = 0; i < n; i++) {
            Instant d = articles.get(i).date();
            ownDates[i] = d == null ? Long.MIN_VALUE : d.getEpochSecond();
        }
        this.dates = config.time().enabled() ? UndatedArticles.placed(vectors, model.size(), ownDates, config.threads(), progress) : ownDates;
        this.groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        for (int g = 0; g < dedup.groups().size(); g++) {
            for (DuplicateGroup.Member m : dedup.groups().get(g).members()) groupOf[m.index()] = g;
        }
    }

    /**
     * The related index: one document per class of articles with the same vector, placed date and own
     * date ({@code sameVector}; a hit stands for its whole class), with each document's first article
     * and dates, and a searcher per thread.
     */
    private record Indexed(ExactCopies sameVector, int[] articleOf, long[] dates, long[] ownDates, InvertedIndex index,
                           ThreadLocal<InvertedIndex.Searcher> searchers) {}

    /**
     * Every index document's hits for a ranking of {@code k} (exactly its search's, with the deepest list any
     * of its articles asks for: {@link #classDepths}), and each article's index document.
     */
    private record Ranked(int k, InvertedIndex.Hits[] byDocument, int[] documentOf) {}

    /** The related index, built in the counted stage {@code indexing} when this is its first use (thread-safe). */
    private Indexed indexed(Progress progress) {
        Indexed x = indexed;
        if (x == null) {
            synchronized (this) {
                x = indexed;
                if (x == null) indexed = x = index(progress);
            }
        }
        return x;
    }

    private Indexed index(Progress progress) {
        int n = articles.size();
        // copies share an index document only with the same vector, placed date and own date
        // counted: each article checked for a copy with the same vector, then the index's steps; a copy is indexed with its first one
        progress.start("indexing", n + InvertedIndex.buildSteps(n));
        ThreadLocal<long[][]> keys = ThreadLocal.withInitial(() -> new long[1][64]);
        ExactCopies sameVector = ExactCopies.of(n, i -> contentHash(vectors.get(i), dates[i], ownDates[i], keys.get()), i -> vectors.get(i).isEmpty(),
                (a, b) -> dates[a] == dates[b] && ownDates[a] == ownDates[b] && sameWeights(vectors.get(a), vectors.get(b)), config.threads(),
                progress::advance);
        int[] articleOf = new int[sameVector.distinct()];
        long[] indexDates = new long[articleOf.length];
        long[] indexOwnDates = new long[articleOf.length];
        List<TermVector> distinct = new ArrayList<>(articleOf.length);
        for (int i = 0, k = 0; i < n; i++) {
            if (!sameVector.isRep(i)) continue;
            articleOf[k] = i;
            indexOwnDates[k] = ownDates[i];
            indexDates[k++] = dates[i];
            distinct.add(vectors.get(i));
        }
        long postings = 0;
        for (TermVector v : distinct) postings += v.size();
        // after a clustering (related with levels), whose transient data died in a heap the index would otherwise grow
        HeapCompaction.beforeAllocating(8 * postings); // a document number and a weight per posting
        InvertedIndex index = InvertedIndex.build(distinct, model.size(), config.time().enabled() ? indexDates : null, config.threads(),
                progress::advance);
        progress.advance(InvertedIndex.buildSteps(n) - InvertedIndex.buildSteps(distinct.size()));
        progress.finish();
        return new Indexed(sameVector, articleOf, indexDates, indexOwnDates, index, ThreadLocal.withInitial(index::searcher));
    }

    /**
     * Reads the collection once more and computes each article's fingerprint, from which it both
     * finds duplicates and counts TF-IDF terms, then weighs the vectors (indexed at the first ranking).
     */
    public static RelatedStories build(Corpus corpus, RelatedConfig config, Progress progress) {
        return build(corpus, config, progress, (article, index) -> {});
    }

    /**
     * As {@link #build(Corpus, RelatedConfig, Progress)}, handing every article read to {@code seen}
     * (on worker threads, with its index), for a caller that needs some articles' text too.
     */
    public static RelatedStories build(Corpus corpus, RelatedConfig config, Progress progress, java.util.function.ObjIntConsumer<Article> seen) {
        return build(corpus, config, progress, seen, (fingerprint, index) -> {});
    }

    /**
     * As {@link #build(Corpus, RelatedConfig, Progress, java.util.function.ObjIntConsumer)}, also handing every
     * article's fingerprint to {@code fingerprinted} (on worker threads, with its index), for a caller that needs
     * more of them than ranking keeps (what cleaning removed, the shingle sets) without reading the input again.
     */
    public static RelatedStories build(Corpus corpus, RelatedConfig config, Progress progress, java.util.function.ObjIntConsumer<Article> seen,
                                       java.util.function.ObjIntConsumer<Fingerprint> fingerprinted) {
        NearDuplicates.Collector duplicates = new NearDuplicates(config.dedup()).collector(corpus.size());
        TermDictionary dictionary = new TermDictionary();
        TermCounter counter = new TermCounter(config.titleWeight());
        Fingerprinter fingerprinter = Fingerprinter.forStories(config.analysis(), corpus.boilerplate());
        List<Analyzed> analyzed = corpus.fingerprints(fingerprinter, config.threads(), progress, seen, (i, f) -> {
            fingerprinted.accept(f, i);
            duplicates.add(i, f.signature(), f.shingles());
            return new Analyzed(f.shingles(), counter.count(f.terms(), dictionary));
        });
        List<ShingleSet> sets = new ArrayList<>(analyzed.size());
        List<TermCounts> provisional = new ArrayList<>(analyzed.size());
        for (Analyzed a : analyzed) {
            sets.add(a.shingles());
            provisional.add(a.counts());
        }
        analyzed.clear();
        return counted(corpus, config, duplicates, sets, false, dictionary, provisional, progress);
    }

    /**
     * The first pass of a build that reads its input once, for {@link Corpus#scan(io.copydesk.document.InputSet,
     * io.copydesk.analysis.AnalysisConfig, io.copydesk.document.ReadProblems, Progress, int, java.util.function.BiFunction, List)}:
     * each article's draft and line keys. Thread-safe. Then {@link #build(Corpus, RelatedConfig, List, Progress)}.
     */
    public static java.util.function.BiFunction<Article, Boilerplate.Builder, Corpus.Scanned<Fingerprinter.StoryDraft>> firstPass(
            RelatedConfig config) {
        config.dedup().searchBandingAhead(); // wanted once the input is read
        // drafts read no counts of their pipeline's remover
        Fingerprinter drafting = Fingerprinter.forStories(config.analysis(), Boilerplate.perArticle(config.analysis().boilerplate()));
        return (a, counts) -> {
            Fingerprinter.Drafted d = drafting.draft(a, counts);
            return new Corpus.Scanned<>(d.draft(), d.keys());
        };
    }

    /**
     * As {@link #build(Corpus, RelatedConfig, Progress)} without reading the input again:
     * {@code drafts.get(i)} is article {@code i}'s draft from {@link #firstPass}. The drafts are
     * resolved with the corpus's counts, in the counted stage {@code analyzing}, and dropped from
     * the list as they are (the list must allow {@code set}).
     */
    public static RelatedStories build(Corpus corpus, RelatedConfig config, List<Fingerprinter.StoryDraft> drafts, Progress progress) {
        return build(corpus, config, drafts, true, progress);
    }

    /**
     * As {@link #build(Corpus, RelatedConfig, List, Progress)}; without {@code forQueries} the result ranks and
     * clusters the collection's own articles only ({@link #query} of a new article throws): every article's shingle
     * set is dropped once the duplicates are found, instead of being kept for verifying new articles' duplicates.
     * The sets were a quarter of what 100,000 generated articles' clustering kept live (250 of 1,078 MB at its peak):
     * with the drafts they die at one full collection, where one is asked for, and the heap stays smaller.
     */
    public static RelatedStories build(Corpus corpus, RelatedConfig config, List<Fingerprinter.StoryDraft> drafts, boolean forQueries,
                                       Progress progress) {
        int n = drafts.size();
        if (n != corpus.size()) throw new IllegalArgumentException(n + " drafts for " + corpus.size() + " articles");
        NearDuplicates.Collector duplicates = new NearDuplicates(config.dedup()).collector(n);
        TermDictionary dictionary = new TermDictionary();
        TermCounter counter = new TermCounter(config.titleWeight());
        Fingerprinter fingerprinter = Fingerprinter.forStories(config.analysis(), corpus.boilerplate());
        ShingleSet[] sets = new ShingleSet[n];
        TermCounts[] provisional = new TermCounts[n];
        progress.start("analyzing", n);
        Parallel.map(config.threads(), (n + CHUNK - 1) / CHUNK, c -> {
            for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
                resolve(fingerprinter, counter, dictionary, duplicates, drafts.get(i), i, sets, provisional);
                drafts.set(i, null);
            }
            progress.advance(Math.min(n, (c + 1) * CHUNK) - c * CHUNK);
            return null;
        });
        progress.finish();
        if (forQueries) HeapCompaction.transientDataDied(); // the drafts (else with the sets, once the duplicates are found)
        return counted(corpus, config, duplicates, Arrays.asList(sets), !forQueries, dictionary, new ArrayList<>(Arrays.asList(provisional)),
                progress);
    }

    /**
     * Article {@code i}'s draft resolved: its signature to {@code duplicates}, its shingles and provisional
     * counts into the arrays. A method of its own: the JIT compiles it after a few hundred calls, but a
     * chunk's loop (a few dozen calls of 512 turns) would run interpreted to its end.
     */
    private static void resolve(Fingerprinter fingerprinter, TermCounter counter, TermDictionary dictionary, NearDuplicates.Collector duplicates,
                                Fingerprinter.StoryDraft draft, int i, ShingleSet[] sets, TermCounts[] provisional) {
        Fingerprinter.Resolved r = fingerprinter.resolve(draft);
        duplicates.add(i, r.signature(), r.shingles());
        sets[i] = r.shingles();
        provisional[i] = counter.count(r.terms(), dictionary);
    }

    /**
     * The duplicates found by {@code duplicates}, then the vocabulary, then the vectors. With
     * {@code dropSets} the shingle sets are emptied out of {@code sets} (whose array the caller may still hold)
     * once the duplicates are found, and a full collection is asked for: they and the drafts died.
     */
    private static RelatedStories counted(Corpus corpus, RelatedConfig config, NearDuplicates.Collector duplicates, List<ShingleSet> sets,
                                          boolean dropSets, TermDictionary dictionary, List<TermCounts> provisional, Progress progress) {
        DedupResult dedup = duplicates.find(corpus.articles(), sets, progress);
        if (dropSets) {
            Collections.fill(sets, null);
            sets = null;
            HeapCompaction.transientDataDied(); // the drafts and the shingle sets
        }
        progress.start("vocabulary", provisional.size()); // the terms sorted, then each article's counts renumbered
        TermDictionary.Frozen vocabulary = dictionary.freeze(config.threads());
        List<TermCounts> counts = new ArrayList<>(provisional.size());
        for (int i = 0; i < provisional.size(); i++) {
            counts.add(provisional.get(i).remap(vocabulary.remap()));
            provisional.set(i, null);
            if ((i + 1) % CHUNK == 0 || i == provisional.size() - 1) progress.advance(i % CHUNK + 1);
        }
        progress.finish();
        return weigh(corpus, sets, corpus.articles(), config, dedup, vocabulary, counts, progress);
    }

    private record Analyzed(ShingleSet shingles, TermCounts counts) {}

    /**
     * Builds from term counts already made (e.g. stored in a persistent index), without reading
     * any text: {@code counts.get(i)} are the raw counts of {@code articles.get(i)} (whose index
     * must be {@code i}) in the ids of {@code vocabulary}, which must be in lexical order of the
     * terms and hold exactly the terms of the counts, each id's terms ascending, as
     * {@link TermCounter} and {@link TermDictionary#freeze} make them. With the counts, duplicates and
     * order of {@link #build}, the result ranks exactly as the one {@link #build} makes.
     * {@link #query(Article, int)} needs the shingle sets and is not available on the result.
     */
    public static RelatedStories fromCounts(List<ArticleMeta> articles, RelatedConfig config, DedupResult dedup,
                                            TermDictionary.Frozen vocabulary, List<TermCounts> counts) {
        return fromCounts(articles, config, dedup, vocabulary, counts, Progress.NONE);
    }

    /** As {@link #fromCounts(List, RelatedConfig, DedupResult, TermDictionary.Frozen, List)}, in counted stages. */
    public static RelatedStories fromCounts(List<ArticleMeta> articles, RelatedConfig config, DedupResult dedup,
                                            TermDictionary.Frozen vocabulary, List<TermCounts> counts, Progress progress) {
        if (articles.size() != counts.size()) throw new IllegalArgumentException(articles.size() + " articles but " + counts.size() + " term counts");
        return weigh(null, null, articles, config, dedup, vocabulary, counts, progress);
    }

    /** TF-IDF vectors in the counted stage {@code weighting} (articles); the related index waits for the first ranking. */
    private static RelatedStories weigh(Corpus corpus, List<ShingleSet> sets, List<ArticleMeta> articles, RelatedConfig config, DedupResult dedup,
                                        TermDictionary.Frozen vocabulary, List<TermCounts> counts, Progress progress) {
        progress.start("weighting", counts.size());
        TfIdfModel model = TfIdfModel.fit(vocabulary, counts);
        int chunks = (counts.size() + CHUNK - 1) / CHUNK;
        List<List<TermVector>> parts = Parallel.map(config.threads(), chunks, c -> {
            List<TermVector> out = new ArrayList<>(CHUNK);
            for (int i = c * CHUNK; i < Math.min(counts.size(), (c + 1) * CHUNK); i++) out.add(model.vectorize(counts.get(i)));
            progress.advance(out.size());
            return out;
        });
        List<TermVector> vectors = new ArrayList<>(counts.size());
        parts.forEach(vectors::addAll);
        progress.finish();
        return new RelatedStories(corpus, sets, articles, config, dedup, model, vectors, progress);
    }

    public List<ArticleMeta> articles() {
        return articles;
    }

    /** The collection read from files, or null when built {@link #fromCounts from stored counts}. */
    public Corpus corpus() {
        return corpus;
    }

    public RelatedConfig config() {
        return config;
    }

    public DedupResult dedup() {
        return dedup;
    }

    public TfIdfModel model() {
        return model;
    }

    /** The TF-IDF vector of article {@code i}. */
    public TermVector vector(int i) {
        return vectors.get(i);
    }

    /** Documents in the inverted index: one per distinct vector and date. */
    int indexedDocuments() {
        return indexed(Progress.NONE).index().size();
    }

    /** The duplicate group index of article {@code i}, or -1. */
    public int groupOf(int i) {
        return groupOf[i];
    }

    /** The time weight of a pair of articles. */
    public double timeWeight(int a, int b) {
        return weight(dates[a], dates[b]);
    }

    private double weight(long a, long b) {
        if (a == Long.MIN_VALUE || b == Long.MIN_VALUE || !config.time().enabled()) return 1.0;
        return config.time().weightOfGap(TimeDecay.gapSeconds(a, b));
    }

    /** Cosine × time weight of two articles of the collection. */
    public double score(int a, int b) {
        return vectors.get(a).dot(vectors.get(b)) * timeWeight(a, b);
    }

    /** Epoch seconds of article {@code i}'s date, or Long.MIN_VALUE. */
    long date(int i) {
        return dates[i];
    }

    /** The doc weight for a query dated {@code date} (epoch seconds or Long.MIN_VALUE) over documents dated {@code docDates}. */
    InvertedIndex.DocWeight docWeight(long date, long[] docDates) {
        if (date == Long.MIN_VALUE || !config.time().enabled()) return InvertedIndex.DocWeight.NONE;
        return new InvertedIndex.DateWeight() { // one search's: documents come in date order, many on one date (days without time)
            private long lastDate;
            private double last = Double.NaN; // NaN: none yet
            @Override public long[] dates() { return docDates; }
            @Override public double weightOfDate(long other) {
                if (other != lastDate || Double.isNaN(last)) { lastDate = other; last = RelatedStories.this.weight(date, other); }
                return last;
            }
        };
    }

    /**
     * Top-k search with the time decay of a query dated {@code date}: only documents whose time
     * weight alone can still reach {@code minScore} (and undated ones) are visited, which the
     * date-ordered index makes cheap.
     */
    InvertedIndex.Hits search(InvertedIndex.Searcher searcher, TermVector query, int k, double minScore, long date,
                              long[] docDates, int exclude) {
        InvertedIndex.DocWeight weight = docWeight(date, docDates);
        if (weight == InvertedIndex.DocWeight.NONE) return searcher.search(query, k, minScore, weight, exclude);
        long gap = reachableGap(minScore);
        long from = from(date, gap, docDates), to = to(date, gap);
        double level = CORE * minScore;
        if (!(level > 0 && level <= MAX_LEVEL)) return searcher.search(query, k, minScore, weight, exclude, from, to);
        // The documents weighing at least the level first (the core): their k-th score is the floor for
        // those beyond, whose weight is below the level, so their search is short or, mostly, skipped.
        long coreGap = config.time().reachSeconds(level) - DAY;
        long coreFrom = from(date, coreGap, docDates), coreTo = to(date, coreGap);
        int all = searcher.datedWithin(from, to);
        if (4L * (all - searcher.datedWithin(coreFrom, coreTo)) < all) return searcher.search(query, k, minScore, weight, exclude, from, to);
        InvertedIndex.Hits core = searcher.search(query, k, minScore, weight, exclude, coreFrom, coreTo);
        double floor = core.size() == k ? core.scores()[k - 1] : minScore;
        // every date beyond the core is further than coreGap away (see from): it weighs at most this
        double ceiling = config.time().weightOfGap(coreGap + 1);
        InvertedIndex.Hits beyond = searcher.searchBeyond(query, k, floor, weight, exclude, from, to, coreFrom, coreTo, ceiling);
        return merged(core, beyond, k);
    }

    /**
     * The core of a search: the documents weighing at least this many times the minimum score. A
     * search is split into its core and the rest only for a minimum up to {@code MAX_LEVEL / CORE}
     * (related's ranking, 0.01 by default: its k-th score is mostly 2.5-7.5% of the query's bound,
     * so the rest, weighing under 2%, is rarely searched) and when a quarter or more of the window's
     * documents lie beyond the core: a search costs much per term, whatever its window, so a second
     * search pays only when it is rare and the documents the core leaves out are many (g20k's
     * ranking: 2 of 7 days; a timed collection's: about a sixth of the window, which does not pay).
     */
    static final double CORE = 2, MAX_LEVEL = 0.05;

    /**
     * The start of the window of documents within {@code gap} of {@code date} (as {@link TimeDecay#gapSeconds}
     * measures it): {@code date - gap}, a day earlier only when a document is dated at the midnight
     * that day could hold (a date without time covers its day). No document dated before it is
     * within the gap.
     */
    private long from(long date, long gap, long[] docDates) {
        return date - gap - (midnights(docDates).dayBefore(date - gap) ? DAY : 0);
    }

    /**
     * The end of the window of documents within {@code gap} of {@code date}: {@code date + gap}, a day later when
     * the date has no time (it covers its day). No document dated after it is within the gap.
     */
    private static long to(long date, long gap) {
        return date + gap + TimeDecay.resolution(date);
    }

    /** The best {@code k} of two hit lists of different documents, best first, ties by document. */
    static InvertedIndex.Hits merged(InvertedIndex.Hits a, InvertedIndex.Hits b, int k) {
        if (b.size() == 0) return a;
        int n = Math.min(k, a.size() + b.size());
        int[] docs = new int[n];
        float[] scores = new float[n];
        for (int i = 0, x = 0, y = 0; i < n; i++) {
            boolean fromA = y == b.size() || x < a.size() && (a.scores()[x] > b.scores()[y]
                    || a.scores()[x] == b.scores()[y] && a.docs()[x] < b.docs()[y]);
            if (fromA) { docs[i] = a.docs()[x]; scores[i] = a.scores()[x++]; }
            else { docs[i] = b.docs()[y]; scores[i] = b.scores()[y++]; }
        }
        return new InvertedIndex.Hits(docs, scores);
    }

    private static final long DAY = 86_400;

    /**
     * The largest gap (as {@link TimeDecay#gapSeconds} measures it) at which a document can still
     * score {@code minScore}: its cosine is at most 1, give or take float rounding (1% is far more).
     * The search window follows from the gap: a document dated after the query is within it up to
     * {@code date + gap} (a day more when the query's date has no time of day: it covers its day);
     * one dated before from {@code date - gap}, a day earlier only for a document dated midnight
     * (no time). The window of {@link TimeDecay#reachSeconds(double)} adds that day on both sides
     * whatever the dates: a third of a ranking's window, and up to two thirds of a clustering
     * search's (its minimum is higher), held documents that could never score enough.
     */
    private long reachableGap(double minScore) {
        return config.time().reachSeconds(minScore / 1.01) - DAY;
    }

    /** The midnight dates (days without time) of the last {@code docDates} searched; a new array replaces them. */
    private volatile Midnights midnights = new Midnights(null, new long[0]);

    private Midnights midnights(long[] docDates) {
        Midnights m = midnights;
        if (m.of() != docDates) midnights = m = Midnights.of(docDates);
        return m;
    }

    /** The distinct midnight dates (epoch seconds, ascending) of an array of dates. */
    private record Midnights(long[] of, long[] sorted) {
        static Midnights of(long[] dates) {
            return new Midnights(dates, Arrays.stream(dates).filter(d -> d != Long.MIN_VALUE && Math.floorMod(d, DAY) == 0).sorted().distinct().toArray());
        }

        /** Whether a document is dated at the midnight in {@code [before - DAY, before)}. */
        boolean dayBefore(long before) {
            return Arrays.binarySearch(sorted, Math.ceilDiv(before - DAY, DAY) * DAY) >= 0;
        }
    }

    /**
     * The hash of a vector and its two dates, the values laid out in {@code key[0]} (grown as needed): equal
     * vectors with equal dates score the same against every query.
     */
    private static int contentHash(TermVector v, long date, long ownDate, long[][] key) {
        int m = v.size() + 2;
        if (key[0].length < m) key[0] = new long[Math.max(m, 2 * key[0].length)];
        long[] k = key[0];
        k[0] = date;
        k[1] = ownDate;
        for (int i = 0; i < v.size(); i++) k[i + 2] = ((long) v.term(i) << 32) | (Float.floatToRawIntBits(v.weight(i)) & 0xFFFFFFFFL);
        return ContentHash.of(k, 0, m);
    }

    /** Whether two vectors have the same terms with the same weights (to the bit). */
    private static boolean sameWeights(TermVector a, TermVector b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (a.term(i) != b.term(i) || Float.floatToRawIntBits(a.weight(i)) != Float.floatToRawIntBits(b.weight(i))) return false;
        }
        return true;
    }

    /**
     * The {@code k} best articles for a query, as {@link #search} over the whole collection would
     * find them (ties by input order, {@code exclude} left out): the index's hits, each expanded to
     * the articles with the same vector and date.
     */
    private InvertedIndex.Hits searchArticles(Indexed ix, TermVector query, int k, long date, int exclude) {
        int want = exclude >= 0 ? k + 1 : k; // the excluded article's copies are still hits, so its class is searched too
        return articlesOf(ix, search(ix.searchers().get(), query, want, config.minScore(), date, ix.dates(), -1), k, want, exclude);
    }

    /** The {@code k} best articles of the index's {@code hits} (the best {@code want}), {@code exclude} left out. */
    private static InvertedIndex.Hits articlesOf(Indexed ix, InvertedIndex.Hits hits, int k, int want, int exclude) {
        ExactCopies sameVector = ix.sameVector();
        int[] articleOf = ix.articleOf();
        List<long[]> expanded = new ArrayList<>(); // {article, score bits}
        for (int h = 0; h < hits.size(); h++) {
            int taken = 0;
            for (int a = articleOf[hits.docs()[h]]; a >= 0 && taken < want; a = sameVector.next(a), taken++) {
                expanded.add(new long[] {a, Float.floatToRawIntBits(hits.scores()[h])});
            }
        }
        expanded.sort((x, y) -> {
            int c = Float.compare(Float.intBitsToFloat((int) y[1]), Float.intBitsToFloat((int) x[1]));
            return c != 0 ? c : Long.compare(x[0], y[0]);
        });
        int n = 0;
        int[] docs = new int[Math.min(k, expanded.size())];
        float[] scores = new float[docs.length];
        for (long[] e : expanded) {
            if (n == docs.length) break;
            if (e[0] == exclude) continue;
            docs[n] = (int) e[0];
            scores[n++] = Float.intBitsToFloat((int) e[1]);
        }
        return new InvertedIndex.Hits(Arrays.copyOf(docs, n), Arrays.copyOf(scores, n));
    }

    /** Time weight of two dates in epoch seconds (Long.MIN_VALUE: unknown). */
    double weightOfDates(long a, long b) {
        return weight(a, b);
    }

    /**
     * Articles related to article {@code q}: every verified duplicate first (by cosine), then the
     * {@code k} best related articles by score, ties by input order.
     *
     * @param k related articles wanted beyond the duplicates, at least 0 ({@link Integer#MAX_VALUE}: all that reach the minimum score)
     */
    public List<RelatedHit> related(int q, int k) {
        k = wanted(k);
        List<RelatedHit> out = duplicatesOf(q);
        Ranked all = ranked;
        InvertedIndex.Hits hits = all != null && all.k() == k ? ranked(all, q, k + out.size())
                : searchArticles(indexed(Progress.NONE), vectors.get(q), k + out.size(), dates[q], q);
        int added = 0;
        for (int i = 0; i < hits.size() && added < k; i++) {
            int d = hits.docs()[i];
            if (groupOf[q] >= 0 && groupOf[d] == groupOf[q]) continue;
            out.add(new RelatedHit(d, id(d), hits.scores()[i], RelatedHit.Relation.related));
            added++;
        }
        return out;
    }

    /** {@link #searchArticles} of article {@code q} for its best {@code k}, from the hits of its index document found at once. */
    private InvertedIndex.Hits ranked(Ranked all, int q, int k) {
        InvertedIndex.Hits of = all.byDocument()[all.documentOf()[q]];
        int want = Math.min(k + 1, of.size()); // a search for the best k + 1 finds these first ones (the list is as deep as q's asks)
        return articlesOf(indexed, new InvertedIndex.Hits(Arrays.copyOf(of.docs(), want), Arrays.copyOf(of.scores(), want)), k, k + 1, q);
    }

    /** {@link #related} for every article, in input order, on the configured threads. */
    public List<List<RelatedHit>> relatedAll(int k, Progress progress) {
        int wanted = wanted(k);
        return rankAll(config.threads(), wanted, i -> related(i, wanted), progress);
    }

    /**
     * A number {@code k} of related articles asked for, checked, and cut to the articles there are (no list holds
     * more; the depths searched add to it).
     */
    int wanted(int k) {
        if (k < 0) throw new IllegalArgumentException("k must be >= 0, was " + k);
        return Math.min(k, articles.size());
    }

    /**
     * Each index document's deepest list for a ranking of {@code k}: {@link #related} asks for the best
     * {@code k} beyond an article's duplicates, its own class included, as deep as its class's articles ask.
     */
    private int[] classDepths(Indexed ix, int[] documentOf, int k) {
        int[] depth = new int[ix.articleOf().length];
        for (int q = 0; q < documentOf.length; q++) {
            int duplicates = groupOf[q] < 0 ? 0 : dedup.groups().get(groupOf[q]).members().size() - 1;
            depth[documentOf[q]] = Math.max(depth[documentOf[q]], k + duplicates + 1);
        }
        return depth;
    }

    /**
     * {@code rank} of every article, listed in input order, computed in chunks on {@code threads}
     * threads with the articles taken in date order: each search's time window then starts where the
     * last one's did or later, which the searcher's remembered window bounds turn into a few steps
     * (the lists do not depend on the order: each search is on its own).
     * The related index is built first, in the counted stage {@code indexing}, when nothing ranked before.
     */
    List<List<RelatedHit>> rankAll(int threads, int k, java.util.function.IntFunction<List<RelatedHit>> rank, Progress progress) {
        Indexed ix = indexed(progress);
        int[] order = AscendingOrder.of(dates);
        int n = order.length, chunks = (n + CHUNK - 1) / CHUNK;
        // an undated collection whose searches walk most of their postings: every index document's hits at once
        // (counted in the stage, one step each), which related takes instead of searching
        int[] documentOf = new int[n];
        for (int d = 0; d < ix.articleOf().length; d++) documentOf[ix.articleOf()[d]] = d;
        for (int q = 0; q < n; q++) documentOf[q] = documentOf[ix.sameVector().rep(q)];
        EachSearch join = ix.index().eachSearch(classDepths(ix, documentOf, k), config.minScore(), true,
                dated(ix.index(), ix.dates(), config.minScore(), true));
        int documents = join == null ? 0 : ix.articleOf().length;
        progress.start("ranking", n + documents);
        if (join != null) {
            InvertedIndex.Hits[] byDocument = join.run(threads, progress::advance);
            if (byDocument != null) ranked = new Ranked(k, byDocument, documentOf);
            else progress.advance(documents); // too large for the memory: nothing done
        }
        try {
            @SuppressWarnings("unchecked") List<RelatedHit>[] all = new List[n];
            Parallel.map(threads, chunks, c -> {
                int end = Math.min(n, (c + 1) * CHUNK);
                for (int i = c * CHUNK; i < end; i++) all[order[i]] = rank.apply(order[i]);
                progress.advance(end - c * CHUNK);
                return null;
            });
            progress.finish();
            return Arrays.asList(all);
        } finally {
            ranked = null;
        }
    }

    /**
     * The searches of an index of documents dated {@code docDates} ({@link #search}) as a join of them needs them
     * ({@link EachSearch.Dated}): the time weight (the same both ways: {@link TimeDecay#gapSeconds} is), the end of
     * a search's window for {@code minScore}, and the search of one document, which finds itself or not as
     * {@code itself} says. Null when the time decay is off.
     */
    EachSearch.Dated dated(InvertedIndex index, long[] docDates, double minScore, boolean itself) {
        if (!config.time().enabled()) return null;
        long gap = reachableGap(minScore);
        return new EachSearch.Dated() {
            @Override public double weight(long a, long b) { return RelatedStories.this.weight(a, b); }
            @Override public long reach(long date) { return to(date, gap); }
            @Override public InvertedIndex.Hits search(InvertedIndex.Searcher searcher, int doc, int k) {
                return RelatedStories.this.search(searcher, index.vector(doc), k, minScore, docDates[doc], docDates, itself ? -1 : doc);
            }
        };
    }

    private List<RelatedHit> duplicatesOf(int q) {
        List<RelatedHit> out = new ArrayList<>();
        if (groupOf[q] < 0) return out;
        for (DuplicateGroup.Member m : dedup.groups().get(groupOf[q]).members()) {
            if (m.index() != q) out.add(new RelatedHit(m.index(), id(m.index()), vectors.get(q).dot(vectors.get(m.index())), RelatedHit.Relation.duplicate));
        }
        out.sort(Comparator.comparingDouble(RelatedHit::score).reversed().thenComparingInt(RelatedHit::index));
        return out;
    }

    /**
     * Ranks a new article (not null, not in the collection) against it, weighted with the collection's
     * document frequencies: every article of the collection it duplicates first (by cosine), then
     * the {@code k} best related articles by score. Its duplicates are found as {@code dedup} finds
     * a collection's (LSH bands, prefix keys, containment anchors, briefs' keys), whatever their
     * dates and rank, and checked against the collection's text with the dedup rule (exact Jaccard
     * and containment of shingles); a ranked article the candidates missed is checked too. The
     * collection's article with the new one's id, if any, is left out (as {@link DuplicateIndex#query}
     * leaves it out): an article is not its own duplicate. The article is {@link Article#repaired} as
     * the readers repair records.
     *
     * @param k related articles wanted beyond the duplicates, at least 0 ({@link Integer#MAX_VALUE}: all that reach the minimum score)
     * @throws IllegalStateException when the collection was built without its shingle sets
     *         ({@link #fromCounts}, or a build not {@code forQueries})
     */
    public List<RelatedHit> query(Article article, int k) {
        Objects.requireNonNull(article, "article");
        k = wanted(k);
        if (sets == null) {
            throw new IllegalStateException("ranking a new article needs the collection's shingle sets; this one was built without them"
                    + (corpus == null ? " (from stored counts)" : " (for its own articles only)"));
        }
        Fingerprint f = new Fingerprinter(config.analysis(), corpus.boilerplate()).fingerprint(article.repaired());
        Map<String, Integer> unseen = new HashMap<>();
        TermCounts counts = new TermCounter(config.titleWeight()).count(f.terms(), term -> {
            int id = model.id(term);
            return id >= 0 ? id : unseen.computeIfAbsent(term, t -> model.size() + unseen.size());
        });
        TermVector v = model.vectorize(counts);
        long date = article.date() == null ? Long.MIN_VALUE : article.date().getEpochSecond();
        Indexed ix = indexed(Progress.NONE);
        if (date == Long.MIN_VALUE && config.time().enabled()) date = UndatedArticles.placeQuery(ix.searchers().get(), v, ix.dates(), ix.ownDates());
        Verifier verifier = new Verifier(config.dedup().rule());
        List<RelatedHit> dups = new ArrayList<>(), related = new ArrayList<>();
        BitSet duplicate = new BitSet();
        ExactCopies copies = dedup.copies();
        int self = indexOf(article.id());
        for (int c : duplicateCandidates(f)) {
            if (verifier.verify(f.shingles(), sets.get(c)) == null) continue;
            for (int d = c; d >= 0; d = copies.next(d)) { // a text's copies are one candidate
                if (d == self) continue;
                dups.add(new RelatedHit(d, id(d), v.dot(vectors.get(d)), RelatedHit.Relation.duplicate));
                duplicate.set(d);
            }
        }
        int depth = Math.max(k * 2, k + 16) + dups.size();
        InvertedIndex.Hits hits = searchArticles(ix, v, depth, date, self);
        for (int i = 0; i < hits.size(); i++) {
            int d = hits.docs()[i];
            if (duplicate.get(d)) continue;
            if (verifier.verify(f.shingles(), sets.get(d)) != null) dups.add(new RelatedHit(d, id(d), v.dot(vectors.get(d)), RelatedHit.Relation.duplicate));
            else if (related.size() < k) related.add(new RelatedHit(d, id(d), hits.scores()[i], RelatedHit.Relation.related));
        }
        dups.sort(Comparator.comparingDouble(RelatedHit::score).reversed().thenComparingInt(RelatedHit::index));
        dups.addAll(related);
        return dups;
    }

    /** The first articles of the texts that may be duplicates of the fingerprinted article: dedup's candidates, or every text in exact mode. */
    private int[] duplicateCandidates(Fingerprint f) {
        ExactCopies copies = dedup.copies();
        if (config.dedup().exact()) return java.util.stream.IntStream.range(0, copies.size()).filter(copies::isRep).toArray();
        DuplicateCandidates search = duplicateSearch();
        DuplicateCandidates.Keys keys = search.keys(f.shingles(), f.signature());
        synchronized (search) { // its scratch counts are one query's at a time
            return search.candidates(f.shingles(), keys);
        }
    }

    /**
     * The collection's texts in the duplicate search, by their first article: built at the first query, on the
     * configured threads (every text signed again: the build's signatures were not kept, as most runs never query).
     */
    private DuplicateCandidates duplicateSearch() {
        DuplicateCandidates search = duplicates;
        if (search != null) return search;
        synchronized (this) {
            if (duplicates != null) return duplicates;
            ExactCopies copies = dedup.copies();
            DuplicateCandidates built = new DuplicateCandidates(config.dedup());
            int n = sets.size();
            List<DuplicateCandidates.Keys[]> keys = Parallel.map(config.threads(), (n + CHUNK - 1) / CHUNK, c -> {
                DuplicateCandidates.Keys[] out = new DuplicateCandidates.Keys[Math.min(n, (c + 1) * CHUNK) - c * CHUNK];
                for (int i = 0; i < out.length; i++) if (copies.isRep(c * CHUNK + i)) out[i] = built.keys(sets.get(c * CHUNK + i));
                return out;
            });
            for (int c = 0; c < keys.size(); c++) {
                DuplicateCandidates.Keys[] chunk = keys.get(c);
                for (int i = 0; i < chunk.length; i++) if (chunk[i] != null) built.add(c * CHUNK + i, sets.get(c * CHUNK + i), chunk[i]);
            }
            return duplicates = built;
        }
    }

    /** Explains the relation of two articles of the collection, by id. */
    public RelatedExplanation explain(String a, String b) {
        int i = indexOf(a), j = indexOf(b);
        if (i < 0) throw new IllegalArgumentException("no article with id " + a);
        if (j < 0) throw new IllegalArgumentException("no article with id " + b);
        return explain(i, j);
    }

    /**
     * The cosine, the shared terms with their weights, and the time gap of two articles, both taken at the dates
     * they are scored at (an undated article's placed one); a verified duplicate scored as {@link #related} lists it.
     */
    public RelatedExplanation explain(int a, int b) {
        TermVector x = vectors.get(a), y = vectors.get(b);
        List<RelatedExplanation.SharedTerm> shared = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            float wb = y.weightOf(x.term(i));
            if (wb == 0f) continue;
            int t = x.term(i);
            shared.add(new RelatedExplanation.SharedTerm(model.term(t), model.surface(t), x.weight(i), wb, (double) x.weight(i) * wb,
                    model.knowsNames() && model.isName(t)));
        }
        shared.sort(Comparator.comparingDouble(RelatedExplanation.SharedTerm::contribution).reversed()
                .thenComparing(RelatedExplanation.SharedTerm::term));
        double cosine = x.dot(y), tw = timeWeight(a, b);
        ArticleMeta ma = articles.get(a), mb = articles.get(b);
        boolean duplicate = a != b && groupOf[a] >= 0 && groupOf[a] == groupOf[b];
        java.time.Duration gap = dates[a] == Long.MIN_VALUE || dates[b] == Long.MIN_VALUE ? null
                : java.time.Duration.ofSeconds(TimeDecay.gapSeconds(dates[a], dates[b]));
        return new RelatedExplanation(ma.id(), mb.id(), cosine, tw, duplicate ? cosine : cosine * tw, duplicate, gap, placed(a), placed(b),
                duplicate, shared, StoryClusters.sharedNames(model).least());
    }

    /** The date article {@code i} is scored at when it has none of its own, or null. */
    private Instant placed(int i) {
        return ownDates[i] == Long.MIN_VALUE && dates[i] != Long.MIN_VALUE ? Instant.ofEpochSecond(dates[i]) : null;
    }

    /** The position of the article with this id (not null), or -1. */
    public int indexOf(String id) {
        Objects.requireNonNull(id, "id");
        if (corpus != null) return corpus.indexOf(id);
        for (int i = 0; i < articles.size(); i++) if (articles.get(i).id().equals(id)) return i;
        return -1;
    }

    private String id(int i) {
        return articles.get(i).id();
    }
}
