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
 * two sums, rounded differently, fall on either side of it), documents without terms, on one and two threads.
 */
class EachSearchTest {
    @Test
    void everyDocumentGetsTheHitsAndScoreBitsOfItsOwnSearch() {
        long differing = 0, atMinimum = 0, alone = 0, completed = 0, walkedOut = 0;
        for (long seed = 1; seed <= 6; seed++) {
            Random rnd = new Random(seed);
            int n = 700 + rnd.nextInt(600), terms = 2500;
            List<TermVector> vs = collection(rnd, n, terms, true);
            for (int d = 10; d < 13; d++) vs.set(d, new TermVector(new int[0], new float[0])); // no terms: no hits, never a hit
            long[] undated = new long[n];
            Arrays.fill(undated, Long.MIN_VALUE);
            InvertedIndex index = InvertedIndex.build(vs, terms, seed % 2 == 0 ? undated : null);
            InvertedIndex.Searcher pruned = index.searcher(), views = index.searcher();
            pruned.walkAllAbove = 2;
            for (int p = 0; p < 2000; p++) { // the same pair summed in its two documents' term orders
                int x = rnd.nextInt(n), y = rnd.nextInt(n);
                if (views.scoreOf(x, y) != views.scoreOf(y, x)) differing++;
            }
            for (int round = 0; round < 4; round++) {
                int[] k = depths(rnd, n, round);
                boolean itself = round >= 2;
                // a score some document's search gives: a pair right at the minimum
                InvertedIndex.Hits some = pruned.search(vs.get(rnd.nextInt(n)), 40, 0.01, InvertedIndex.DocWeight.NONE, -1);
                double min = some.size() > 1 ? some.scores()[rnd.nextInt(some.size())] : 0.05;
                int threads = 1 + round % 2;
                AtomicLong walked = new AtomicLong();
                EachSearch join = EachSearch.unmeasured(index, k, min, itself, round % 2 == 0 ? 0 : 8, null, round == 0 || round == 3, round == 1 || round == 3);
                join.completing = completing(round);
                InvertedIndex.Hits[] each = join.run(threads, walked::addAndGet);
                assertEquals(n, walked.get(), "each document walked once");
                alone += join.searchedAlone.get();
                completed += join.completedRows.get();
                walkedOut += join.walkedOutRows.get();
                for (int d = 0; d < n; d++) {
                    InvertedIndex.Hits want = pruned.search(vs.get(d), k[d], min, InvertedIndex.DocWeight.NONE, itself ? -1 : d);
                    String where = "seed " + seed + " doc " + d + " k " + k[d] + " min " + min + " threads " + threads + " itself " + itself;
                    assertArrayEquals(want.docs(), each[d].docs(), where);
                    assertArrayEquals(want.scores(), each[d].scores(), where);
                    for (float score : want.scores()) if (score == (float) min) atMinimum++;
                }
            }
        }
        assertTrue(differing > 0, "no pair whose two sums differ: the test does not reach the second view's own sum");
        assertTrue(atMinimum > 0, "no hit right at the minimum score");
        assertTrue(alone > 0, "no document searched alone: the test does not reach a full candidate list near the hits' last");
        assertTrue(completed > 0 && walkedOut > 0, "rows that left out terms: " + completed + " completed their sums, " + walkedOut + " walked those terms");
    }

    /** How a round's rows that left out terms finish: each way, and as the join chooses. */
    private static Boolean completing(int round) {
        return round == 1 ? Boolean.TRUE : round == 2 ? Boolean.FALSE : null;
    }

