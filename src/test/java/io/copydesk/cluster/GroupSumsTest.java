package io.copydesk.cluster;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.tfidf.InvertedIndexTestAccess;
import io.copydesk.tfidf.TermVector;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The groups' clusters that storyline linkage starts from, summed in a dense array, are the clusters
 * made by absorbing the items one by one in item order: the same terms, the same sums and date sums to
 * the bit, the same sizes and day flags.
 */
class GroupSumsTest {
    @Test
    void denseGroupSumsAreTheItemsAbsorbedOneByOne() {
        for (long seed = 1; seed <= 10; seed++) {
            Random r = new Random(seed);
            int n = 50 + r.nextInt(400), groups = 1 + r.nextInt(n / 2);
            if (seed > 5) { n += 1000; groups += 200; } // several chunks of groups
            List<TermVector> vs = InvertedIndexTestAccess.vectors(seed, n, 40 + r.nextInt(300));
            long[] dates = new long[n];
            for (int i = 0; i < n; i++) {
                dates[i] = r.nextInt(6) == 0 ? Long.MIN_VALUE : 1_600_000_000L + r.nextInt(400) * 86_400L + (r.nextInt(3) == 0 ? r.nextInt(86_400) : 0);
            }
            int[] group = new int[n];
            for (int g = 0; g < groups; g++) group[g] = g; // every group has an item
            for (int i = groups; i < n; i++) group[i] = r.nextInt(4) == 0 ? r.nextInt(groups) : r.nextInt(Math.min(groups, 3)); // a few large groups
            // on several threads when there are groups for several chunks: each group summed by one of them
            CentroidAverageLinkage.Cluster[] dense = CentroidAverageLinkage.groups(vs, dates, group, groups, 1 + (int) (seed % 3));
            CentroidAverageLinkage.Cluster[] absorbed = new CentroidAverageLinkage.Cluster[groups];
            for (int i = 0; i < n; i++) {
                CentroidAverageLinkage.Cluster item = new CentroidAverageLinkage.Cluster(vs.get(i), dates[i]);
                if (absorbed[group[i]] == null) absorbed[group[i]] = item;
                else absorbed[group[i]].absorb(item);
            }
            for (int g = 0; g < groups; g++) {
                String where = "seed " + seed + " group " + g;
                CentroidAverageLinkage.Cluster a = absorbed[g], d = dense[g];
                assertArrayEquals(a.terms(), d.terms(), where);
                assertEquals(a.weights().length, d.weights().length, where);
                for (int k = 0; k < a.weights().length; k++) assertEquals(Double.doubleToRawLongBits(a.weights()[k]), Double.doubleToRawLongBits(d.weights()[k]), where);
                assertEquals(a.size, d.size, where);
                assertEquals(Double.doubleToRawLongBits(a.dateSum), Double.doubleToRawLongBits(d.dateSum), where);
                assertEquals(a.dated, d.dated, where);
                assertEquals(a.allDays, d.allDays, where);
            }
        }
    }

    @Test
    void aGroupWithoutItemsIsRefused() {
        List<TermVector> vs = InvertedIndexTestAccess.vectors(1, 3, 10);
        assertThrows(IllegalArgumentException.class, () -> CentroidAverageLinkage.groups(vs, new long[3], new int[] {0, 0, 2}, 3, 2));
    }
}
