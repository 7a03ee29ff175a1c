package io.copydesk.cluster;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.cluster.smile.SmileAverageLinkage;
import io.copydesk.tfidf.TermVector;
import org.junit.jupiter.api.Test;
import smile.clustering.linkage.Linkage;

class AverageLinkageTest {
    /** Two tight groups {0,1,2} and {4,5,6}, node 3 bridging them with strong single edges. */
    static SimilarityGraph bridged() {
        SimilarityGraph g = new SimilarityGraph(7);
        for (int[] p : new int[][] {{0, 1}, {0, 2}, {1, 2}, {4, 5}, {4, 6}, {5, 6}}) g.add(p[0], p[1], 0.8);
        g.add(2, 3, 0.7);
        g.add(3, 4, 0.7);
        return g;
    }

    @Test
    void aBridgeDoesNotChainTwoGroups() {
        int[] label = AverageLinkage.cluster(bridged(), 0.3, null);
        assertEquals(label[0], label[1]);
        assertEquals(label[4], label[6]);
        assertNotEquals(label[0], label[4]);
    }

    @Test
    void smileUpgmaAgreesOnTheBridgeCase() {
        SimilarityGraph g = bridged().freeze();
        float[][] sim = new float[7][7];
        for (int e = 0; e < g.edges(); e++) sim[g.a(e)][g.b(e)] = sim[g.b(e)][g.a(e)] = g.sim(e);
        int[] label = SmileAverageLinkage.cluster(7, (i, j) -> sim[i][j], 0.3);
        assertEquals(label[0], label[2]);
        assertEquals(label[4], label[6]);
        assertNotEquals(label[0], label[4]);
    }

    @Test
    void proximityLayoutMatchesSmile() {
        double[][] points = {{0, 0}, {1, 0}, {0, 2}, {3, 3}};
        float[] theirs = Linkage.proximity(points);
        int k = 0;
        for (int j = 0; j < 4; j++) {
            for (int i = j; i < 4; i++) {
                double d = Math.hypot(points[i][0] - points[j][0], points[i][1] - points[j][1]);
                assertEquals(d, theirs[k++], 1e-5, "(" + i + "," + j + ")");
            }
        }
    }

    @Test
    void centroidSumsGiveExactAverageLinkage() {
        // on a complete graph without dates the centroid method is exact UPGMA: compare with Smile
        int n = 40;
        java.util.List<TermVector> vs = io.copydesk.tfidf.InvertedIndexTestAccess.vectors(9, n, 12);
        SimilarityGraph g = new SimilarityGraph(n);
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) g.add(i, j, vs.get(i).dot(vs.get(j)));
        long[] noDates = new long[n];
        java.util.Arrays.fill(noDates, Long.MIN_VALUE);
        for (double t : new double[] {0.1, 0.2, 0.4}) {
            int[] ours = CentroidAverageLinkage.cluster(vs, g, noDates, gap -> 1.0, t);
            int[] smile = SmileAverageLinkage.cluster(n, (i, j) -> vs.get(i).dot(vs.get(j)), t);
            assertArrayEquals(smile, ours, "threshold " + t);
        }
    }

    @Test
    void belowThresholdEverythingStaysSingle() {
        int[] label = AverageLinkage.cluster(bridged(), 0.95, null);
        assertEquals(7, java.util.Arrays.stream(label).distinct().count());
    }
}
