package io.copydesk.tfidf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InvertedIndexTest {
    /** Random normalized vectors over a Zipf-like vocabulary (a few very common terms, a long tail). */
    static List<TermVector> vectors(long seed, int n, int terms) {
        Random rnd = new Random(seed);
        TermDictionary dict = new TermDictionary();
        List<TermCounts> counts = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            java.util.TreeMap<Integer, Float> c = new java.util.TreeMap<>();
            int len = 3 + rnd.nextInt(30);
            for (int i = 0; i < len; i++) c.merge((int) Math.min(terms - 1, Math.floor(Math.pow(rnd.nextDouble(), 3) * terms)), 1f, Float::sum);
            int[] t = new int[c.size()];
            float[] f = new float[c.size()];
            int k = 0;
            for (var e : c.entrySet()) { t[k] = dict.id(String.format("t%05d", e.getKey())); f[k++] = e.getValue(); }
            counts.add(new TermCounts(t, f));
        }
        TermDictionary.Frozen v = dict.freeze();
        List<TermCounts> fixed = counts.stream().map(c -> c.remap(v.remap())).toList();
        TfIdfModel model = TfIdfModel.fit(v, fixed);
        return fixed.stream().map(model::vectorize).toList();
    }

    @Test
    void prunedSearchFindsExactlyTheBruteForceTopK() {
        List<TermVector> vs = vectors(42, 600, 400);
        InvertedIndex index = InvertedIndex.build(vs, 400);
        InvertedIndex.Searcher s = index.searcher();
        for (int q = 0; q < vs.size(); q += 7) {
            for (double min : new double[] {0.0, 0.1, 0.3}) {
                InvertedIndex.Hits hits = s.search(vs.get(q), 10, min, InvertedIndex.DocWeight.NONE, q);
                List<int[]> brute = new ArrayList<>();
                for (int d = 0; d < vs.size(); d++) {
                    double sc = vs.get(q).dot(vs.get(d));
                    if (d != q && sc > 0 && sc >= min) brute.add(new int[] {d, Float.floatToIntBits((float) sc)});
                }
                brute.sort(Comparator.<int[]>comparingDouble(x -> -Float.intBitsToFloat(x[1])).thenComparingInt(x -> x[0]));
                int k = Math.min(10, brute.size());
                assertEquals(k, hits.size(), "query " + q + " min " + min);
                for (int i = 0; i < k; i++) assertEquals(Float.intBitsToFloat(brute.get(i)[1]), hits.scores()[i], 1e-5, "rank " + i);
            }
        }
    }

    /**
     * A searcher's first query may have no terms (an article of stop words only): whole, windowed and beyond, it finds
     * nothing, and the searcher then answers a query with terms as a fresh one does; so does a join whose first row is
     * such a document.
     */
    @Test
    void aFreshSearchersFirstQueryMayHaveNoTerms() {
        List<TermVector> vs = new ArrayList<>(vectors(17, 300, 120));
        vs.set(0, TermVector.EMPTY);
        long[] dates = new long[vs.size()];
        for (int d = 0; d < dates.length; d++) dates[d] = 1_000L * (d % 40);
        for (long[] given : new long[][] {null, dates}) {
            InvertedIndex index = InvertedIndex.build(vs, 120, given);
            InvertedIndex.Hits reference = index.searcher().search(vs.get(5), 10, 0.0, InvertedIndex.DocWeight.NONE, 5);
            assertTrue(reference.size() > 0);
            for (int variant = 0; variant < 3; variant++) {
                InvertedIndex.Searcher s = index.searcher();
                InvertedIndex.Hits none = switch (variant) {
                    case 0 -> s.search(TermVector.EMPTY, 10, 0.0, InvertedIndex.DocWeight.NONE, 0);
                    case 1 -> s.search(TermVector.EMPTY, 10, 0.0, InvertedIndex.DocWeight.NONE, 0, 0, 20_000);
                    default -> s.searchBeyond(TermVector.EMPTY, 10, 0.0, InvertedIndex.DocWeight.NONE, 0, 0, 39_000, 10_000, 20_000, 1.0);
                };
                assertEquals(0, none.size(), "variant " + variant);
                InvertedIndex.Hits after = s.search(vs.get(5), 10, 0.0, InvertedIndex.DocWeight.NONE, 5);
                assertArrayEquals(reference.docs(), after.docs(), "variant " + variant);
                assertArrayEquals(reference.scores(), after.scores(), "variant " + variant);
            }
            if (given == null) {
                int[] k = new int[vs.size()];
                java.util.Arrays.fill(k, 5);
                InvertedIndex.Hits[] each = EachSearch.unmeasured(index, k, 0.05, false, 8, null, false, false).run(1, n -> {});
                assertEquals(0, each[0].size(), "the document without terms");
                InvertedIndex.Hits alone = index.searcher().search(vs.get(5), 5, 0.05, InvertedIndex.DocWeight.NONE, 5);
                assertArrayEquals(alone.docs(), each[5].docs());
            }
        }
    }

    @Test
    void docWeightScalesAndExcludes() {
        List<TermVector> vs = vectors(3, 50, 60);
        InvertedIndex index = InvertedIndex.build(vs, 60);
        InvertedIndex.Hits all = index.searcher().search(vs.get(0), 50, 0, InvertedIndex.DocWeight.NONE, 0);
        InvertedIndex.Hits even = index.searcher().search(vs.get(0), 50, 0, d -> d % 2 == 0 ? 0.5 : 0, 0);
        for (int d : even.docs()) assertEquals(0, d % 2);
        for (int i = 0; i < even.size(); i++) {
            int d = even.docs()[i];
            assertEquals(vs.get(0).dot(vs.get(d)) * 0.5, even.scores()[i], 1e-5);
        }
        assertTrue(even.size() < all.size());
    }

    @Test
    void vectorsAreNormalizedAndSublinear() {
        TermDictionary dict = new TermDictionary();
        int a = dict.id("a"), b = dict.id("b");
        TermDictionary.Frozen v = dict.freeze();
        TermCounts doc = new TermCounts(new int[] {a, b}, new float[] {1, 4});
        TfIdfModel model = TfIdfModel.fit(v, List.of(doc.remap(v.remap())));
        TermVector x = model.vectorize(doc.remap(v.remap()));
        assertEquals(1.0, x.dot(x), 1e-6);
        // both terms in the one document: equal idf, so the ratio is (1 + ln 4) / 1
        assertEquals(1 + Math.log(4), x.weight(1) / x.weight(0), 1e-5);
        assertEquals(Math.log(2.0 / 2.0) + 1, model.idf(1), 1e-12);
    }

    @Test
    void dictionaryIdsAreLexicalWhateverTheInsertionOrder() {
        TermDictionary d1 = new TermDictionary(), d2 = new TermDictionary();
        for (String s : List.of("zeta", "alpha", "mid")) d1.id(s);
        for (String s : List.of("mid", "zeta", "alpha")) d2.id(s);
        assertArrayEquals(d1.freeze().terms(), d2.freeze().terms());
        d1.id("meet");
        d1.count("meet", "meetings", 3);
        d1.count("meet", "meet", 1);
        d1.count("meet", "meeting", 1);
        d1.count("meet", "meet", 1);
        d1.id("isra");
        d1.count("isra", "israel", 5);
        TermDictionary.Frozen f = d1.freeze();
        List<String> terms = java.util.Arrays.asList(f.terms());
        assertEquals("meetings", f.surface()[terms.indexOf("meet")], "the most frequent word wins, not the shortest");
        assertEquals("israel", f.surface()[terms.indexOf("isra")], "a word, never the stem");
        d1.count("meet", "meet", 1);
        f = d1.freeze();
        assertEquals("meet", f.surface()[java.util.Arrays.asList(f.terms()).indexOf("meet")], "a tie goes to the shorter word");
    }

    /** Posted on several threads (each a range of terms), the index is the one posted on one: the same postings, searches and counts. */
    @Test
    void anIndexPostedOnSeveralThreadsIsTheOnePostedOnOne() {
        int n = 9000, terms = 3000;
        List<TermVector> vs = vectors(8, n, terms);
        java.util.Random r = new java.util.Random(8);
        long[] dates = new long[n];
        for (int d = 0; d < n; d++) dates[d] = r.nextInt(15) == 0 ? Long.MIN_VALUE : r.nextInt(300) * 86_400L;
        long[] steps = new long[2];
        InvertedIndex one = InvertedIndex.build(vs, terms, dates, 1, x -> steps[0] += x);
        for (int threads : new int[] {2, 3}) {
            steps[1] = 0;
            InvertedIndex many = InvertedIndex.build(vs, terms, dates, threads, x -> { synchronized (steps) { steps[1] += x; } });
            assertEquals(InvertedIndex.buildSteps(n), steps[1], "steps on " + threads + " threads");
            for (int t = 0; t < terms; t++) assertEquals(one.documentFrequency(t), many.documentFrequency(t), "term " + t);
            InvertedIndex.Searcher a = one.searcher(), b = many.searcher();
            for (int q = 0; q < n; q += 37) {
                long date = dates[q] == Long.MIN_VALUE ? 100 * 86_400L : dates[q];
                InvertedIndex.DocWeight w = d -> dates[d] == Long.MIN_VALUE ? 0.5 : Math.abs(dates[d] - date) > 20 * 86_400L ? 0 : 1;
                InvertedIndex.Hits x = a.search(vs.get(q), 12, 0.02, w, q, date - 20 * 86_400L, date + 20 * 86_400L);
                InvertedIndex.Hits y = b.search(vs.get(q), 12, 0.02, w, q, date - 20 * 86_400L, date + 20 * 86_400L);
                assertArrayEquals(x.docs(), y.docs(), "query " + q);
                assertArrayEquals(x.scores(), y.scores(), "query " + q);
                assertEquals(a.visited(), b.visited(), "postings visited, query " + q);
            }
        }
        assertEquals(InvertedIndex.buildSteps(n), steps[0]);
    }
}
