package io.copydesk.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranking metrics for related-story search. The relevant items of a query are the other members
 * of its gold cluster. Per query, over its result list with the query itself and repeated ids
 * skipped (they neither count nor take a rank):
 * <ul>
 *   <li>P@1: 1 if the first result is relevant, else 0;</li>
 *   <li>P@k: relevant results in the top k divided by k (the standard denominator, even when the
 *       list is shorter than k or fewer than k items are relevant);</li>
 *   <li>R@k: relevant results in the top k divided by the number of relevant items;</li>
 *   <li>reciprocal rank: 1 / rank of the first relevant result anywhere in the list, 0 if none.</li>
 * </ul>
 * Each is averaged over the scored queries (MRR is the mean reciprocal rank). Gold singletons
 * have nothing relevant and are excluded from the averages; queries not in gold are ignored; both
 * are counted. Only the queries given are scored: a query with no results should be passed with an
 * empty list, which scores 0.
 */
public final class RankingMetrics {
    public static final int DEFAULT_K = 10;

    private RankingMetrics() {}

    public static RankingScores score(Clustering gold, List<Ranking> rankings, int k) {
        if (k < 1) throw new IllegalArgumentException("k must be at least 1, was " + k);
        long scored = 0;
        long excluded = 0;
        long unknown = 0;
        double pAt1 = 0;
        double pAtK = 0;
        double rAtK = 0;
        double reciprocalRanks = 0;
        for (Ranking ranking : rankings) {
            int cluster = gold.clusterOf(ranking.query());
            if (cluster < 0) { unknown++; continue; }
            int relevant = gold.clusterSize(cluster) - 1;
            if (relevant == 0) { excluded++; continue; }

            Set<String> seen = new HashSet<>();
            seen.add(ranking.query());
            int rank = 0;
            int firstHit = 0;
            int hitsAtK = 0;
            for (String id : ranking.results()) {
                if (!seen.add(id)) continue;
                rank++;
                if (gold.clusterOf(id) != cluster) continue;
                if (firstHit == 0) firstHit = rank;
                if (rank <= k) hitsAtK++;
                else break; // past k with the first hit found: nothing left to count
            }
            scored++;
            if (firstHit == 1) pAt1++;
            pAtK += (double) hitsAtK / k;
            rAtK += (double) hitsAtK / relevant;
            if (firstHit > 0) reciprocalRanks += 1.0 / firstHit;
        }
        // With no query scored these are 0/0 = NaN: undefined, as RankingScores documents.
        return new RankingScores(scored, excluded, unknown, k,
                pAt1 / scored, pAtK / scored, rAtK / scored, reciprocalRanks / scored);
    }
}
