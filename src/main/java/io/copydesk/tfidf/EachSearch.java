package io.copydesk.tfidf;

import io.copydesk.internal.Parallel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Every document's search over the rest of a collection at once ({@link InvertedIndex#eachSearch}), for collections
 * whose searches walk most of their postings anyway. Searched one by one, the postings two documents share are
 * walked twice, once by each search; here each pair's are walked once:
 * <ol>
 * <li>each document's terms are walked over the documents numbered after it only, which gives its own scores of
 * those (the same float sums as its search: the same products added in the same order), and it keeps its best;</li>
 * <li>each of those documents keeps, as candidates, the earlier documents that scored it best (a few more than it
 * wants, per thread). Its own score of a candidate is a sum of the same products in another order (its own terms'
 * order), computed from the two vectors alone, to the bit ({@link InvertedIndex.Searcher#scoreOf});</li>
 * <li>each document's hits are the best of its own list and its candidates, ties as a search breaks them.</li>
 * </ol>
 * Two sums of the same positive products in different orders differ by less than their rounding bound, so a
 * candidate list that had to let some go still holds every earlier document that can make the hits, unless its
 * worst kept score comes within that bound of the hits' last: then that document is searched on its own. The hits
 * are those of the searches, whatever the threads and the order they took the rows in.
 *
 * <p>In a dated collection ({@link Dated}) a search weighs each document by its date and the query's, the same
 * weight both ways, and a row walks only the documents its window reaches: the documents after it in date order up
 * to the last date its search visits. A pair that can reach the minimum score lies within the earlier one's window,
 * so its row finds it. Both scores of a pair are its two sums times that one weight (one float product more each,
 * which the rounding bound takes in).
 *
 * <p>A row reads the sums of the documents in its window. Where the windows hold more documents than the rows' terms
 * have postings there (headlines; the storylines' searches on the events' heaviest terms), the walk notes each
 * document it meets and the row reads only those (sparse rows, chosen by the probes that tell whether the join pays);
 * the lists come out the same.
 *
 * <p>Only sums of at least the least score a list takes are wanted, and most sums fall far below it. Where the probes
 * find it pays, a row walks its terms but the last of its order whose bounds add up to at most a share of that least
 * ({@link #LEAVE_OUT}; the common terms, whose postings are most of an undated row's): the documents it met with a
 * partial sum that can still reach the least, few as a rule, then get their full sums, from their own terms
 * ({@link InvertedIndex.Searcher#completed}) or, where they are many, from a walk of the terms left out for them alone.
 * The sums are those of a walk of every term.
 */
public final class EachSearch {
    /**
     * Fewer documents than this are searched one by one: tens of milliseconds either way (2,225 BBC articles:
     * 0.01 s slower per stage joined, 3,000 synthetic ones 0.01 s faster, 8,000 of them 0.07 s).
     */
    static final int MIN_DOCUMENTS = 4096;
    /**
     * The join is taken where pruned searches visit at least this share of their terms' postings: it walks half
     * of them, each for less than a pruned search's visit costs. At 0.22 (the smoothing searches of 20,000
     * generated articles without their dates) the join took 0.71 s where the searches had taken 1.32.
     */
    static final double JOIN_FROM = 0.15;
    /** Documents whose pruned searches measure whether the join pays. */
    private static final int PROBES = 32;
    /**
     * Rows test each sum against the least any list takes first, instead of against 0, where the probes' rows found
     * at least this share of their sums 0 or below it: that one test is then taken the same way by most. Clustering
     * undated reuters21578, 99-100% of the sums its rows met were (a fifth of them 0), and a test for 0 first was
     * taken at random: 4.13 -> 3.72 s; its ranking's rows (the least 0.01) found 38%, and the test first took 1.14x
     * the stage's time.
     */
    static final double LOW_FIRST = 0.9;
    /**
     * The shares of the least score a list takes that the probes try ({@link #pays}): the rows leave out the last terms
     * of their order whose bounds add up to at most the one that costs least, or none. Clustering 20,100 synthetic
     * articles (undated), half of the least took the rows of the event threshold's join from 879 to 249 million
     * postings, with 6,464 documents' sums to complete, those of the neighbours' join from 971 to 526 million for 7,921
     * (the stages 0.83 -> 0.46 s and 0.89 -> 0.57 s); a quarter and three quarters, 0.51 and 0.41 s, 0.63 and 0.54 s.
     */
    private static final double[] LEAVE_OUT = {0.75, 0.5, 0.25, 0.125};
    /** Terms are left out where the probes' rows cost at most this share of their walks of every term. */
    private static final double LEAVE_OUT_FROM = 0.9;
    /**
     * What a term of a document whose sum is completed costs, in postings walked: undated g20k's first join, whose
     * probes walked 4,187 thousand postings, took its rows 0.91 s walking every term, 0.40 s leaving out a quarter of the
     * least (1,407 thousand postings and 71 documents of 137 terms to complete), 0.88 s half (809 thousand and 3,263),
     * 1.95 s three quarters (588 thousand and 15,293).
     */
    private static final int LOOKUP = 6;
    /**
     * What finding a term's postings in a row's window costs, in postings walked (the lists' bounds and first postings:
     * cache misses), a row's cost whichever terms it leaves out (it ranks them all). In dated collections, whose windows
     * hold few postings, this is most of a row's cost (g20k: 14.5 microseconds a row of 136 terms and 1,200 postings),
     * and leaving out terms saves too little.
     */
    private static final int TERM = 64;
    /** Rows a thread walks whole after one whose sums were more to complete than its terms left out were to walk. */
    private static final int WHOLE_AFTER = 15;
    /** Rows walked in one task (the first rows walk the most postings: small tasks keep the threads even). */
    private static final int ROWS = 64;
    /** Candidates a document keeps from the earlier ones beyond the hits it wants (per thread). */
    private static final int SPARE = 8;
    /** The lists may take this share of the heap at most (else the documents are searched one by one). */
    private static final int HEAP_SHARE = 8;

    private final InvertedIndex index;
    private final int n;
    private final int[] k;                    // by internal number: the hits wanted
    private final int[] ownStart, keptStart;  // by internal number: where its list and its candidates start
    private final double minScore;
    private final float least;                // the least score a candidate needs (minScore less the rounding)
    private final float minimum;              // the least float that reaches minScore
    private final double rounding;            // 1 + the relative difference two sums of a pair's products may have
    private final boolean itself;
    private final long averageTerms;          // a document's terms, on average: the cost of completing its sum
    private final Dated dated;                // null: every document weighs 1
    private final int[] end;                  // dated, by internal number: the row's documents end before this
    private boolean sparse;                   // rows read the documents their walks noted instead of scanning their windows
    private final float skipBelow;            // least, or the least positive float: sums below it are 0 or too low for any list
    private boolean lowFirst;                 // rows test a sum against skipBelow first, not against 0 (see row)
    private double leaveOut;                  // rows leave out their last terms whose bounds add up to at most this share of least (0: none)
    final AtomicLong searchedAlone = new AtomicLong(); // documents whose candidates may have missed one (for tests)
    final AtomicLong completedRows = new AtomicLong(), walkedOutRows = new AtomicLong(); // rows that left out terms, by how they finished (for tests)
    Boolean completing; // tests: true completes the sums of every row that left out terms, false walks its terms left out; null chooses

    /**
     * What a join of a dated collection needs from its caller, whose searches weigh documents by date: the same
     * weight both ways, so that either document of a pair may score it.
     */
    public interface Dated {
        /** The weight, in [0, 1], a search of a document dated {@code a} gives one dated {@code b}: the same as for (b, a). */
        double weight(long a, long b);

        /** The latest date a search of a document dated {@code date} reaches: no document dated later can score the minimum. */
        long reach(long date);

        /** Document {@code doc}'s search for its best {@code k}, as the caller runs them one by one (finding itself or not as the join does). */
        InvertedIndex.Hits search(InvertedIndex.Searcher searcher, int doc, int k);
    }

    private EachSearch(InvertedIndex index, int[] kByDocument, double minScore, boolean itself, int spare, Dated dated, boolean sparse) {
        if (dated == null && !index.undatedAndComplete()) throw new IllegalArgumentException("an index with dated documents, or some not posted");
        if (dated != null && !index.datedAndComplete()) throw new IllegalArgumentException("an index with undated documents, or some not posted");
        if (!(minScore > 0 && minScore <= 1)) throw new IllegalArgumentException("minScore must be in (0, 1], was " + minScore);
        if (kByDocument.length != index.size()) throw new IllegalArgumentException(kByDocument.length + " k for " + index.size() + " documents");
        this.index = index;
        this.n = index.size();
        this.minScore = minScore;
        this.itself = itself;
        this.dated = dated;
        this.sparse = sparse;
        this.end = dated == null ? null : new int[n];
        this.k = new int[n];
        this.ownStart = new int[n + 1];
        this.keptStart = new int[n + 1];
        int longest = 0;
        long terms = 0;
        for (int r = 0; r < n; r++) {
            k[r] = kByDocument[index.docOf(r)];
            if (k[r] < 1) throw new IllegalArgumentException("k must be >= 1, was " + k[r]);
            ownStart[r + 1] = Math.addExact(ownStart[r], k[r]);
            keptStart[r + 1] = Math.addExact(keptStart[r], k[r] + spare);
            longest = Math.max(longest, index.vector(r).size());
            terms += index.vector(r).size();
            if (dated != null) end[r] = Math.max(r + 1, index.firstAfter(dated.reach(index.internalDate(r))));
        }
        // two float sums of the same m positive products each lie within m x 2^-24 of the exact sum (relative);
        // a dated score is one rounded product more
        double slack = 2.4e-7 * (longest + (dated == null ? 4 : 6));
        this.rounding = 1 + slack;
        this.averageTerms = Math.max(1, terms / Math.max(1, n));
        this.least = (float) (minScore * (1 - slack)) * (1 - 0x1p-23f); // rounded down as a float
        this.minimum = (float) minScore < minScore ? Math.nextUp((float) minScore) : (float) minScore;
        this.skipBelow = Math.max(least, Float.MIN_VALUE);
    }

    /** Whether the rows read the documents their walks noted instead of scanning their windows (tests). */
    boolean sparse() {
        return sparse;
    }

    /** The share of the least a list takes up to which the rows leave out their last terms' bounds, 0 for none (tests). */
    double leaveOut() {
        return leaveOut;
    }

    /** Whether the rows test each sum against the least a list takes before testing it for 0 (tests). */
    boolean lowFirst() {
        return lowFirst;
    }

    /**
     * See {@link InvertedIndex#eachSearch(int[], double, boolean, Dated)}: null where it does not apply or pay.
     * {@code dated} is not needed (null) for an index without dates.
     */
    static EachSearch plan(InvertedIndex index, int[] kByDocument, double minScore, boolean itself, Dated dated) {
        if (index.undatedAndComplete()) dated = null;
        boolean applies = dated == null ? index.undatedAndComplete() : index.datedAndComplete();
        if (!applies || index.size() < MIN_DOCUMENTS || !(minScore > 0 && minScore <= 1)) return null;
        EachSearch each = new EachSearch(index, kByDocument, minScore, itself, SPARE, dated, false);
        return each.pays() ? each : null;
    }

    /**
     * A join of any collection, without measuring whether it pays, keeping {@code spare} candidates beyond k, its rows
     * {@code sparse} or not, testing sums against the least first ({@code lowFirst}) or not, and leaving out their
     * last terms up to half the least (tests).
     */
    static EachSearch unmeasured(InvertedIndex index, int[] kByDocument, double minScore, boolean itself, int spare, Dated dated,
                                 boolean sparse, boolean lowFirst) {
        EachSearch each = new EachSearch(index, kByDocument, minScore, itself, spare, dated, sparse);
        each.lowFirst = lowFirst;
        each.leaveOut = LEAVE_OUT[1];
        return each;
    }

    /**
     * The hits of every document's search, by document; null, before any work, when the lists would take more
     * than an eighth of the heap on {@code threads} threads (the caller then searches one by one).
     *
     * @param advance told each document walked: as many as there are documents, when the result is not null
     */
    public InvertedIndex.Hits[] run(int threads, LongConsumer advance) {
        long bytes = 8L * ((long) Math.max(1, threads) * (keptStart[n] + 2L * n) + ownStart[n] + n);
        if (bytes > Runtime.getRuntime().maxMemory() / HEAP_SHARE) return null;
        int tasks = (n + ROWS - 1) / ROWS;
        ThreadLocal<InvertedIndex.Searcher> searchers = ThreadLocal.withInitial(index::searcher);
        List<Candidates> lists = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<Candidates> candidates = ThreadLocal.withInitial(() -> {
            Candidates c = new Candidates();
            lists.add(c);
            return c;
        });
        long[] own = new long[ownStart[n]];
        int[] owned = new int[n];
        Parallel.map(threads, tasks, c -> {
            InvertedIndex.Searcher s = searchers.get();
            Candidates mine = candidates.get();
            for (int r = c * ROWS; r < Math.min(n, (c + 1) * ROWS); r++) {
                owned[r] = row(s.walkAfter(r, rowEnd(r), sparse, leaveOut > 0 && mine.leavingOut() ? least : 0f, leaveOut), s, r, own, mine);
                advance.accept(1);
            }
            return null;
        });
        InvertedIndex.Hits[] hits = new InvertedIndex.Hits[n];
        Parallel.map(threads, tasks, c -> {
            InvertedIndex.Searcher s = searchers.get();
            for (int x = c * ROWS; x < Math.min(n, (c + 1) * ROWS); x++) hits[index.docOf(x)] = hits(s, x, own, owned[x], lists);
            return null;
        });
        return hits;
    }

    /** Where row {@code r}'s documents end: its window's, or the collection's. */
    private int rowEnd(int r) {
        return dated == null ? n : end[r];
    }

    /**
     * Row {@code r}'s scores of the documents after it ({@code acc}, cleared here; sparse, those {@code walked}
     * noted): its best into its own list in {@code own}, and r as a candidate of each of them into {@code mine}.
     * Returns its own list's length. The lists are heaps of a total order, the same whatever order the documents
     * come in.
     */
    private int row(float[] acc, InvertedIndex.Searcher walked, int r, long[] own, Candidates mine) {
        int base = ownStart[r], cap = k[r], held = 0, end = rowEnd(r);
        float need = minimum; // a score below this has no place in r's list: minScore, then the list's last once full
        float[] floor = mine.floor;
        long date = dated == null ? 0 : index.internalDate(r), weighed = Long.MIN_VALUE; // the date w is the weight of (no document's)
        float w = 1f;
        boolean noting = sparse, skipping = lowFirst; // locals: C1 reads a field again on every turn
        float skip = skipBelow;
        int[] noted = noting ? walked.touched() : null;
        int count = noting ? walked.touchedSize() : end - r - 1;
        if (noting) walked.clearTouched();
        float reachFrom = walked.reachFrom();
        if (reachFrom > 0) { // the walk left out terms: the documents that can still reach the least, then their full sums
            int[] reach = mine.reach;
            int reaching = 0;
            for (int i = 0; i < count; i++) {
                int s = noting ? noted[i] : r + 1 + i;
                if (acc[s] < reachFrom) acc[s] = 0f;
                else reach[reaching++] = s;
            }
            boolean complete = completing != null ? completing : reaching * averageTerms * LOOKUP < walked.leftOutPostings(r, end);
            mine.leftOut(complete);
            if (complete) {
                completedRows.incrementAndGet();
                for (int i = 0; i < reaching; i++) acc[reach[i]] = walked.completed(reach[i], acc[reach[i]]);
            } else {
                walkedOutRows.incrementAndGet();
                walked.walkLeftOut(r, end);
            }
            noting = true;
            noted = reach;
            count = reaching;
            skipping = false; // none is 0
        }
        for (int i = 0; i < count; i++) {
            int s = noting ? noted[i] : r + 1 + i;
            float a = acc[s];
            if (skipping) { // 0 and too low in one test, as most are (need starts above least, floors at it, both only rise)
                acc[s] = 0f;
                if (a < skip) continue;
            } else {
                if (a == 0f) continue;
                acc[s] = 0f;
            }
            // a weight is at most 1, and a float times it no more than the float: too low a sum stays too low
            if (a < need && a < floor[s]) continue;
            if (dated != null) { // as a search scores a document: its sum times its weight, as floats
                long other = index.internalDate(s);
                if (other != weighed) { weighed = other; w = (float) dated.weight(date, other); } // dense, dates ascend: few changes
                a *= w;
            }
            if (a >= need) {
                long key = KeyHeap.key(a, index.docOf(s));
                if (held < cap || key > own[base]) {
                    held = KeyHeap.push(own, base, cap, held, key);
                    if (held == cap) need = Math.max(need, KeyHeap.score(own[base]));
                }
            }
            if (a >= floor[s]) mine.offer(s, a, r);
        }
        return held;
    }

    /** Document {@code x}'s hits: its own list and its candidates, each scored as x's search scores it. */
    private InvertedIndex.Hits hits(InvertedIndex.Searcher s, int x, long[] own, int owned, List<Candidates> lists) {
        long[] heap = new long[k[x]];
        int held = 0;
        for (int i = ownStart[x]; i < ownStart[x] + owned; i++) held = offer(heap, held, own[i]);
        if (itself) held = offer(heap, held, weighted(x, x, s.scoreOf(x, x)), x);
        float worstKept = 0; // the least score a full candidate list kept: what it let go scored at most that
        int total = 0;
        for (Candidates c : lists) total += c.held[x];
        long[] candidates = new long[total]; // every thread's (a row is one thread's: no candidate twice)
        total = 0;
        for (Candidates c : lists) {
            int base = keptStart[x], kept = c.held[x];
            if (kept == keptStart[x + 1] - base) worstKept = Math.max(worstKept, KeyHeap.score(c.keys[base]));
            System.arraycopy(c.keys, base, candidates, total, kept);
            total += kept;
        }
        // Best first by their rows' scores: once the hits are full, a candidate whose score from its row's side, with
        // room for rounding, is below the hits' last has no place, nor has any after it (each scored again costs a
        // pass over the candidate's terms; in any order, most of a long list were scored for nothing)
        Arrays.sort(candidates);
        for (int i = total - 1; i >= 0; i--) {
            if (held == heap.length && KeyHeap.score(candidates[i]) * rounding < KeyHeap.score(heap[0])) break;
            int q = ~(int) candidates[i];
            held = offer(heap, held, weighted(x, q, s.scoreOf(x, q)), q);
        }
        if (worstKept > 0 && !(held == heap.length && KeyHeap.score(heap[0]) > worstKept * rounding)) {
            searchedAlone.incrementAndGet();
            int doc = index.docOf(x);
            return dated != null ? dated.search(s, doc, k[x]) : s.search(index.vector(doc), k[x], minScore, InvertedIndex.DocWeight.NONE, itself ? -1 : doc);
        }
        return KeyHeap.hits(heap, held);
    }

    /** Document {@code x}'s score of {@code y} from its {@code sum} of their products, as x's search weighs it. */
    private float weighted(int x, int y, float sum) {
        return dated == null ? sum : sum * (float) dated.weight(index.internalDate(x), index.internalDate(y));
    }

    private int offer(long[] heap, int held, float score, int internal) {
        return score < minScore ? held : offer(heap, held, KeyHeap.key(score, index.docOf(internal)));
    }

    private static int offer(long[] heap, int held, long key) {
        return held < heap.length || key > heap[0] ? KeyHeap.push(heap, 0, heap.length, held, key) : held;
    }

    /** One thread's candidates: for each document, the earlier documents whose rows scored it best (by those scores). */
    private final class Candidates {
        final long[] keys = new long[keptStart[n]]; // document s's: keys[keptStart[s], keptStart[s + 1]), a min-heap of KeyHeap.key(score, internal number)
        final int[] held = new int[n];
        final int[] reach = new int[n]; // a row's documents whose sums can still reach the least
        private int whole; // rows to walk whole before the next that leaves out terms
        final float[] floor = new float[n]; // the score a candidate needs: least, then once the list is full its last's

        Candidates() {
            Arrays.fill(floor, least);
        }

        /** Whether the next row leaves out terms: not for {@link #WHOLE_AFTER} rows after one where that did not pay. */
        boolean leavingOut() {
            if (whole == 0) return true;
            whole--;
            return false;
        }

        /** Tells how the last row that left out terms finished: by completing its documents' sums, or not (it did not pay). */
        void leftOut(boolean completed) {
            if (!completed) whole = WHOLE_AFTER;
        }

        void offer(int s, float score, int r) {
            int base = keptStart[s], cap = keptStart[s + 1] - base;
            long key = KeyHeap.key(score, r); // ties to the earlier row, by internal number
            if (held[s] == cap && key <= keys[base]) return;
            held[s] = KeyHeap.push(keys, base, cap, held[s], key);
            if (held[s] == cap) floor[s] = KeyHeap.score(keys[base]);
        }
    }

    /**
     * Whether the join pays, from {@link #PROBES} documents spread over the collection: their pruned searches
     * visit at least {@link #JOIN_FROM} of their terms' postings. Where those hold fewer postings than there are
     * documents, on average (as for a search's walk), the rows are {@linkplain #sparse sparse}: a row's scan of
     * the later documents' sums would cost more than its walk (uci-headlines without dates: 450-2,800 postings a
     * document for 5,900 documents, and the joins with scanning rows were 0.02-0.03 s slower a stage than the
     * searches; the storylines' searches, on 32 heavy terms of each event, walk fewer postings still). In a dated
     * collection the postings and documents are those of the probes' windows: twice what their rows walk and scan.
     * The probes' rows also choose how every row tests its sums ({@link #LOW_FIRST}) and which of its last terms it
     * leaves out ({@link #LEAVE_OUT}), each share tried on each probe.
     */
    boolean pays() {
        InvertedIndex.Searcher pruned = index.searcher(), rows = index.searcher();
        pruned.walkAllAbove = 2;
        long postings = 0, documents = 0, visited = 0, scanned = 0, low = 0, whole = 0;
        long[] cost = new long[LEAVE_OUT.length]; // the rows' postings walked and terms looked up, leaving out each share
        for (int p = 0; p < PROBES; p++) {
            int r = (int) ((2L * p + 1) * n / (2 * PROBES)), d = index.docOf(r);
            TermVector v = index.vector(d);
            long before = pruned.visited();
            long walked = rows.visited();
            int end = rowEnd(r);
            float[] acc = rows.walkAfter(r, end, false, 0f, 0);
            for (int s = r + 1; s < end; s++) low += acc[s] < skipBelow ? 1 : 0;
            scanned += end - r - 1;
            Arrays.fill(acc, r + 1, end, 0f);
            long all = rows.visited() - walked, fixed = (end - r - 1) + (long) TERM * v.size(); // either way: its window read, its terms found
            whole += all + fixed;
            for (int i = 0; i < LEAVE_OUT.length; i++) cost[i] += fixed + leavingOut(rows, r, end, LEAVE_OUT[i], all);
            if (dated == null) {
                for (int i = 0; i < v.size(); i++) postings += index.documentFrequency(v.term(i));
                documents += n;
                pruned.search(v, k[r], minScore, InvertedIndex.DocWeight.NONE, itself ? -1 : d);
            } else {
                postings += 2 * all;
                documents += 2L * (end - r - 1);
                dated.search(pruned, d, k[r]);
            }
            visited += pruned.visited() - before;
        }
        sparse = postings < documents;
        lowFirst = low >= LOW_FIRST * scanned;
        leaveOut = 0;
        long best = (long) (whole * LEAVE_OUT_FROM); // what a share must cost less than
        for (int i = 0; i < LEAVE_OUT.length; i++) {
            if (cost[i] < best) {
                best = cost[i];
                leaveOut = LEAVE_OUT[i];
            }
        }
        return visited >= JOIN_FROM * postings;
    }

    /**
     * What row {@code r} costs beyond its fixed costs leaving out its last terms' bounds up to {@code share} of the least,
     * in postings walked: its walk, then the documents that can still reach the least, and their sums completed
     * ({@link #LOOKUP}) or its terms left out walked for them, whichever costs less. {@code all}: the postings of a
     * walk of every term.
     */
    private long leavingOut(InvertedIndex.Searcher rows, int r, int end, double share, long all) {
        long walked = rows.visited();
        float[] acc = rows.walkAfter(r, end, false, least, share);
        float reachFrom = rows.reachFrom();
        long reaching = 0;
        for (int s = r + 1; s < end; s++) reaching += acc[s] >= reachFrom ? 1 : 0;
        Arrays.fill(acc, r + 1, end, 0f);
        if (reachFrom == 0f) return all; // nothing left out
        long prefix = rows.visited() - walked;
        return prefix + reaching + Math.min(reaching * averageTerms * LOOKUP, all - prefix);
    }
}
