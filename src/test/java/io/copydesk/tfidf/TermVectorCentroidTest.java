package io.copydesk.tfidf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TermVectorCentroidTest {
    /** The centroid as defined: each term's weights summed in the order of the vectors, then L2-normalized. */
    private static TermVector byMap(List<TermVector> vectors) {
        TreeMap<Integer, Double> sum = new TreeMap<>();
        for (TermVector v : vectors) for (int i = 0; i < v.size(); i++) sum.merge(v.term(i), (double) v.weight(i), Double::sum);
        double squares = 0;
        for (double x : sum.values()) squares += x * x;
        if (squares == 0) return TermVector.EMPTY;
        double norm = Math.sqrt(squares);
        int[] t = new int[sum.size()];
        float[] w = new float[sum.size()];
        int k = 0;
        for (var e : sum.entrySet()) { t[k] = e.getKey(); w[k++] = (float) (e.getValue() / norm); }
        return new TermVector(t, w);
    }

    @Test
    void sumsEveryTermInVectorOrderBitForBit() {
        Random r = new Random(17);
        for (int round = 0; round < 300; round++) {
            int n = r.nextInt(12);
            List<TermVector> vectors = new ArrayList<>(InvertedIndexTest.vectors(round, n, 1 + r.nextInt(300)));
            if (n > 0 && r.nextInt(4) == 0) vectors.add(vectors.getFirst()); // the same article twice
            if (r.nextInt(5) == 0) vectors.add(TermVector.EMPTY);
            TermVector expected = byMap(vectors), actual = TermVector.centroid(vectors);
            assertEquals(expected.size(), actual.size(), "round " + round);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.term(i), actual.term(i), "round " + round);
                assertEquals(Float.floatToIntBits(expected.weight(i)), Float.floatToIntBits(actual.weight(i)), "round " + round + ", term " + expected.term(i));
            }
        }
        assertSame(TermVector.EMPTY, TermVector.centroid(List.of()));
    }
}
