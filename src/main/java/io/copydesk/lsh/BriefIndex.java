package io.copydesk.lsh;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.internal.LongList;
import io.copydesk.internal.LongSort;
import io.copydesk.internal.Parallel;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.LongConsumer;

/**
 * Exact containment candidates for briefs ({@link PrefixFilter#isBrief}): every document's shingles are looked up
 * among the briefs' keys ({@link PrefixFilter#briefKeys}), and a document holding {@link PrefixFilter#briefNeed} keys
 * of a brief pairs with it. A key held by more than {@link AnchorIndex#MAX_POSTING} documents (copies counted) is
 * skipped, as a too common anchor is, and a brief then asks one key fewer for each of its keys skipped: a pair is
 * lost only when every key of the brief its document holds is that common. Not thread-safe; add briefs in a fixed
 * order for stable output.
 */
public final class BriefIndex {
    private static final int CHUNK = 1024;
    private final LongList entries = new LongList(); // (key << 32) | brief
    private int[] need = new int[16]; // by brief: the keys a document must hold to pair with it

    /** Adds a brief by its keys, of which a document must hold {@code need} to pair with it. */
    public void add(int doc, int[] keys, int need) {
        for (int k : keys) entries.add((long) k << 32 | doc);
        if (doc >= this.need.length) this.need = Arrays.copyOf(this.need, Math.max(doc + 1, 2 * this.need.length));
        this.need[doc] = need;
    }

    /**
     * The pairs of a brief and a document holding enough of its keys, in ascending order: documents {@code 0..n-1},
     * {@code setOf.apply(d)} being document {@code d}'s shingles (null: not looked up, as a copy standing behind its
     * first copy) and {@code copies.applyAsInt(d)} the documents it stands for. On {@code threads} threads, telling
     * {@code advance} (from them) of the documents looked up, {@code n} in all; the same pairs for every thread count.
     */
    public CandidatePairs candidatePairs(int n, IntFunction<ShingleSet> setOf, IntUnaryOperator copies, int threads, LongConsumer advance) {
        if (entries.size() == 0) {
            advance.accept(n);
            return new CandidatePairs(new LongList());
        }
        long[] e = entries.toArray();
        LongSort.sort(e);
        int[] starts = new int[e.length + 1]; // by key index: where its entries start in e, then e.length
        int[] keys = distinctKeys(e, starts);
        Directory dir = new Directory(keys);
        int[] sizes = new int[n]; // a brief pairs with documents at least its size: a smaller one is the brief of the two
        List<LongList> parts = Parallel.map(threads, (n + CHUNK - 1) / CHUNK, c -> {
            LongList hits = new LongList();
            int end = Math.min(n, (c + 1) * CHUNK);
            for (int d = c * CHUNK; d < end; d++) {
                ShingleSet set = setOf.apply(d);
                sizes[d] = set == null ? 0 : set.size();
                lookedUp(d, set, dir, hits);
            }
            advance.accept(end - c * CHUNK);
            return hits;
        });
        LongList hits = new LongList(parts.stream().mapToInt(LongList::size).sum());
        parts.forEach(hits::addAll);
        hits.sort(); // (key index << 32) | document
        LongList held = new LongList(); // (brief << 32) | document, once for each key of the brief the document holds
        int[] skipped = new int[need.length]; // by brief: its keys too common to count
        for (int i = 0; i < hits.size(); ) i = keyHolders(hits, i, e, starts, copies, sizes, held, skipped);
        held.sort();
        LongList pairs = new LongList();
        for (int i = 0; i < held.size(); ) i = pairIfEnough(held, i, skipped, pairs);
        return new CandidatePairs(pairs);
    }

