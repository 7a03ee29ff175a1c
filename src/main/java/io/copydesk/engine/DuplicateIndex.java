package io.copydesk.engine;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.document.Article;
import io.copydesk.fingerprint.Fingerprint;
import io.copydesk.fingerprint.Fingerprinter;
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
 * counts in a stream). No argument may be null: a {@link NullPointerException} names it. Thread-safe.
 */
public final class DuplicateIndex {
    private final Fingerprinter fingerprinter;
    private final Verifier verifier;
    private final DuplicateCandidates held; // the articles by slot, a small int reused after a removal
    private final Map<String, Integer> slotOf = new HashMap<>();
    private String[] ids = new String[16]; // by slot
    private int[] free = new int[16];
    private int freeCount, slotsUsed;

    /** An article fingerprinted: its id, shingles and keys. */
    private record Analyzed(String id, ShingleSet shingles, DuplicateCandidates.Keys keys) {}

    public DuplicateIndex(DedupConfig config) {
        Objects.requireNonNull(config, "config");
        this.fingerprinter = Fingerprinter.forDuplicates(config.analysis(), Boilerplate.perArticle(config.analysis().boilerplate()));
        this.verifier = new Verifier(config.rule());
        this.held = new DuplicateCandidates(config);
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

    private void put(Analyzed a) {
        remove(a.id());
        int slot = freeCount > 0 ? free[--freeCount] : newSlot();
        ids[slot] = a.id();
        slotOf.put(a.id(), slot);
        held.add(slot, a.shingles(), a.keys());
    }

    private int newSlot() {
        if (slotsUsed == ids.length) {
            ids = Arrays.copyOf(ids, 2 * ids.length);
            free = Arrays.copyOf(free, ids.length);
        }
        return slotsUsed++;
    }

    /** Removes the article with this id; false when it is not indexed. */
    public synchronized boolean remove(String id) {
        Objects.requireNonNull(id, "id");
        Integer slot = slotOf.remove(id);
        if (slot == null) return false;
        if (!held.remove(slot)) throw new IllegalStateException("the keys of " + id + " made again are not the keys it was added with");
        ids[slot] = null;
        free[freeCount++] = slot;
        return true;
    }

    public synchronized int size() {
        return slotOf.size();
    }

    public synchronized boolean contains(String id) {
        return slotOf.containsKey(Objects.requireNonNull(id, "id"));
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

    /** The verified matches of {@code a} among the indexed articles other than one with its id, in no order (under the lock). */
    private List<Match> matches(Analyzed a) {
        List<Match> out = new ArrayList<>();
        for (int slot : held.candidates(a.shingles(), a.keys())) {
            if (ids[slot].equals(a.id())) continue;
            Overlap o = verifier.verify(a.shingles(), held.shingles(slot));
            if (o != null) out.add(new Match(ids[slot], o.jaccard(), o.containment()));
        }
        return out;
    }

    private static List<Match> sorted(List<Match> matches) {
        matches.sort(Comparator.comparingDouble(Match::jaccard).reversed().thenComparing(Match::id));
        return matches;
    }

    private Analyzed analyzed(Article article) {
        Objects.requireNonNull(article, "article");
        Fingerprint f = fingerprinter.fingerprint(article.repaired());
        return new Analyzed(article.id(), f.shingles(), held.keys(f.shingles(), f.signature()));
    }
}