    /**
     * The same in a dated collection: each document's search weighs the others by the gap between their dates
     * (the same weight both ways, a date at midnight covering its day) and visits only its window, and the join's
     * rows walk only theirs. Dates are spread so that windows hold a part of the collection, many share one.
     */
    @Test
    void everyDatedDocumentGetsTheHitsAndScoreBitsOfItsOwnSearch() {
        long alone = 0, atMinimum = 0, weighedBelowOne = 0, completed = 0, walkedOut = 0;
        for (long seed = 11; seed <= 14; seed++) {
            Random rnd = new Random(seed);
            int n = 700 + rnd.nextInt(600), terms = 2500;
            List<TermVector> vs = collection(rnd, n, terms, false);
            long[] dates = new long[n];
            for (int d = 0; d < n; d++) {
                long day = DAY * (19_000 + rnd.nextInt(20));
                dates[d] = rnd.nextInt(3) == 0 ? day : day + rnd.nextInt((int) DAY);
            }
            InvertedIndex index = InvertedIndex.build(vs, terms, dates);
            InvertedIndex.Searcher pruned = index.searcher();
            for (int round = 0; round < 4; round++) {
                int[] k = depths(rnd, n, round);
                boolean itself = round >= 2;
                int q = rnd.nextInt(n);
                InvertedIndex.Hits some = Gaps.search(pruned, vs.get(q), 40, 0.01, dates[q], dates, q);
                double min = Math.min(1, some.size() > 1 ? some.scores()[rnd.nextInt(some.size())] : 0.05);
                Gaps gaps = new Gaps(index, vs, dates, min, itself);
                int threads = 1 + round % 2;
                EachSearch join = EachSearch.unmeasured(index, k, min, itself, round % 2 == 0 ? 0 : 8, gaps, round == 0 || round == 3, round == 1 || round == 3);
                join.completing = completing(round);
                InvertedIndex.Hits[] each = join.run(threads, x -> {});
                alone += join.searchedAlone.get();
                completed += join.completedRows.get();
                walkedOut += join.walkedOutRows.get();
                for (int d = 0; d < n; d++) {
                    InvertedIndex.Hits want = Gaps.search(pruned, vs.get(d), k[d], min, dates[d], dates, itself ? -1 : d);
                    String where = "seed " + seed + " doc " + d + " k " + k[d] + " min " + min + " threads " + threads + " itself " + itself;
                    assertArrayEquals(want.docs(), each[d].docs(), where);
                    assertArrayEquals(want.scores(), each[d].scores(), where);
                    for (int h = 0; h < want.size(); h++) {
                        if (want.scores()[h] == (float) min) atMinimum++;
                        if (Gaps.decay(dates[d], dates[want.docs()[h]]) < 1) weighedBelowOne++;
                    }
                }
            }
        }
        assertTrue(atMinimum > 0, "no hit right at the minimum score");
        assertTrue(weighedBelowOne > 0, "no hit weighed by its gap: the test does not reach the weights");
        assertTrue(alone > 0, "no document searched alone: the test does not reach a full candidate list near the hits' last");
        assertTrue(completed > 0 && walkedOut > 0, "rows that left out terms: " + completed + " completed their sums, " + walkedOut + " walked those terms");
    }

    private static final long DAY = 86_400;

    /** Each document's k for a round: 1 in the first, then up to 30, then up to 12. */
    private static int[] depths(Random rnd, int n, int round) {
        int[] k = new int[n];
        for (int d = 0; d < n; d++) k[d] = round == 0 ? 1 : 1 + rnd.nextInt(round == 1 ? 30 : 12);
        return k;
    }

    /** A time decay as related's: exp(-gap / 12 h), a date at midnight covering its day, windows to where it reaches min / 1.01. */
    private record Gaps(InvertedIndex index, List<TermVector> vs, long[] dates, double min, boolean itself) implements EachSearch.Dated {
        static double decay(long a, long b) {
            long early = Math.min(a, b), late = Math.max(a, b);
            return Math.exp(-Math.max(0, late - early - resolution(early)) / 43_200.0);
        }

        static long resolution(long date) {
            return Math.floorMod(date, DAY) == 0 ? DAY : 0;
        }

        static long gap(double min) {
            return (long) Math.ceil(43_200.0 * Math.log(1.01 / min));
        }

        /** The search of a document dated {@code date} over its window (a day more before it: a midnight there covers its day). */
        static InvertedIndex.Hits search(InvertedIndex.Searcher s, TermVector v, int k, double min, long date, long[] dates, int exclude) {
            long gap = gap(min);
            InvertedIndex.DateWeight byDate = new InvertedIndex.DateWeight() {
                @Override public long[] dates() { return dates; }
                @Override public double weightOfDate(long other) { return decay(date, other); }
            };
            return s.search(v, k, min, byDate, exclude, date - gap - DAY, date + gap + resolution(date));
        }

        @Override public double weight(long a, long b) { return decay(a, b); }
        @Override public long reach(long date) { return date + gap(min) + resolution(date); }
        @Override public InvertedIndex.Hits search(InvertedIndex.Searcher s, int doc, int k) {
            return search(s, vs.get(doc), k, min, dates[doc], dates, itself ? -1 : doc);
        }
    }

