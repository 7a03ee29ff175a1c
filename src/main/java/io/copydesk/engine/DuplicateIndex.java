package io.copydesk.engine;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.document.Article;
import io.copydesk.fingerprint.Fingerprint;
import io.copydesk.fingerprint.Fingerprinter;
import io.copydesk.lsh.AnchorIndex;
import io.copydesk.lsh.LshIndex;
import io.copydesk.verify.Overlap;
import io.copydesk.verify.Verifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An incremental duplicate index held in memory: {@link #add} articles as they arrive,
 * {@link #query} whether a new one duplicates any of them, {@link #remove} old ones (what users of
 * datasketch's {@code MinHashLSH.insert/query/remove} do, with exact verification on top).
 * Candidates come from the same LSH bands and containment anchors as {@code dedup}, and every
 * match is verified on the exact shingle sets, so reported scores are exact and a match is always
 * a duplicate under the {@link DedupConfig}'s rule. Boilerplate is removed with the per-article
 * rules only (there are no collection-wide line counts in a stream). Thread-safe.
 */
public final class DuplicateIndex {
    private final DedupConfig config;
    private final Fingerprinter fingerprinter;
    private final Verifier verifier;
    private final AnchorIndex anchorRule;
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<Long, Set<String>> buckets = new HashMap<>();
    private final Map<Long, Set<String>> anchors = new HashMap<>();

    private record Entry(ShingleSet shingles, long[] bandKeys, long[] anchors) {}

    public DuplicateIndex(DedupConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.fingerprinter = Fingerprinter.forDuplicates(config.analysis(), Boilerplate.perArticle(config.analysis().boilerplate()));
        this.verifier = new Verifier(config.rule());
        this.anchorRule = new AnchorIndex(config.anchorRate());
    }

    /** An index with the default settings. */
    public DuplicateIndex() {
        this(DedupConfig.DEFAULT);
    }

    /** A verified duplicate among the indexed articles, with its exact scores. */
    public record Match(String id, double jaccard, double containment) {}

    /** Adds an article, replacing one with the same id. */
    public void add(Article article) {
        Entry e = entry(fingerprinter.fingerprint(article));
        synchronized (this) {
            remove(article.id());
            entries.put(article.id(), e);
            for (long k : e.bandKeys()) buckets.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(article.id());
            for (long a : e.anchors()) anchors.computeIfAbsent(a, x -> new LinkedHashSet<>()).add(article.id());
        }
    }

    /** Removes the article with this id; false when it is not indexed. */
    public synchronized boolean remove(String id) {
        Entry e = entries.remove(id);
        if (e == null) return false;
        for (long k : e.bandKeys()) drop(buckets, k, id);
        for (long a : e.anchors()) drop(anchors, a, id);
        return true;
    }

    private static void drop(Map<Long, Set<String>> postings, long key, String id) {
        Set<String> ids = postings.get(key);
        ids.remove(id);
        if (ids.isEmpty()) postings.remove(key);
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized boolean contains(String id) {
        return entries.containsKey(id);
    }

    /**
     * The indexed articles that {@code article} duplicates (an indexed article with its own id
     * excluded), by Jaccard similarity, highest first, then by id.
     */
    public List<Match> query(Article article) {
        Entry q = entry(fingerprinter.fingerprint(article));
        List<Match> out = new ArrayList<>();
        synchronized (this) {
            for (String id : candidates(q)) {
                if (id.equals(article.id())) continue;
                Overlap o = verifier.verify(q.shingles(), entries.get(id).shingles());
                if (o != null) out.add(new Match(id, o.jaccard(), o.containment()));
            }
        }
        out.sort(Comparator.comparingDouble(Match::jaccard).reversed().thenComparing(Match::id));
        return out;
    }

    /** Ids sharing a band with the query, or enough anchors (as {@link AnchorIndex} pairs documents). */
    private Set<String> candidates(Entry q) {
        Set<String> out = new LinkedHashSet<>();
        for (long k : q.bandKeys()) out.addAll(buckets.getOrDefault(k, Set.of()));
        Map<String, Integer> shared = new HashMap<>();
        for (long a : q.anchors()) {
            Set<String> ids = anchors.get(a);
            if (ids == null || !AnchorIndex.postingKept(ids.size() + 1L)) continue; // + 1: the query
            for (String id : ids) shared.merge(id, 1, Integer::sum);
        }
        shared.forEach((id, n) -> {
            int theirs = entries.get(id).anchors().length;
            if (AnchorIndex.sharesEnough(n, q.anchors().length, theirs)) out.add(id);
        });
        return out;
    }

    private Entry entry(Fingerprint f) {
        ShingleSet s = f.shingles();
        long[] bands = f.signature().isEmpty() ? new long[0] : LshIndex.bandKeys(f.signature(), config.banding());
        long[] anchorKeys = new long[0];
        if (s.size() >= config.minContainedShingles()) {
            anchorKeys = java.util.Arrays.stream(s.hashes()).filter(anchorRule::isAnchor).toArray();
        }
        return new Entry(s, bands, anchorKeys);
    }
}
