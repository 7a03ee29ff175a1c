package io.copydesk.lsh;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.hash.Hash64;
import io.copydesk.internal.LongList;
import io.copydesk.internal.LongSort;
import io.copydesk.internal.Parallel;
import java.util.Arrays;
import java.util.List;

/**
 * Candidates for containment: a brief inside a longer article has a low Jaccard similarity, so
 * MinHash bands miss it. Each document keeps its <i>anchors</i>, the shingles whose hash falls in a
 * fixed 1/{@code rate} slice of the hash space. The choice depends only on the shingle, so every
 * anchor of a contained text is also an anchor of the text containing it. Documents sharing enough
 * anchors ({@link #leastShared}) become candidates. Anchors shared by more than {@code MAX_POSTING}
 * documents are skipped: they are residual boilerplate or a story copied so often that its copies
 * pair through the bands anyway. A document may stand for several identical copies
 * ({@link #add(int, ShingleSet, int)}); they count in that limit, as if each had been added.
 */
public final class AnchorIndex {
    /** Anchors two documents must share to become candidates (fewer when one has fewer anchors, more when both have many). */
    public static final int MIN_SHARED = 2;
    /**
     * ln(1 / the chance that two duplicates the bands miss share fewer anchors than {@link #leastShared} asks): one
     * in a billion pairs.
     */
    private static final double LN_MISS = Math.log(1e9);
    /** Documents (copies counted) one anchor may be held by before it is ignored as too common. */
    public static final int MAX_POSTING = 200;

    private static final long ANCHOR_SEED = 0x616E63686F72L;
    private static final long ANCHOR_MIX = Hash64.seedMix(ANCHOR_SEED); // Hash64.mix(h, ANCHOR_SEED) == Hash64.mix(h ^ ANCHOR_MIX)
    private final int rate;
    private final double share; // the least share of the smaller document's shingles two duplicates have in common
    private final long mask; // rate - 1 when rate is a power of two (the default 8), else -1
    private final ThreadLocal<int[]> found = ThreadLocal.withInitial(() -> new int[512]); // each thread's anchors of one set, as they are found
    /**
     * Parts the entries are kept in by anchor, so that each part's pairs can be found on a thread of
     * its own: fixed, so that adding needs no thread count (four parts a thread on four cores).
     */
    private static final int PARTS = 16;
    private final Blocks[] entries = new Blocks[PARTS]; // by anchorPart: (anchor high 32 bits << 32) | doc
    private int entryCount;
    // by document: the anchors another document must share with it, were it the one with fewer (leastShared of its
    // count; the rule for two is the lower of theirs, as leastShared grows with the count), worked out once, not a pair
    private int[] leastOf = new int[16];
    private int[] copies = new int[16];

    /**
     * An index keeping the shingles whose hash falls in a 1/{@code rate} slice of the hash space, pairing documents
     * by {@link #sharesEnough} with {@code share} ({@link io.copydesk.verify.DuplicateRule#leastShare()}).
     */
    public AnchorIndex(int rate, double share) {
        if (rate < 1) throw new IllegalArgumentException("anchor rate must be >= 1, was " + rate);
        if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException("share must be in [0, 1], was " + share);
        this.rate = rate;
        this.share = share;
        this.mask = Integer.bitCount(rate) == 1 ? rate - 1 : -1;
        for (int p = 0; p < PARTS; p++) entries[p] = new Blocks();
    }

    /**
     * The pair rule, shared by every search for candidates (batch, in-memory index, stored index):
     * two documents holding {@code anchorsA} and {@code anchorsB} anchors are candidates when they
     * share at least {@link #leastShared} of them.
     */
    public static boolean sharesEnough(int shared, int anchorsA, int anchorsB, double share) {
        return shared >= leastShared(anchorsA, anchorsB, share);
    }

    /**
     * The anchors two documents holding {@code anchorsA} and {@code anchorsB} must share to be candidates, when
     * duplicates have at least {@code share} of the smaller one's shingles in common: {@code min(MIN_SHARED, a)}, and
     * at least one, where {@code a}, the smaller count, is small; where it is large, what all but one in a billion
     * such duplicates reach. Which of the smaller document's shingles are anchors is a draw by their hashes, so of
     * its {@code a} anchors those among the shared shingles are a sample without replacement, at least
     * {@code mu = share * a} expected; by the Chernoff bound (which holds for such samples, Hoeffding 1963) fewer than
     * {@code mu - sqrt(2 ln(10^9) mu)} come with a chance below 10^-9. Two long articles that only share some phrases
     * are then no candidates (allsides-8k: 55,904 anchor candidates, 7 duplicates among them, against 11,220 and the
     * same 7); below about 60 anchors (480 shingles) the bound asks for none, and the rule is {@code MIN_SHARED}.
     */
    public static int leastShared(int anchorsA, int anchorsB, double share) {
        int a = Math.min(anchorsA, anchorsB);
        double mu = share * a;
        int likely = (int) Math.floor(mu - Math.sqrt(2 * LN_MISS * mu));
        return Math.max(likely, Math.max(1, Math.min(MIN_SHARED, a)));
    }