    /**
     * {@code n} Zipf-like documents, a quarter of them cut to their heaviest terms when {@code shortened}, with copies
     * and near-copies of one document: many candidates scoring within a rounding of the hits' last.
     */
    private static List<TermVector> collection(Random rnd, int n, int terms, boolean shortened) {
        List<TermVector> vs = new ArrayList<>(SeenPruningTest.articles(rnd, n, terms));
        if (shortened) for (int d = 0; d < n; d++) if (rnd.nextInt(4) == 0) vs.set(d, vs.get(d).heaviest(3 + rnd.nextInt(20), 0.5));
        for (int d = 0; d < 60; d++) vs.set(n - 1 - 7 * d, d % 3 == 0 ? vs.get(3) : nearCopy(vs.get(3), rnd));
        return vs;
    }

    /** {@code v} with each weight moved by a few units in the last place, normalized again. */
    private static TermVector nearCopy(TermVector v, Random rnd) {
        int[] terms = new int[v.size()];
        float[] weights = new float[v.size()];
        for (int i = 0; i < v.size(); i++) {
            terms[i] = v.term(i);
            weights[i] = v.weight(i) + (rnd.nextInt(7) - 3) * Math.ulp(v.weight(i));
        }
        return new TermVector(terms, weights).normalized();
    }

