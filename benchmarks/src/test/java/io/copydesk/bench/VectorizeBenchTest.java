package io.copydesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydesk.analysis.TokenList;
import io.copydesk.tfidf.TermVector;
import io.copydesk.tfidf.TfIdfModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VectorizeBenchTest {
    static VectorizeBench b;

    @BeforeAll
    static void setup() {
        b = new VectorizeBench();
        b.setup();
    }

    @Test
    void everyVectorIsL2NormalizedWithAscendingTerms() {
        for (int i = 0; i < VectorizeBench.ARTICLES; i++) {
            TermVector v = b.vectorize(b.bodies[i], b.texts[i], b.titles[i]);
            assertTrue(v.size() > 5, "article " + i + " has " + v.size() + " terms");
            double sum = 0;
            for (int t = 0; t < v.size(); t++) {
                assertTrue(v.weight(t) > 0, "positive weights");
                if (t > 0) assertTrue(v.term(t) > v.term(t - 1), "ascending term ids");
                assertTrue(v.term(t) < b.model.size(), "every term of a collection article is in the model");
                sum += (double) v.weight(t) * v.weight(t);
            }
            assertEquals(1.0, Math.sqrt(sum), 1e-6, "norm of article " + i);
            assertEquals(1.0, v.dot(v), 1e-6);
            assertTrue(b.scan(i) > 0);
        }
        assertEquals(VectorizeBench.COLLECTION, b.model.documents());
    }

    @Test
    void weighOfPreparedCountsEqualsTheWholeStep() {
        for (int i = 0; i < VectorizeBench.ARTICLES; i++) {
            assertEquals(b.vectorize(b.bodies[i], b.texts[i], b.titles[i]).toString(), b.model.vectorize(b.counted[i]).toString());
        }
    }

    /**
     * A four-document model (cat in 1 document, mat in 4, sat in 2; dog unseen) and the article
     * "the cats sat on the mat the cat" titled "cat dogs". Stop words go, "cats" and "dogs" stem
     * to cat and dog, title words count twice: cat 4, mat 1, sat 1, dog 2. Weights are
     * (1 + ln tf) × (ln((1 + 4) / (1 + df)) + 1), then divided by their L2 norm:
     * <pre>
     * cat (1 + ln 4)(ln(5/2) + 1) = 2.386294 × 1.916291 = 4.572834   / 6.611640 = 0.691636
     * mat 1 × (ln(5/5) + 1)       = 1                                / 6.611640 = 0.151249
     * sat 1 × (ln(5/3) + 1)       = 1.510826                         / 6.611640 = 0.228511
     * dog (1 + ln 2)(ln(5/1) + 1) = 1.693147 × 2.609438 = 4.418162   / 6.611640 = 0.668242
     * </pre>
     */
    @Test
    void vectorEqualsAHandComputedExample() {
        VectorizeBench small = new VectorizeBench();
        small.counter = new io.copydesk.tfidf.TermCounter(io.copydesk.engine.RelatedConfig.DEFAULT_TITLE_WEIGHT);
        small.tally = VectorizeBench.newTally();
        small.model = new TfIdfModel(new String[] {"cat", "mat", "sat"}, new String[] {"cat", "mat", "sat"}, new int[] {1, 4, 2}, 4);
        TermVector v = small.vectorize(tokens("the cats sat on the mat the cat"), "the cats sat on the mat the cat", tokens("cat dogs"));
        assertEquals(4, v.size());
        int[] ids = {0, 1, 2, 3}; // cat, mat, sat, then the unseen dog past the vocabulary
        float[] expected = {0.691636f, 0.151249f, 0.228511f, 0.668242f};
        for (int i = 0; i < 4; i++) {
            assertEquals(ids[i], v.term(i));
            assertEquals(expected[i], v.weight(i), 2e-6, "term " + i);
        }
    }

    private static TokenList tokens(String words) {
        TokenList t = new TokenList();
        for (String w : words.split(" ")) t.add(w, 0, 0);
        return t;
    }
}
