package io.copydesk.engine;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.hash.Hash64;
import io.copydesk.lsh.AnchorIndex;
import io.copydesk.lsh.LshIndex;
import io.copydesk.lsh.PrefixFilter;
import io.copydesk.minhash.MinHasher;
import io.copydesk.minhash.Signature;
import java.util.Arrays;

/**
 * The candidate search of {@code dedup} for one text at a time, over texts held by slot (a small int): the same LSH
 * bands, prefix keys and containment anchors as {@link NearDuplicates}, and the text looked up among the held briefs'
 * keys as {@code dedup} looks every article up ({@link io.copydesk.lsh.BriefIndex}). What {@link DuplicateIndex} holds
 * for a stream, and what {@link RelatedStories#query} looks a new article's duplicates up in. The candidates still need
 * verifying on the exact shingle sets. Not thread-safe: a query uses scratch counts kept by slot.
 */
final class DuplicateCandidates {
    /** The seed prefix keys are mixed with into bucket keys of their own (a band key equals one only by chance). */
    private static final long PREFIX_BUCKETS = 0x707265666978L;

    private final DedupConfig config;
    private final AnchorIndex anchorRule;
    private final PrefixFilter prefixes;
    private final MinHasher minHasher; // the fingerprints' own: a text's signature made again to remove it
    private final double anchorShare; // the rule's least share, for the anchor rule (AnchorIndex.leastShared)
    // The postings hold slots (a set of id strings per band key and per anchor, and a map of boxed counts per query,
    // were most of a query's time)
    private Entry[] entries = new Entry[16]; // null: a free slot
    private final KeyedSlots buckets = new KeyedSlots(), anchors = new KeyedSlots(), briefs = new KeyedSlots();
    // a query's scratch by slot: its candidates, the anchors each slot shares, the brief keys it holds
    private final SlotCounts candidates = new SlotCounts(), sharedAnchors = new SlotCounts(), heldKeys = new SlotCounts();
    private final SlotCounts[] scratch = {candidates, sharedAnchors, heldKeys};
    private int[] sizes = new int[16]; // by slot: the text's shingles (read for every brief a query holds a key of)
    private int stamp;

    /** A held text; a brief ({@link PrefixFilter#isBrief}) has brief keys, of which a text containing it holds {@code briefNeed}. */
    private record Entry(ShingleSet shingles, int anchorCount, int[] briefKeys, int briefNeed) {}

    /**
     * A text's bucket keys (band and prefix keys), anchors and brief keys: made from its fingerprint to query and add
     * it, and made again from its shingles to remove it, rather than kept (a tenth of the heap an article held).
     */
    record Keys(long[] bands, long[] anchors, int[] briefKeys) {}

    DuplicateCandidates(DedupConfig config) {
        this.config = config;
        this.anchorShare = config.rule().leastShare();
        this.anchorRule = new AnchorIndex(config.anchorRate(), anchorShare);
        this.prefixes = new PrefixFilter(config.rule(), config.anchorRate());
        this.minHasher = new MinHasher(config.analysis().hashes(), config.analysis().seed());
    }

    /** The keys of a text of shingles {@code s} and MinHash {@code signature} (thread-safe). */
    Keys keys(ShingleSet s, Signature signature) {
        long[] bands = signature.isEmpty() ? new long[0] : LshIndex.bandKeys(signature, config.banding());
        int[] prefix = prefixes.keys(s); // a short text's prefix keys: bucket keys too, as in LshIndex's extra band
        if (prefix.length > 0) {
            int b = bands.length;
            bands = Arrays.copyOf(bands, b + prefix.length);
            for (int i = 0; i < prefix.length; i++) bands[b + i] = Hash64.mix(prefix[i] & 0xFFFFFFFFL, PREFIX_BUCKETS);
        }
        long[] anchorKeys = s.size() < config.minContainedShingles() ? new long[0] : Arrays.stream(s.hashes()).filter(anchorRule::isAnchor).toArray();
        return new Keys(bands, anchorKeys, prefixes.briefKeys(s));
    }

    /** The keys of a text of shingles {@code s}, signed here (thread-safe). */
    Keys keys(ShingleSet s) {
        return keys(s, minHasher.sign(s));
    }

    /** Holds the text of shingles {@code s} and keys {@code keys} (made by {@link #keys}) in slot {@code slot}, which must be free. */
    void add(int slot, ShingleSet s, Keys keys) {
        if (slot >= entries.length) grow(Math.max(slot + 1, 2 * entries.length));
        int[] briefKeys = keys.briefKeys();
        entries[slot] = new Entry(s, keys.anchors().length, briefKeys, prefixes.briefNeed(s.size(), briefKeys.length));
        sizes[slot] = s.size();
        for (long k : keys.bands()) buckets.add(k, slot);
        for (long a : keys.anchors()) anchors.add(a, slot);
        for (int k : briefKeys) briefs.add(k, slot);
    }

    private void grow(int n) {
        entries = Arrays.copyOf(entries, n);
        for (SlotCounts c : scratch) c.grow(n);
        sizes = Arrays.copyOf(sizes, n);
    }

