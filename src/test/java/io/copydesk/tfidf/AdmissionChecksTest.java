package io.copydesk.tfidf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A search skips computing the k-th partial score where a bound shows it could not close
 * admission before the next check. That must change nothing: the same documents admitted and,
 * bit for bit, the same hits as computing it at every check.
 */
class AdmissionChecksTest {
    @Test
    void skippingIdleChecksAdmitsTheSameDocumentsAndFindsTheSameHits() {
        long skippedSomewhere = 0;
        for (long seed = 11; seed <= 14; seed++) {
            Random rnd = new Random(seed);
            int n = 2500;
            List<TermVector> vs = newsLike(rnd, n, 3000);
            long[] dates = new long[n];
            for (int d = 0; d < n; d++) dates[d] = rnd.nextInt(30) * 86_400L;
            InvertedIndex index = InvertedIndex.build(vs, 3000, seed % 2 == 0 ? dates : null);
            InvertedIndex.Searcher fast = index.searcher(), every = index.searcher();
            every.skipIdleChecks = false;
            for (int q = 0; q < n; q += 5) {
                int k = 1 + rnd.nextInt(40);
                double min = rnd.nextInt(4) * 0.02;
                double scale = 0.2 + 0.8 * rnd.nextDouble(); // doc weights below 1, as a time decay gives
                long date = dates[q];
                InvertedIndex.DocWeight w = seed % 2 == 0 ? d -> scale * Math.exp(-Math.abs(dates[d] - date) / 864_000.0) : d -> scale;
                long before = fast.admitted, beforeEvery = every.admitted;
                InvertedIndex.Hits got = fast.search(vs.get(q), k, min, w, q);
                InvertedIndex.Hits want = every.search(vs.get(q), k, min, w, q);
                String where = "seed " + seed + " query " + q + " k " + k;
                assertEquals(every.admitted - beforeEvery, fast.admitted - before, where);
                assertArrayEquals(want.docs(), got.docs(), where);
                assertArrayEquals(want.scores(), got.scores(), where);
            }
            skippedSomewhere += every.kthComputed - fast.kthComputed;
        }
        assertTrue(skippedSomewhere > 0, "no check was skipped: the test does not reach the skip");
    }

    /** The weight of every document 1 (an undated query) is taken without a call a document: the same hits, bit for bit, as asking each. */
    @Test
    void noWeightFindsWhatAWeightOfOneFinds() {
        Random rnd = new Random(21);
        int n = 2000;
        List<TermVector> vs = newsLike(rnd, n, 2500);
        InvertedIndex index = InvertedIndex.build(vs, 2500, null); // undated: every search spans the collection
        InvertedIndex.Searcher none = index.searcher(), ones = index.searcher();
        InvertedIndex.DocWeight one = d -> 1.0;
        for (int q = 0; q < n; q += 7) {
            int k = 1 + rnd.nextInt(30);
            double min = rnd.nextInt(3) * 0.03;
            int exclude = q % 3 == 0 ? -1 : q;
            InvertedIndex.Hits want = ones.search(vs.get(q), k, min, one, exclude);
            InvertedIndex.Hits got = none.search(vs.get(q), k, min, InvertedIndex.DocWeight.NONE, exclude);
            assertArrayEquals(want.docs(), got.docs(), "query " + q);
            assertArrayEquals(want.scores(), got.scores(), "query " + q);
            if (exclude >= 0) for (int d : got.docs()) assertNotEquals(exclude, d);
        }
    }

    /**
     * Article-like vectors: 40-160 terms each from a Zipf-like vocabulary (long posting lists for
     * the common terms), and groups of 2-12 documents sharing rare terms (strong matches, as the
     * coverage of one event).
     */
    static List<TermVector> newsLike(Random rnd, int n, int terms) {
        int[][] events = new int[n / 6][];
        for (int e = 0; e < events.length; e++) {
            events[e] = new int[5 + rnd.nextInt(20)];
            for (int i = 0; i < events[e].length; i++) events[e][i] = terms / 2 + rnd.nextInt(terms / 2);
        }
        java.util.List<TermVector> out = new java.util.ArrayList<>();
        for (int d = 0; d < n; d++) {
            java.util.TreeMap<Integer, Double> c = new java.util.TreeMap<>();
            int len = 40 + rnd.nextInt(120);
            for (int i = 0; i < len; i++) c.merge((int) Math.floor(Math.pow(rnd.nextDouble(), 3) * terms), 1.0, Double::sum);
            int[] event = events[rnd.nextInt(Math.max(1, Math.min(events.length, 1 + d / 6)))];
            for (int t : event) if (rnd.nextInt(4) > 0) c.merge(t, 2.0, Double::sum);
            int[] t = new int[c.size()];
            double[] w = new double[c.size()];
            int k = 0;
            for (var en : c.entrySet()) { t[k] = en.getKey(); w[k++] = (1 + Math.log(en.getValue())) * (1 + en.getKey() / (double) terms); }
            out.add(InvertedIndexTestAccess.weighted(t, w));
        }
        return out;
    }
}
