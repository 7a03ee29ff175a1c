package io.copydesk.engine;

import java.util.List;

/**
 * The outcome of duplicate detection.
 *
 * @param pairs      every verified duplicate pair, ordered by (a, b)
 * @param groups     duplicate groups of two or more, ordered by their canonical's input position
 * @param candidates candidate pairs that were verified
 */
public record DedupResult(List<ArticleMeta> articles, List<DuplicatePair> pairs, List<DuplicateGroup> groups, long candidates) {
    /** Indices of the articles to keep: each group's canonical and every article in no group. */
    public java.util.BitSet kept() {
        java.util.BitSet keep = new java.util.BitSet(articles.size());
        keep.set(0, articles.size());
        for (DuplicateGroup g : groups) {
            for (DuplicateGroup.Member m : g.members()) if (m.index() != g.canonical()) keep.clear(m.index());
        }
        return keep;
    }
}
