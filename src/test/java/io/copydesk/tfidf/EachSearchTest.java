package io.copydesk.tfidf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Every document's search at once must give each document the hits and score bits of its own search: compared
 * with a searcher that never walks, on Zipf-like TF-IDF collections with long and short documents, k from 1 up,
 * minimum scores taken from the collection's own scores (so that pairs sit right at the minimum, where a pair's
 * two sums, rounded differently, fall on either side of it), on one and two threads.
 */
class EachSearchTest {
    @Test
    void everyDocumentGetsTheHitsAndScoreBitsOfItsOwnSearch() {
        long differing = 0, atMinimum = 0;
        for (long seed = 1; seed <= 6; seed++) {
            Random rnd = new Random(seed);
            int n = 700 + rnd.nextInt(600), terms = 2500;
            List<TermVector> vs = new ArrayList<>(SeenPruningTest.articles(rnd, n, terms));
            for (int d = 0; d < n; d++) if (rnd.nextInt(4) == 0) vs.set(d, vs.get(d).heaviest(3 + rnd.nextInt(20), 0.5));
            long[] undated = new long[n];
            Arrays.fill(undated, Long.MIN_VALUE);
            InvertedIndex index = InvertedIndex.build(vs, terms, seed % 2 == 0 ? undated : null);
            InvertedIndex.Searcher pruned = index.searcher(), views = index.searcher();
            pruned.walkAllAbove = 2;
            for (int p = 0; p < 2000; p++) { // the same pair summed in its two documents' term orders
                int x = rnd.nextInt(n), y = rnd.nextInt(n);
                if (views.scoreOf(x, y) != views.scoreOf(y, x)) differing++;
            }
            for (int round = 0; round < 3; round++) {
                int k = round == 0 ? 1 : 1 + rnd.nextInt(30);
                // a score some document's search gives: a pair right at the minimum
                InvertedIndex.Hits some = pruned.search(vs.get(rnd.nextInt(n)), 40, 0.01, InvertedIndex.DocWeight.NONE, -1);
                double min = some.size() > 1 ? some.scores()[rnd.nextInt(some.size())] : 0.05;
                int threads = 1 + round % 2;
                AtomicLong walked = new AtomicLong();
                InvertedIndex.Hits[] each = EachSearch.unmeasured(index, k, min, Long.MAX_VALUE).run(threads, walked::addAndGet);
                assertEquals(n, walked.get(), "each document walked once");
                for (int d = 0; d < n; d++) {
                    InvertedIndex.Hits want = pruned.search(vs.get(d), k, min, InvertedIndex.DocWeight.NONE, d);
                    String where = "seed " + seed + " doc " + d + " k " + k + " min " + min + " threads " + threads;
                    assertArrayEquals(want.docs(), each[d].docs(), where);
                    assertArrayEquals(want.scores(), each[d].scores(), where);
                    for (float score : want.scores()) if (score == (float) min) atMinimum++;
                }
            }
        }
        assertTrue(differing > 0, "no pair whose two sums differ: the test does not reach the second view's own sum");
        assertTrue(atMinimum > 0, "no hit right at the minimum score");
    }

    @Test
    void tooManyPairsGiveNoHitsRatherThanWrongOnes() {
        Random rnd = new Random(3);
        int n = 400, terms = 300;
        List<TermVector> vs = SeenPruningTest.articles(rnd, n, terms);
        InvertedIndex index = InvertedIndex.build(vs, terms, null);
        assertNull(EachSearch.unmeasured(index, 5, 0.001, 100).run(2, steps -> {}));
        assertNotNull(EachSearch.unmeasured(index, 5, 0.001, (long) n * n).run(2, steps -> {}));
    }

    @Test
    void onlyUndatedCompleteLargeEnoughIndexesAreJoined() {
        Random rnd = new Random(5);
        int n = EachSearch.MIN_DOCUMENTS, terms = 3000;
        List<TermVector> vs = SeenPruningTest.articles(rnd, n, terms);
        long[] dates = new long[n];
        for (int d = 0; d < n; d++) dates[d] = d % 3 == 0 ? Long.MIN_VALUE : d * 86_400L;
        assertNull(InvertedIndex.build(vs, terms, dates).eachSearch(5, 0.1), "dated documents");
        assertNull(InvertedIndex.build(vs, terms, null, 1, steps -> {}, d -> d != 7).eachSearch(5, 0.1), "a document not posted");
        assertNull(InvertedIndex.build(vs.subList(0, n - 1), terms, null).eachSearch(5, 0.1), "too few documents");
        assertNull(InvertedIndex.build(vs, terms, null).eachSearch(5, 0), "no minimum score");
        assertThrows(IllegalArgumentException.class, () -> EachSearch.unmeasured(InvertedIndex.build(vs, terms, dates), 5, 0.1, 10));
    }
}