    /** The distinct keys of the sorted entries, ascending; {@code starts[i]}: where key {@code i}'s entries start (then their end). */
    private static int[] distinctKeys(long[] sorted, int[] starts) {
        int[] out = new int[sorted.length];
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            int k = (int) (sorted[i] >>> 32);
            if (n == 0 || out[n - 1] != k) {
                starts[n] = i;
                out[n++] = k;
            }
        }
        starts[n] = sorted.length;
        return Arrays.copyOf(out, n);
    }

    /** Adds document {@code d}'s hits, (key index << 32) | d, one for each brief key among its shingles. */
    private static void lookedUp(int d, ShingleSet set, Directory dir, LongList hits) {
        if (set == null) return;
        int last = -1;
        for (int i = 0, size = set.size(); i < size; i++) {
            int k = (int) (set.hash(i) >>> 32);
            if (!dir.mayHold(k)) continue; // most shingles: one read of a small bitmap
            int at = dir.find(k);
            if (at >= 0 && at != last) hits.add((long) at << 32 | d); // two hashes may share their high 32 bits: once
            if (at >= 0) last = at;
        }
    }

    /**
     * The sorted keys cut by their top bits into buckets of about four: a shingle's lookup reads one slot of the
     * bucket starts (most buckets empty where keys are few) and a few neighbouring keys. A binary search over
     * millions of keys was a fifth of a dedup run where most articles are briefs (the synthetic set).
     */
    private static final class Directory {
        private final int[] keys;
        private final int[] bucketStart; // by bucket (top bits of the key read unsigned): its first key, then keys.length
        private final int shift;
        private final long[] filter; // a bit for each key's low bits: most shingles are no key, told by one small read
        private final int filterMask;

        Directory(int[] keys) {
            this.keys = keys;
            int filterBits = Math.clamp(64 - Long.numberOfLeadingZeros(16L * keys.length), 12, 24);
            this.filter = new long[1 << (filterBits - 6)];
            this.filterMask = (1 << filterBits) - 1;
            for (int k : keys) filter[(k & filterMask) >>> 6] |= 1L << k;
            int bits = Math.clamp(32 - Integer.numberOfLeadingZeros(Math.max(1, keys.length / 4)), 8, 22);
            this.shift = 32 - bits;
            this.bucketStart = new int[(1 << bits) + 1];
            int k = 0;
            for (int b = 0; b <= 1 << bits; b++) {
                while (k < keys.length && bucket(keys[k]) < b) k++;
                bucketStart[b] = k;
            }
        }

        private int bucket(int key) {
            return (key ^ Integer.MIN_VALUE) >>> shift; // signed order of the keys is unsigned order of this
        }

        /** False when {@code key} is surely no key. */
        boolean mayHold(int key) {
            return (filter[(key & filterMask) >>> 6] & 1L << key) != 0;
        }

        /** The index of {@code key}, or -1. */
        int find(int key) {
            int b = bucket(key);
            for (int i = bucketStart[b], end = bucketStart[b + 1]; i < end; i++) {
                if (keys[i] >= key) return keys[i] == key ? i : -1;
            }
            return -1;
        }
    }

    /**
     * For the key whose hits start at {@code hits.get(i)}: when few enough documents hold it, adds to {@code held}
     * each brief holding it with each of those documents at least its size (of a smaller one, it is the brief's
     * keys that pair the two, or the prefix keys under the containment minimum), else counts it as skipped for
     * those briefs. Returns where
     * the next key's hits start.
     */
    private static int keyHolders(LongList hits, int i, long[] e, int[] starts, IntUnaryOperator copies, int[] sizes, LongList held,
                                  int[] skipped) {
        int key = (int) (hits.get(i) >>> 32);
        int j = i;
        long holders = 0;
        while (j < hits.size() && (int) (hits.get(j) >>> 32) == key) holders += copies.applyAsInt((int) hits.get(j++));
        boolean kept = AnchorIndex.postingKept(holders);
        for (int b = starts[key]; b < starts[key + 1]; b++) {
            int brief = (int) e[b];
            if (!kept) {
                skipped[brief]++;
                continue;
            }
            for (int h = i; h < j; h++) {
                int d = (int) hits.get(h);
                if (d != brief && sizes[d] >= sizes[brief]) held.add((long) brief << 32 | d);
            }
        }
        return j;
    }

    /** Adds the pair {@code held.get(i)} stands for if its document holds enough of the brief's keys; returns where the next starts. */
    private int pairIfEnough(LongList held, int i, int[] skipped, LongList pairs) {
        long x = held.get(i);
        int j = i + 1;
        while (j < held.size() && held.get(j) == x) j++;
        int brief = (int) (x >>> 32), d = (int) x;
        if (PrefixFilter.holdsEnough(j - i, need[brief], skipped[brief])) pairs.add(LongList.pair(Math.min(d, brief), Math.max(d, brief)));
        return j;
    }

}
