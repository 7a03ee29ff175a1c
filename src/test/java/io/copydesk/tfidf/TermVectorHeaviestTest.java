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
}
