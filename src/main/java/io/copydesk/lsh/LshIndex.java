package io.copydesk.lsh;

import io.copydesk.hash.Hash64;
import io.copydesk.internal.LongList;
import io.copydesk.internal.LongSort;
import io.copydesk.internal.Parallel;
import io.copydesk.minhash.Signature;
import java.util.List;

/**
 * An in-memory banded LSH index over documents numbered 0..n-1. Each document contributes one
 * key per band, and a short text its {@link PrefixFilter} keys to one more band; documents that
 * share a key in any band are candidate pairs. Keys are kept as
 * 32-bit band hashes: an accidental collision only adds a candidate, which verification rejects.
 */
public final class LshIndex {
    private final LshParams params;
    private final int[][] keys; // [band][doc]
    private final int[][] prefixKeys; // [doc]: a short text's PrefixFilter keys, or null; together one more band
    private final boolean[] present;

    public LshIndex(LshParams params, int documents) {
        this.params = params;
        this.keys = new int[params.bands()][documents];
        this.prefixKeys = new int[documents][];
        this.present = new boolean[documents];
    }

    /** The band keys of a signature: band b hashes its rows together with b. */
    public static long[] bandKeys(Signature s, LshParams params) {
        if (s.size() < params.bands() * params.rows()) {
            throw new IllegalArgumentException("signature has " + s.size() + " bins, banding needs " + params.bands() * params.rows());
        }
        long[] out = new long[params.bands()];
        for (int b = 0; b < params.bands(); b++) {
            long h = Hash64.mix(b + 1L);
            for (int r = 0; r < params.rows(); r++) h = Hash64.mix(h ^ (s.value(b * params.rows() + r) & 0xFFFFFFFFL) * 0x9E3779B97F4A7C15L);
            out[b] = h;
        }
        return out;
    }

    /** The bands pairs are found in: the banding's, and one more when some document has {@link PrefixFilter} keys. */
    public int bands() {
        return keys.length + (hasPrefixKeys() ? 1 : 0);
    }

    private boolean hasPrefixKeys() {
        for (int[] k : prefixKeys) if (k != null) return true;
        return false;
    }

    /** Sets document {@code doc}'s signature; empty signatures are never candidates. Thread-safe for distinct docs. */
    public void add(int doc, Signature s) {
        if (s.isEmpty()) return;
        long[] bk = bandKeys(s, params);
        int[] keys32 = new int[bk.length];
        for (int b = 0; b < bk.length; b++) keys32[b] = (int) (bk[b] >>> 32);
        addBandKeys(doc, keys32);
    }

    /**
     * Sets document {@code doc}'s band keys computed elsewhere (one per band), e.g. by another
     * MinHash implementation that leaves the bucketing to the caller. Thread-safe for distinct docs.
     */
    public void addBandKeys(int doc, int[] bandKeys) {
        if (bandKeys.length != keys.length) throw new IllegalArgumentException("expected " + keys.length + " band keys, got " + bandKeys.length);
        for (int b = 0; b < bandKeys.length; b++) keys[b][doc] = bandKeys[b];
        present[doc] = true;
    }

    /**
     * Sets document {@code doc}'s {@link PrefixFilter} keys, which act as one more band where a document may hold
     * several keys: documents sharing any are candidates. Thread-safe for distinct docs.
     */
    public void addPrefixKeys(int doc, int[] keys) {
        prefixKeys[doc] = keys.length == 0 ? null : keys;
    }

    /** Leaves document {@code doc} out of the candidates (e.g. a copy whose first copy stands for it). */
    public void remove(int doc) {
        present[doc] = false;
    }

    /** Every pair sharing a key in some band, however large the bucket (quadratic in a hot bucket). */
    public CandidatePairs candidatePairs() {
        return candidatePairs(Integer.MAX_VALUE);
    }

