package io.copydesk.eval;

import java.util.List;

/**
 * How well related-story rankings find the other members of each query's gold cluster; see
 * {@link RankingMetrics}. Scores are averages over {@code queries}; NaN when no query was scored.
 *
 * @param queries         queries scored
 * @param excludedQueries queries left out because they are gold singletons (nothing relevant)
 * @param unknownQueries  queries left out because they are not in gold
 * @param k               the rank cut-off of {@code pAtK} and {@code rAtK}
 */
public record RankingScores(long queries, long excludedQueries, long unknownQueries, int k,
        double pAt1, double pAtK, double rAtK, double mrr) {

    /** Counts first, then scores, under their JSON keys. */
    public List<Metric> metrics() {
        return List.of(
                Metric.count("queries", queries),
                Metric.count("excluded_queries", excludedQueries),
                Metric.count("unknown_queries", unknownQueries),
                Metric.count("k", k),
                Metric.score("p_at_1", pAt1),
                Metric.score("p_at_k", pAtK),
                Metric.score("r_at_k", rAtK),
                Metric.score("mrr", mrr));
    }
}