    @Test
    void onlyCompleteLargeEnoughIndexesAreJoinedWithRowsThatFitTheirPostings() {
        Random rnd = new Random(5);
        int n = EachSearch.MIN_DOCUMENTS, terms = 3000;
        List<TermVector> vs = SeenPruningTest.articles(rnd, n, terms);
        long[] dates = new long[n];
        for (int d = 0; d < n; d++) dates[d] = d % 3 == 0 ? Long.MIN_VALUE : d * 86_400L;
        assertNull(InvertedIndex.build(vs, terms, dates).eachSearch(5, 0.1), "dated documents");
        assertNull(InvertedIndex.build(vs, terms, null, 1, steps -> {}, d -> d != 7).eachSearch(5, 0.1), "a document not posted");
        assertNull(InvertedIndex.build(vs.subList(0, n - 1), terms, null).eachSearch(5, 0.1), "too few documents");
        assertNull(InvertedIndex.build(vs, terms, null).eachSearch(5, 0), "no minimum score");
        EachSearch longOnes = InvertedIndex.build(vs, terms, null).eachSearch(5, 0.1);
        assertNotNull(longOnes, "long documents sharing common terms");
        assertFalse(longOnes.sparse(), "long documents: their terms hold more postings than there are documents, each row scans");
        // headline-like documents of three terms each from a wide vocabulary: their terms hold fewer postings than
        // there are documents, and each row reads the documents its walk met
        List<TermVector> shortOnes = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            int a = rnd.nextInt(1000);
            shortOnes.add(new TermVector(new int[] {a, 1000 + rnd.nextInt(1000), 2000 + rnd.nextInt(1000)}, new float[] {0.6f, 0.6f, 0.529f}));
        }
        EachSearch headlines = InvertedIndex.build(shortOnes, terms, null).eachSearch(5, 0.1);
        assertNotNull(headlines, "short documents");
        assertTrue(headlines.sparse(), "short documents: sparse rows");
        int[] five = new int[n];
        Arrays.fill(five, 5);
        assertThrows(IllegalArgumentException.class, () -> EachSearch.unmeasured(InvertedIndex.build(vs, terms, dates), five, 0.1, false, 8, null, false, false));
        // a dated join needs every document dated
        assertThrows(IllegalArgumentException.class, () -> EachSearch.unmeasured(InvertedIndex.build(vs, terms, dates), five, 0.1, false, 8,
                new Gaps(null, vs, dates, 0.1, false), false, false));
    }

    /** A join whose probes have chosen how its rows test their sums (whether it pays or not). */
    private static EachSearch probed(InvertedIndex index, int[] k, double minScore) {
        EachSearch join = EachSearch.unmeasured(index, k, minScore, false, 8, null, false, false);
        join.pays();
        return join;
    }

    @Test
    void rowsTestSumsAgainstTheLeastFirstWhereMostOfTheProbesSumsAreZeroOrBelowIt() {
        Random rnd = new Random(11);
        int n = EachSearch.MIN_DOCUMENTS, terms = 3000;
        // every document holds term 0 with most of its weight: every row's sum of every later document is about 0.8
        List<TermVector> shared = new ArrayList<>();
        for (int d = 0; d < n; d++) shared.add(new TermVector(new int[] {0, 1 + rnd.nextInt(terms - 1)}, new float[] {0.9f, 0.436f}));
        int[] five = new int[n];
        Arrays.fill(five, 5);
        InvertedIndex index = InvertedIndex.build(shared, terms, null);
        assertFalse(probed(index, five, 0.05).lowFirst(), "the sums, about 0.8, reach the least 0.05: a test against it first would be taken by none");
        assertTrue(probed(index, five, 0.99).lowFirst(), "every sum is below the least 0.99");
        InvertedIndex articles = InvertedIndex.build(SeenPruningTest.articles(rnd, n, terms), terms, null);
        assertTrue(probed(articles, five, 0.5).lowFirst(), "random articles: their sums are 0 or far below 0.5");
        assertFalse(probed(articles, five, 1e-6).lowFirst(), "articles sharing common terms: most sums are above 1e-6");
    }

    /**
     * The probes leave out the common terms where their postings are most of the rows' and few documents can reach the
     * least without them: pairs of near-copies sharing four heavy terms, every document holding 25 of 40 light common
     * ones. Headline-like documents of three heavy terms have nothing to leave out.
     */
    @Test
    void probesLeaveOutCommonTermsWhereTheirPostingsAreMostOfTheRowsAndFewDocumentsCanReachTheLeastWithout() {
        Random rnd = new Random(13);
        int n = EachSearch.MIN_DOCUMENTS, common = 40, terms = common + 2 * n;
        List<TermVector> pairs = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            int[] ids = new int[29];
            float[] weights = new float[29];
            List<Integer> pool = new ArrayList<>();
            for (int t = 0; t < common; t++) pool.add(t);
            java.util.Collections.shuffle(pool, rnd);
            for (int i = 0; i < 25; i++) {
                ids[i] = pool.get(i);
                weights[i] = 0.04f + 0.02f * rnd.nextFloat();
            }
            for (int i = 0; i < 4; i++) {
                ids[25 + i] = common + 4 * (d / 2) + i;
                weights[25 + i] = 0.45f + 0.05f * rnd.nextFloat();
            }
            pairs.add(sorted(ids, weights).normalized());
        }
        int[] five = new int[n];
        Arrays.fill(five, 5);
        InvertedIndex index = InvertedIndex.build(pairs, terms, null);
        EachSearch join = probed(index, five, 0.3);
        assertTrue(join.leaveOut() > 0, "common terms left out");
        InvertedIndex.Hits[] each = join.run(2, x -> {});
        assertTrue(join.completedRows.get() > n / 2, "most rows completed their documents' sums: " + join.completedRows.get());
        InvertedIndex.Searcher pruned = index.searcher();
        pruned.walkAllAbove = 2;
        for (int d = 0; d < n; d++) {
            InvertedIndex.Hits want = pruned.search(pairs.get(d), 5, 0.3, InvertedIndex.DocWeight.NONE, d);
            assertArrayEquals(want.docs(), each[d].docs(), "doc " + d);
            assertArrayEquals(want.scores(), each[d].scores(), "doc " + d);
        }
        List<TermVector> headlines = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            int a = rnd.nextInt(1000);
            headlines.add(new TermVector(new int[] {a, 1000 + rnd.nextInt(1000), 2000 + rnd.nextInt(1000)}, new float[] {0.6f, 0.6f, 0.529f}));
        }
        assertEquals(0, probed(InvertedIndex.build(headlines, 3000, null), five, 0.3).leaveOut(), "three heavy terms: none left out");
    }

    /** The vector of {@code ids} (distinct) and their weights, ascending by id. */
    private static TermVector sorted(int[] ids, float[] weights) {
        Integer[] at = new Integer[ids.length];
        for (int i = 0; i < at.length; i++) at[i] = i;
        Arrays.sort(at, (x, y) -> Integer.compare(ids[x], ids[y]));
        int[] t = new int[ids.length];
        float[] w = new float[ids.length];
        for (int i = 0; i < at.length; i++) {
            t[i] = ids[at[i]];
            w[i] = weights[at[i]];
        }
        return new TermVector(t, w);
    }
}
