package io.copydesk.eval;

import static io.copydesk.eval.Clusterings.parse;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    private static final double EPS = 1e-12;
    private static final Clustering GOLD = parse("q1 r1 r2 r3 | q2 s1 | lonely");

    /*
     * k = 2.
     * q1 (relevant r1 r2 r3) returns x, r1, q1, r2, r3; q1 itself is skipped, so ranks are
     *   x=1 r1=2 r2=3 r3=4: P@1 = 0, top 2 holds 1 relevant: P@2 = 1/2, R@2 = 1/3, RR = 1/2.
     * q2 (relevant s1) returns s1, s1: the repeat is skipped: P@1 = 1, P@2 = 1/2 (divided by k,
     *   not by the list length), R@2 = 1, RR = 1.
     * lonely is a gold singleton: excluded. zz is not in gold: unknown.
     * Means over 2 queries: P@1 = 1/2, P@2 = 1/2, R@2 = (1/3 + 1)/2 = 2/3, MRR = (1/2 + 1)/2 = 3/4.
     */
    @Test
    void handExample() {
        RankingScores s = RankingMetrics.score(GOLD, List.of(
                new Ranking("q1", List.of("x", "r1", "q1", "r2", "r3")),
                new Ranking("q2", List.of("s1", "s1")),
                new Ranking("lonely", List.of("q1")),
                new Ranking("zz", List.of("q1"))), 2);
        assertEquals(2, s.queries());
        assertEquals(1, s.excludedQueries());
        assertEquals(1, s.unknownQueries());
        assertEquals(2, s.k());
        assertEquals(0.5, s.pAt1(), EPS);
        assertEquals(0.5, s.pAtK(), EPS);
        assertEquals(2.0 / 3, s.rAtK(), EPS);
        assertEquals(0.75, s.mrr(), EPS);
    }

    /* MRR looks past k: the first relevant result at rank 4 gives 1/4 even with k = 2. */
    @Test
    void reciprocalRankCountsHitsBeyondK() {
        RankingScores s = RankingMetrics.score(GOLD, List.of(new Ranking("q2", List.of("a", "b", "c", "s1"))), 2);
        assertEquals(0.0, s.pAtK(), EPS);
        assertEquals(0.0, s.rAtK(), EPS);
        assertEquals(0.25, s.mrr(), EPS);
    }

    @Test
    void emptyResultsScoreZero() {
        RankingScores s = RankingMetrics.score(GOLD, List.of(new Ranking("q1", List.of())), 10);
        assertEquals(1, s.queries());
        assertEquals(0.0, s.pAt1(), EPS);
        assertEquals(0.0, s.pAtK(), EPS);
        assertEquals(0.0, s.rAtK(), EPS);
        assertEquals(0.0, s.mrr(), EPS);
    }

    @Test
    void perfectRankingHasFullRecallAndPrecisionBoundedByK() {
        RankingScores s = RankingMetrics.score(GOLD, List.of(new Ranking("q1", List.of("r3", "r1", "r2"))), 10);
        assertEquals(1.0, s.pAt1(), EPS);
        assertEquals(0.3, s.pAtK(), EPS);
        assertEquals(1.0, s.rAtK(), EPS);
        assertEquals(1.0, s.mrr(), EPS);
    }

    @Test
    void noScorableQueryGivesUndefinedScores() {
        RankingScores s = RankingMetrics.score(GOLD, List.of(new Ranking("lonely", List.of("q1"))), 10);
        assertEquals(0, s.queries());
        assertTrue(Double.isNaN(s.pAt1()));
        assertTrue(Double.isNaN(s.mrr()));
    }

    @Test
    void rejectsKBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> RankingMetrics.score(GOLD, List.of(), 0));
    }
}
