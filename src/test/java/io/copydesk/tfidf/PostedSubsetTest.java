package io.copydesk.tfidf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An index that posts only some documents finds, for any query, what the whole index finds when the
 * others weigh 0: the same documents with the same score bits (its terms' maxima count every
 * document, so a search orders and sums its terms alike). Undated articles are placed this way.
 */
class PostedSubsetTest {
    @Test
    void aPostedSubsetFindsWhatTheWholeIndexFindsWithTheRestWeighingNothing() {
        for (long seed = 1; seed <= 4; seed++) {
            Random rnd = new Random(seed);
            int n = 700, terms = 200;
            List<TermVector> vs = InvertedIndexTest.vectors(seed, n, terms);
            long[] dates = new long[n];
            boolean[] posted = new boolean[n];
            for (int d = 0; d < n; d++) {
                dates[d] = rnd.nextInt(5) == 0 ? Long.MIN_VALUE : rnd.nextInt(30) * 86_400L;
                posted[d] = rnd.nextInt(3) != 0;
            }
            InvertedIndex whole = InvertedIndex.build(vs, terms, dates);
            InvertedIndex subset = InvertedIndex.build(vs, terms, dates, 1 + rnd.nextInt(3), steps -> {}, d -> posted[d]);
            InvertedIndex.Searcher all = whole.searcher(), some = subset.searcher();
            InvertedIndex.DocWeight onlyPosted = d -> posted[d] ? 1 : 0;
            for (int q = 0; q < n; q += 3) {
                int k = 1 + rnd.nextInt(12), exclude = rnd.nextBoolean() ? q : -1;
                double min = rnd.nextInt(3) * 0.05;
                InvertedIndex.Hits want = all.search(vs.get(q), k, min, onlyPosted, exclude);
                InvertedIndex.Hits got = some.search(vs.get(q), k, min, InvertedIndex.DocWeight.NONE, exclude);
                String where = "seed " + seed + " query " + q;
                assertArrayEquals(want.docs(), got.docs(), where);
                for (int h = 0; h < got.size(); h++) {
                    assertTrue(posted[got.docs()[h]], where);
                    assertEquals(Float.floatToRawIntBits(want.scores()[h]), Float.floatToRawIntBits(got.scores()[h]), where + " rank " + h);
                }
            }
        }
    }

    @Test
    void aPostedSubsetReportsTheStepsOfAWholeBuild() {
        int n = 9_000; // past two of the build's progress steps (4,096 documents each), unposted documents at their ends
        List<TermVector> vs = InvertedIndexTest.vectors(9, n, 50);
        long[] steps = {0};
        InvertedIndex.build(vs, 50, null, 2, s -> steps[0] += s, d -> d % 4096 != 4095 && d != n - 1);
        assertEquals(InvertedIndex.buildSteps(n), steps[0]);
    }
}
