package io.copydesk.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Related lists labelled with the level each hit shares with the query: {@code duplicate}, the same
 * {@code event}, the same {@code storyline} (another event), or only {@code related}; ordered in
 * that priority, by score within a level. Members of the query's event and storyline that the time
 * window keeps out of the ranking (a follow-up weeks later, where the time weight is 0) are listed
 * too, scored by their plain cosine, ahead of hits that share no level; members inside the window
 * that did not make the top {@code k} stay out (they were outranked, and would push better hits
 * out of the list). Every duplicate is kept and at most {@code k} others.
 */
public final class RelatedLevels {

    private final RelatedStories rs;
    private final ClusterResult clusters;
    private final ArticleLevels levels;

    public RelatedLevels(RelatedStories rs, ClusterResult clusters) {
        this.rs = rs;
        this.clusters = clusters;
        this.levels = clusters.levels();
    }

    /**
     * Level first, then score (highest first), then input order: a total order, as every article is listed once.
     * Written out rather than in Comparator's combinators, whose lambdas are made at run time (see KeepPolicy).
     */
    private static final Comparator<RelatedHit> ORDER = (a, b) -> {
        int c = Integer.compare(a.relation().ordinal(), b.relation().ordinal());
        if (c == 0) c = Double.compare(b.score(), a.score());
        return c != 0 ? c : Integer.compare(a.index(), b.index());
    };

    /**
     * The labelled related list of article {@code q}.
     *
     * @param k hits wanted beyond the duplicates, at least 0 ({@link Integer#MAX_VALUE}: all that reach the minimum score)
     */
    public List<RelatedHit> related(int q, int k) {
        k = rs.wanted(k);
        List<RelatedHit> ranked = rs.related(q, k);
        List<RelatedHit> hits = new ArrayList<>(ranked.size() + 4);
        for (RelatedHit h : ranked) hits.add(labelled(q, h));
        // the time weight first: it is rarely 0, and only then is the member looked for among the ranked
        int[] listed = null; // their positions, sorted when first needed (no set of boxed numbers per query)
        for (int m : clusters.storylines().get(levels.storyline(q)).members()) {
            if (m == q || rs.timeWeight(q, m) != 0) continue;
            if (listed == null) listed = positions(ranked);
            if (Arrays.binarySearch(listed, m) < 0) hits.add(labelled(q, new RelatedHit(m, rs.articles().get(m).id(),
                    rs.vector(q).dot(rs.vector(m)), RelatedHit.Relation.related)));
        }
        hits.sort(ORDER);
        List<RelatedHit> out = new ArrayList<>(Math.min(hits.size(), k + 4));
        int others = 0;
        for (RelatedHit h : hits) {
            if (h.relation() != RelatedHit.Relation.duplicate && others++ >= k) break;
            out.add(h);
        }
        return out;
    }

    /** The positions of the articles {@code ranked}, ascending. */
    private static int[] positions(List<RelatedHit> ranked) {
        int[] out = new int[ranked.size()];
        for (int i = 0; i < out.length; i++) out[i] = ranked.get(i).index();
        Arrays.sort(out);
        return out;
    }

    /** {@link #related} for every article, in input order, on the configured threads. */
    public List<List<RelatedHit>> relatedAll(int k, Progress progress) {
        int wanted = rs.wanted(k);
        return rs.rankAll(rs.config().threads(), wanted, i -> related(i, wanted), progress);
    }

    private RelatedHit labelled(int q, RelatedHit h) {
        RelatedHit.Relation r = switch (levels.of(q, h.index())) {
            case duplicate -> RelatedHit.Relation.duplicate;
            case event -> RelatedHit.Relation.event;
            case storyline -> RelatedHit.Relation.storyline;
            case none -> RelatedHit.Relation.related;
        };
        return new RelatedHit(h.index(), h.id(), h.score(), r);
    }
}
