package io.copydesk.tfidf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TermVectorHeaviestTest {
    @Test
    void keepsAtLeastKTermsAndTheMassAskedForAndNoLighterTermThanOneLeftOut() {
        Random r = new Random(5);
        for (int round = 0; round < 200; round++) {
            TermVector v = InvertedIndexTest.vectors(round, 1, 400).getFirst();
            int k = 1 + r.nextInt(40);
            double mass = r.nextDouble();
            TermVector h = v.heaviest(k, mass);
            assertTrue(h.size() >= Math.min(k, v.size()), "at least k terms");
            double total = 0, held = 0, lightestKept = Double.MAX_VALUE, heaviestLeft = 0;
            for (int i = 0; i < v.size(); i++) {
                total += (double) v.weight(i) * v.weight(i);
                float kept = h.weightOf(v.term(i));
                if (kept > 0) {
                    assertEquals(v.weight(i), kept, "weights are kept as they are");
                    held += (double) kept * kept;
                    lightestKept = Math.min(lightestKept, kept);
                } else {
                    heaviestLeft = Math.max(heaviestLeft, v.weight(i));
                }
            }
            assertTrue(held >= mass * total - 1e-9, "holds the mass asked for");
            assertTrue(heaviestLeft <= lightestKept, "no term left out weighs more than one kept");
            for (int i = 1; i < h.size(); i++) assertTrue(h.term(i) > h.term(i - 1), "terms ascending");
        }
    }

    /**
     * Property: the heaviest terms holding a mass, found from the k heaviest selected first, are those of the
     * simple form (every term sorted, the squares added in that order until both k and the mass are reached),
     * whether the k hold the mass or more are needed, ties included.
     */
    @Test
    void theHeaviestHoldingAMassAreThoseOfSortingEveryTerm() {
        Random r = new Random(21);
        int more = 0, kEnough = 0;
        for (int round = 0; round < 600; round++) {
            TermVector v = InvertedIndexTest.vectors(round, 1, 1 + r.nextInt(400)).getFirst();
            if (round % 4 == 0) { // ties: many equal weights
                int[] t = new int[v.size()];
                double[] w = new double[v.size()];
                for (int i = 0; i < t.length; i++) { t[i] = v.term(i); w[i] = 1 + r.nextInt(3); }
                v = InvertedIndexTestAccess.weighted(t, w);
            }
            int k = 1 + r.nextInt(Math.max(1, v.size() / 2));
            double mass = r.nextDouble();
            TermVector h = v.heaviest(k, mass);
            if (v.size() <= k) { assertSame(v, h); continue; }
            int[] order = v.heaviestFirst();
            double total = 0, held = 0;
            for (int i = 0; i < v.size(); i++) total += (double) v.weight(i) * v.weight(i);
            int n = 0;
            while (n < order.length && (n < k || held < mass * total)) { held += (double) v.weight(order[n]) * v.weight(order[n]); n++; }
            if (n > k) more++;
            else kEnough++;
            if (n == v.size()) { assertSame(v, h, "round " + round); continue; }
            int[] keep = java.util.Arrays.copyOf(order, n);
            java.util.Arrays.sort(keep);
            assertEquals(n, h.size(), "round " + round);
            for (int i = 0; i < n; i++) {
                assertEquals(v.term(keep[i]), h.term(i), "round " + round);
                assertEquals(Float.floatToIntBits(v.weight(keep[i])), Float.floatToIntBits(h.weight(i)), "round " + round);
            }
        }
        assertTrue(more > 100 && kEnough > 100, more + " needed more than k, " + kEnough + " did not");
    }

    /** Property: with no mass asked for, the k heaviest are found by selection exactly as by sorting every term. */
    @Test
    void theKHeaviestBySelectionAreThoseBySorting() {
        Random r = new Random(9);
        for (int round = 0; round < 500; round++) {
            TermVector v = InvertedIndexTest.vectors(round, 1, 1 + r.nextInt(400)).getFirst();
            if (round % 5 == 0) { // ties: many equal weights
                int[] t = new int[v.size()];
                double[] w = new double[v.size()];
                for (int i = 0; i < t.length; i++) { t[i] = v.term(i); w[i] = 1 + r.nextInt(3); }
                v = InvertedIndexTestAccess.weighted(t, w);
            }
            int k = 1 + r.nextInt(v.size() + 2);
            TermVector h = v.heaviest(k, 0);
            if (k >= v.size()) { assertSame(v, h); continue; }
            int[] keep = java.util.Arrays.copyOf(v.heaviestFirst(), k);
            java.util.Arrays.sort(keep);
            assertEquals(k, h.size(), "round " + round);
            for (int i = 0; i < k; i++) {
                assertEquals(v.term(keep[i]), h.term(i), "round " + round);
                assertEquals(Float.floatToIntBits(v.weight(keep[i])), Float.floatToIntBits(h.weight(i)), "round " + round);
            }
        }
    }
}
