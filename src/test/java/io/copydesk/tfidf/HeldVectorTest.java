package io.copydesk.tfidf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HeldVectorTest {
    @Test
    void everyDotIsTheMergedDotBitForBit() {
        Random r = new Random(5);
        HeldVector held = new HeldVector(); // one for all rounds: each hold must clear the vector held before
        for (int round = 0; round < 200; round++) {
            List<TermVector> vectors = new ArrayList<>(InvertedIndexTest.vectors(round, 1 + r.nextInt(20), 1 + r.nextInt(5000)));
            vectors.add(TermVector.EMPTY);
            vectors.add(InvertedIndexTestAccess.uniform(3000 + r.nextInt(20_000))); // a term beyond every other vector's
            vectors.add(TermVector.centroid(vectors)); // many times longer than the others: their terms are looked up in it
            vectors.add(TermVector.centroid(vectors.subList(0, vectors.size() / 2)));
            for (TermVector a : vectors) {
                held.hold(a);
                for (TermVector b : vectors) {
                    assertEquals(bits(a.dot(b)), bits(held.dot(b)), "round " + round + ": " + a + " . " + b);
                }
                if (round % 4 == 0) assertDotsAreDots(held, vectors, "round " + round); // every pair: a quarter of the rounds
            }
        }
    }

    /**
     * {@link HeldVector#dots} of every pair of {@code vectors} (each with itself too, both orders) gives each its
     * {@link HeldVector#dot} to the bit, written where asked and nowhere else.
     */
    private static void assertDotsAreDots(HeldVector held, List<TermVector> vectors, String where) {
        double[] out = new double[4];
        for (TermVector b : vectors) {
            for (TermVector c : vectors) {
                java.util.Arrays.fill(out, 7.0);
                held.dots(b, c, out, 2, 0);
                assertEquals(bits(held.dot(b)), bits(out[2]), where + ": " + b + " with " + c);
                assertEquals(bits(held.dot(c)), bits(out[0]), where + ": " + c + " with " + b);
                assertEquals(7.0, out[1]);
                assertEquals(7.0, out[3]);
            }
        }
    }

    /**
     * Terms around the end of the held array (a fresh one holds 1,024 terms): those at or past it are not
     * held, those before it are, at every remainder of four.
     */
    @Test
    void termsAtTheEndOfTheHeldArrayAreLeftOutExactly() {
        for (int shift = 0; shift < 8; shift++) {
            HeldVector held = new HeldVector();
            TermVector a = InvertedIndexTestAccess.weighted(new int[] {1, 2, 1017, 1019, 1021, 1022, 1023}, new double[] {1, 2, 3, 4, 5, 6, 7});
            int[] terms = java.util.stream.IntStream.rangeClosed(1016 + shift, 1030).toArray();
            double[] w = new double[terms.length];
            for (int i = 0; i < w.length; i++) w[i] = 1 + i % 3;
            TermVector b = InvertedIndexTestAccess.weighted(terms, w);
            assertEquals(bits(a.dot(b)), bits(held.hold(a).dot(b)), "from " + terms[0]);
        }
    }

    /**
     * Weights a TF-IDF vector never has (negative, zero, -0, subnormal, huge, infinite, NaN), on few
     * terms so that many pairs share none or a few: every dot with a finite vector is
     * {@link TermVector#dot} to the bit (the terms not held add nothing, not even a sign), and with
     * another the plain sum over the shared terms, ascending, of the products whose held weight is
     * not zero.
     */
    @Test
    void oddWeightsGiveTheSharedTermsSumBitForBit() {
        Random r = new Random(11);
        float[] odd = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, 1e-30f, -1e-30f, 3e38f, -3e38f, 1f, -1f, 0.5f, -0.25f,
                Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN};
        HeldVector held = new HeldVector();
        for (int round = 0; round < 3000; round++) {
            List<TermVector> vectors = new ArrayList<>();
            for (int v = 0; v < 6; v++) {
                int span = 2 + r.nextInt(round % 3 == 0 ? 40 : 400);
                int[] terms = r.ints(0, span).distinct().limit(r.nextInt(Math.min(span, 30) + 1)).sorted().toArray();
                float[] w = new float[terms.length];
                boolean finiteOnly = r.nextInt(3) > 0;
                for (int i = 0; i < w.length; i++) {
                    w[i] = r.nextInt(4) == 0 ? odd[r.nextInt(finiteOnly ? odd.length - 3 : odd.length)] : (float) r.nextGaussian();
                }
                vectors.add(new TermVector(terms, w));
            }
            for (TermVector a : vectors) {
                held.hold(a);
                for (TermVector b : vectors) {
                    String where = "round " + round + ": " + a + " . " + b;
                    // with an infinite or NaN weight in b, a held 0 times it would be NaN: the held vector's zeros
                    // are left out, as they always were (but for a short held vector, looked up term by term in b)
                    boolean lookedUp = a.size() * 8 < b.size();
                    double want = b.finite || lookedUp ? a.dot(b) : sharedSum(a, b);
                    assertEquals(bits(want), bits(held.dot(b)), where);
                }
                if (round % 4 == 0) assertDotsAreDots(held, vectors, "round " + round); // every pair: a quarter of the rounds
            }
        }
    }

    /**
     * {@link HeldVector#holdSecond}: where it says to hold b, holding b and dotting a gives the bits of
     * holding a and dotting b (odd weights included); where only the order of sizes would say so, the
     * two ways can differ (a held 0 against an infinite weight), which is why non-finite vectors stay put.
     * {@link HeldVector#eitherWay} says the same for pairs of any sizes.
     */
    @Test
    void holdingTheSecondGivesTheSameBitsWhereAllowed() {
        Random r = new Random(13);
        float[] odd = {0f, -0f, Float.MIN_VALUE, -1e-30f, 3e38f, -3e38f, 1f, -0.25f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN};
        HeldVector one = new HeldVector(), other = new HeldVector();
        int swapped = 0, differing = 0, either = 0;
        for (int round = 0; round < 3000; round++) {
            List<TermVector> vectors = new ArrayList<>();
            for (int v = 0; v < 6; v++) {
                int span = 2 + r.nextInt(round % 3 == 0 ? 20 : 300);
                int[] terms = r.ints(0, span).distinct().limit(r.nextInt(Math.min(span, 40) + 1)).sorted().toArray();
                float[] w = new float[terms.length];
                boolean finiteOnly = r.nextInt(3) > 0;
                for (int i = 0; i < w.length; i++) w[i] = r.nextInt(4) == 0 ? odd[r.nextInt(finiteOnly ? odd.length - 3 : odd.length)] : (float) r.nextGaussian();
                vectors.add(new TermVector(terms, w));
            }
            for (TermVector a : vectors) {
                for (TermVector b : vectors) {
                    long want = Double.doubleToRawLongBits(one.hold(a).dot(b)), got = Double.doubleToRawLongBits(other.hold(b).dot(a));
                    if (HeldVector.eitherWay(a, b)) {
                        either++;
                        assertEquals(want, got, "either way, round " + round + ": " + a + " . " + b);
                    }
                    if (HeldVector.holdSecond(a, b)) {
                        swapped++;
                        assertEquals(want, got, "round " + round + ": " + a + " . " + b);
                    } else if (b.size() > a.size() && want != got) {
                        differing++;
                    }
                }
            }
        }
        assertTrue(swapped > 10_000, swapped + " pairs held the other way");
        assertTrue(either > swapped, either + " pairs either way, of sizes equal too");
        assertTrue(differing > 0, "no pair where holding the longer non-finite vector differs");
    }

    /**
     * A sum's bits, every NaN as one NaN (-0 and +0 stay apart): which NaN an invalid operation gives, or which of two NaN
     * operands an addition keeps, follows the order of its operands, which the interpreter and each compiler choose for
     * themselves. A held vector and a merged dot of the same non-finite vectors gave NaNs of opposite signs once one of
     * them was compiled and the other not, in a run where earlier tests had warmed the compilers up.
     */
    private static long bits(double sum) {
        return Double.doubleToLongBits(sum);
    }

    /** The simple form: the held vector's shared terms, ascending, with a non-zero held weight. */
    private static double sharedSum(TermVector held, TermVector o) {
        double sum = 0;
        for (int i = 0; i < held.size(); i++) {
            for (int j = 0; j < o.size(); j++) {
                if (held.term(i) == o.term(j) && held.weight(i) != 0f) sum += (double) held.weight(i) * o.weight(j);
            }
        }
        return sum;
    }

    @Test
    void holdingAnotherVectorForgetsTheFirst() {
        TermVector a = InvertedIndexTestAccess.uniform(1, 2, 3), b = InvertedIndexTestAccess.uniform(4, 5);
        HeldVector held = new HeldVector().hold(a).hold(b);
        assertEquals(0.0, held.dot(a));
        assertEquals(1.0, held.dot(b), 1e-6);
    }
}
