package io.copydesk.tfidf;

import io.copydesk.internal.AscendingOrder;
import io.copydesk.internal.Parallel;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Term → documents postings over normalized TF-IDF vectors, for top-k cosine search without an
 * all-pairs matrix. A query visits only the postings of its own terms, and prunes with the
 * max-score bound (Turtle and Flood, 1995): query terms are taken in decreasing order of
 * {@code q_t · max_d w_{t,d}}; once the terms left cannot lift an unseen document to the current
 * score floor (the minimum score, raised to the k-th best partial score), documents not yet seen
 * are no longer admitted and the remaining terms only complete the scores of those already seen.
 * From then on, seen documents whose partial score plus the remaining bound cannot reach the floor
 * are dropped, so that the long posting lists of a long query's last (common) terms are not
 * walked for thousands of documents that cannot make the result, but looked up for the few left.
 * Results are exact: every document whose true score reaches the floor is found. A search over the
 * whole collection in which every document weighs 1, where such searches have visited a large share of
 * their postings anyway, walks them all without bounds instead: the same sums, the same hits. Where every
 * document of an undated collection is searched so, {@link #eachSearch} walks each pair's postings once for
 * both of its documents (and of a dated one, within the documents' windows, given its time weights).
 *
 * <p>When documents have dates, they are numbered internally in date order, so the documents of a
 * time window are one contiguous stretch of every posting list: a dated query visits only the
 * postings inside its window plus those of undated documents. A searcher finds each list's window
 * by binary search, or, when its searches come in date order, a few steps past the last one.
 */
public final class InvertedIndex {
    private final TermVector[] vectors;   // by document
    private final TermVector[] byInternal; // by internal number (date order)
    private final int[] docOf;        // internal number -> document
    private final long[] internalDates;    // ascending; Long.MIN_VALUE (undated) first
    private final int undated;             // internal numbers [0, undated) have no date
    private final int[] offsets; // postings of term t: [offsets[t], offsets[t + 1]), internal numbers ascending
    private final int[] postingDocs;
    private final float[] postingWeights;
    private final float[] maxWeight;
    private final int[] undatedEnds; // term t's undated documents: postings [offsets[t], undatedEnds[t]); null when all are dated
    private final long[] datesGiven; // the dates build was given (by document), or null
    private final boolean allPosted; // every document is in the postings

    private InvertedIndex(TermVector[] vectors, TermVector[] byInternal, int[] docOf, long[] internalDates, long[] datesGiven, int[] offsets,
                          int[] postingDocs, float[] postingWeights, float[] maxWeight, boolean allPosted) {
        this.vectors = vectors;
        this.allPosted = allPosted;
        this.datesGiven = datesGiven;
        this.docOf = docOf;
        this.internalDates = internalDates;
        this.byInternal = byInternal;
        int u = 0;
        while (u < internalDates.length && internalDates[u] == Long.MIN_VALUE) u++;
        this.undated = u;
        this.offsets = offsets;
        this.postingDocs = postingDocs;
        this.postingWeights = postingWeights;
        this.maxWeight = maxWeight;
        this.undatedEnds = u == 0 ? null : new int[maxWeight.length];
        for (int t = 0; u > 0 && t < maxWeight.length; t++) {
            int at = offsets[t];
            while (at < offsets[t + 1] && postingDocs[at] < u) at++;
            undatedEnds[t] = at;
        }
    }

    /** Indexes {@code vectors} (document d is {@code vectors.get(d)}); term ids are below {@code terms}. */
    public static InvertedIndex build(List<TermVector> vectors, int terms) {
        return build(vectors, terms, null);
    }

    /**
     * As {@link #build(List, int)}, with each document's date (epoch seconds, Long.MIN_VALUE when
     * unknown) so that searches can be restricted to a time window; {@code dates} may be null.
     */
    public static InvertedIndex build(List<TermVector> vectors, int terms, long[] dates) {
        return build(vectors, terms, dates, steps -> {});
    }

    /** Documents between two progress reports of {@link #build(List, int, long[], LongConsumer)}. */
    private static final int STEP = 4096;

    /**
     * As {@link #build(List, int, long[])}, reporting its steps to {@code advance}: three per
     * document (ordered by date, counted, posted), {@link #buildSteps} in all.
     */
    public static InvertedIndex build(List<TermVector> vectors, int terms, long[] dates, LongConsumer advance) {
        return build(vectors, terms, dates, 1, advance);
    }

    /**
     * As {@link #build(List, int, long[], LongConsumer)}, posting on {@code threads} threads, each
     * the postings of its own range of terms (the same index whatever the thread count).
     */
    public static InvertedIndex build(List<TermVector> vectors, int terms, long[] dates, int threads, LongConsumer advance) {
        return build(vectors, terms, dates, threads, advance, null);
    }

    /**
     * As {@link #build(List, int, long[], int, LongConsumer)}, posting only the documents {@code posted}
     * accepts (all when null): the others are never found, but their weights count in each term's
     * maximum weight, so that a search takes its terms in the order it would over the whole
     * collection, and sums the same scores to the same bits.
     */
    public static InvertedIndex build(List<TermVector> vectors, int terms, long[] dates, int threads, LongConsumer advance,
                                      java.util.function.IntPredicate posted) {
        int n = vectors.size();
        int[] docOf = dates == null ? java.util.stream.IntStream.range(0, n).toArray() : AscendingOrder.of(dates);
        advance.accept(n);
        long[] internalDates = new long[n];
        TermVector[] byInternal = new TermVector[n];
        boolean[] unposted = new boolean[n]; // by internal number
        for (int i = 0; i < n; i++) {
            internalDates[i] = dates == null ? Long.MIN_VALUE : dates[docOf[i]];
            byInternal[i] = vectors.get(docOf[i]);
            unposted[i] = posted != null && !posted.test(docOf[i]);
        }
        int[] offsets = new int[terms + 1];
        long total = 0;
        for (int i = 0; i < n; i++) {
            TermVector v = byInternal[i];
            if (!unposted[i]) {
                for (int j = 0; j < v.size(); j++) offsets[v.term(j) + 1]++;
                total += v.size();
            }
            if ((i + 1) % STEP == 0 || i == n - 1) advance.accept(i % STEP + 1);
        }
        if (total > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("too many postings: " + total);
        for (int t = 0; t < terms; t++) offsets[t + 1] += offsets[t];
        int[] fill = Arrays.copyOf(offsets, terms);
        int[] docs = new int[(int) total];
        float[] weights = new float[(int) total];
        float[] max = new float[terms];
        // the terms split into ranges of about equal postings, one per thread: each range's postings are
        // written by one thread only, in internal number order, as one pass over all documents would
        int parts = total < 100_000 ? 1 : Math.max(1, threads);
        int[] from = new int[parts + 1];
        for (int p = 1, t = 0; p < parts; p++) {
            while (t < terms && offsets[t] < total * p / parts) t++;
            from[p] = t;
        }
        from[parts] = terms;
        Parallel.map(threads, parts, p -> {
            int lo = from[p], hi = from[p + 1];
            for (int i = 0; i < n; i++) {
                TermVector v = byInternal[i];
                int[] ts = v.terms;
                float[] ws = v.weights;
                int j = lo == 0 ? 0 : Arrays.binarySearch(ts, lo);
                if (j < 0) j = -j - 1;
                if (unposted[i]) {
                    for (; j < ts.length && ts[j] < hi; j++) if (ws[j] > max[ts[j]]) max[ts[j]] = ws[j];
                } else {
                    for (; j < ts.length && ts[j] < hi; j++) {
                        int t = ts[j], at = fill[t]++;
                        docs[at] = i;
                        weights[at] = ws[j];
                        if (ws[j] > max[t]) max[t] = ws[j];
                    }
                }
                if (p == 0 && ((i + 1) % STEP == 0 || i == n - 1)) advance.accept(i % STEP + 1);
            }
            return null;
        });
        boolean allPosted = true;
        for (boolean u : unposted) allPosted &= !u;
        return new InvertedIndex(vectors.toArray(TermVector[]::new), byInternal, docOf, internalDates, dates, offsets, docs, weights, max, allPosted);
    }

    /**
     * Every document's search over the others at once: {@link EachSearch#run} gives, for every document
     * {@code d}, what {@code searcher().search(vector(d), k, minScore, DocWeight.NONE, d)} finds, to the score
     * bits, with the postings of each pair of documents walked once instead of twice. Null where that does not
     * pay or does not apply, and the caller searches one by one: an index with dated documents or some left out
     * of its postings, a small collection, searches that visit little of their postings (measured on a few
     * documents here), or lists too long for the memory.
     */
    public EachSearch eachSearch(int k, double minScore) {
        return eachSearch(k, minScore, null);
    }

    /** As {@link #eachSearch(int, double)}, and with {@code dated} as {@link #eachSearch(int[], double, boolean, EachSearch.Dated)} has it. */
    public EachSearch eachSearch(int k, double minScore, EachSearch.Dated dated) {
        int[] ks = new int[vectors.length];
        Arrays.fill(ks, k);
        return EachSearch.plan(this, ks, minScore, false, dated);
    }

    /**
     * As {@link #eachSearch(int, double)}, document {@code d} searched for its best {@code k[d]}, and with
     * {@code itself} each search finds its own document too (as a search that excludes none). With {@code dated}
     * (not null), an index whose documents are all dated is joined too, each document's hits those of
     * {@link EachSearch.Dated#search}; an index without dates is joined as without it.
     */
    public EachSearch eachSearch(int[] k, double minScore, boolean itself, EachSearch.Dated dated) {
        return EachSearch.plan(this, k.clone(), minScore, itself, dated);
    }

    /** Whether searches over the whole collection in which every document weighs 1 are all this index serves (see {@link #eachSearch}). */
    boolean undatedAndComplete() {
        return allPosted && undated == vectors.length;
    }

    /** Whether every document is dated and posted: a dated join applies ({@link EachSearch}). */
    boolean datedAndComplete() {
        return allPosted && datesGiven != null && undated == 0;
    }

    /** The date of the document numbered {@code internal} (dates ascend with the numbers). */
    long internalDate(int internal) {
        return internalDates[internal];
    }

    /** The first dated internal number whose date is >= {@code date} (the size when none is). */
    private int firstInternal(long date) {
        int lo = undated, hi = internalDates.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (internalDates[mid] < date) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The first internal number whose date is after {@code date} (the size when none is). */
    int firstAfter(long date) {
        return date == Long.MAX_VALUE ? internalDates.length : firstInternal(date + 1);
    }

    /** The document numbered {@code internal}. */
    int docOf(int internal) {
        return docOf[internal];
    }

    public int size() {
        return vectors.length;
    }

    /** The steps {@link #build(List, int, long[], LongConsumer)} reports for {@code documents} documents. */
    public static long buildSteps(int documents) {
        return 3L * documents;
    }

    public TermVector vector(int doc) {
        return vectors[doc];
    }

    /** Documents holding the term. */
    public int documentFrequency(int term) {
        return term < maxWeight.length ? offsets[term + 1] - offsets[term] : 0;
    }

    /**
     * A weight in [0, 1] that multiplies a document's cosine (a time decay); 0 excludes the document.
     */
    @FunctionalInterface
    public interface DocWeight {
        DocWeight NONE = d -> 1.0;

        double weight(int doc);
    }

    /**
     * A {@link DocWeight} that depends on the document's date only. When its {@link #dates} are
     * the very array the index was built with, a search reads each document's date from the
     * index's own copy in date order, next to the postings it walks, instead of the document's
     * entry in {@code dates} (a cache miss per document admitted in a large collection).
     */
    public interface DateWeight extends DocWeight {
        /** The dates by document (epoch seconds, Long.MIN_VALUE when unknown). */
        long[] dates();

        /** The weight of a document dated {@code date}. */
        double weightOfDate(long date);

        @Override
        default double weight(int doc) {
            return weightOfDate(dates()[doc]);
        }
    }

    /** Search hits, best first (ties by document id). */
    public record Hits(int[] docs, float[] scores) {
        public int size() {
            return docs.length;
        }
    }

    /** A searcher with its own scratch space (accumulators over all documents). One per thread. */
    public Searcher searcher() {
        return new Searcher();
    }

    public final class Searcher {
        private static final float EXCLUDED = -1e30f;
        // Posting lists at least this long are worth a k-th check or a pruning pass before them (shorter cost less to walk).
        private static final int LONG_LIST = 256;
        // After admission closes, seen documents are pruned once the remaining bound has fallen to half the floor (most
        // of them, with partial scores far below it, then drop out) and again each time it halves. A pass looks at every
        // document kept, so it is taken only where at least 4 times as many postings are left to walk. (Pruning at every
        // fall of the bound by a fifth instead, from admission's close, cost related --all's ranking 20% more CPU on syn.)
        private static final double PRUNE_FIRST = 0.5, PRUNE_STEP = 0.5;
        private static final int PRUNE_PAYS = 4;
        /**
         * A whole-collection search walks every posting where its searcher's recent searches visited at least this
         * share of theirs, and its minimum score leaves at least this share to admit from: a posting walked, with
         * the hits collected in one pass, costs about a third of one visited by a pruned search. Against 0.5:
         * the undated synthetic set's related --all 0.954x and cluster 0.972x (its neighbour searches, which
         * visit 62% of their postings, walk too), allsides-8k's cluster 0.962x (session30/lead/walk03-*.txt).
         */
        static final double WALK_ALL = 0.3;
        private final float[] acc = new float[vectors.length];       // by internal number
        private final float[] docWeight = new float[vectors.length]; // by internal number
        private Searcher() {}

        private int windowFrom;  // dated internal numbers searched: [windowFrom, windowTo)
        private int windowTo;
        // Each term's window bounds from the last search that used them, valid while its stamp is the searcher's.
        // Searches whose windows only move forward (queries in date order) find each bound a few steps
        // past the last one instead of by a binary search over the list, whose first probes miss the cache.
        // Term t's entry is bound[3t..3t+2] = {stamp, window start, window end}: one cache line for all three.
        private int[] bound; // allocated at the first search with a window
        private int stamp = 1;
        private int lastFrom = Integer.MIN_VALUE, lastTo = Integer.MIN_VALUE;
        private boolean wholeWindow; // the window holds every dated document: no bounds to find
        private int windowStart, windowEnd; // set by bounds(t): term t's postings in the window
        private int firstStart, firstEnd;   // set by bounds(t): term t's postings of undated documents (beyond: before the inner window)
        private boolean beyond; // this search is a searchBeyond: dated internal numbers [windowFrom, innerStart) and [innerEnd, windowTo)
        private int innerStart, innerEnd;
        private float maxDocWeight; // the largest weight of a document admitted in this search
        private DateWeight byDate; // this search's weight when it reads the index's dates, else null
        // the k best seen documents at the last k-th partial score computed in this search (score bits << 32 | internal
        // number, a min-heap), and where in touched the documents admitted after it start (-1: none kept, a full scan next)
        private long[] kthHeap = new long[0], kthLast = new long[0];
        private int kthKept, kthFrom = -1;
        long kthComputed; // k-th partial scores computed so far (for tests)
        long admitted; // documents admitted so far (for tests)
        boolean skipIdleChecks = true; // false: every wanted k-th computed (the reference its tests compare with)
        boolean pruneSeen = true; // false: no seen document dropped once admission closes (the reference its tests compare with)
        double walkAllAbove = WALK_ALL; // tests: 0 walks every eligible search it may, 2 none
        long walkedAll; // searches that walked every posting so far (for tests)
        // the share of their terms' postings that this searcher's recent searches which could have walked them
        // all visited (a moving average), and the eligible searches since the last one measured
        private double visitedShare;
        private int sinceMeasured;
        long dropped; // seen documents dropped so far (for tests)
        private int[] touched = new int[64];
        private int touchedSize;
        // the current query's terms and weights, their bounds and order, k-th checks and remaining bounds (see search):
        // grown to the longest query so far, and a query without terms (an article of stop words only) uses them too
        private int[] queryTerms = new int[0], termOrder = new int[0], nextCheck = new int[0];
        private float[] queryWeights = new float[0], termBounds = new float[0];
        private long[] orderKeys = new long[0];
        private double[] rest = new double[1];
        private long visited;

        /** Documents dated in {@code [fromDate, toDate]}. */
        public int datedWithin(long fromDate, long toDate) {
            return firstAfter(toDate) - firstInternal(fromDate);
        }

        /** Postings entries and vector look-ups done so far (for cost measurements). */
        public long visited() {
            return visited;
        }

        /**
         * The {@code k} documents with the highest {@code cosine × weight} of at least {@code minScore}.
         *
         * @param exclude a document never returned (the query itself), or -1
         */
        public Hits search(TermVector query, int k, double minScore, DocWeight weight, int exclude) {
            return search(query, k, minScore, weight, exclude, Long.MIN_VALUE, Long.MAX_VALUE);
        }

        /**
         * As {@link #search(TermVector, int, double, DocWeight, int)}, visiting only undated documents
         * and those dated in {@code [fromDate, toDate]}: give a window at least as wide as the one
         * outside which {@code weight} is 0, and the result is the same, found faster.
         */
        public Hits search(TermVector query, int k, double minScore, DocWeight weight, int exclude, long fromDate, long toDate) {
            if (k < 1) throw new IllegalArgumentException("k must be >= 1, was " + k);
            beyond = false;
            windowFrom = firstInternal(fromDate);
            windowTo = firstAfter(toDate);
            return search(query, k, minScore, weight, exclude, 1.0);
        }

        /**
         * As {@link #search(TermVector, int, double, DocWeight, int, long, long)} over the dated
         * documents of {@code [fromDate, toDate]} outside {@code [innerFrom, innerTo]} only (no
         * undated ones), none of which may weigh more than {@code ceiling}: a search that needs
         * only what lies beyond an inner window already searched. The ceiling closes admission
         * early (an unseen document gains at most the remaining bound × ceiling); when even the
         * whole bound × ceiling is below {@code minScore}, nothing is visited.
         */
        public Hits searchBeyond(TermVector query, int k, double minScore, DocWeight weight, int exclude, long fromDate, long toDate,
                                 long innerFrom, long innerTo, double ceiling) {
            if (k < 1) throw new IllegalArgumentException("k must be >= 1, was " + k);
            if (!(ceiling >= 0 && ceiling <= 1)) throw new IllegalArgumentException("ceiling must be in [0, 1], was " + ceiling);
            int lo = firstInternal(fromDate), hi = firstAfter(toDate);
            int innerLo = Math.min(Math.max(lo, firstInternal(innerFrom)), hi);
            int innerHi = Math.max(innerLo, Math.min(hi, firstAfter(innerTo)));
            Hits none = new Hits(new int[0], new float[0]);
            if (innerLo == lo && innerHi == hi) return none;
            double bound = 0;
            for (int i = 0; i < query.size(); i++) {
                int t = query.term(i);
                if (t < maxWeight.length) bound += (double) query.weight(i) * maxWeight[t];
            }
            // the sum in another order than the search's: far more room for rounding than that needs
            if (bound * ceiling * (1 + 1.2e-7 * (query.size() + 4)) * (1 + 1e-6) < minScore) return none;
            beyond = true;
            windowFrom = lo;
            innerStart = innerLo;
            innerEnd = innerHi;
            windowTo = hi;
            return search(query, k, minScore, weight, exclude, ceiling * (1 + 1e-6));
        }

        private Hits search(TermVector query, int k, double minScore, DocWeight weight, int exclude, double ceiling) {
            wholeWindow = !beyond && windowFrom == undated && windowTo == internalDates.length;
            if (!wholeWindow && !beyond) {
                if (bound == null) bound = new int[3 * maxWeight.length];
                if (windowFrom < lastFrom || windowTo < lastTo) { // moved back: the remembered bounds are past the new ones
                    if (stamp == Integer.MAX_VALUE) { Arrays.fill(bound, 0); stamp = 0; }
                    stamp++;
                }
                lastFrom = windowFrom;
                lastTo = windowTo;
            }
            byDate = weight instanceof DateWeight w && datesGiven != null && w.dates() == datesGiven ? w : null;
            int m = take(query);
            int[] qt = queryTerms;
            float[] qw = queryWeights;
            int[] order = termOrder(qt, qw, m);
            double[] rest = this.rest; // rest[j]: best score unseen documents can still gain from terms j..
            rest[m] = 0;
            for (int j = m - 1; j >= 0; j--) rest[j] = rest[j + 1] + (double) qw[order[j]] * maxWeight[qt[order[j]]];
            // A search over the whole collection in which every document weighs 1 (an undated collection's, or the
            // placing of undated articles) may end up visiting a large share of its terms' postings anyway (a low
            // minimum score, a k-th that stays low): where this searcher's recent ones did (WALK_ALL), and the
            // minimum score leaves as large a share to admit from, every posting is added straight into the
            // accumulators, with no note of the documents met, no bound and no k-th, and one scan of all documents
            // collects the hits. The same sums in the same order (the same bits), and every document a pruned
            // search completes this one does too: the same hits. Every eighth such search runs pruned, to measure
            // whether walking still pays.
            boolean eligible = wholeWindow && weight == DocWeight.NONE;
            long all = eligible ? postingsFrom(qt, order, 0, m) : 0;
            if (eligible && visitedShare >= walkAllAbove && all >= acc.length && admissible(qt, order, rest, m, minScore) >= walkAllAbove * all
                    && (++sinceMeasured & 7) != 0) {
                walkedAll++;
                boolean collected = false;
                try {
                    for (int j = 0; j < m; j++) admitDense(qw[order[j]], offsets[qt[order[j]]], offsets[qt[order[j]] + 1]);
                    Hits hits = collectAll(k, minScore, exclude);
                    collected = true;
                    return hits;
                } finally {
                    if (!collected) Arrays.fill(acc, 0f); // the walk threw before its scan cleared them
                }
            }
            long visitedBefore = visited;
            try {
                return pruned(k, minScore, weight, exclude, ceiling, qt, qw, m, order, rest);
            } finally {
                if (eligible && all > 0) visitedShare = 0.75 * visitedShare + 0.25 * (visited - visitedBefore) / all;
            }
        }

        /** The query's terms that have postings, with their weights, into {@code queryTerms} and {@code queryWeights}; returns how many. */
        private int take(TermVector query) {
            if (queryTerms.length < query.size()) grow(query.size());
            int[] qt = queryTerms;
            float[] qw = queryWeights;
            int m = 0;
            for (int i = 0; i < query.size(); i++) {
                int t = query.term(i);
                if (t < maxWeight.length && offsets[t + 1] > offsets[t]) {
                    qt[m] = t;
                    qw[m++] = query.weight(i);
                }
            }
            return m;
        }

        /**
         * The walk of the search of the document numbered {@code r} (internally) over the documents numbered after
         * it and before {@code end} only (a dated join's row ends where its window does): its terms in its search's
         * order, each one's postings in that stretch added into the accumulators, which are returned. Their entries
         * there hold r's sums for those documents, with the bits r's own search gives them (the same products added
         * in the same order), and the others stay 0; the caller reads and clears them (each back to 0) before the
         * searcher's next use. With {@code noting}, each document met is also written down once, in {@link #touched()}'s
         * first {@link #touchedSize()} entries (the caller sets that back to 0 as it clears the sums): a row whose window
         * holds many more documents than its terms' postings there reads those instead of scanning the window. See
         * {@link EachSearch}.
         *
         * <p>Where only sums of at least {@code least} (above 0) are wanted, the walk leaves out the last terms of the
         * order whose bounds (weight × the term's largest weight) add up to at most {@code leaveOut} × least: a document
         * it did not meet cannot reach least, nor can one whose partial sum is below {@link #reachFrom()}. The others'
         * sums are then {@linkplain #completed completed} or the terms left out {@linkplain #walkLeftOut walked} for them.
         */
        float[] walkAfter(int r, int end, boolean noting, float least, double leaveOut) {
            int m = take(byInternal[r]);
            int[] qt = queryTerms, order = termOrder(qt, queryWeights, m);
            int walk = m;
            reachFrom = 0f;
            if (least > 0) {
                double bounds = 0, limit = leaveOut * least, left = 0;
                for (int j = m - 1; j >= 0 && (bounds += (double) queryWeights[order[j]] * maxWeight[qt[order[j]]]) <= limit; j--) {
                    walk = j;
                    left = bounds;
                }
                // float sums of up to m + 1 products (a dated row's weight) exceed the exact ones by at most this share
                double from = least / (1 + 2.4e-7 * (m + 6)) - left * (1 + 1e-9);
                if (walk < m && from > 0) reachFrom = Math.nextDown((float) from);
                else walk = m;
            }
            walkedRow = r;
            walked = walk;
            walkedTerms = m;
            if (after == null) after = Arrays.copyOf(offsets, maxWeight.length);
            boolean bounded = end < byInternal.length;
            if (bounded && until == null) until = Arrays.copyOf(offsets, maxWeight.length);
            int[] docs = postingDocs, after = this.after, until = this.until;
            for (int j = 0; j < walk; j++) {
                int t = qt[order[j]], from = offsets[t], to = offsets[t + 1], at = after[t];
                // a thread's rows ascend: from where its last row's walk of this list started, a few steps on
                at = at > from && docs[at - 1] > r ? lowerBound(from, to, r + 1) : forward(at, to, r + 1);
                after[t] = at;
                int stop = to;
                if (bounded) { // and so do their ends: every posting before until[t] is below the last row's end
                    int u = Math.max(at, until[t]);
                    stop = until[t] = u > at && docs[u - 1] >= end ? lowerBound(at, u, end) : forward(u, to, end);
                }
                if (noting) admitNoting(queryWeights[order[j]], at, stop);
                else admitDense(queryWeights[order[j]], at, stop);
            }
            return acc;
        }

        /**
         * The least partial sum with which a document can still reach the least given to the last {@link #walkAfter},
         * or 0 when that walked every term.
         */
        float reachFrom() {
            return reachFrom;
        }

        /**
         * About how many postings the terms the last {@link #walkAfter} left out hold in its stretch (their postings
         * spread evenly): the cost of walking them. This and the two below: after a walk that left out terms, before
         * the searcher's next use (they read its terms, order and ranks).
         */
        long leftOutPostings(int r, int end) {
            long postings = 0;
            for (int j = walked; j < walkedTerms; j++) postings += documentFrequency(queryTerms[termOrder[j]]);
            return postings * (end - r - 1) / byInternal.length;
        }

        /**
         * Document {@code y}'s (internal number) full sum from its partial sum {@code a} from the last {@link #walkAfter}:
         * a plus its products with the terms that walk left out, in their order (the bits of a walk of every term). A
         * pass over y's terms.
         */
        float completed(int y, float a) {
            if (rankedFor != walkedRow) rank(walkedRow, termOrder, walkedTerms); // once a row, for the rows that complete
            return sumFrom(y, a, walked + 1);
        }

        /**
         * {@code a} plus the products of document {@code y}'s (internal number) terms with the ranked document's
         * at positions {@code first} on, added by position: those placed by position and read back through a bit set
         * of the positions taken, in ascending order (sorting them by position was a sixth of a dated join's time).
         */
        private float sumFrom(int y, float a, int first) {
            TermVector v = byInternal[y];
            int[] rank = this.rank;
            float[] products = byRank;
            long[] taken = present;
            for (int i = 0; i < v.size(); i++) {
                int t = v.term(i), at = t < rank.length ? rank[t] : 0;
                if (at >= first) {
                    products[at] = rankedWeights[at - 1] * v.weight(i);
                    taken[at >>> 6] |= 1L << at;
                }
            }
            for (int w = first >>> 6, words = (ranked >>> 6) + 1; w < words; w++) {
                long bits = taken[w];
                taken[w] = 0;
                while (bits != 0) {
                    a += products[(w << 6) + Long.numberOfTrailingZeros(bits)];
                    bits &= bits - 1;
                }
            }
            return a;
        }

        /**
         * The terms the last {@link #walkAfter} (row {@code r}, ending before {@code end}) left out, walked in their
         * order for the documents whose accumulators are not 0 only (the caller has set those it does not want to 0):
         * their sums then have the bits of a walk of every term.
         */
        void walkLeftOut(int r, int end) {
            int[] qt = queryTerms, order = termOrder, docs = postingDocs;
            float[] acc = this.acc, weights = postingWeights, qw = queryWeights;
            for (int j = walked; j < walkedTerms; j++) {
                int t = qt[order[j]], from = lowerBound(offsets[t], offsets[t + 1], r + 1), to = lowerBound(from, offsets[t + 1], end);
                float w = qw[order[j]];
                visited += to - from;
                for (int p = from; p < to; p++) {
                    int d = docs[p];
                    float a = acc[d];
                    if (a != 0f) acc[d] = a + w * weights[p]; // the few documents kept: taken the same way by most
                }
            }
        }

        /** The documents {@link #walkAfter} noted (the first {@link #touchedSize()}). */
        int[] touched() {
            return touched;
        }

        int touchedSize() {
            return touchedSize;
        }

        void clearTouched() {
            touchedSize = 0;
        }

        private int walkedRow;    // the row (internal number) the last walkAfter walked
        private int walked;       // the terms it walked, the first of its order
        private int walkedTerms;  // its terms (its order's length)
        private float reachFrom;  // see reachFrom()
        private int[] after; // by term: where the postings after the last row walked start (walkAfter)
        private int[] until; // by term: where they end, for a row that ends before the last document
        private int rankedFor = -1; // the internal document whose term order rank holds (-1: none)
        private int[] rank;          // by term: 1 + its position in rankedFor's term order, 0 when not a term of it
        private float[] rankedWeights = new float[0]; // by position in that order: rankedFor's weights
        private int ranked;          // rankedFor's terms
        // sumFrom's products by 1 + position, and which positions hold one: a bit a position, read in ascending order
        private float[] byRank = new float[0];
        private long[] present = new long[0];

        /**
         * The score the search of the document numbered {@code x} (internally) gives the document numbered
         * {@code y}, to the bit, from their two vectors alone: their common terms' products added in the order
         * x's search takes its terms ({@link #sumFrom}).
         */
        float scoreOf(int x, int y) {
            if (rankedFor != x) rankFor(x);
            return sumFrom(y, 0f, 1);
        }

        private void rankFor(int x) {
            int m = take(byInternal[x]);
            rank(x, termOrder(queryTerms, queryWeights, m), m);
        }

        /** Ranks document {@code x}'s {@code m} terms, taken with their order: {@code queryTerms[order[j]]} at position j + 1. */
        private void rank(int x, int[] order, int m) {
            if (rank == null) rank = new int[maxWeight.length];
            if (rankedFor >= 0) {
                TermVector old = byInternal[rankedFor];
                for (int i = 0; i < old.size(); i++) if (old.term(i) < rank.length) rank[old.term(i)] = 0;
            }
            if (rankedWeights.length < m) rankedWeights = new float[Math.max(m, 2 * rankedWeights.length)];
            for (int j = 0; j < m; j++) {
                rank[queryTerms[order[j]]] = j + 1;
                rankedWeights[j] = queryWeights[order[j]];
            }
            if (byRank.length < m + 1) {
                byRank = new float[Math.max(m + 1, 2 * byRank.length)];
                present = new long[(byRank.length >>> 6) + 1];
            }
            ranked = m;
            rankedFor = x;
        }

        /** {@link #search} with the max-score bound: its terms {@code qt[order[j]]}, weights {@code qw[order[j]]}, j < m. */
        private Hits pruned(int k, double minScore, DocWeight weight, int exclude, double ceiling, int[] qt, float[] qw, int m, int[] order,
                            double[] rest) {
            int[] nextCheck = checks(qt, order, rest, m);
            kthFrom = -1;
            double floor = minScore;
            // the last k-th partial score computed (-inf: none, or fewer than k documents) and the bound mass taken then
            double kth = Double.NEGATIVE_INFINITY, kthGained = 0;
            double rounding = 1 + 1.2e-7 * (m + 4); // float sums of up to m terms, and the product with a doc weight
            // documents unseen at term j score at most rest[j] × ceiling in exact arithmetic, and their float sums may
            // round up past that: admission stays open while rest[j] × ceiling × rounding reaches the floor (ceiling: 1 unless beyond)
            double scale = ceiling * rounding;
            maxDocWeight = 0;
            boolean closed = false; // admission closed: the seen documents are all there will be
            double pruneAt = 0; // prune when the remaining bound is at most this (set when admission closes)
            try {
                for (int j = 0; j < m; j++) {
                    int t = qt[order[j]];
                    float w = qw[order[j]];
                    int from = offsets[t], to = offsets[t + 1];
                    if (rest[j] * scale >= floor) {
                        admit(t, w, from, to, weight, exclude);
                        if (touchedSize >= k && nextCheck[j] >= 0) {
                            // No partial score grew by more than the bound mass taken since the last k-th was
                            // computed (x the largest doc weight), so the k-th has not either. When even that
                            // bound cannot pass the remaining bound at the next check (and so cannot close
                            // admission before it), computing it now would decide nothing: the one computed
                            // there is at least as high.
                            double gained = rest[0] - rest[j + 1];
                            if (!(skipIdleChecks && kth >= 0 && (kth + (gained - kthGained) * maxDocWeight) * rounding + 1e-12 <= rest[nextCheck[j]])) {
                                kth = kthPartial(k);
                                kthGained = gained;
                                floor = Math.max(floor, kth);
                            }
                        }
                    } else {
                        if (!closed) {
                            closed = true;
                            admitted += touchedSize;
                            pruneAt = floor * PRUNE_FIRST;
                        }
                        if (pruneSeen && to - from >= LONG_LIST && rest[j] <= pruneAt) {
                            // the postings left only shrink and the documents kept stay as many: once a pass does not pay, none will
                            if (postingsFrom(qt, order, j, m) < (long) PRUNE_PAYS * touchedSize) pruneAt = -1;
                            else {
                                floor = prune(k, floor, rest[j], rounding);
                                pruneAt = rest[j] * PRUNE_STEP;
                            }
                        }
                        complete(t, w, from, to);
                    }
                }
                return collect(k, minScore);
            } finally {
                if (!closed) admitted += touchedSize;
                for (int i = 0; i < touchedSize; i++) acc[touched[i]] = 0f;
                touchedSize = 0;
            }
        }

        /**
         * For each position j of the term order, -1 when no k-th partial score is wanted after taking
         * term j; else the position of the next term after which one is wanted (m - 1 when none): the
         * last term whose admission that k-th can decide. One is wanted where it may close admission
         * ({@link #mayClose}) before a long posting list (shorter ones cost less to take than to avoid).
         */
        private int[] checks(int[] qt, int[] order, double[] rest, int m) {
            int[] next = nextCheck;
            int after = m - 1;
            for (int j = m - 1; j >= 0; j--) {
                boolean wanted = j + 1 < m && documentFrequency(qt[order[j + 1]]) >= LONG_LIST
                        && mayClose(rest[0] - rest[j + 1], rest[j + 1]);
                next[j] = wanted ? after : -1;
                if (wanted) after = j;
            }
            return next;
        }

        /**
         * Query positions by decreasing {@code qw · maxWeight}, ties by term id (ascending with the
         * position).
         */
        private int[] termOrder(int[] qt, float[] qw, int m) {
            float[] bound = termBounds;
            for (int i = 0; i < m; i++) bound[i] = qw[i] * maxWeight[qt[i]];
            DecreasingOrder.into(bound, m, orderKeys, termOrder);
            return termOrder;
        }

        /** Scratch space for queries of up to {@code terms} terms (a search's arrays over its query terms, used again by the next). */
        private void grow(int terms) {
            int n = Math.max(terms, 2 * queryTerms.length);
            queryTerms = new int[n];
            queryWeights = new float[n];
            termBounds = new float[n];
            orderKeys = new long[n];
            termOrder = new int[n];
            nextCheck = new int[n];
            rest = new double[n + 1];
        }

        /**
         * Whether the k-th partial score can reach {@code remaining}, the most an unseen document can
         * still gain: no partial score exceeds {@code gained}, the most the terms taken so far give
         * (with room for float rounding), so below that the floor cannot close admission and
         * computing it would change nothing (it only grows, and is computed again later).
         */
        private static boolean mayClose(double gained, double remaining) {
            return gained * (1 + 1e-5) + 1e-9 >= remaining;
        }

        /**
         * Once admission has closed: drops the seen documents that cannot reach {@code floor} with
         * {@code remaining} more (the bound of the terms left), then raises the floor to the k-th
         * partial score of those kept and drops again. A dropped document scores below the floor,
         * so below the k-th final score or the minimum score: it is never a hit, and the documents
         * kept are completed as before, to the same bits. Returns the floor.
         */
        private double prune(int k, double floor, double remaining, double rounding) {
            if (drop(floor, remaining, rounding) >= k) {
                double kth = kthPartial(k);
                if (kth > floor) {
                    floor = kth;
                    drop(floor, remaining, rounding);
                }
            }
            return floor;
        }

        /**
         * Keeps the seen documents whose {@code (partial + remaining) × doc weight} may reach
         * {@code floor}, with room for the float rounding of their final score ({@code rounding}
         * covers the sum of up to all the query's terms and the product with the weight; the square
         * of it, twice that), and forgets the others. Returns how many are kept.
         */
        private int drop(double floor, double remaining, double rounding) {
            int[] touched = this.touched;
            float[] acc = this.acc, docWeight = this.docWeight;
            double margin = rounding * rounding;
            int kept = 0;
            for (int i = 0, n = touchedSize; i < n; i++) {
                int d = touched[i];
                float a = acc[d];
                if (a > 0f && (a + remaining) * docWeight[d] * margin + 1e-30 >= floor) touched[kept++] = d; // 1e-30: products that round up from subnormals
                else acc[d] = 0f; // excluded, or out of reach; no posting admits it again
            }
            dropped += touchedSize - kept;
            kthFrom = -1; // the seen documents moved in touched
            return touchedSize = kept;
        }

        /**
         * The postings of the terms a search admits documents from at most: those before the remaining bound
         * falls below {@code minScore} (a whole-collection search: ceiling 1).
         */
        private long admissible(int[] qt, int[] order, double[] rest, int m, double minScore) {
            long n = 0;
            double rounding = 1 + 1.2e-7 * (m + 4);
            for (int j = 0; j < m && rest[j] * rounding >= minScore; j++) n += documentFrequency(qt[order[j]]);
            return n;
        }

        /** The postings of the query's terms from position {@code j} of the term order on. */
        private long postingsFrom(int[] qt, int[] order, int j, int m) {
            long n = 0;
            for (int i = j; i < m; i++) n += documentFrequency(qt[order[i]]);
            return n;
        }

        /** Adds a term's contribution, admitting documents not seen yet. */
        private void admit(int t, float w, int from, int to, DocWeight weight, int exclude) {
            bounds(t, from, to);
            admit(w, firstStart, firstEnd, weight, exclude);
            admit(w, windowStart, windowEnd, weight, exclude);
        }

        /**
         * Finds term t's postings in the search: those of its undated documents ({@code [firstStart,
         * firstEnd)}, from {@code from}) and those in the window ({@code [windowStart, windowEnd)});
         * beyond an inner window, those before it and those after it.
         */
        private void bounds(int t, int from, int to) {
            int undatedEnd = undatedEnds == null ? from : undatedEnds[t];
            firstStart = from;
            firstEnd = undatedEnd;
            if (beyond) { // rare, and its windows move about: no remembered bounds
                firstStart = lowerBound(undatedEnd, to, windowFrom);
                firstEnd = lowerBound(firstStart, to, innerStart);
                windowStart = lowerBound(firstEnd, to, innerEnd);
                windowEnd = lowerBound(windowStart, to, windowTo);
            } else if (wholeWindow) {
                windowStart = undatedEnd;
                windowEnd = to;
            } else if (bound[3 * t] == stamp) {
                windowStart = bound[3 * t + 1] = forward(bound[3 * t + 1], to, windowFrom);
                windowEnd = bound[3 * t + 2] = forward(Math.max(windowStart, bound[3 * t + 2]), to, windowTo);
            } else {
                bound[3 * t] = stamp;
                windowStart = bound[3 * t + 1] = lowerBound(undatedEnd, to, windowFrom);
                windowEnd = bound[3 * t + 2] = lowerBound(windowStart, to, windowTo);
            }
        }

        /** {@link #lowerBound} from a position known to hold no internal number >= {@code internal} before it: a few steps, then a binary search. */
        private int forward(int at, int to, int internal) {
            int[] docs = postingDocs;
            for (int step = 0; step < 8; step++, at++) {
                if (at == to || docs[at] >= internal) return at;
            }
            return lowerBound(at, to, internal);
        }

        // The loops below read fields into locals first: C1, which compiles these searches on small inputs,
        // loads a field again on every pass of a loop that holds a call (the doc weight) or array stores.
        private void admit(float w, int from, int to, DocWeight weight, int exclude) {
            if (wholeWindow) admitEach(w, from, to, weight, exclude);
            else admitNew(w, from, to, weight, exclude);
        }

        /**
         * {@link #admit} for a search over the whole collection, which admits documents until late: whether
         * a posting's document is new is then close to a coin toss (a mispredicted test per posting took most
         * of the loop), so every document is written down and kept only when new, without a branch, and
         * the new ones are weighed after the loop (related --all of the undated 20,100-article synthetic set,
         * in one JVM: ranking CPU 0.65x, neighbours 0.58x). Windowed searches, which close admission sooner,
         * keep the test: there the extra store per posting measured no faster (20,000 generated articles).
         */
        private void admitEach(float w, int from, int to, DocWeight weight, int exclude) {
            int first = touchedSize;
            admitNoting(w, from, to);
            weigh(first, touchedSize, weight, exclude);
        }

        private void admitNew(float w, int from, int to, DocWeight weight, int exclude) {
            visited += to - from;
            int[] docs = postingDocs, internal = docOf, touched = this.touched;
            float[] weights = postingWeights, acc = this.acc, docWeight = this.docWeight;
            long[] dates = internalDates;
            DateWeight byDate = this.byDate;
            int seen = touchedSize;
            float maxWeight = maxDocWeight;
            try {
                for (int p = from; p < to; p++) {
                    int d = docs[p];
                    float a = acc[d];
                    if (a == 0f) {
                        if (seen == touched.length) touched = this.touched = Arrays.copyOf(touched, seen * 2);
                        touched[seen++] = d;
                        double dw = weightOf(internal[d], d, exclude, byDate, dates, weight);
                        if (dw <= 0) { acc[d] = EXCLUDED; continue; }
                        float fw = (float) dw;
                        docWeight[d] = fw;
                        if (fw > maxWeight) maxWeight = fw;
                    }
                    acc[d] = a + w * weights[p];
                }
            } finally {
                touchedSize = seen;
                maxDocWeight = maxWeight;
            }
        }

        /** Gives the documents first seen at {@code touched[from, to)} their doc weight, or marks them excluded (as {@link #admitNew} does). */
        private void weigh(int from, int to, DocWeight weight, int exclude) {
            int[] touched = this.touched, internal = docOf;
            float[] acc = this.acc, docWeight = this.docWeight;
            long[] dates = internalDates;
            DateWeight byDate = this.byDate;
            float maxWeight = maxDocWeight;
            if (weight == DocWeight.NONE) { // every document weighs 1 but the one excluded: no call a document (an undated query)
                for (int i = from; i < to; i++) {
                    int d = touched[i];
                    if (internal[d] == exclude) { acc[d] = EXCLUDED; continue; }
                    docWeight[d] = 1f;
                    maxWeight = 1f > maxWeight ? 1f : maxWeight;
                }
                maxDocWeight = maxWeight;
                return;
            }
            for (int i = from; i < to; i++) {
                int d = touched[i];
                double dw = weightOf(internal[d], d, exclude, byDate, dates, weight);
                if (dw <= 0) { acc[d] = EXCLUDED; continue; }
                float fw = (float) dw;
                docWeight[d] = fw;
                if (fw > maxWeight) maxWeight = fw;
            }
            maxDocWeight = maxWeight;
        }

        /** The weight of document {@code doc} (internal number {@code d}): 0 for the one excluded, else by its date or by the document. */
        private static double weightOf(int doc, int d, int exclude, DateWeight byDate, long[] dates, DocWeight weight) {
            return doc == exclude ? 0 : byDate != null ? byDate.weightOfDate(dates[d]) : weight.weight(doc);
        }

        /** 1 when {@code a} is +0 (a document not seen yet), else 0, without a branch (C1 compiles a conditional to one). */
        private static int isZero(float a) {
            int bits = Float.floatToRawIntBits(a);
            return ((bits | -bits) >>> 31) ^ 1;
        }

        /** Adds a term's contribution to every document in {@code postingDocs[from, to)}, noting none. */
        private void admitDense(float w, int from, int to) {
            visited += to - from;
            int[] docs = postingDocs;
            float[] weights = postingWeights, acc = this.acc;
            int p = from;
            for (; p + 3 < to; p += 4) { // four a turn (as in admitEach); a term's postings are distinct documents
                acc[docs[p]] += w * weights[p];
                acc[docs[p + 1]] += w * weights[p + 1];
                acc[docs[p + 2]] += w * weights[p + 2];
                acc[docs[p + 3]] += w * weights[p + 3];
            }
            for (; p < to; p++) acc[docs[p]] += w * weights[p];
        }

        /** {@link #admitDense}, writing down each document not met before, without a branch ({@link #admitEach} says why). */
        private void admitNoting(float w, int from, int to) {
            visited += to - from;
            int[] docs = postingDocs, touched = this.touched;
            float[] weights = postingWeights, acc = this.acc;
            int seen = touchedSize;
            if (touched.length - seen < to - from) touched = this.touched = Arrays.copyOf(touched, Math.max(2 * touched.length, seen + (to - from)));
            // Four postings a turn, each as the one-a-turn loop after it does them, in order: C1, which runs inputs
            // under 1 GiB, neither unrolls a loop nor leaves out its safepoint poll a turn
            int p = from;
            for (; p + 3 < to; p += 4) {
                int d0 = docs[p];
                float a0 = acc[d0];
                touched[seen] = d0;
                seen += isZero(a0);
                acc[d0] = a0 + w * weights[p];
                int d1 = docs[p + 1];
                float a1 = acc[d1];
                touched[seen] = d1;
                seen += isZero(a1);
                acc[d1] = a1 + w * weights[p + 1];
                int d2 = docs[p + 2];
                float a2 = acc[d2];
                touched[seen] = d2;
                seen += isZero(a2);
                acc[d2] = a2 + w * weights[p + 2];
                int d3 = docs[p + 3];
                float a3 = acc[d3];
                touched[seen] = d3;
                seen += isZero(a3);
                acc[d3] = a3 + w * weights[p + 3];
            }
            for (; p < to; p++) {
                int d = docs[p];
                float a = acc[d];
                touched[seen] = d;
                seen += isZero(a);
                acc[d] = a + w * weights[p];
            }
            touchedSize = seen;
        }

        /** Adds a term's contribution to documents already seen only. */
        private void complete(int t, float w, int from, int to) {
            bounds(t, from, to);
            int firstStart = this.firstStart, firstEnd = this.firstEnd, windowStart = this.windowStart, windowEnd = this.windowEnd;
            long len = (firstEnd - firstStart) + (windowEnd - windowStart);
            if ((long) touchedSize * 8 < len) { // fewer look-ups in the seen documents' vectors than postings to scan
                visited += touchedSize;
                int[] touched = this.touched;
                float[] acc = this.acc;
                TermVector[] vectors = byInternal;
                for (int i = 0, n = touchedSize; i < n; i++) {
                    int d = touched[i];
                    if (acc[d] > 0f) acc[d] += w * vectors[d].weightOf(t);
                }
            } else {
                complete(w, firstStart, firstEnd);
                complete(w, windowStart, windowEnd);
            }
        }

        private void complete(float w, int from, int to) {
            visited += to - from;
            int[] docs = postingDocs;
            float[] weights = postingWeights, acc = this.acc;
            int p = from;
            for (; p + 3 < to; p += 4) { // four a turn, in order (as in admitEach)
                int d0 = docs[p];
                float a0 = acc[d0];
                acc[d0] = a0 + Float.intBitsToFloat(Float.floatToRawIntBits(w * weights[p]) & positive(a0));
                int d1 = docs[p + 1];
                float a1 = acc[d1];
                acc[d1] = a1 + Float.intBitsToFloat(Float.floatToRawIntBits(w * weights[p + 1]) & positive(a1));
                int d2 = docs[p + 2];
                float a2 = acc[d2];
                acc[d2] = a2 + Float.intBitsToFloat(Float.floatToRawIntBits(w * weights[p + 2]) & positive(a2));
                int d3 = docs[p + 3];
                float a3 = acc[d3];
                acc[d3] = a3 + Float.intBitsToFloat(Float.floatToRawIntBits(w * weights[p + 3]) & positive(a3));
            }
            for (; p < to; p++) {
                int d = docs[p];
                float a = acc[d];
                // acc[d] += w × weight only where acc[d] > 0 (a document admitted, not excluded), without a
                // branch: whether a posting's document was admitted is close to a coin toss (41% of the
                // ranking's, 83% of smoothing's at g20k), and a mispredicted test cost more than the add.
                // The product is masked to +0 elsewhere: a + 0 is a for 0 and EXCLUDED alike.
                acc[d] = a + Float.intBitsToFloat(Float.floatToRawIntBits(w * weights[p]) & positive(a));
            }
        }

        /** All ones when {@code a > 0} (its bits, as an int, are positive: not 0, -0, negative or NaN with the sign set), else 0. */
        private static int positive(float a) {
            int bits = Float.floatToRawIntBits(a);
            return ~((bits - 1) | bits) >> 31;
        }

        /** First position in postingDocs[from, to) holding an internal number >= {@code internal}. */
        private int lowerBound(int from, int to, int internal) {
            int[] docs = postingDocs;
            if (from == to || docs[from] >= internal) return from;
            if (docs[to - 1] < internal) return to;
            int lo = from, hi = to;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (docs[mid] < internal) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        /**
         * A lower bound of the k-th best final score: the k-th best partial score (× doc weight) of the seen
         * documents, or of some of them (-inf when fewer than k). Partial scores only grow, so after the first
         * in a search it is taken over the k best of the last one, at their scores now, and the documents
         * admitted since: those the last one did not keep were below its k-th, which has not fallen, and a
         * document risen past it since is only left out of a bound that may then be lower, never higher (and
         * it still grows by at most the bound mass taken × the largest doc weight, as the skipped checks
         * assume). The k-th only closes admission and prunes sooner (a lower one later): the hits are the
         * same. A scan of every seen document at each check was 19% of related --all's CPU on the undated
         * synthetic set; this way its ranking took 0.83x the CPU (generated and Reuters sets: no change).
         */
        private double kthPartial(int k) {
            kthComputed++;
            if (kthHeap.length != k) {
                kthHeap = new long[k];
                kthLast = new long[k];
                kthFrom = -1;
            }
            long[] heap = kthHeap;
            int n = 0;
            if (kthFrom >= 0) { // the last heap's documents (every positive one when it held fewer than k), at their scores now
                long[] last = kthLast;
                System.arraycopy(heap, 0, last, 0, kthKept);
                for (int i = 0; i < kthKept; i++) n = offer(heap, n, k, (int) last[i]);
            }
            // the documents admitted since: the tests of the common case (no place in a full heap) here, not in a call
            // a document (C1 inlines no method offer's size)
            int[] touched = this.touched;
            float[] acc = this.acc, docWeight = this.docWeight;
            for (int i = Math.max(0, kthFrom), seen = touchedSize; i < seen; i++) {
                int d = touched[i];
                float a = acc[d];
                if (a <= 0f || n == k && key(a * docWeight[d], d) <= heap[0]) continue;
                n = offer(heap, n, k, d);
            }
            kthFrom = touchedSize;
            kthKept = n;
            return n < k ? Double.NEGATIVE_INFINITY : KeyHeap.score(heap[0]);
        }

        /** A seen document's heap key: its score's bits (non-negative scores sort as their bits do), then its internal number. */
        private static long key(float score, int d) {
            return (long) Float.floatToRawIntBits(score) << 32 | d;
        }

        /** Offers seen document {@code d} (internal number) to the size-k min-heap {@code heap} of {@code n} keys; returns the keys now. */
        private int offer(long[] heap, int n, int k, int d) {
            float a = acc[d];
            if (a <= 0f) return n; // excluded (or dropped)
            long key = key(a * docWeight[d], d);
            return n < k || key > heap[0] ? KeyHeap.push(heap, 0, k, n, key) : n;
        }

        /**
         * The k best of the seen documents scoring at least {@code minScore}, best first, ties by
         * document: a size-k min-heap of (score bits, ~document) keys, whose order is that for the
         * non-negative scores here (lower score, then higher document, is worse).
         */
        private Hits collect(int k, double minScore) {
            long[] heap = new long[Math.min(k, touchedSize)];
            int[] touched = this.touched, docOf = InvertedIndex.this.docOf;
            float[] acc = this.acc, docWeight = this.docWeight;
            int n = 0;
            for (int i = 0, seen = touchedSize; i < seen; i++) {
                int d = touched[i];
                if (acc[d] <= 0f) continue;
                float score = acc[d] * docWeight[d];
                if (score < minScore) continue;
                long key = KeyHeap.key(score, docOf[d]);
                if (n < heap.length || key > heap[0]) n = KeyHeap.push(heap, 0, heap.length, n, key); // the common case, no place, tested here
            }
            return KeyHeap.hits(heap, n);
        }

        /**
         * {@link #collect} after a walk of every posting, over all documents (each weighing 1 but the one
         * excluded), clearing each accumulator as it reads it: one pass where noting the documents met,
         * collecting and clearing took three.
         */
        private Hits collectAll(int k, double minScore, int exclude) {
            long[] heap = new long[Math.min(k, acc.length)];
            int[] docOf = InvertedIndex.this.docOf;
            float[] acc = this.acc;
            int n = 0, seen = 0;
            for (int d = 0; d < acc.length; d++) {
                float a = acc[d];
                if (a == 0f) continue;
                acc[d] = 0f;
                seen++;
                int doc = docOf[d];
                float score = a * 1f; // the doc weight, as collect multiplies it
                if (doc == exclude || score < minScore) continue;
                long key = KeyHeap.key(score, doc);
                if (n < heap.length || key > heap[0]) n = KeyHeap.push(heap, 0, heap.length, n, key);
            }
            admitted += seen;
            return KeyHeap.hits(heap, n);
        }
    }
}