    /** True when an anchor held by {@code documents} documents (copies and the query counted) is kept. */
    public static boolean postingKept(long documents) {
        return documents <= MAX_POSTING;
    }

    /** True when the shingle hash is an anchor. */
    public boolean isAnchor(long shingle) {
        long h = Hash64.mix(shingle, ANCHOR_SEED);
        return mask >= 0 ? (h & mask) == 0 : Long.remainderUnsigned(h, rate) == 0; // a mask, not a 64-bit division, for a power of two
    }

    /** Adds a document's anchors. Not thread-safe; add documents in a fixed order for stable output. */
    public void add(int doc, ShingleSet shingles) {
        add(doc, shingles, 1);
    }

    /** Adds a document that stands for {@code copies} documents with the same shingles. */
    public void add(int doc, ShingleSet shingles, int copies) {
        add(doc, anchors(shingles), copies);
    }

    /**
     * The anchors of a shingle set (their hashes' high 32 bits, which the index keeps), as {@link
     * #add(int, int[], int)} takes them. Thread-safe: the hashing, most of adding a document, can
     * be done on several threads, the adding in order.
     */
    public int[] anchors(ShingleSet shingles) {
        int size = shingles.size();
        if (mask < 0) return anchorsByDivision(shingles);
        int[] out = found.get();
        if (out.length < size) found.set(out = new int[size]);
        int n = 0;
        // Every shingle is written and one in `rate` kept: a branch on which ones was mispredicted about as often
        // as it was taken (100k random sets of 350: 3.2 -> 2.8 ns a shingle under C2, 3.9 -> 2.5 under C1).
        for (int i = 0; i < size; i++) {
            long h = shingles.hash(i);
            out[n] = (int) (h >>> 32);
            n += (int) (((Hash64.mix(h ^ ANCHOR_MIX) & mask) - 1) >>> 63); // 1 when the masked bits are all 0: isAnchor(h)
        }
        return Arrays.copyOf(out, n);
    }

    /** {@link #anchors(ShingleSet)} for a rate that is not a power of two. */
    private int[] anchorsByDivision(ShingleSet shingles) {
        int size = shingles.size();
        int[] out = new int[Math.max(8, 2 * size / rate)];
        int n = 0;
        for (int i = 0; i < size; i++) {
            long h = shingles.hash(i);
            if (!isAnchor(h)) continue;
            if (n == out.length) out = Arrays.copyOf(out, 2 * n);
            out[n++] = (int) (h >>> 32);
        }
        return Arrays.copyOf(out, n);
    }

    /** Adds a document by its {@link #anchors(ShingleSet)}; as {@link #add(int, ShingleSet, int)}. */
    public void add(int doc, int[] anchors, int copies) {
        if (copies < 1) throw new IllegalArgumentException("copies must be >= 1, was " + copies);
        if (doc >= leastOf.length) {
            leastOf = Arrays.copyOf(leastOf, Math.max(doc + 1, leastOf.length * 2));
            this.copies = Arrays.copyOf(this.copies, leastOf.length);
        }
        this.copies[doc] = copies;
        for (int a : anchors) {
            long e = (long) a << 32 | doc;
            entries[anchorPart(e)].add(e);
        }
        entryCount += anchors.length;
        leastOf[doc] = leastShared(anchors.length, anchors.length, share);
    }

    /** Anchor entries held: one per anchor of each document added. */
    public int entries() {
        return entryCount;
    }

    /** Pairs sharing enough anchors, in ascending order. */
    public CandidatePairs candidatePairs() {
        return candidatePairs(1, n -> {});
    }

