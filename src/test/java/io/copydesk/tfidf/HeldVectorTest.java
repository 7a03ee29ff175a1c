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
                    assertEquals(Double.doubleToRawLongBits(a.dot(b)), Double.doubleToRawLongBits(held.dot(b)), "round " + round + ": " + a + " . " + b);
                }
            }
        }
    }

    @Test
    void holdingAnotherVectorForgetsTheFirst() {
        TermVector a = InvertedIndexTestAccess.uniform(1, 2, 3), b = InvertedIndexTestAccess.uniform(4, 5);
        HeldVector held = new HeldVector().hold(a).hold(b);
        assertEquals(0.0, held.dot(a));
        assertEquals(1.0, held.dot(b), 1e-6);
    }
}
