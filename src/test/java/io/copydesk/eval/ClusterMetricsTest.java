package io.copydesk.eval;

import static io.copydesk.eval.Clusterings.parse;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ClusterMetricsTest {
    private static final double EPS = 1e-12;

    /*
     * gold {a b c d} {e f} {g}, pred {a b} {c d e} {f g}; n = 7.
     * Contingency cells: (G1,P1)=2 {a,b}, (G1,P2)=2 {c,d}, (G2,P2)=1 {e}, (G2,P3)=1 {f}, (G3,P3)=1 {g}.
     * Gold sizes 4,2,1; pred sizes 2,3,2.
     * Pairs together in both = C(2,2)+C(2,2) = 2; gold pairs = 6+1+0 = 7; pred pairs = 1+3+1 = 5.
     *   pair P = 2/5, R = 2/7, F1 = 2*2/(5+7) = 1/3.
     * ARI: all pairs C(7,2) = 21, expected = 7*5/21 = 5/3, max = (7+5)/2 = 6,
     *   ARI = (2 - 5/3) / (6 - 5/3) = (1/3) / (13/3) = 1/13.
     * BCubed P = (1/7) sum cell^2/pred size = (4/2 + 4/3 + 1/3 + 1/2 + 1/2) / 7 = (14/3)/7 = 2/3
     *   (per item: a,b 1; c,d 2/3; e 1/3; f,g 1/2).
     * BCubed R = (1/7) sum cell^2/gold size = (4/4 + 4/4 + 1/2 + 1/2 + 1/1) / 7 = 4/7
     *   (per item: a,b,c,d 1/2; e,f 1/2; g 1).
     * BCubed F1 = 2 (2/3)(4/7) / (2/3 + 4/7) = (16/21) / (26/21) = 8/13.
     */
    @Test
    void handExample() {
        ClusterScores s = ClusterMetrics.score(parse("a b c d | e f | g"), parse("a b | c d e | f g"));
        assertEquals(7, s.items());
        assertEquals(3, s.goldClusters());
        assertEquals(3, s.predClusters());
        assertEquals(2.0 / 5, s.pairPrecision(), EPS);
        assertEquals(2.0 / 7, s.pairRecall(), EPS);
        assertEquals(1.0 / 3, s.pairF1(), EPS);
        assertEquals(1.0 / 13, s.ari(), EPS);
        assertEquals(2.0 / 3, s.bcubedPrecision(), EPS);
        assertEquals(4.0 / 7, s.bcubedRecall(), EPS);
        assertEquals(8.0 / 13, s.bcubedF1(), EPS);
    }

    @Test
    void goldAgainstItselfScoresOneEverywhere() {
        Clustering gold = parse("a b c | d e | f | g h i j");
        assertPerfect(ClusterMetrics.score(gold, gold));
    }

    /** No pair on either side: the pair scores and ARI are 0/0, undefined; BCubed is defined and perfect. */
    @Test
    void allSingletonsAgainstAllSingletonsLeavesThePairScoresUndefined() {
        ClusterScores s = ClusterMetrics.score(parse("a | b | c"), parse("a | b | c"));
        for (double undefined : new double[] {s.ari(), s.pairPrecision(), s.pairRecall(), s.pairF1()}) assertTrue(Double.isNaN(undefined));
        assertEquals(1.0, s.bcubedF1(), EPS);
    }

    /** Every pair on both sides: ARI's expected index is its maximum (0/0), the rest perfect. */
    @Test
    void oneBigClusterAgainstItselfHasNoAri() {
        ClusterScores s = ClusterMetrics.score(parse("a b c d"), parse("a b c d"));
        assertTrue(Double.isNaN(s.ari()));
        assertEquals(1.0, s.pairF1(), EPS);
        assertEquals(1.0, s.bcubedF1(), EPS);
    }

    @Test
    void emptyInputScoresNothing() {
        ClusterScores s = ClusterMetrics.score(parse(""), parse(""));
        assertEquals(0, s.items());
        for (Metric m : s.metrics()) if (m.value() instanceof Double d) assertTrue(d.isNaN(), m.key());
    }

    /*
     * gold one cluster {a b c d}, pred all singletons: no predicted pair, so pair precision is 0/0,
     * undefined, and recall 0/6 = 0 (F1 undefined with precision); BCubed P = 1 (every predicted
     * cluster is pure), R = 1/4. ARI: expected = 6*0/6 = 0, max = 3, index 0 -> 0.
     */
    @Test
    void allSingletonsAgainstOneCluster() {
        ClusterScores s = ClusterMetrics.score(parse("a b c d"), parse("a | b | c | d"));
        assertTrue(Double.isNaN(s.pairPrecision()));
        assertEquals(0.0, s.pairRecall(), EPS);
        assertTrue(Double.isNaN(s.pairF1()));
        assertEquals(0.0, s.ari(), EPS);
        assertEquals(1.0, s.bcubedPrecision(), EPS);
        assertEquals(0.25, s.bcubedRecall(), EPS);
        assertEquals(0.4, s.bcubedF1(), EPS);
    }

    @Test
    void missingPredItemsAreSingletonsAndUnknownPredItemsAreIgnored() {
        // c is not predicted (a singleton); x and y are not in gold and must not matter.
        ClusterScores withMissing = ClusterMetrics.score(parse("a b c"), parse("a b x | y"));
        ClusterScores explicit = ClusterMetrics.score(parse("a b c"), parse("a b | c"));
        assertEquals(1, withMissing.unassignedItems());
        assertEquals(2, withMissing.ignoredPredItems());
        assertEquals(2, withMissing.predClusters());
        assertEquals(explicit.ari(), withMissing.ari(), EPS);
        assertEquals(explicit.pairRecall(), withMissing.pairRecall(), EPS);
        assertEquals(explicit.bcubedPrecision(), withMissing.bcubedPrecision(), EPS);
        assertEquals(explicit.bcubedRecall(), withMissing.bcubedRecall(), EPS);
        assertEquals(1.0 / 3, withMissing.pairRecall(), EPS);
    }

    @Test
    void randomClusteringHasAriNearZero() {
        Random random = new Random(20240611);
        Clustering.Builder gold = Clustering.builder();
        Clustering.Builder pred = Clustering.builder();
        for (int i = 0; i < 2000; i++) {
            gold.add("i" + i, "g" + random.nextInt(40));
            pred.add("i" + i, "p" + random.nextInt(40));
        }
        double ari = ClusterMetrics.score(gold.build(), pred.build()).ari();
        assertTrue(Math.abs(ari) < 0.05, "ARI of a random clustering: " + ari);
    }

    @Test
    void swappingGoldAndPredSwapsPrecisionAndRecall() {
        Random random = new Random(7);
        Clustering.Builder first = Clustering.builder();
        Clustering.Builder second = Clustering.builder();
        for (int i = 0; i < 500; i++) {
            first.add("i" + i, "a" + random.nextInt(30));
            second.add("i" + i, "b" + random.nextInt(60));
        }
        ClusterScores forward = ClusterMetrics.score(first.build(), second.build());
        ClusterScores backward = ClusterMetrics.score(second.build(), first.build());
        assertEquals(forward.pairPrecision(), backward.pairRecall(), EPS);
        assertEquals(forward.pairRecall(), backward.pairPrecision(), EPS);
        assertEquals(forward.bcubedPrecision(), backward.bcubedRecall(), EPS);
        assertEquals(forward.bcubedRecall(), backward.bcubedPrecision(), EPS);
        assertEquals(forward.ari(), backward.ari(), EPS);
        assertNotEquals(forward.pairPrecision(), forward.pairRecall(), EPS);
    }

    /*
     * Cross-check against brute force over all pairs and per-item BCubed on 300 random items, with
     * ARI from the pair-confusion form 2(ad - bc) / ((a+b)(b+d) + (a+c)(c+d)) (Steinley 2004), where
     * a = together in both, b = in gold only, c = in pred only, d = apart in both.
     */
    @Test
    void agreesWithBruteForceOverAllPairs() {
        Random random = new Random(11);
        int n = 300;
        String[] items = new String[n];
        int[] g = new int[n];
        int[] p = new int[n];
        Clustering.Builder gold = Clustering.builder();
        Clustering.Builder pred = Clustering.builder();
        for (int i = 0; i < n; i++) {
            items[i] = "i" + i;
            g[i] = random.nextInt(25);
            p[i] = random.nextInt(8) == 0 ? random.nextInt(25) : g[i] + random.nextInt(2) * 100;
            gold.add(items[i], "g" + g[i]);
            pred.add(items[i], "p" + p[i]);
        }
        long a = 0, b = 0, c = 0, d = 0;
        double bcubedPrecision = 0, bcubedRecall = 0;
        for (int i = 0; i < n; i++) {
            int sameBoth = 0, samePred = 0, sameGold = 0;
            for (int j = 0; j < n; j++) {
                boolean inGold = g[i] == g[j], inPred = p[i] == p[j];
                if (inGold) sameGold++;
                if (inPred) samePred++;
                if (inGold && inPred) sameBoth++;
                if (j <= i) continue;
                if (inGold && inPred) a++;
                else if (inGold) b++;
                else if (inPred) c++;
                else d++;
            }
            bcubedPrecision += (double) sameBoth / samePred;
            bcubedRecall += (double) sameBoth / sameGold;
        }
        double ari = 2.0 * (a * d - b * c) / ((double) (a + b) * (b + d) + (double) (a + c) * (c + d));
        ClusterScores s = ClusterMetrics.score(gold.build(), pred.build());
        assertEquals((double) a / (a + c), s.pairPrecision(), EPS);
        assertEquals((double) a / (a + b), s.pairRecall(), EPS);
        assertEquals(ari, s.ari(), 1e-9);
        assertEquals(bcubedPrecision / n, s.bcubedPrecision(), 1e-9);
        assertEquals(bcubedRecall / n, s.bcubedRecall(), 1e-9);
    }

    /*
     * 300,000 items in one gold cluster, predicted as two halves: pair counts exceed 2^31
     * (C(300000,2) = 44,999,850,000), so int arithmetic would overflow.
     * Recall = 2*C(150000,2) / C(300000,2) = 149,999 / 299,999.
     */
    @Test
    void countsPairsInLongArithmetic() {
        int n = 300_000;
        Clustering.Builder gold = Clustering.builder();
        Clustering.Builder pred = Clustering.builder();
        for (int i = 0; i < n; i++) {
            String id = Integer.toString(i);
            gold.add(id, "all");
            pred.add(id, i < n / 2 ? "low" : "high");
        }
        ClusterScores s = ClusterMetrics.score(gold.build(), pred.build());
        assertEquals(1.0, s.pairPrecision(), EPS);
        assertEquals(149_999.0 / 299_999, s.pairRecall(), EPS);
        assertEquals(0.5, s.bcubedRecall(), EPS);
    }

    private static void assertPerfect(ClusterScores s) {
        assertEquals(1.0, s.ari(), EPS, "ari");
        assertEquals(1.0, s.pairPrecision(), EPS, "pair precision");
        assertEquals(1.0, s.pairRecall(), EPS, "pair recall");
        assertEquals(1.0, s.pairF1(), EPS, "pair f1");
        assertEquals(1.0, s.bcubedPrecision(), EPS, "bcubed precision");
        assertEquals(1.0, s.bcubedRecall(), EPS, "bcubed recall");
        assertEquals(1.0, s.bcubedF1(), EPS, "bcubed f1");
    }
}
