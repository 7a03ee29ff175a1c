package io.copydesk.cluster;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.cluster.DenseAverageLinkage;
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
        int[] label = GraphAverageLinkage.cluster(bridged(), 0.3, null);
        assertEquals(label[0], label[1]);
        assertEquals(label[4], label[6]);
        assertNotEquals(label[0], label[4]);
    }

    @Test
    void denseAverageLinkageAgreesOnTheBridgeCase() {
        SimilarityGraph g = bridged().freeze();
        float[][] sim = new float[7][7];
        for (int e = 0; e < g.edges(); e++) sim[g.a(e)][g.b(e)] = sim[g.b(e)][g.a(e)] = g.sim(e);
        int[] label = DenseAverageLinkage.cluster(7, (i, j) -> sim[i][j], 0.3);
        assertEquals(label[0], label[2]);
        assertEquals(label[4], label[6]);
        assertNotEquals(label[0], label[4]);
    }

    /** The layout {@link DenseAverageLinkageTest} hands Smile's linkage, as Smile's own {@code Linkage.proximity} makes it. */
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
        // on a complete graph without dates the centroid method is exact UPGMA: compare with the dense one
        int n = 40;
        java.util.List<TermVector> vs = io.copydesk.tfidf.InvertedIndexTestAccess.vectors(9, n, 12);
        SimilarityGraph g = new SimilarityGraph(n);
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) g.add(i, j, vs.get(i).dot(vs.get(j)));
        long[] noDates = new long[n];
        java.util.Arrays.fill(noDates, Long.MIN_VALUE);
        for (double t : new double[] {0.1, 0.2, 0.4}) {
            int[] ours = CentroidAverageLinkage.cluster(vs, g, noDates, gap -> 1.0, t, LinkageProgress.NONE);
            int[] dense = DenseAverageLinkage.cluster(n, (i, j) -> vs.get(i).dot(vs.get(j)), t);
            assertArrayEquals(dense, ours, "threshold " + t);
        }
    }

    @Test
    void similaritiesAskedOnSeveralThreadsGiveTheSameLabelsAndEachPairOnce() {
        for (long seed = 1; seed <= 4; seed++) {
            int n = 330 + (int) seed * 37; // over DenseAverageLinkage's pairs for threads: its columns are split
            java.util.List<TermVector> vs = io.copydesk.tfidf.InvertedIndexTestAccess.vectors(seed, n, 12);
            for (double t : new double[] {0.1, 0.3}) {
                int[] one = DenseAverageLinkage.cluster(n, (i, j) -> vs.get(i).dot(vs.get(j)), t);
                for (int threads : new int[] {2, 3, 8}) {
                    java.util.concurrent.atomic.AtomicIntegerArray asked = new java.util.concurrent.atomic.AtomicIntegerArray(n * n);
                    int[] many = DenseAverageLinkage.cluster(n, (i, j) -> {
                        assertTrue(i > j, "asked (" + i + ", " + j + ")");
                        asked.incrementAndGet(i * n + j);
                        return vs.get(i).dot(vs.get(j));
                    }, t, threads);
                    assertArrayEquals(one, many, "seed " + seed + ", threshold " + t + ", " + threads + " threads");
                    for (int i = 0; i < n; i++) for (int j = 0; j < i; j++) assertEquals(1, asked.get(i * n + j), "pair (" + i + ", " + j + ")");
                }
            }
        }
    }

    @Test
    void edgesScoredOnSeveralThreadsGiveTheSameLabels() {
        for (long seed = 1; seed <= 3; seed++) {
            java.util.Random r = new java.util.Random(seed);
            int n = 300 + r.nextInt(200); // a complete graph of 45k-125k edges: several of the linkage's edge chunks
            java.util.List<TermVector> vs = io.copydesk.tfidf.InvertedIndexTestAccess.vectors(seed, n, 40);
            SimilarityGraph g = new SimilarityGraph(n);
            for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) g.add(i, j, vs.get(i).dot(vs.get(j)));
            long[] dates = new long[n];
            for (int i = 0; i < n; i++) dates[i] = r.nextInt(6) == 0 ? Long.MIN_VALUE : r.nextInt(20) * 86_400L + (r.nextBoolean() ? 0 : r.nextInt(86_400));
            GapWeight time = gap -> Math.exp(-gap / (5.0 * 86_400));
            for (double t : new double[] {0.1, 0.25}) {
                int[] one = CentroidAverageLinkage.cluster(vs, g, dates, time, t, LinkageProgress.NONE);
                assertTrue(java.util.Arrays.stream(one).max().orElseThrow() + 1 < n, "some items merged");
                for (int threads : new int[] {2, 3}) {
                    CountedSteps steps = new CountedSteps(2L * g.edges());
                    assertArrayEquals(one, CentroidAverageLinkage.cluster(vs, g, dates, time, t, threads, steps),
                            "seed " + seed + ", threshold " + t + ", " + threads + " threads");
                    assertEquals(steps.known + steps.found, steps.done, "seed " + seed + ", threshold " + t);
                }
            }
        }
    }

    /** Steps a linkage reports: never more done than known, and at the end exactly the known ones plus those found on the way. */
    private static final class CountedSteps implements LinkageProgress {
        final long known;
        long found, done;

        CountedSteps(long known) {
            this.known = known;
        }

        @Override public void found(long n) { found += n; }

        @Override public void done(long n) {
            done += n;
            assertTrue(done <= known + found, "done " + done + " ahead of the " + known + " + " + found + " steps known");
        }
    }

    @Test
    void theLinkageCountsEveryEdgeAndEveryPairComparedAgainToItsTotal() {
        long foundAnywhere = 0;
        for (long seed = 1; seed <= 12; seed++) {
            java.util.Random r = new java.util.Random(seed);
            int n = 20 + r.nextInt(60);
            java.util.List<TermVector> vs = io.copydesk.tfidf.InvertedIndexTestAccess.vectors(seed, n, 12);
            SimilarityGraph g = new SimilarityGraph(n);
            double density = 0.05 + 0.5 * r.nextDouble();
            for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) if (r.nextDouble() < density) g.add(i, j, vs.get(i).dot(vs.get(j)));
            g.freeze();
            long[] dates = new long[n];
            for (int i = 0; i < n; i++) dates[i] = r.nextInt(5) == 0 ? Long.MIN_VALUE : r.nextInt(30) * 86_400L;
            GapWeight time = gap -> Math.exp(-gap / (10.0 * 86_400));
            for (double t : new double[] {0.05, 0.2, 0.4}) {
                CountedSteps items = new CountedSteps(2L * g.edges());
                CentroidAverageLinkage.cluster(vs, g, dates, time, t, items);
                assertEquals(items.known + items.found, items.done, "seed " + seed + ", threshold " + t);
                foundAnywhere += items.found;

                // the same items in groups of up to 3, the groups joined where an edge joins two of their items
                int[] group = new int[n];
                for (int i = 0; i < n; i++) group[i] = i / 3;
                SimilarityGraph groups = new SimilarityGraph((n + 2) / 3);
                for (int e = 0; e < g.edges(); e++) groups.add(group[g.a(e)], group[g.b(e)], 1);
                groups.freeze();
                CountedSteps grouped = new CountedSteps(n + 2L * groups.edges());
                CentroidAverageLinkage.clusterGroups(vs, dates, group, groups, time, t, 2, grouped);
                assertEquals(grouped.known + grouped.found, grouped.done, "groups, seed " + seed + ", threshold " + t);
                foundAnywhere += grouped.found;
            }
        }
        assertTrue(foundAnywhere > 0, "merges put pairs up for comparison again");
    }

    @Test
    void belowThresholdEverythingStaysSingle() {
        int[] label = GraphAverageLinkage.cluster(bridged(), 0.95, null);
        assertEquals(7, java.util.Arrays.stream(label).distinct().count());
    }
}