    /**
     * As {@link #candidatePairs()}, on {@code threads} threads, reporting the entries gone through
     * to {@code advance} (from those threads), {@link #entries()} in all. The pairs are the same for
     * every thread count: each part of the entries holds all the entries of its anchors and gives
     * their pairs, shared out again by first document, so that each second part counts every anchor
     * a pair of its documents shares; the second parts, concatenated, are in order.
     */
    public CandidatePairs candidatePairs(int threads, java.util.function.LongConsumer advance) {
        int docs = leastOf.length;
        List<LongList[]> shared = Parallel.map(threads, PARTS, p -> {
            LongList[] byFirst = new LongList[PARTS];
            for (int q = 0; q < PARTS; q++) byFirst[q] = new LongList();
            long[] e = entries[p].toArray();
            sharedAnchors(e, byFirst, docs);
            advance.accept(e.length);
            return byFirst;
        });
        List<LongList> kept = Parallel.map(threads, PARTS, q -> {
            int size = 0;
            for (LongList[] byFirst : shared) size += byFirst[q].size();
            LongList all = new LongList(size);
            for (LongList[] byFirst : shared) all.addAll(byFirst[q]);
            return enough(all);
        });
        LongList out = new LongList(kept.stream().mapToInt(LongList::size).sum());
        kept.forEach(out::addAll);
        return new CandidatePairs(out);
    }

    /** The part entry {@code e} is kept in, by its anchor (the high 32 bits, read unsigned). */
    private static int anchorPart(long e) {
        return (int) ((e >>> 32) * PARTS >>> 32);
    }

    /**
     * Sorts the entries {@code e}, all the entries of their anchors, and adds a pair for each two
     * documents of a kept anchor to {@code byFirst}, the part of its first document. One call of
     * {@link #anchorPairs} per anchor (and of {@link #enough(LongList, int, LongList)} per pair):
     * this method runs once per part, sixteen times a run, so a loop body of its own was compiled
     * only on the stack, for each of its loops and again after each deoptimization (100k generated
     * articles: ten compilations); a method called per anchor is compiled once, by its calls.
     */
    private void sharedAnchors(long[] e, LongList[] byFirst, int docs) {
        LongSort.sort(e);
        for (int i = 0; i < e.length; ) i = anchorPairs(e, i, byFirst, docs);
    }

    /** Adds the pairs of the anchor whose entries start at {@code e[i]}, if it is kept; returns where the next anchor starts. */
    private int anchorPairs(long[] e, int i, LongList[] byFirst, int docs) {
        int j = i + 1;
        long posting = copies[(int) e[i]];
        while (j < e.length && e[j] >>> 32 == e[i] >>> 32) posting += copies[(int) e[j++]];
        if (postingKept(posting)) {
            for (int a = i; a < j; a++) {
                for (int b = a + 1; b < j; b++) {
                    if ((int) e[a] != (int) e[b]) {
                        long pair = LongList.pair((int) e[a], (int) e[b]);
                        byFirst[(int) ((long) LongList.first(pair) * byFirst.length / docs)].add(pair);
                    }
                }
            }
        }
        return j;
    }

    /** The pairs of {@code all} (one a shared anchor, sorted here) that share enough anchors, in ascending order, each once. */
    private LongList enough(LongList all) {
        all.sort();
        LongList out = new LongList();
        for (int i = 0; i < all.size(); ) i = enough(all, i, out);
        return out;
    }

    /** Adds the pair {@code all.get(i)} to {@code out} if its documents share enough anchors; returns where the next pair starts. */
    private int enough(LongList all, int i, LongList out) {
        long pair = all.get(i);
        int j = i + 1;
        while (j < all.size() && all.get(j) == pair) j++;
        if (j - i >= Math.min(leastOf[LongList.first(pair)], leastOf[LongList.second(pair)])) out.add(pair); // sharesEnough
        return j;
    }

    /**
     * Longs kept in blocks of a fixed size: adding never copies what was added (a list growing by
     * half allocated three times the 35 MB of entries 100k generated articles hold).
     */
    private static final class Blocks {
        private static final int SIZE = 1 << 13;
        private final List<long[]> full = new java.util.ArrayList<>();
        private long[] current; // null until the first value: most indexes are made for their anchor rule only
        private int n;          // values in current

        void add(long v) {
            if (current == null || n == SIZE) {
                if (current != null) full.add(current);
                current = new long[SIZE];
                n = 0;
            }
            current[n++] = v;
        }

        long[] toArray() {
            long[] out = new long[full.size() * SIZE + n];
            int k = 0;
            for (long[] b : full) {
                System.arraycopy(b, 0, out, k, SIZE);
                k += SIZE;
            }
            if (current != null) System.arraycopy(current, 0, out, k, n);
            return out;
        }
    }
}
