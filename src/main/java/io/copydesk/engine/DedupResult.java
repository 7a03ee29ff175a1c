package io.copydesk.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * The outcome of duplicate detection. Articles with identical shingle sets were verified once,
 * through their first copy; {@link #pairs()} and {@link #forEachPair} expand them again, so a
 * class of {@code k} copies holds {@code k(k-1)/2} pairs (Jaccard and containment 1) and a
 * verified pair of two classes stands for every pair across them, with the same scores.
 */
public final class DedupResult {
    private final List<ArticleMeta> articles;
    private final List<DuplicatePair> verified;
    private final ExactCopies copies;
    private final List<DuplicateGroup> groups;
    private final long candidates;
    private final int[][] linked; // per representative: the verified pairs it is in, or null

    DedupResult(List<ArticleMeta> articles, List<DuplicatePair> verified, ExactCopies copies, List<DuplicateGroup> groups, long candidates) {
        this.articles = articles;
        this.verified = verified;
        this.copies = copies;
        this.groups = groups;
        this.candidates = candidates;
        int[] degree = new int[articles.size()];
        for (DuplicatePair p : verified) { degree[p.a()]++; degree[p.b()]++; }
        linked = new int[articles.size()][];
        for (int k = 0; k < verified.size(); k++) {
            link(verified.get(k).a(), k, degree);
            link(verified.get(k).b(), k, degree);
        }
    }

    /**
     * Adds verified pair {@code k} to the pairs of its end {@code end}, which has {@code degree[end]}
     * not yet added. A call per end, so that C1 compiles it after a few hundred: the constructor's
     * loop runs once, and a body of its own stayed interpreted for its first thousands of pairs.
     */
    private void link(int end, int k, int[] degree) {
        if (linked[end] == null) linked[end] = new int[degree[end]];
        linked[end][linked[end].length - degree[end]--] = k;
    }

    public List<ArticleMeta> articles() {
        return articles;
    }

    /** Duplicate groups of two or more, ordered by their canonical's input position. */
    public List<DuplicateGroup> groups() {
        return groups;
    }

    /** Candidate pairs that were verified (or compared, with exact comparison); copies of one text cost none. */
    public long candidates() {
        return candidates;
    }

    /** The classes of articles with identical shingle sets. */
    ExactCopies copies() {
        return copies;
    }

    /** Number of articles with a shingle set no earlier article has (empty ones included). */
    public int distinctTexts() {
        return copies.distinct();
    }

    /** Every duplicate pair, ordered by (a, b). Quadratic in the copies of one text: prefer {@link #forEachPair}. */
    public List<DuplicatePair> pairs() {
        List<DuplicatePair> out = new ArrayList<>();
        forEachPair(out::add);
        return out;
    }

    /** The number of duplicate pairs, without listing them. */
    public long pairCount() {
        long n = exactCopyPairs();
        for (DuplicatePair p : verified) n += (long) copies.copies(p.a()) * copies.copies(p.b());
        return n;
    }

    /** The duplicate pairs of two copies of one text, paired without a candidate: {@code k(k-1)/2} for {@code k} copies. */
    public long exactCopyPairs() {
        long n = 0;
        for (int i = 0; i < articles.size(); i++) if (copies.isRep(i)) n += (long) copies.copies(i) * (copies.copies(i) - 1) / 2;
        return n;
    }

    /** Visits every duplicate pair in (a, b) order, holding only one article's pairs at a time. */
    public void forEachPair(Consumer<DuplicatePair> action) {
        List<DuplicatePair> row = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) pairsOf(a, row, action);
    }

    /** Visits the pairs (a, b > a) in b order, listed in {@code row}; a call per article, compiled by its calls (the loop above runs once). */
    private void pairsOf(int a, List<DuplicatePair> row, Consumer<DuplicatePair> action) {
        row.clear();
        int rep = copies.rep(a);
        for (int b = copies.next(a); b >= 0; b = copies.next(b)) row.add(new DuplicatePair(a, b, 1.0, 1.0));
        if (linked[rep] != null) {
            for (int k : linked[rep]) {
                DuplicatePair p = verified.get(k);
                int other = p.a() == rep ? p.b() : p.a();
                for (int b = other; b >= 0; b = copies.next(b)) if (b > a) row.add(new DuplicatePair(a, b, p.jaccard(), p.containment()));
            }
        }
        if (row.isEmpty()) return;
        row.sort((x, y) -> Integer.compare(x.b(), y.b()));
        row.forEach(action);
    }

    /** Indices of the articles to keep: each group's canonical and every article in no group. */
    public BitSet kept() {
        BitSet keep = new BitSet(articles.size());
        keep.set(0, articles.size());
        for (DuplicateGroup g : groups) {
            for (DuplicateGroup.Member m : g.members()) if (m.index() != g.canonical()) keep.clear(m.index());
        }
        return keep;
    }
}
