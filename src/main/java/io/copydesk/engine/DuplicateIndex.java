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
 * Candidates come from the same LSH bands, prefix keys and containment anchors as {@code dedup} (which also looks
 * every article up among its briefs' keys, {@link io.copydesk.lsh.BriefIndex}: that needs every shingle of every
 * article posted under it, which this index does not keep (it keeps each article's set, to verify), so here a brief
 * pairs with a longer article through anchors), and every
 * match is verified on the exact shingle sets, so reported scores are exact and a match is always
 * a duplicate under the {@link DedupConfig}'s rule. Boilerplate is removed with the per-article
 * rules only (there are no collection-wide line counts in a stream). Thread-safe.
 */
public final class DuplicateIndex {
    private final DedupConfig config;
    private final Fingerprinter fingerprinter;
    private final Verifier verifier;
    private final AnchorIndex anchorRule;
    private final PrefixFilter prefixes;
    private final double anchorShare; // the rule's least share, for the anchor rule (AnchorIndex.leastShared)
    // Articles by slot, a small int reused after a removal; the postings hold slots, not ids (a set of
    // id strings per band key and per anchor, and a map of boxed counts per query, were most of a query's time)
    private final Map<String, Integer> slotOf = new HashMap<>();
    private Entry[] entries = new Entry[16]; // null: a free slot
    private int[] free = new int[16];
    private int freeCount, slotsUsed;
    private final KeyedSlots buckets = new KeyedSlots(), anchors = new KeyedSlots();
    // a query's scratch by slot (under the lock): seen[s] == stamp once slot s is a candidate; anchors shared
    private int[] seen = new int[16], counted = new int[16], shared = new int[16];
    private int stamp;

    /** The seed prefix keys are mixed with into bucket keys of their own (a band key equals one only by chance). */
    private static final long PREFIX_BUCKETS = 0x707265666978L;

    private record Entry(String id, ShingleSet shingles, long[] bandKeys, long[] anchors) {}

    public DuplicateIndex(DedupConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.fingerprinter = Fingerprinter.forDuplicates(config.analysis(), Boilerplate.perArticle(config.analysis().boilerplate()));
        this.verifier = new Verifier(config.rule());
        this.anchorShare = config.rule().leastShare();
        this.anchorRule = new AnchorIndex(config.anchorRate(), anchorShare);
        this.prefixes = new PrefixFilter(config.rule(), config.anchorRate());
    }

    /** An index with the default settings. */
    public DuplicateIndex() {
        this(DedupConfig.DEFAULT);
    }

    /** A verified duplicate among the indexed articles, with its exact scores. */
    public record Match(String id, double jaccard, double containment) {}

    /** Adds an article, replacing one with the same id. */
    public void add(Article article) {
        Entry e = entry(article.id(), fingerprinter.fingerprint(article.repaired()));
        synchronized (this) {
            put(e);
        }
    }

    /**
     * {@link #query} and then {@link #add} in one step, with one fingerprint of the article instead of
     * two: what a stream does with each new article. Returns its matches among the articles indexed
     * before it (one with its own id excluded, and then replaced).
     */
    public List<Match> queryAndAdd(Article article) {
        Entry e = entry(article.id(), fingerprinter.fingerprint(article.repaired()));
        List<Match> out;
        synchronized (this) {
            out = matches(e);
            put(e);
        }
        return sorted(out);
    }

    private void put(Entry e) {
        remove(e.id());
        int slot = freeCount > 0 ? free[--freeCount] : newSlot();
        entries[slot] = e;
        slotOf.put(e.id(), slot);
        for (long k : e.bandKeys()) buckets.add(k, slot);
        for (long a : e.anchors()) anchors.add(a, slot);
    }

    private int newSlot() {
        if (slotsUsed == entries.length) {
            int n = 2 * entries.length;
            entries = Arrays.copyOf(entries, n);
            free = Arrays.copyOf(free, n);
            seen = Arrays.copyOf(seen, n);
            counted = Arrays.copyOf(counted, n);
            shared = Arrays.copyOf(shared, n);
        }
        return slotsUsed++;
    }

    /** Removes the article with this id; false when it is not indexed. */
    public synchronized boolean remove(String id) {
        Integer slot = slotOf.remove(id);
        if (slot == null) return false;
        Entry e = entries[slot];
        for (long k : e.bandKeys()) buckets.remove(k, slot);
        for (long a : e.anchors()) anchors.remove(a, slot);
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
        Entry q = entry(article.id(), fingerprinter.fingerprint(article.repaired()));
        List<Match> out;
        synchronized (this) {
            out = matches(q);
        }
        return sorted(out);
    }

    /** The verified matches of {@code q} among the indexed articles other than one with its id, in no order (under the lock). */
    private List<Match> matches(Entry q) {
        List<Match> out = new ArrayList<>();
        for (int slot : candidates(q)) {
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

    /** Slots sharing a band with the query, or enough anchors (as {@link AnchorIndex} pairs documents), each once. */
    private int[] candidates(Entry q) {
        if (++stamp == Integer.MAX_VALUE) { // once in two billion queries: no mark of an earlier one may look current
            Arrays.fill(seen, 0);
            Arrays.fill(counted, 0);
            stamp = 1;
        }
        int[] out = new int[16];
        int n = 0;
        for (long k : q.bandKeys()) {
            int cell = buckets.find(k);
            if (cell < 0) continue;
            int[] slots = buckets.slots(cell);
            for (int i = 0, size = buckets.size(cell); i < size; i++) {
                int s = slots[i];
                if (seen[s] == stamp) continue;
                seen[s] = stamp;
                if (n == out.length) out = Arrays.copyOf(out, 2 * n);
                out[n++] = s;
            }
        }
        int[] touched = new int[16];
        int t = 0;
        for (long a : q.anchors()) {
            int cell = anchors.find(a);
            if (cell < 0 || !AnchorIndex.postingKept(anchors.size(cell) + 1L)) continue; // + 1: the query
            int[] slots = anchors.slots(cell);
            for (int i = 0, size = anchors.size(cell); i < size; i++) {
                int s = slots[i];
                if (counted[s] != stamp) {
                    counted[s] = stamp;
                    shared[s] = 0;
                    if (t == touched.length) touched = Arrays.copyOf(touched, 2 * t);
                    touched[t++] = s;
                }
                shared[s]++;
            }
        }
        for (int i = 0; i < t; i++) {
            int s = touched[i];
            if (seen[s] == stamp || !AnchorIndex.sharesEnough(shared[s], q.anchors().length, entries[s].anchors().length, anchorShare)) continue;
            seen[s] = stamp;
            if (n == out.length) out = Arrays.copyOf(out, 2 * n);
            out[n++] = s;
        }
        return Arrays.copyOf(out, n);
    }

    private Entry entry(String id, Fingerprint f) {
        ShingleSet s = f.shingles();
        long[] bands = f.signature().isEmpty() ? new long[0] : LshIndex.bandKeys(f.signature(), config.banding());
        int[] prefix = prefixes.keys(s); // a short text's prefix keys: bucket keys too, as in LshIndex's extra band
        if (prefix.length > 0) {
            int b = bands.length;
            bands = Arrays.copyOf(bands, b + prefix.length);
            for (int i = 0; i < prefix.length; i++) bands[b + i] = Hash64.mix(prefix[i] & 0xFFFFFFFFL, PREFIX_BUCKETS);
        }
        long[] anchorKeys = new long[0];
        if (s.size() >= config.minContainedShingles()) {
            anchorKeys = Arrays.stream(s.hashes()).filter(anchorRule::isAnchor).toArray();
        }
        return new Entry(id, s, bands, anchorKeys);
    }
}
