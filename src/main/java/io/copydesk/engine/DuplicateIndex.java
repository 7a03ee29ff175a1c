package io.copydesk.engine;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.document.Article;
import io.copydesk.fingerprint.Fingerprint;
import io.copydesk.fingerprint.Fingerprinter;
import io.copydesk.hash.Hash64;
import io.copydesk.lsh.AnchorIndex;
import io.copydesk.lsh.LshIndex;
import io.copydesk.lsh.PrefixFilter;
import io.copydesk.minhash.MinHasher;
import io.copydesk.minhash.Signature;
import io.copydesk.verify.Overlap;
import io.copydesk.verify.Verifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An incremental duplicate index held in memory: {@link #add} articles as they arrive,
 * {@link #query} whether a new one duplicates any of them, {@link #remove} old ones (what users of
 * datasketch's {@code MinHashLSH.insert/query/remove} do, with exact verification on top).
 * Candidates come from the same LSH bands, prefix keys and containment anchors as {@code dedup}, and a query is looked
 * up among the indexed briefs' keys as {@code dedup} looks every article up ({@link io.copydesk.lsh.BriefIndex}), so a
 * brief indexed before the longer article that contains it is found surely. The other way round needs every shingle of
 * every indexed article posted under it, which this index does not keep (it keeps each article's set, to verify): a
 * brief queried after its article pairs with it through anchors, which find such a pair with a high chance, not surely
 * (20,000 generated articles as a stream: 12 of 13,489 pairs missed, all of them briefs after their article). Every
 * match is verified on the exact shingle sets, so reported scores are exact and a match is always a duplicate under the
 * {@link DedupConfig}'s rule. Boilerplate is removed with the per-article rules only (there are no collection-wide line
 * counts in a stream). Thread-safe.
 */
public final class DuplicateIndex {
    private final DedupConfig config;
    private final Fingerprinter fingerprinter;
    private final Verifier verifier;
    private final AnchorIndex anchorRule;
    private final PrefixFilter prefixes;
    private final MinHasher minHasher; // the fingerprints' own: an article's signature made again to remove it
    private final double anchorShare; // the rule's least share, for the anchor rule (AnchorIndex.leastShared)
    // Articles by slot, a small int reused after a removal; the postings hold slots, not ids (a set of
    // id strings per band key and per anchor, and a map of boxed counts per query, were most of a query's time)
    private final Map<String, Integer> slotOf = new HashMap<>();
    private Entry[] entries = new Entry[16]; // null: a free slot
    private int[] free = new int[16];
    private int freeCount, slotsUsed;
    private final KeyedSlots buckets = new KeyedSlots(), anchors = new KeyedSlots(), briefs = new KeyedSlots();
    // a query's scratch by slot (under the lock): its candidates, the anchors each slot shares, the brief keys it holds
    private final SlotCounts candidates = new SlotCounts(), sharedAnchors = new SlotCounts(), heldKeys = new SlotCounts();
    private final SlotCounts[] scratch = {candidates, sharedAnchors, heldKeys};
    private int[] sizes = new int[16]; // by slot: the article's shingles (read for every brief a query holds a key of)
    private int stamp;

    /** The seed prefix keys are mixed with into bucket keys of their own (a band key equals one only by chance). */
    private static final long PREFIX_BUCKETS = 0x707265666978L;

    /** An indexed article; a brief ({@link PrefixFilter#isBrief}) has brief keys, of which a text containing it holds {@code briefNeed}. */
    private record Entry(String id, ShingleSet shingles, int anchorCount, int[] briefKeys, int briefNeed) {}

    /**
     * An article's bucket keys (band and prefix keys) and anchors: made from its fingerprint to query and add it, and
     * made again from its shingles to remove it, rather than kept (a tenth of the heap an article held).
     */
    private record Keys(long[] bands, long[] anchors) {}

    /** An article fingerprinted: as the index holds it, and its keys. */
    private record Analyzed(Entry entry, Keys keys) {}

    public DuplicateIndex(DedupConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.fingerprinter = Fingerprinter.forDuplicates(config.analysis(), Boilerplate.perArticle(config.analysis().boilerplate()));
        this.verifier = new Verifier(config.rule());
        this.anchorShare = config.rule().leastShare();
        this.anchorRule = new AnchorIndex(config.anchorRate(), anchorShare);
        this.prefixes = new PrefixFilter(config.rule(), config.anchorRate());
        this.minHasher = new MinHasher(config.analysis().hashes(), config.analysis().seed());
    }

    /** An index with the default settings. */
    public DuplicateIndex() {
        this(DedupConfig.DEFAULT);
    }

    /** A verified duplicate among the indexed articles, with its exact scores. */
    public record Match(String id, double jaccard, double containment) {}

    /** Adds an article, replacing one with the same id. */
    public void add(Article article) {
        Analyzed a = analyzed(article);
        synchronized (this) {
            put(a);
        }
    }

    /**
     * {@link #query} and then {@link #add} in one step, with one fingerprint of the article instead of
     * two: what a stream does with each new article. Returns its matches among the articles indexed
     * before it (one with its own id excluded, and then replaced).
     */
    public List<Match> queryAndAdd(Article article) {
        Analyzed a = analyzed(article);
        List<Match> out;
        synchronized (this) {
            out = matches(a);
            put(a);
        }
        return sorted(out);
    }

    private void put(Analyzed analyzed) {
        Entry e = analyzed.entry();
        Keys keys = analyzed.keys();
        remove(e.id());
        int slot = freeCount > 0 ? free[--freeCount] : newSlot();
        entries[slot] = e;
        sizes[slot] = e.shingles().size();
        slotOf.put(e.id(), slot);
        for (long k : keys.bands()) buckets.add(k, slot);
        for (long a : keys.anchors()) anchors.add(a, slot);
        for (int k : e.briefKeys()) briefs.add(k, slot);
    }

    private int newSlot() {
        if (slotsUsed == entries.length) {
            int n = 2 * entries.length;
            entries = Arrays.copyOf(entries, n);
            free = Arrays.copyOf(free, n);
            for (SlotCounts c : scratch) c.grow(n);
            sizes = Arrays.copyOf(sizes, n);
        }
        return slotsUsed++;
    }

    /** Removes the article with this id; false when it is not indexed. */
    public synchronized boolean remove(String id) {
        Integer slot = slotOf.remove(id);
        if (slot == null) return false;
        Entry e = entries[slot];
        Keys keys = keys(e.shingles(), minHasher.sign(e.shingles()));
        boolean held = true;
        for (long k : keys.bands()) held &= buckets.remove(k, slot);
        for (long a : keys.anchors()) held &= anchors.remove(a, slot);
        for (int k : e.briefKeys()) held &= briefs.remove(k, slot);
        if (!held) throw new IllegalStateException("the keys of " + id + " made again are not the keys it was added with");
        entries[slot] = null;
        free[freeCount++] = slot;
        return true;
    }

    public synchronized int size() {
        return slotOf.size();
    }

    public synchronized boolean contains(String id) {
        return slotOf.containsKey(id);
    }

    /**
     * The indexed articles that {@code article} duplicates (an indexed article with its own id
     * excluded), by Jaccard similarity, highest first, then by id.
     */
    public List<Match> query(Article article) {
        Analyzed a = analyzed(article);
        List<Match> out;
        synchronized (this) {
            out = matches(a);
        }
        return sorted(out);
    }

    /** The verified matches of {@code q} among the indexed articles other than one with its id, in no order (under the lock). */
    private List<Match> matches(Analyzed a) {
        Entry q = a.entry();
        List<Match> out = new ArrayList<>();
        for (int slot : candidates(q, a.keys())) {
            Entry e = entries[slot];
            if (e.id().equals(q.id())) continue;
            Overlap o = verifier.verify(q.shingles(), e.shingles());
            if (o != null) out.add(new Match(e.id(), o.jaccard(), o.containment()));
        }
        return out;
    }

    private static List<Match> sorted(List<Match> matches) {
        matches.sort(Comparator.comparingDouble(Match::jaccard).reversed().thenComparing(Match::id));
        return matches;
    }

    /**
     * Slots sharing a band with the query, or enough anchors (as {@link AnchorIndex} pairs documents), or briefs of
     * which the query holds enough keys, each once.
     */
    private int[] candidates(Entry q, Keys keys) {
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
        for (int i = 0; i < sharedAnchors.size(); i++) {
            int s = sharedAnchors.slot(i);
            if (AnchorIndex.sharesEnough(sharedAnchors.count(s), q.anchorCount(), entries[s].anchorCount(), anchorShare)) candidates.add(s);
        }
        int[] common = countHeldKeys(q);
        for (int i = 0; i < heldKeys.size(); i++) {
            int s = heldKeys.slot(i);
            if (holdsEnough(s, common)) candidates.add(s);
        }
        return candidates.slots();
    }

    /**
     * Counts in {@link #heldKeys} the keys of each indexed brief, no longer than the query, that the query's shingles
     * hold, as {@code dedup} does ({@link io.copydesk.lsh.BriefIndex}). A key of more than {@link AnchorIndex#MAX_POSTING}
     * briefs is passed over (a phrase many briefs open with costs a query no more than that); returns those the query
     * holds, sorted, for {@link #holdsEnough}.
     */
    private int[] countHeldKeys(Entry q) {
        if (briefs.keys() == 0) return new int[0];
        ShingleSet set = q.shingles();
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
        return held >= Math.max(1, brief.briefNeed() - passed);
    }

    /**
     * Counts by article slot for one query at a time, and the slots counted in the order first counted: marked with
     * the query's stamp, so that nothing is cleared between queries (under the index's lock).
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

    private Analyzed analyzed(Article article) {
        Fingerprint f = fingerprinter.fingerprint(article.repaired());
        ShingleSet s = f.shingles();
        Keys keys = keys(s, f.signature());
        int[] briefKeys = prefixes.briefKeys(s);
        return new Analyzed(new Entry(article.id(), s, keys.anchors().length, briefKeys, prefixes.briefNeed(s.size(), briefKeys.length)), keys);
    }

    private Keys keys(ShingleSet s, Signature signature) {
        long[] bands = signature.isEmpty() ? new long[0] : LshIndex.bandKeys(signature, config.banding());
        int[] prefix = prefixes.keys(s); // a short text's prefix keys: bucket keys too, as in LshIndex's extra band
        if (prefix.length > 0) {
            int b = bands.length;
            bands = Arrays.copyOf(bands, b + prefix.length);
            for (int i = 0; i < prefix.length; i++) bands[b + i] = Hash64.mix(prefix[i] & 0xFFFFFFFFL, PREFIX_BUCKETS);
        }
        long[] anchorKeys = s.size() < config.minContainedShingles() ? new long[0] : Arrays.stream(s.hashes()).filter(anchorRule::isAnchor).toArray();
        return new Keys(bands, anchorKeys);
    }

}
