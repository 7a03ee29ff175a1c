package io.copydesk.tfidf;

import io.copydesk.internal.LongList;
import io.copydesk.internal.Parallel;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Every document's search over the rest of an undated collection at once ({@link InvertedIndex#eachSearch}), for
 * collections whose searches walk most of their postings anyway. Searched one by one, the postings two documents
 * share are walked twice, once by each search; here each pair's are walked once:
 * <ol>
 * <li>each document's terms are walked over the documents numbered after it only, which gives its own scores of
 * those (the same float sums as its search, the same products added in the same order);</li>
 * <li>each such pair whose score comes near the minimum is a candidate of the later document too, whose own score
 * of the earlier one is a sum of the same products in another order (its own terms' order): that one is computed
 * from the two vectors alone, to the bit ({@link InvertedIndex.Searcher#scoreOf});</li>
 * <li>each document's hits are the best k of its candidates, ties as a search breaks them.</li>
 * </ol>
 * Two sums of the same positive products in different orders differ by less than their rounding bound, so a
 * pair one side scores at the minimum is a candidate from the other side: the hits are those of the searches.
 */
public final class EachSearch {
    /**
     * Fewer documents than this are searched one by one: tens of milliseconds either way (2,225 BBC articles:
     * 0.01 s slower per stage joined, 3,000 synthetic ones 0.01 s faster, 8,000 of them 0.07 s).
     */
    static final int MIN_DOCUMENTS = 4096;
    /** Documents whose pruned searches and walks measure whether the join pays, and how many pairs it keeps. */
    private static final int PROBES = 32;
    /** Rows walked in one task (the first rows walk the most postings: small tasks keep the threads even). */
    private static final int ROWS = 64;
    /** The candidate pairs kept at most, per document (and 2^20 in any case): 12 bytes each. */
    private static final int PAIRS_PER_DOCUMENT = 16;

    private final InvertedIndex index;
    private final int k;
    private final double minScore, least;
    private final long cap;

    private EachSearch(InvertedIndex index, int k, double minScore, long cap) {
        if (k < 1) throw new IllegalArgumentException("k must be >= 1, was " + k);
        if (!index.undatedAndComplete()) throw new IllegalArgumentException("an index with dated documents, or some not posted");
        this.index = index;
        this.k = k;
        this.minScore = minScore;
        this.cap = cap;
        int longest = 0;
        for (int d = 0; d < index.size(); d++) longest = Math.max(longest, index.vector(d).size());
        // two float sums of the same m positive products each lie within m x 2^-24 of the exact sum (relative)
        this.least = minScore * (1 - 2.4e-7 * (longest + 4));
    }

    /** See {@link InvertedIndex#eachSearch}. */
    static EachSearch plan(InvertedIndex index, int k, double minScore) {
        if (k < 1) throw new IllegalArgumentException("k must be >= 1, was " + k);
        int n = index.size();
        if (!index.undatedAndComplete() || n < MIN_DOCUMENTS || !(minScore > 0 && minScore <= 1)) return null;
        EachSearch each = new EachSearch(index, k, minScore, Math.max(1L << 20, (long) PAIRS_PER_DOCUMENT * n));
        return each.pays() ? each : null;
    }

    /** A join of any collection, keeping up to {@code cap} pairs, without measuring whether it pays (tests). */
    static EachSearch unmeasured(InvertedIndex index, int k, double minScore, long cap) {
        if (!(minScore > 0)) throw new IllegalArgumentException("minScore must be > 0, was " + minScore);
        return new EachSearch(index, k, minScore, cap);
    }

    /**
     * The hits of every document's search, by document; null when the pairs kept grew past what the probes
     * promised (rare: the caller then searches one by one, and {@code advance} was told some documents already).
     *
     * @param advance told each document walked: as many as there are documents, when the result is not null
     */
    public InvertedIndex.Hits[] run(int threads, LongConsumer advance) {
        int n = index.size();
        // 1. each document's row: its scores of the documents after it
        int rowsTasks = (n + ROWS - 1) / ROWS;
        ThreadLocal<InvertedIndex.Searcher> searchers = ThreadLocal.withInitial(index::searcher);
        AtomicLong kept = new AtomicLong();
        record Rows(int[] counts, long[] entries) {}
        List<Rows> parts = Parallel.map(threads, rowsTasks, c -> {
            if (kept.get() > cap) return null;
            InvertedIndex.Searcher s = searchers.get();
            int from = c * ROWS, to = Math.min(n, from + ROWS);
            int[] counts = new int[to - from];
            LongList entries = new LongList();
            for (int r = from; r < to; r++) {
                counts[r - from] = s.walkAfter(r, least, entries);
                advance.accept(1);
            }
            return kept.addAndGet(entries.size()) > cap ? null : new Rows(counts, entries.toArray());
        });
        if (kept.get() > cap) return null;
        // 2. the candidates of each document: its row's (by internal number), and the earlier rows that hold it
        int[] rowStart = new int[n + 1], inStart = new int[n + 1];
        long[] entries = new long[(int) kept.get()];
        int at = 0;
        for (int c = 0; c < parts.size(); c++) {
            Rows part = parts.get(c);
            for (int i = 0; i < part.counts().length; i++) rowStart[c * ROWS + i + 1] = rowStart[c * ROWS + i] + part.counts()[i];
            System.arraycopy(part.entries(), 0, entries, at, part.entries().length);
            at += part.entries().length;
        }
        for (long e : entries) inStart[(int) (e >>> 32) + 1]++;
        for (int d = 0; d < n; d++) inStart[d + 1] += inStart[d];
        int[] fill = inStart.clone(), earlier = new int[entries.length];
        for (int r = 0; r < n; r++) for (int e = rowStart[r]; e < rowStart[r + 1]; e++) earlier[fill[(int) (entries[e] >>> 32)]++] = r;
        // 3. the best k of each document's candidates
        InvertedIndex.Hits[] hits = new InvertedIndex.Hits[n];
        Parallel.map(threads, rowsTasks, c -> {
            InvertedIndex.Searcher s = searchers.get();
            long[] heap = new long[Math.min(k, n)];
            for (int x = c * ROWS; x < Math.min(n, (c + 1) * ROWS); x++) {
                int held = 0;
                for (int e = rowStart[x]; e < rowStart[x + 1]; e++) {
                    held = offer(heap, held, Float.intBitsToFloat((int) entries[e]), index.docOf((int) (entries[e] >>> 32)));
                }
                for (int e = inStart[x]; e < inStart[x + 1]; e++) held = offer(heap, held, s.scoreOf(x, earlier[e]), index.docOf(earlier[e]));
                hits[index.docOf(x)] = InvertedIndex.Searcher.hits(heap, held);
            }
            return null;
        });
        return hits;
    }

    /** Offers document {@code doc} scoring {@code score} to the heap of the best keys, as a search collects them. */
    private int offer(long[] heap, int held, float score, int doc) {
        if (score < minScore) return held;
        long key = (long) Float.floatToIntBits(score) << 32 | (~doc & 0xFFFFFFFFL);
        return held < heap.length || key > heap[0] ? InvertedIndex.Searcher.push(heap, held, key) : held;
    }

    /**
     * Whether the join pays, from {@link #PROBES} documents spread over the collection: their pruned searches
     * visit at least {@link InvertedIndex.Searcher#WALK_ALL} of their terms' postings (so that they would walk
     * them all, twice the join's walk), and their rows keep few enough pairs for half the cap over the collection.
     */
    private boolean pays() {
        int n = index.size();
        InvertedIndex.Searcher pruned = index.searcher(), rows = index.searcher();
        pruned.walkAllAbove = 2;
        long postings = 0, visited = 0, pairs = 0;
        LongList scratch = new LongList();
        for (int p = 0; p < PROBES; p++) {
            int r = (int) ((2L * p + 1) * n / (2 * PROBES)), d = index.docOf(r);
            TermVector v = index.vector(d);
            for (int i = 0; i < v.size(); i++) postings += index.documentFrequency(v.term(i));
            long before = pruned.visited();
            pruned.search(v, k, minScore, InvertedIndex.DocWeight.NONE, d);
            visited += pruned.visited() - before;
            scratch.clear();
            pairs += rows.walkAfter(r, least, scratch);
        }
        return visited >= InvertedIndex.Searcher.WALK_ALL * postings && pairs * n / PROBES <= cap / 2;
    }
}
