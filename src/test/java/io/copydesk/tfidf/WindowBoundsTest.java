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
                    // the same weight read from the index's own dates (the array it was built with): the same hits
                    InvertedIndex.DateWeight byDate = new InvertedIndex.DateWeight() {
                        @Override public long[] dates() { return dates; }
                        @Override public double weightOfDate(long other) {
                            return other == Long.MIN_VALUE ? 0.7 : Math.abs(other - date) > reach && !whole ? 0 : Math.exp(-Math.abs(other - date) / (double) DAY);
                        }
                    };
                    InvertedIndex.Hits dated = index.searcher().search(vs.get(q), k, min, byDate, q, from, to);
                    assertArrayEquals(fresh.docs(), dated.docs(), where);
                    assertArrayEquals(fresh.scores(), dated.scores(), where);
                }
            }
        }
    }

    /**
     * With every document admitted (k above the collection, no minimum score), a windowed search
     * scans exactly its terms' postings of undated documents and of those dated inside the window,
     * counted here by brute force, and finds no document outside them even when the weight would
     * give one a score: the window's ends, found by the scan, are neither short nor long.
     */
    @Test
    void aWindowedSearchScansExactlyTheWindowsPostings() {
        for (long seed = 1; seed <= 4; seed++) {
            Random rnd = new Random(seed);
            int n = 600, terms = 120;
            List<TermVector> vs = InvertedIndexTest.vectors(seed, n, terms);
            long[] dates = new long[n];
            for (int d = 0; d < n; d++) {
                dates[d] = seed % 2 == 0 && rnd.nextInt(9) == 0 ? Long.MIN_VALUE : (rnd.nextInt(5) == 0 ? 7 * DAY : rnd.nextInt(30) * DAY);
            }
            InvertedIndex index = InvertedIndex.build(vs, terms, dates);
            InvertedIndex.Searcher searcher = index.searcher();
            List<Integer> queries = new ArrayList<>();
            for (int q = 0; q < n; q += 5) queries.add(q);
            queries.sort(Comparator.comparingLong((Integer q) -> dates[q]).thenComparingInt(q -> q)); // windows moving forward, then back
            queries.addAll(queries.reversed());
            for (int q : queries) {
                long date = dates[q] == Long.MIN_VALUE ? 10 * DAY : dates[q];
                long from = date - rnd.nextInt(4) * DAY, to = date + rnd.nextInt(4) * DAY;
                long expected = 0;
                TermVector query = vs.get(q);
                for (int d = 0; d < n; d++) {
                    if (dates[d] != Long.MIN_VALUE && (dates[d] < from || dates[d] > to)) continue;
                    for (int i = 0; i < query.size(); i++) if (vs.get(d).weightOf(query.term(i)) != 0f) expected++;
                }
                long before = searcher.visited();
                InvertedIndex.Hits hits = searcher.search(query, n + 1, 0, InvertedIndex.DocWeight.NONE, -1, from, to);
                String where = "seed " + seed + " query " + q + " window " + from / DAY + ".." + to / DAY;
                assertEquals(expected, searcher.visited() - before, where);
                for (int d : hits.docs()) {
                    assertTrue(dates[d] == Long.MIN_VALUE || dates[d] >= from && dates[d] <= to, where + ": document " + d + " dated " + dates[d] / DAY);
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

    @Test
    void aDateWeightOverOtherDatesThanTheIndexsIsAskedByDocument() {
        List<TermVector> vs = List.of(InvertedIndexTestAccess.uniform(1, 2), InvertedIndexTestAccess.uniform(1, 2), InvertedIndexTestAccess.uniform(1, 3));
        long[] built = {0, DAY, 2 * DAY};
        long[] other = {0, 5 * DAY, 2 * DAY}; // document 1 dated elsewhere than in the index
        InvertedIndex index = InvertedIndex.build(vs, 4, built);
        InvertedIndex.Hits hits = index.searcher().search(vs.getFirst(), 5, 0.01, new InvertedIndex.DateWeight() {
            @Override public long[] dates() { return other; }
            @Override public double weightOfDate(long date) { return date > 3 * DAY ? 0 : 1; }
        }, 0);
        assertArrayEquals(new int[] {2}, hits.docs(), "document 1 weighs 0 by its date in the array given");
    }
}
