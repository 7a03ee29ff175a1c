package io.copydesk.tfidf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TermVector#heaviestOfSum} is neighbour smoothing's sum, cut and normalized in one pass: it must
 * give, to the bit, the vector of {@code sum(vectors, factors).heaviest(k, 0)}, normalized again when
 * that cut it (the three calls smoothing made), whatever the vectors, factors and cut.
 */
class TermVectorHeaviestOfSumTest {
    @Test
    void theSameBitsAsTheSumCutAndNormalizedAgain() {
        Random r = new Random(17);
        for (int round = 0; round < 3000; round++) {
            int count = 1 + r.nextInt(7), vocabulary = 1 + r.nextInt(round % 3 == 0 ? 30 : 600);
            List<TermVector> vectors = new ArrayList<>();
            for (int v = 0; v < count; v++) {
                TermVector x = switch (r.nextInt(12)) {
                    case 0 -> TermVector.EMPTY;
                    case 1, 2 -> TermVector.sum(InvertedIndexTest.vectors(round * 31L + v, 25, vocabulary), null); // hundreds of terms
                    default -> InvertedIndexTest.vectors(round * 31L + v, 1, vocabulary).getFirst();
                };
                if (round % 7 == 0 && x.size() > 0) { // ties: equal weights, so equal sums
                    int[] t = new int[x.size()];
                    double[] w = new double[t.length];
                    for (int i = 0; i < t.length; i++) { t[i] = x.term(i); w[i] = 1 + r.nextInt(2); }
                    x = InvertedIndexTestAccess.weighted(t, w);
                }
                vectors.add(x);
            }
            double[] factors = new double[count];
            for (int v = 0; v < count; v++) {
                factors[v] = switch (r.nextInt(10)) {
                    case 0 -> 0;                          // a neighbour that adds only zeros
                    case 1 -> -r.nextDouble();            // negative sums: the general way of cutting
                    case 2 -> 1;
                    default -> v == 0 ? 1 : 0.25 * r.nextDouble();
                };
            }
            int terms = 0;
            for (TermVector v : vectors) terms += v.size();
            int k = 1 + r.nextInt(Math.max(1, terms) + 3);
            TermVector sum = TermVector.sum(vectors, factors);
            TermVector cut = sum.heaviest(k, 0);
            TermVector expected = cut == sum ? sum : cut.normalized();
            TermVector got = TermVector.heaviestOfSum(vectors, factors, k);
            String where = "round " + round + ", " + count + " vectors, k " + k;
            assertArrayEquals(expected.terms, got.terms, where);
            assertEquals(expected.weights.length, got.weights.length, where);
            for (int i = 0; i < got.weights.length; i++) {
                assertEquals(Float.floatToRawIntBits(expected.weights[i]), Float.floatToRawIntBits(got.weights[i]), where + " term " + got.terms[i]);
            }
        }
    }

    @Test
    void oneFactorPerVector() {
        assertThrows(IllegalArgumentException.class, () -> TermVector.heaviestOfSum(List.of(TermVector.EMPTY), new double[2], 3));
    }
}
