package io.copydesk.tfidf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A searcher remembers each term's time-window bounds between searches (a few steps forward
 * instead of a binary search when windows move forward). Whatever the order of the searches, its
 * hits and the postings it visits must be exactly those of a fresh searcher, which finds every
 * bound by binary search, and its hits those a brute-force scan of all documents finds.
 */
class WindowBoundsTest {
    private static final long DAY = 86_400;

    @Test
    void aReusedSearcherFindsWhatAFreshOneFindsInEveryOrder() {
        for (long seed = 1; seed <= 6; seed++) {
            Random rnd = new Random(seed);
            int n = 700;
            List<TermVector> vs = InvertedIndexTest.vectors(seed, n, 300);
            long[] dates = new long[n];
            for (int d = 0; d < n; d++) {
                // bursts of equal dates, a spread over 60 days, and (in some seeds) undated documents
                dates[d] = seed % 3 != 0 && rnd.nextInt(10) == 0 ? Long.MIN_VALUE : (rnd.nextInt(4) == 0 ? 5 * DAY : rnd.nextInt(60) * DAY + rnd.nextInt(3));
            }
            InvertedIndex index = InvertedIndex.build(vs, 300, dates);
            InvertedIndex.Searcher reused = index.searcher();
            List<Integer> queries = new ArrayList<>();
            for (int q = 0; q < n; q += 3) queries.add(q);
            for (String order : List.of("date", "reverse", "random", "date")) {
                switch (order) {
                    case "date" -> queries.sort(Comparator.comparingLong((Integer q) -> dates[q]).thenComparingInt(q -> q));
                    case "reverse" -> queries.sort(Comparator.comparingLong((Integer q) -> -dates[q]).thenComparingInt(q -> q));
                    default -> java.util.Collections.shuffle(queries, rnd);
                }
                for (int q : queries) {
                    long reach = (1 + rnd.nextInt(6)) * DAY;
                    long date = dates[q] == Long.MIN_VALUE ? rnd.nextInt(60) * DAY : dates[q];
                    boolean whole = rnd.nextInt(8) == 0;
                    long from = whole ? Long.MIN_VALUE : date - reach, to = whole ? Long.MAX_VALUE : date + reach;
                    InvertedIndex.DocWeight w = d -> dates[d] == Long.MIN_VALUE ? 0.7
                            : Math.abs(dates[d] - date) > reach && !whole ? 0 : Math.exp(-Math.abs(dates[d] - date) / (double) DAY);
                    int k = 1 + rnd.nextInt(12);
                    double min = rnd.nextInt(3) * 0.05;
                    long before = reused.visited();
                    InvertedIndex.Hits got = reused.search(vs.get(q), k, min, w, q, from, to);
                    InvertedIndex.Searcher first = index.searcher();
                    InvertedIndex.Hits fresh = first.search(vs.get(q), k, min, w, q, from, to);
                    String where = "seed " + seed + " order " + order + " query " + q;
                    // the same postings visited: a bound too wide would give the same hits here (the weight is 0 outside the window)
                    assertEquals(first.visited(), reused.visited() - before, where);
                    assertArrayEquals(fresh.docs(), got.docs(), where);
                    assertArrayEquals(fresh.scores(), got.scores(), where);
                    assertMatchesBruteForce(vs, q, k, min, w, got, where);
                }
            }
        }
    }

    /** The hits' scores are the brute-force top-k scores (up to float rounding of the sums). */
    private static void assertMatchesBruteForce(List<TermVector> vs, int q, int k, double min, InvertedIndex.DocWeight w,
                                                InvertedIndex.Hits hits, String where) {
        List<Double> brute = new ArrayList<>();
        for (int d = 0; d < vs.size(); d++) {
            double s = vs.get(q).dot(vs.get(d)) * w.weight(d);
            if (d != q && s > 0 && s >= min) brute.add(s);
        }
        brute.sort(Comparator.reverseOrder());
        assertEquals(Math.min(k, brute.size()), hits.size(), where);
        for (int i = 0; i < hits.size(); i++) {
            int d = hits.docs()[i];
            assertEquals(vs.get(q).dot(vs.get(d)) * w.weight(d), hits.scores()[i], 1e-5, where + " hit " + d);
            assertEquals(brute.get(i), hits.scores()[i], 1e-5, where + " rank " + i);
        }
    }
}