    /**
     * Every candidate pair once, in ascending order. A bucket (one
     * key of one band) of at most {@code maxBucket} documents yields all its pairs; a larger one,
     * thousands of template pages that differ in a word, yields only the pairs of each member with
     * the bucket's first document, so a hot key costs linear, not quadratic, work. Such a member
     * still pairs in full through its other bands' smaller buckets, and through the first document
     * joins the others' duplicate group when both are verified against it; what is lost is a pair
     * whose only shared key is hot and that is a duplicate of each other but not of the first.
     */
    public CandidatePairs candidatePairs(int maxBucket) {
        return candidatePairs(maxBucket, () -> {});
    }

    /** As {@link #candidatePairs(int)}, calling {@code bandDone} after each band (for progress: {@link #bands()} calls). */
    public CandidatePairs candidatePairs(int maxBucket, Runnable bandDone) {
        return candidatePairs(maxBucket, 1, bandDone);
    }

    /**
     * As {@link #candidatePairs(int, Runnable)}, the bands shared out among {@code threads} threads
     * ({@code bandDone} is then called from them). The pairs are the same for every thread count.
     */
    public CandidatePairs candidatePairs(int maxBucket, int threads, Runnable bandDone) {
        if (maxBucket < 2) throw new IllegalArgumentException("maxBucket must be >= 2, was " + maxBucket);
        int bands = bands();
        int workers = Math.max(1, Math.min(threads, bands));
        List<LongList> parts = Parallel.map(workers, workers, w -> bandPairs(w, workers, bands, maxBucket, bandDone));
        if (parts.size() == 1) return new CandidatePairs(parts.getFirst());
        LongList all = new LongList(parts.stream().mapToInt(LongList::size).sum());
        parts.forEach(all::addAll);
        return new CandidatePairs(all);
    }

    /** The pairs of bands {@code first}, {@code first + step}, ... (sorted and distinct now and then, to bound memory). */
    private LongList bandPairs(int first, int step, int bands, int maxBucket, Runnable bandDone) {
        int n = present.length;
        LongList pairs = new LongList();
        long[] entries = new long[n];
        long compacted = 4L * n;
        for (int band = first; band < bands; band += step) {
            long[] e = entries;
            int m = 0;
            if (band < keys.length) {
                int[] key = keys[band];
                for (int d = 0; d < n; d++) if (present[d]) e[m++] = ((long) key[d] << 32) | d;
            } else {
                e = prefixEntries();
                m = e.length;
            }
            LongSort.sort(e, 0, m);
            for (int i = 0; i < m; ) i = bucketPairs(e, i, m, maxBucket, pairs);
            if (pairs.size() > compacted) { // keys shared by many bands repeat the same pairs
                pairs.sortDistinct();
                compacted = Math.max(compacted, 2L * pairs.size());
            }
            bandDone.run();
        }
        return pairs;
    }

    /** The prefix band's entries, (key << 32) | doc, of the documents present. */
    private long[] prefixEntries() {
        int m = 0;
        for (int d = 0; d < present.length; d++) if (present[d] && prefixKeys[d] != null) m += prefixKeys[d].length;
        long[] out = new long[m];
        m = 0;
        for (int d = 0; d < present.length; d++) {
            if (!present[d] || prefixKeys[d] == null) continue;
            for (int k : prefixKeys[d]) out[m++] = ((long) k << 32) | d;
        }
        return out;
    }

    /**
     * Adds to {@code pairs} the pairs of the bucket whose sorted entries start at {@code entries[i]}
     * (of {@code m}); returns where the next bucket starts. One call a bucket: the loop over a band
     * runs a few times a thread, so as a loop body of its own it was compiled only on the stack.
     */
    private static int bucketPairs(long[] entries, int i, int m, int maxBucket, LongList pairs) {
        int j = i + 1;
        long k = entries[i] >>> 32;
        while (j < m && entries[j] >>> 32 == k) j++;
        int lastFirst = j - i <= maxBucket ? j : i + 1;
        for (int a = i; a < lastFirst; a++) {
            for (int b = a + 1; b < j; b++) pairs.add(LongList.pair((int) entries[a], (int) entries[b]));
        }
        return j;
    }
}
