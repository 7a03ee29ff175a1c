package io.copydesk.cluster;

import static io.copydesk.tfidf.InvertedIndexTestAccess.raw;
import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.tfidf.HeldVector;
import io.copydesk.tfidf.TermVector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShortlistDotsTest {
    /**
     * Random centroids (many of one size, some with an infinite or NaN weight) and shortlists (mutual
     * and one-way, in any order): every pair taken holds the bits of holding the event's own centroid and
     * dotting the shortlisted one, each distinct pair is taken once, and the threads change nothing.
     */
    @Test
    void everyPairTakenHasTheBitsOfTheEventsOwnDotAndIsTakenOnce() {
        float[] odd = {0f, -0f, Float.MIN_VALUE, 3e38f, -1f, Float.POSITIVE_INFINITY, Float.NaN};
        HeldVector own = new HeldVector();
        int taken = 0, left = 0;
        for (long seed = 1; seed <= 300; seed++) {
            Random r = new Random(seed);
            int n = 2 + r.nextInt(40);
            List<TermVector> centroids = new ArrayList<>();
            for (int e = 0; e < n; e++) {
                int size = r.nextInt(3) == 0 ? 8 : 1 + r.nextInt(60); // a third of one size: ties of the holder
                int[] terms = r.ints(0, 200).distinct().limit(size).sorted().toArray();
                float[] w = new float[terms.length];
                boolean finite = r.nextInt(8) > 0;
                for (int i = 0; i < w.length; i++) w[i] = r.nextInt(10) == 0 ? odd[r.nextInt(finite ? odd.length - 2 : odd.length)] : (float) r.nextGaussian();
                centroids.add(raw(terms, w));
            }
            int[][] shortlists = new int[n][];
            for (int e = 0; e < n; e++) {
                int self = e;
                shortlists[e] = r.ints(0, n).distinct().limit(1 + r.nextInt(n)).filter(o -> o != self).toArray();
            }
            ShortlistDots one = ShortlistDots.of(centroids, shortlists, 1), two = ShortlistDots.of(centroids, shortlists, 2);
            assertArrayEquals(one.dots(), two.dots(), "seed " + seed);
            Set<Long> pairs = new HashSet<>();
            for (int e = 0; e < n; e++) {
                assertEquals(shortlists[e].length, one.start()[e + 1] - one.start()[e]);
                for (int i = 0; i < shortlists[e].length; i++) {
                    int o = shortlists[e][i];
                    if (!ShortlistDots.taken(centroids, e, o)) { left++; continue; }
                    taken++;
                    pairs.add((long) Math.min(e, o) << 32 | Math.max(e, o));
                    long want = Double.doubleToRawLongBits(own.hold(centroids.get(e)).dot(centroids.get(o)));
                    assertEquals(want, Double.doubleToRawLongBits(one.dots()[one.start()[e] + i]), "seed " + seed + ": " + e + " . " + o);
                }
            }
            assertEquals(pairs.size(), one.computed(), "seed " + seed + ": one dot per distinct pair");
        }
        assertTrue(taken > 10_000 && left > 500, taken + " pairs taken, " + left + " left to the caller");
    }
}