    /** Frees slot {@code slot}, which holds a text; false when the keys made again from its shingles are not those it was added with. */
    boolean remove(int slot) {
        Entry e = entries[slot];
        Keys keys = keys(e.shingles());
        boolean held = true;
        for (long k : keys.bands()) held &= buckets.remove(k, slot);
        for (long a : keys.anchors()) held &= anchors.remove(a, slot);
        for (int k : e.briefKeys()) held &= briefs.remove(k, slot);
        entries[slot] = null;
        return held;
    }

    /** The shingles of the text in slot {@code slot}. */
    ShingleSet shingles(int slot) {
        return entries[slot].shingles();
    }

    /**
     * Slots sharing a band with the text of shingles {@code q} and keys {@code keys}, or enough anchors (as
     * {@link AnchorIndex} pairs documents), or briefs of which the text holds enough keys, each once.
     */
    int[] candidates(ShingleSet q, Keys keys) {
        if (++stamp == Integer.MAX_VALUE) { // once in two billion queries: no mark of an earlier one may look current
            for (SlotCounts c : scratch) c.forget();
            stamp = 1;
        }
        for (SlotCounts c : scratch) c.begin(stamp);
        for (long k : keys.bands()) {
            int cell = buckets.find(k);
            if (cell < 0) continue;
            for (int i = 0, size = buckets.size(cell); i < size; i++) candidates.add(buckets.slot(cell, i));
        }
        for (long a : keys.anchors()) {
            int cell = anchors.find(a);
            if (cell < 0 || !AnchorIndex.postingKept(anchors.size(cell) + 1L)) continue; // + 1: the query
            for (int i = 0, size = anchors.size(cell); i < size; i++) sharedAnchors.add(anchors.slot(cell, i));
        }
        int anchorCount = keys.anchors().length;
        for (int i = 0; i < sharedAnchors.size(); i++) {
            int s = sharedAnchors.slot(i);
            if (AnchorIndex.sharesEnough(sharedAnchors.count(s), anchorCount, entries[s].anchorCount(), anchorShare)) candidates.add(s);
        }
        int[] common = countHeldKeys(q);
        for (int i = 0; i < heldKeys.size(); i++) {
            int s = heldKeys.slot(i);
            if (holdsEnough(s, common)) candidates.add(s);
        }
        return candidates.slots();
    }

    /**
     * Counts in {@link #heldKeys} the keys of each held brief, no longer than the query, that the query's shingles
     * hold, as {@code dedup} does ({@link io.copydesk.lsh.BriefIndex}). A key of more than {@link AnchorIndex#MAX_POSTING}
     * briefs is passed over (a phrase many briefs open with costs a query no more than that); returns those the query
     * holds, sorted, for {@link #holdsEnough}.
     */
    private int[] countHeldKeys(ShingleSet set) {
        if (briefs.keys() == 0) return new int[0];
        int[] common = new int[0];
        int last = 0, size = set.size();
        for (int i = 0; i < size; i++) {
            int k = (int) (set.hash(i) >>> 32);
            if (i > 0 && k == last) continue; // two hashes with the same high bits make one key
            last = k;
            int cell = briefs.find(k);
            if (cell < 0) continue;
            if (briefs.size(cell) > AnchorIndex.MAX_POSTING) {
                common = Arrays.copyOf(common, common.length + 1);
                common[common.length - 1] = k;
                continue;
            }
            for (int j = 0, m = briefs.size(cell); j < m; j++) {
                int s = briefs.slot(cell, j);
                if (sizes[s] <= size) heldKeys.add(s); // the longer of the two holds the brief
            }
        }
        Arrays.sort(common);
        return common;
    }

    /**
     * Whether the query holds enough of brief {@code s}'s keys ({@link io.copydesk.lsh.BriefIndex}'s rule): a text
     * containing it holds {@code briefNeed} of them, all counted but those passed over ({@code common}).
     */
    private boolean holdsEnough(int s, int[] common) {
        Entry brief = entries[s];
        int held = heldKeys.count(s);
        if (held >= brief.briefNeed()) return true;
        if (common.length == 0) return false;
        int passed = 0;
        for (int k : brief.briefKeys()) if (Arrays.binarySearch(common, k) >= 0) passed++;
        return PrefixFilter.holdsEnough(held, brief.briefNeed(), passed);
    }

    /**
     * Counts by slot for one query at a time, and the slots counted in the order first counted: marked with
     * the query's stamp, so that nothing is cleared between queries.
     */
    private static final class SlotCounts {
        private int[] stamps = new int[16], counts = new int[16], listed = new int[16];
        private int size, stamp;

        void grow(int n) {
            stamps = Arrays.copyOf(stamps, n);
            counts = Arrays.copyOf(counts, n);
        }

        /** Drops every mark, before stamps start again from 1. */
        void forget() {
            Arrays.fill(stamps, 0);
        }

        /** Starts the counts of the query with this stamp. */
        void begin(int stamp) {
            this.stamp = stamp;
            size = 0;
        }

        /** Counts slot {@code s} once more, listing it the first time. */
        void add(int s) {
            if (stamps[s] != stamp) {
                stamps[s] = stamp;
                counts[s] = 0;
                if (size == listed.length) listed = Arrays.copyOf(listed, 2 * size);
                listed[size++] = s;
            }
            counts[s]++;
        }

        int size() {
            return size;
        }

        int slot(int i) {
            return listed[i];
        }

        int count(int s) {
            return counts[s];
        }

        /** The slots counted, each once. */
        int[] slots() {
            return Arrays.copyOf(listed, size);
        }
    }
}
