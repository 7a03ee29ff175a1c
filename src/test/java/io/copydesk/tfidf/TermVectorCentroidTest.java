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
        return byMap(vectors, null);
    }

    /** The weighted sum as defined: each weight times its vector's factor (in float, as stored), summed in vector order. */
    private static TermVector byMap(List<TermVector> vectors, double[] factors) {
        TreeMap<Integer, Double> sum = new TreeMap<>();
        for (int k = 0; k < vectors.size(); k++) {
            TermVector v = vectors.get(k);
            for (int i = 0; i < v.size(); i++) {
                float w = factors == null ? v.weight(i) : (float) (factors[k] * v.weight(i));
                sum.merge(v.term(i), (double) w, Double::sum);
            }
        }
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

    /** The centroid of items picked out of a list: the vectors picked, in the order of the items, summed as defined. */
    @Test
    void centroidOfItemsSumsThePickedVectorsInItemOrder() {
        Random r = new Random(23);
        for (int round = 0; round < 300; round++) {
            List<TermVector> vectors = InvertedIndexTest.vectors(round, 1 + r.nextInt(12), 1 + r.nextInt(300));
            int[] items = r.ints(r.nextInt(15), 0, vectors.size()).toArray();
            int from = items.length == 0 ? 0 : r.nextInt(items.length), to = from + r.nextInt(items.length - from + 1);
            List<TermVector> picked = new ArrayList<>();
            for (int k = from; k < to; k++) picked.add(vectors.get(items[k]));
            TermVector expected = byMap(picked), actual = TermVector.centroid(vectors, items, from, to);
            assertEquals(expected.size(), actual.size(), "round " + round);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.term(i), actual.term(i), "round " + round);
                assertEquals(Float.floatToIntBits(expected.weight(i)), Float.floatToIntBits(actual.weight(i)), "round " + round);
            }
        }
    }

    /**
     * The summed terms are put in order by a scan of their range when they are many for it, else by a
     * sort: vectors of few terms spread over a wide range (sorted), many in a narrow one (scanned), and
     * a mix, all summed as defined, bit for bit.
     */
    @Test
    void sumsOfWideAndNarrowTermRangesAreTheDefinedSums() {
        Random r = new Random(31);
        for (int round = 0; round < 400; round++) {
            int n = 1 + r.nextInt(6);
            int base = r.nextInt(3) == 0 ? 0 : r.nextInt(100_000), span = switch (round % 3) { case 0 -> 40; case 1 -> 2_000; default -> 300_000; };
            List<TermVector> vectors = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                int[] t = r.ints(base, base + span).distinct().limit(r.nextInt(Math.min(span, 400) + 1)).sorted().toArray();
                float[] w = new float[t.length];
                for (int i = 0; i < w.length; i++) w[i] = r.nextFloat() + 1e-3f;
                vectors.add(new TermVector(t, w));
            }
            double[] factors = round % 2 == 0 ? null : r.doubles(n, 0.01, 2).toArray();
            TermVector expected = byMap(vectors, factors), actual = TermVector.sum(vectors, factors);
            assertEquals(expected.toString(), actual.toString(), "round " + round);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(Float.floatToIntBits(expected.weight(i)), Float.floatToIntBits(actual.weight(i)), "round " + round + ", term " + expected.term(i));
            }
        }
    }

    @Test
    void aWeightedSumScalesEachVectorByItsFactorBitForBit() {
        Random r = new Random(23);
        for (int round = 0; round < 300; round++) {
            int n = 1 + r.nextInt(8);
            List<TermVector> vectors = InvertedIndexTest.vectors(round, n, 1 + r.nextInt(300));
            double[] factors = r.doubles(n, 0.01, 2).toArray();
            TermVector expected = byMap(vectors, factors), actual = TermVector.sum(vectors, factors);
            assertEquals(expected.size(), actual.size(), "round " + round);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.term(i), actual.term(i), "round " + round);
                assertEquals(Float.floatToIntBits(expected.weight(i)), Float.floatToIntBits(actual.weight(i)), "round " + round + ", term " + expected.term(i));
            }
            // one vector alone, whatever its factor, is its own direction
            TermVector alone = TermVector.sum(List.of(vectors.getFirst()), new double[] {factors[0]});
            if (!vectors.getFirst().isEmpty()) assertEquals(1.0, alone.dot(vectors.getFirst()), 1e-5, "round " + round);
        }
        assertThrows(IllegalArgumentException.class, () -> TermVector.sum(List.of(TermVector.EMPTY), new double[2]));
    }
}
