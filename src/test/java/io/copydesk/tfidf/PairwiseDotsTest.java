package io.copydesk.tfidf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PairwiseDots} gives every pair's dot product to the bit of {@link TermVector#dot} and of a
 * {@link HeldVector}'s (which clustering used before), whatever the weights (zeros of either sign,
 * the smallest and largest floats) and however the vectors' terms overlap, including empty vectors;
 * a column writes only the items after its own; a set with an infinite or NaN weight is refused.
 */
class PairwiseDotsTest {
    private static final float[] ODD = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, 1e-30f, -1e-30f, 3e38f, -3e38f, 1f, -1f, 0.5f, -0.25f};

    private static List<TermVector> vectors(Random r, int n, int span, int maxTerms) {
        List<TermVector> out = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            int[] terms = r.ints(0, span).distinct().limit(r.nextInt(Math.min(span, maxTerms) + 1)).sorted().toArray();
            float[] w = new float[terms.length];
            for (int i = 0; i < w.length; i++) w[i] = r.nextInt(4) == 0 ? ODD[r.nextInt(ODD.length)] : (float) Math.abs(r.nextGaussian());
            out.add(new TermVector(terms, w));
        }
        return out;
    }

    @Test
    void everyPairsDotIsTheBitsOfTermVectorDotAndOfAHeldVector() {
        Random r = new Random(17);
        HeldVector held = new HeldVector();
        for (int round = 0; round < 400; round++) {
            int n = 1 + r.nextInt(40);
            List<TermVector> vs = vectors(r, n, 2 + r.nextInt(round % 4 == 0 ? 10 : 600), 1 + r.nextInt(80));
            PairwiseDots dots = PairwiseDots.of(vs);
            assertNotNull(dots);
            double[] column = new double[n];
            for (int j = 0; j < n; j++) {
                Arrays.fill(column, -7.5); // a finite mark: an addition to it shows
                dots.column(j, column);
                for (int i = 0; i <= j; i++) assertEquals(-7.5, column[i], "left alone");
                held.hold(vs.get(j));
                for (int i = j + 1; i < n; i++) {
                    String where = "round " + round + ", " + j + " . " + i;
                    long want = Double.doubleToRawLongBits(vs.get(j).dot(vs.get(i)));
                    assertEquals(want, Double.doubleToRawLongBits(column[i]), where);
                    assertEquals(want, Double.doubleToRawLongBits(held.dot(vs.get(i))), where);
                }
            }
        }
    }

    @Test
    void aColumnAskedAgainOrOutOfOrderGivesTheSameBits() {
        Random r = new Random(19);
        List<TermVector> vs = vectors(r, 60, 300, 50);
        PairwiseDots dots = PairwiseDots.of(vs);
        double[] first = new double[60], again = new double[60];
        for (int j = 59; j >= 0; j--) {
            dots.column(j, first);
            Arrays.fill(again, 7.0); // stale sums from another column must not leak in
            dots.column(j, again);
            for (int i = j + 1; i < 60; i++) assertEquals(Double.doubleToRawLongBits(first[i]), Double.doubleToRawLongBits(again[i]));
        }
    }

    @Test
    void aSetWithAnInfiniteOrNaNWeightIsRefused() {
        for (float odd : new float[] {Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN}) {
            List<TermVector> vs = new ArrayList<>(vectors(new Random(23), 5, 50, 10));
            vs.add(new TermVector(new int[] {3, 9}, new float[] {1f, odd}));
            assertNull(PairwiseDots.of(vs), "weight " + odd);
        }
    }
}
