package io.copydesk.tfidf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A whole-collection search in which every document weighs 1 may walk every posting of its terms
 * instead of pruning with the max-score bound. That must not change a hit or a score bit: each
 * search of a walking searcher is compared with the same search of a searcher that never walks,
 * and with a brute-force scoring of every document, on Zipf-like TF-IDF collections (long posting
 * lists), long and short queries, k from 1 up, minimum scores from 0 up, with and without a
 * document excluded, some documents undated.
 */
class WalkAllTest {
    private static final long DAY = 86_400;

    @Test
    void walkingEveryPostingChangesNoHitAndNoScoreBit() {
        long eligible = 0, walked = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Random rnd = new Random(seed);
            int n = 2000, terms = 2500;
            List<TermVector> vs = new ArrayList<>(SeenPruningTest.articles(rnd, n, terms));
            for (int d = 0; d < n; d++) if (seed % 2 == 0 && rnd.nextInt(4) == 0) vs.set(d, vs.get(d).heaviest(6 + rnd.nextInt(20), 0.5));
            long[] dates = new long[n];
            for (int d = 0; d < n; d++) dates[d] = rnd.nextInt(10) == 0 ? Long.MIN_VALUE : rnd.nextInt(30) * DAY;
            InvertedIndex index = InvertedIndex.build(vs, terms, seed > 2 ? dates : null);
            float[] max = SeenPruningTest.maxWeights(vs, terms);
            InvertedIndex.Searcher walking = index.searcher(), pruned = index.searcher();
            walking.walkAllAbove = 0;
            pruned.walkAllAbove = 2;
            for (int q = 0; q < n; q += 11) {
                int parts = 1 + rnd.nextInt(3);
                List<TermVector> summed = new ArrayList<>();
                for (int p = 0; p < parts; p++) summed.add(vs.get((q + 31 * p) % n));
                TermVector query = parts == 1 ? vs.get(q) : TermVector.sum(summed, null).normalized();
                int k = 1 + rnd.nextInt(12);
                double min = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(4) * 0.02;
                int exclude = rnd.nextInt(3) == 0 ? -1 : q;
                long walkedBefore = walking.walkedAll;
                InvertedIndex.Hits got = walking.search(query, k, min, InvertedIndex.DocWeight.NONE, exclude);
                InvertedIndex.Hits want = pruned.search(query, k, min, InvertedIndex.DocWeight.NONE, exclude);
                String where = "seed " + seed + " query " + q + " k " + k + " min " + min + (walking.walkedAll > walkedBefore ? " (walked)" : "");
                assertArrayEquals(want.docs(), got.docs(), where);
                assertArrayEquals(want.scores(), got.scores(), where);
                List<long[]> brute = SeenPruningTest.bruteForce(vs, max, query, InvertedIndex.DocWeight.NONE, exclude, min);
                assertEquals(Math.min(k, brute.size()), got.size(), where);
                for (int h = 0; h < got.size(); h++) {
                    assertEquals(brute.get(h)[0], got.docs()[h], where + " rank " + h);
                    assertEquals(brute.get(h)[1], Float.floatToRawIntBits(got.scores()[h]), where + " rank " + h);
                }
                eligible++;
            }
            walked += walking.walkedAll;
            assertEquals(0, pruned.walkedAll, "a searcher that never walks walked");
        }
        // every eighth eligible search is pruned to measure, and a query with fewer postings than documents is never walked
        assertTrue(walked > eligible / 2, walked + " of " + eligible + " searches walked: the test does not reach the walk");
        assertTrue(walked < eligible, "every search walked: none was pruned to measure");
    }

    /** Windowed searches and searches whose documents weigh otherwise than 1 are always pruned. */
    @Test
    void onlyWholeCollectionSearchesWeighingOneWalk() {
        Random rnd = new Random(7);
        int n = 1500, terms = 2000;
        List<TermVector> vs = SeenPruningTest.articles(rnd, n, terms);
        long[] dates = new long[n];
        for (int d = 0; d < n; d++) dates[d] = rnd.nextInt(30) * DAY;
        InvertedIndex.Searcher s = InvertedIndex.build(vs, terms, dates).searcher();
        s.walkAllAbove = 0;
        for (int q = 0; q < n; q += 7) {
            s.search(vs.get(q), 5, 0, d -> 0.5, q);
            s.search(vs.get(q), 5, 0, InvertedIndex.DocWeight.NONE, q, dates[q] - 3 * DAY, dates[q] + 3 * DAY);
        }
        assertEquals(0, s.walkedAll);
        for (int q = 0; q < n; q += 7) s.search(vs.get(q), 5, 0, InvertedIndex.DocWeight.NONE, q);
        assertTrue(s.walkedAll > 0, "the same searcher's whole-collection searches weighing 1 walk");
    }
}
