package io.copydesk.tfidf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link InvertedIndex.Searcher#searchBeyond}: the dated documents of a window outside an inner
 * window, none weighing more than the ceiling given. Merged with a search of the inner window (at
 * the minimum its k-th score sets), its hits must be those of one search over the whole window,
 * to the float bit; it never returns an undated document or one inside the inner window; and a
 * ceiling that no document can reach the minimum under visits nothing.
 */
class SearchBeyondTest {
    private static final long DAY = 86_400;

    @Test
    void theInnerWindowAndWhatLiesBeyondItMakeTheWholeWindow() {
        int beyondHits = 0, searches = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Random rnd = new Random(seed);
            int n = 1500;
            List<TermVector> vs = AdmissionChecksTest.newsLike(rnd, n, 2000);
            long[] dates = new long[n];
            for (int d = 0; d < n; d++) {
                dates[d] = rnd.nextInt(25) == 0 ? Long.MIN_VALUE : rnd.nextInt(20) * DAY + (rnd.nextBoolean() ? 0 : rnd.nextInt((int) DAY));
            }
            InvertedIndex index = InvertedIndex.build(vs, 2000, dates);
            InvertedIndex.Searcher inner = index.searcher(), beyond = index.searcher(), whole = index.searcher();
            for (int q = 0; q < n; q += 3) {
                long date = dates[q] == Long.MIN_VALUE ? 10 * DAY : dates[q];
                double scale = 0.3 + 2 * DAY * rnd.nextDouble();
                InvertedIndex.DateWeight w = new InvertedIndex.DateWeight() {
                    @Override public long[] dates() { return dates; }
                    @Override public double weightOfDate(long other) {
                        return other == Long.MIN_VALUE ? 0.9 : Math.exp(-Math.abs(other - date) / scale);
                    }
                };
                long reach = (2 + rnd.nextInt(6)) * DAY, near = rnd.nextInt((int) reach);
                long from = date - reach, to = date + reach, innerFrom = date - near, innerTo = date + near - rnd.nextInt(3600);
                // the largest weight beyond the inner window is that of the nearest date outside it
                double ceiling = Math.exp(-Math.max(0, Math.min(date - innerFrom + 1, innerTo + 1 - date)) / scale);
                int k = 1 + rnd.nextInt(30);
                double min = rnd.nextInt(3) * 0.01;
                InvertedIndex.Hits in = inner.search(vs.get(q), k, min, w, q, innerFrom, innerTo);
                double floor = in.size() == k ? in.scores()[k - 1] : min;
                InvertedIndex.Hits out = beyond.searchBeyond(vs.get(q), k, floor, w, q, from, to, innerFrom, innerTo, ceiling);
                InvertedIndex.Hits want = whole.search(vs.get(q), k, min, w, q, from, to);
                for (int h = 0; h < out.size(); h++) {
                    long d = dates[out.docs()[h]];
                    assertTrue(d != Long.MIN_VALUE && (d < innerFrom || d > innerTo) && d >= from && d <= to, "beyond hit dated " + d);
                }
                InvertedIndex.Hits got = merged(in, out, k);
                String where = "seed " + seed + " query " + q + " k " + k;
                assertArrayEquals(want.docs(), got.docs(), where);
                assertArrayEquals(want.scores(), got.scores(), where);
                for (int h = 0; h < want.size(); h++) {
                    for (int o = 0; o < out.size(); o++) if (out.docs()[o] == want.docs()[h]) beyondHits++;
                }
                searches++;
            }
        }
        assertTrue(beyondHits > 500, beyondHits + " of the hits came from beyond the inner window in " + searches + " searches");
    }

    @Test
    void aCeilingUnderWhichNothingCanScoreVisitsNothing() {
        Random rnd = new Random(3);
        List<TermVector> vs = AdmissionChecksTest.newsLike(rnd, 600, 1000);
        long[] dates = new long[600];
        for (int d = 0; d < 600; d++) dates[d] = rnd.nextInt(10) * DAY;
        InvertedIndex.Searcher s = InvertedIndex.build(vs, 1000, dates).searcher();
        InvertedIndex.DateWeight w = new InvertedIndex.DateWeight() {
            @Override public long[] dates() { return dates; }
            @Override public double weightOfDate(long other) { return 1e-4; }
        };
        InvertedIndex.Hits none = s.searchBeyond(vs.get(0), 5, 0.01, w, 0, 0, 9 * DAY, 4 * DAY, 5 * DAY, 1e-4);
        assertEquals(0, none.size());
        assertEquals(0, s.visited());
        // an inner window holding the whole window leaves nothing beyond it either
        assertEquals(0, s.searchBeyond(vs.get(0), 5, 0, w, 0, 2 * DAY, 3 * DAY, 0, 9 * DAY, 1).size());
        assertEquals(0, s.visited());
    }

    /** The best k of two hit lists of different documents, best first, ties by document. */
    static InvertedIndex.Hits merged(InvertedIndex.Hits a, InvertedIndex.Hits b, int k) {
        List<long[]> all = new ArrayList<>();
        for (InvertedIndex.Hits h : List.of(a, b)) for (int i = 0; i < h.size(); i++) all.add(new long[] {Float.floatToIntBits(h.scores()[i]), h.docs()[i]});
        all.sort((x, y) -> x[0] != y[0] ? Long.compare(y[0], x[0]) : Long.compare(x[1], y[1]));
        int n = Math.min(k, all.size());
        int[] docs = new int[n];
        float[] scores = new float[n];
        for (int i = 0; i < n; i++) { docs[i] = (int) all.get(i)[1]; scores[i] = Float.intBitsToFloat((int) all.get(i)[0]); }
        return new InvertedIndex.Hits(docs, scores);
    }
}
