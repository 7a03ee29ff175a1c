package io.copydesk.tfidf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermVectorReweightTest {
    @Test
    void reweightsEachTermAndNormalizesAsDefinedBitForBit() {
        Random r = new Random(29);
        for (int round = 0; round < 200; round++) {
            List<TermVector> vectors = InvertedIndexTest.vectors(round, 5, 1 + r.nextInt(400));
            double[] factor = r.doubles(400, 0, 2).toArray();
            if (round % 10 == 0) java.util.Arrays.fill(factor, 0); // nothing left
            for (TermVector v : vectors) {
                // the definition: the weights times their factors in doubles, their squares summed in term order, each divided by the root
                double[] w = new double[v.size()];
                double squares = 0;
                for (int i = 0; i < v.size(); i++) { w[i] = v.weight(i) * factor[v.term(i)]; squares += w[i] * w[i]; }
                TermVector got = v.reweighted(t -> factor[t]);
                if (squares == 0) { assertSame(TermVector.EMPTY, got); continue; }
                double norm = Math.sqrt(squares);
                assertEquals(v.size(), got.size());
                for (int i = 0; i < v.size(); i++) {
                    assertEquals(v.term(i), got.term(i));
                    assertEquals(Float.floatToIntBits((float) (w[i] / norm)), Float.floatToIntBits(got.weight(i)), "round " + round);
                }
            }
        }
    }
}
