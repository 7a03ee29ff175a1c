package io.copydesk.tfidf.smile;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.tfidf.Idf;
import java.util.Random;
import org.junit.jupiter.api.Test;
import smile.util.SparseArray;

/**
 * The weighting read out without streams gives, to the bit, what Smile's streams give: the simple
 * form (the sum of squares through {@code valueStream().sum()}, the arrays through
 * {@code indexStream()} and {@code valueStream()}) on random counts, in any term order.
 */
class SmileWeightingTest {
    /** The weighting as written with Smile's streams. */
    private static SmileWeighting.Weighted simple(int[] terms, float[] counts, Idf idf) {
        SparseArray a = new SparseArray(terms.length);
        for (int i = 0; i < terms.length; i++) a.append(terms[i], counts[i]);
        a.update((t, tf) -> SmileWeighting.sublinear(tf) * idf.of(t));
        double norm = Math.sqrt(a.valueStream().map(w -> w * w).sum());
        if (norm > 0) a.update((t, w) -> w / norm);
        a.sort();
        return new SmileWeighting.Weighted(a.indexStream().toArray(), a.valueStream().toArray());
    }

    @Test
    void sameBitsAsTheStreams() {
        Random random = new Random(15);
        int differentFromPlainSum = 0;
        for (int round = 0; round < 3000; round++) {
            int n = random.nextInt(round % 10 == 0 ? 3 : 400);
            int[] terms = random.ints(0, 50_000).distinct().limit(n).toArray();
            float[] counts = new float[n];
            // counts from fractions of one to thousands, and idfs over a wide range, so the compensated
            // sum differs from a plain one in its last bits
            for (int i = 0; i < n; i++) counts[i] = random.nextInt(4) == 0 ? random.nextFloat() * 2 : 1 + random.nextInt(round % 7 == 0 ? 5000 : 20);
            double scale = Math.pow(10, random.nextInt(9) - 4);
            Idf idf = t -> scale * (1 + (t % 97) * 0.173);
            SmileWeighting.Weighted fast = SmileWeighting.weigh(terms, counts, idf), slow = simple(terms, counts, idf);
            assertArrayEquals(slow.ids(), fast.ids(), "round " + round);
            assertEquals(slow.weights().length, fast.weights().length);
            for (int i = 0; i < slow.weights().length; i++) {
                assertEquals(Double.doubleToRawLongBits(slow.weights()[i]), Double.doubleToRawLongBits(fast.weights()[i]), "round " + round + " term " + i);
            }
            SparseArray squares = new SparseArray(n);
            for (int i = 0; i < n; i++) squares.append(terms[i], counts[i] * scale);
            double plain = 0;
            for (int i = 0; i < n; i++) plain += (counts[i] * scale) * (counts[i] * scale);
            double streamed = squares.valueStream().map(w -> w * w).sum();
            assertEquals(Double.doubleToRawLongBits(streamed), Double.doubleToRawLongBits(SmileWeighting.sumOfSquares(squares)), "round " + round);
            if (plain != streamed) differentFromPlainSum++;
        }
        assertTrue(differentFromPlainSum > 100, "the inputs exercise the compensation: " + differentFromPlainSum);
    }

    @Test
    void infinitiesOfOneSignGiveInfinityNotNaN() {
        SparseArray a = new SparseArray(3);
        a.append(1, 1e200);
        a.append(2, 1e200);
        a.append(3, 1);
        assertEquals(a.valueStream().map(w -> w * w).sum(), SmileWeighting.sumOfSquares(a));
        assertEquals(Double.POSITIVE_INFINITY, SmileWeighting.sumOfSquares(a));
    }
}
