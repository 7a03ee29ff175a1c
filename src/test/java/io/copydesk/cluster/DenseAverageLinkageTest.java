package io.copydesk.cluster;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Trials;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import smile.clustering.HierarchicalClustering;
import smile.clustering.linkage.UPGMALinkage;

/**
 * The nearest-neighbour chain gives the clusters of Smile's greedy average linkage, which copydesk
 * used before, on random similarities at random thresholds. The two merge in different orders, so
 * a merged cluster's float distances may differ in the last bits; only a merge within rounding of
 * the cut could then fall on the other side, and a trial where labels differ must show one there.
 * Where distances tie (similarities in steps of 1/8), average linkage itself depends on which of
 * the tied pairs merges first, and the two break ties differently: there the clusters are checked
 * for what average linkage promises, that no two left are as alike as the threshold.
 */
class DenseAverageLinkageTest {
    private record Case(int n, double[][] sim, double threshold) {}

    private static Case anyCase(Random r) {
        return anyCase(r, false);
    }

    private static Case tiedCase(Random r) {
        return anyCase(r, true);
    }

    private static Case anyCase(Random r, boolean steps) {
        int n = 1 + r.nextInt(r.nextBoolean() ? 12 : 400);
        int groups = 1 + r.nextInt(Math.max(1, n / 4));
        int[] group = new int[n];
        for (int i = 0; i < n; i++) group[i] = r.nextInt(groups);
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                // members of one planted group are more alike, so that clusters of many sizes form
                double s = group[i] == group[j] ? 0.3 + 0.7 * r.nextDouble() : 0.5 * r.nextDouble() * r.nextDouble();
                if (steps) s = Math.floor(s * 8) / 8;
                sim[i][j] = sim[j][i] = s;
            }
        }
        return new Case(n, sim, 0.02 + 0.96 * r.nextDouble());
    }

    /** Distances 1 - similarity, the lower triangle column by column, as both linkages read them. */
    private static float[] proximity(Case c) {
        int n = c.n(), k = 0;
        float[] proximity = new float[n * (n + 1) / 2];
        for (int j = 0; j < n; j++) {
            proximity[k++] = 0f;
            for (int i = j + 1; i < n; i++) proximity[k++] = (float) (1.0 - c.sim()[i][j]);
        }
        return proximity;
    }

    /** Smile's UPGMA over the same float distances, cut as copydesk cut it, labels by first appearance; null where Smile gives up. */
    private static int[] smile(Case c) {
        int n = c.n();
        if (n == 1) return new int[1];
        HierarchicalClustering hc = HierarchicalClustering.fit(new UPGMALinkage(n, proximity(c)));
        double cut = 1.0 - c.threshold() + 1e-6, top = 0;
        for (double h : hc.height()) top = Math.max(top, h);
        if (cut >= top) return new int[n];
        int[] raw;
        try {
            raw = hc.partition(cut);
        } catch (IllegalStateException e) { // "Non-monotonic cluster tree": rounding put a merge below the one before
            return null;
        }
        Map<Integer, Integer> ids = new HashMap<>();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = ids.computeIfAbsent(raw[i], x -> ids.size());
        return out;
    }

    @Test
    void sameClustersAsSmilesAverageLinkage() {
        int[] differed = {0};
        Trials.run("dense average linkage", 150, DenseAverageLinkageTest::anyCase, c -> {
            int[] ours = DenseAverageLinkage.cluster(c.n(), (i, j) -> c.sim()[i][j], c.threshold());
            int[] theirs = smile(c);
            if (theirs == null || java.util.Arrays.equals(ours, theirs)) return;
            differed[0]++;
            double cut = 1.0 - c.threshold() + 1e-6, nearest = Double.POSITIVE_INFINITY;
            for (long[] m : DenseAverageLinkage.merges(c.n(), proximity(c))) nearest = Math.min(nearest, Math.abs(Float.intBitsToFloat((int) m[2]) - cut));
            assertTrue(nearest < 1e-5, "labels differ from Smile's with no merge near the cut (nearest " + nearest + "), n " + c.n()
                    + ", threshold " + c.threshold());
        });
        assertTrue(differed[0] <= 3, differed[0] + " of 150 trials differed from Smile's");
    }

    @Test
    void noTwoClustersLeftAreAsAlikeAsTheThreshold() {
        Trials.run("dense average linkage stops", 40, DenseAverageLinkageTest::anyCase, this::checkStopped);
        Trials.run("dense average linkage stops with ties", 40, DenseAverageLinkageTest::tiedCase, this::checkStopped);
    }

    private void checkStopped(Case c) {
        int[] label = DenseAverageLinkage.cluster(c.n(), (i, j) -> c.sim()[i][j], c.threshold());
        int clusters = 0;
        for (int l : label) clusters = Math.max(clusters, l + 1);
        double[][] sum = new double[clusters][clusters];
        int[] size = new int[clusters];
        for (int i = 0; i < c.n(); i++) {
            size[label[i]]++;
            for (int j = 0; j < i; j++) if (label[i] != label[j]) sum[label[i]][label[j]] += c.sim()[i][j];
        }
        for (int a = 0; a < clusters; a++) {
            for (int b = 0; b < a; b++) {
                double mean = (sum[a][b] + sum[b][a]) / ((double) size[a] * size[b]);
                assertTrue(mean < c.threshold() + 1e-4, "clusters " + a + " and " + b + " have mean similarity " + mean
                        + " at threshold " + c.threshold());
            }
        }
    }
}
