package io.copydesk.tfidf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Once admission has closed, a search drops the seen documents that cannot reach the floor. That
 * must not change a hit or a score bit: every search is compared with a brute-force scoring of
 * every document (the float sum of {@code q_t × w_{t,d}} in the search's term order, times the
 * doc weight as a float), and with the same search without dropping. The collections are those
 * where dropping happens: TF-IDF vectors of long texts over a Zipf-like vocabulary (posting lists
 * of thousands for the common terms), long queries (sums of several vectors), small k, minimum scores
 * from 0 up, doc weights below 1, vectors of length 1 and shorter (the heaviest terms of one).
 */
class SeenPruningTest {
    private static final long DAY = 86_400;

    @Test
    void droppingSeenDocumentsChangesNoHitAndNoScoreBit() {
        long searches = 0, dropped = 0, visited = 0, visitedWithout = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Random rnd = new Random(seed);
            int n = 3000, terms = 3000;
            List<TermVector> vs = new ArrayList<>(articles(rnd, n, terms));
            // some vectors shorter than 1: their heaviest terms only, as an index of heads holds
            for (int d = 0; d < n; d++) if (seed % 2 == 0 && rnd.nextInt(3) == 0) vs.set(d, vs.get(d).heaviest(8 + rnd.nextInt(20), 0.5));
            long[] dates = new long[n];
            for (int d = 0; d < n; d++) dates[d] = rnd.nextInt(20) == 0 ? Long.MIN_VALUE : rnd.nextInt(30) * DAY;
            InvertedIndex index = InvertedIndex.build(vs, terms, seed > 2 ? dates : null);
            float[] max = maxWeights(vs, terms);
            InvertedIndex.Searcher pruning = index.searcher(), plain = index.searcher();
            plain.pruneSeen = false;
            for (int q = 0; q < n; q += 23) {
                long date = dates[q] == Long.MIN_VALUE ? 15 * DAY : dates[q];
                double scale = 0.3 + 0.7 * rnd.nextDouble();
                InvertedIndex.DocWeight weight = switch (rnd.nextInt(3)) {
                    case 0 -> InvertedIndex.DocWeight.NONE;
                    case 1 -> d -> scale;
                    default -> d -> dates[d] == Long.MIN_VALUE ? 0.5 : scale * Math.exp(-Math.abs(dates[d] - date) / (8.0 * DAY));
                };
                int parts = 1 + rnd.nextInt(4);
                List<TermVector> summed = new ArrayList<>();
                for (int p = 0; p < parts; p++) summed.add(vs.get((q + 17 * p) % n));
                TermVector query = parts == 1 ? vs.get(q) : TermVector.sum(summed, null).normalized();
                int k = 1 + rnd.nextInt(8);
                double min = rnd.nextInt(5) * 0.03;
                int exclude = rnd.nextInt(3) == 0 ? -1 : q;
                long droppedBefore = pruning.dropped, visitedBefore = pruning.visited(), plainBefore = plain.visited();
                InvertedIndex.Hits got = pruning.search(query, k, min, weight, exclude);
                InvertedIndex.Hits without = plain.search(query, k, min, weight, exclude);
                List<long[]> want = bruteForce(vs, max, query, weight, exclude, min);
                String where = "seed " + seed + " query " + q + " k " + k + " min " + min;
                assertEquals(Math.min(k, want.size()), got.size(), where);
                for (int h = 0; h < got.size(); h++) {
                    assertEquals(want.get(h)[0], got.docs()[h], where + " rank " + h);
                    assertEquals(want.get(h)[1], Float.floatToRawIntBits(got.scores()[h]), where + " rank " + h);
                }
                assertArrayEquals(without.docs(), got.docs(), where);
                assertArrayEquals(without.scores(), got.scores(), where);
                searches++;
                dropped += pruning.dropped - droppedBefore;
                visited += pruning.visited() - visitedBefore;
                visitedWithout += plain.visited() - plainBefore;
            }
        }
        assertTrue(dropped > 1000 * searches, dropped + " documents dropped in " + searches + " searches: the test does not reach the dropping");
        assertTrue(visited < 0.9 * visitedWithout, visited + " postings and look-ups against " + visitedWithout + " without dropping");
    }

    /**
     * A seen document whose partial score plus the remaining bound falls short of the floor, in
     * exact arithmetic, by less than its float sum rounds up: doc 0 takes 0.25 from term A, then
     * 0.25 - 2^-26 (the most term B gives) from B, and 0.25 + (0.25 - 2^-26) = 0.5 - 2^-26 rounds
     * (to even) to 0.5f, the score of doc 1 (A only), which set the floor after A. The tie goes to
     * doc 0; dropping it without room for the rounding would return doc 1. Doc 2 (0.01 from A)
     * cannot reach 0.5 and is dropped; docs 3.. hold B only (a long list, so a pass runs before it).
     */
    @Test
    void aDocumentWhoseFloatSumRoundsUpToTheFloorIsKept() {
        int a = 0, b = 1;
        float below = 0.25f - 0x1p-26f;
        List<TermVector> vs = new ArrayList<>();
        vs.add(new TermVector(new int[] {a, b}, new float[] {0.25f, below}));
        vs.add(new TermVector(new int[] {a}, new float[] {0.5f}));
        vs.add(new TermVector(new int[] {a}, new float[] {0.01f}));
        for (int d = 0; d < 300; d++) vs.add(new TermVector(new int[] {b}, new float[] {0.01f}));
        InvertedIndex.Searcher s = InvertedIndex.build(vs, 2).searcher();
        InvertedIndex.Hits hits = s.search(new TermVector(new int[] {a, b}, new float[] {1f, 1f}), 1, 0, InvertedIndex.DocWeight.NONE, -1);
        assertEquals(0.5f, 0.25f + below);
        assertEquals(1, s.dropped, "doc 2 dropped, doc 0 kept");
        assertArrayEquals(new int[] {0}, hits.docs());
        assertArrayEquals(new float[] {0.5f}, hits.scores());
    }

    /**
     * The same rounding at admission, in a search over the whole collection: after term A (docs 1
     * and 2) the floor is doc 1's 0.5f, and the most an unseen document can still gain from C and
     * B is 0.25 + (0.25 - 2^-26) = 0.5 - 2^-26 in exact arithmetic, below the floor; but doc 0's
     * float sum of the two rounds (to even) to 0.5f, ties doc 1 and wins on its lower id. Closing
     * admission without room for the rounding would return doc 1. Docs 3.. hold C only (a long
     * list, so the floor is computed before it).
     */
    @Test
    void anUnseenDocumentWhoseFloatSumRoundsUpToTheFloorIsAdmitted() {
        int a = 0, b = 1, c = 2;
        float below = 0.25f - 0x1p-26f;
        List<TermVector> vs = new ArrayList<>();
        vs.add(new TermVector(new int[] {b, c}, new float[] {below, 0.25f}));
        vs.add(new TermVector(new int[] {a}, new float[] {0.5f}));
        vs.add(new TermVector(new int[] {a}, new float[] {0.6f}));
        for (int d = 0; d < 300; d++) vs.add(new TermVector(new int[] {c}, new float[] {0.001f}));
        InvertedIndex.Searcher s = InvertedIndex.build(vs, 3).searcher();
        InvertedIndex.Hits hits = s.search(new TermVector(new int[] {a, b, c}, new float[] {1f, 1f, 1f}), 2, 0, InvertedIndex.DocWeight.NONE, -1);
        assertEquals(0.5f, 0.25f + below);
        assertArrayEquals(new int[] {2, 0}, hits.docs());
        assertArrayEquals(new float[] {0.6f, 0.5f}, hits.scores());
    }

    /**
     * TF-IDF vectors of 40-200 words each from a Zipf-like vocabulary: the common words' posting
     * lists hold most documents, the rare words' a few.
     */
    static List<TermVector> articles(Random rnd, int n, int terms) {
        TermDictionary dict = new TermDictionary();
        for (int t = 0; t < terms; t++) dict.id(String.format("t%05d", t));
        TermDictionary.Frozen frozen = dict.freeze();
        List<TermCounts> counts = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            java.util.TreeMap<Integer, Float> c = new java.util.TreeMap<>();
            int len = 40 + rnd.nextInt(160);
            for (int i = 0; i < len; i++) c.merge((int) Math.min(terms - 1, Math.floor(Math.pow(terms, rnd.nextDouble()) - 1)), 1f, Float::sum);
            int[] t = new int[c.size()];
            float[] f = new float[c.size()];
            int k = 0;
            for (var e : c.entrySet()) { t[k] = e.getKey(); f[k++] = e.getValue(); }
            counts.add(new TermCounts(t, f));
        }
        List<TermCounts> remapped = counts.stream().map(c -> c.remap(frozen.remap())).toList();
        TfIdfModel model = TfIdfModel.fit(frozen, remapped);
        return remapped.stream().map(model::vectorize).toList();
    }

    /** Each term's largest weight over {@code vs} (the index's maximum weights, which order a search's terms). */
    static float[] maxWeights(List<TermVector> vs, int terms) {
        float[] max = new float[terms];
        for (TermVector v : vs) for (int i = 0; i < v.size(); i++) max[v.term(i)] = Math.max(max[v.term(i)], v.weight(i));
        return max;
    }

    /** Every document's {doc, score bits} reaching {@code min}, best first, ties by document. */
    static List<long[]> bruteForce(List<TermVector> vs, float[] max, TermVector query, InvertedIndex.DocWeight weight, int exclude, double min) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < query.size(); i++) if (max[query.term(i)] > 0) positions.add(i);
        positions.sort(Comparator.comparingDouble((Integer i) -> -(query.weight(i) * max[query.term(i)])).thenComparingInt(i -> i));
        int[] rankOf = new int[max.length];
        java.util.Arrays.fill(rankOf, -1);
        for (int r = 0; r < positions.size(); r++) rankOf[query.term(positions.get(r))] = r;
        List<long[]> out = new ArrayList<>();
        for (int d = 0; d < vs.size(); d++) {
            double dw = weight.weight(d);
            if (d == exclude || dw <= 0) continue;
            float[] products = new float[positions.size()]; // q_t × w_{t,d} by rank, 0 where d lacks the term (a + 0 is a)
            TermVector v = vs.get(d);
            for (int i = 0; i < v.size(); i++) {
                int r = rankOf[v.term(i)];
                if (r >= 0) products[r] = query.weight(positions.get(r)) * v.weight(i);
            }
            float acc = 0f;
            for (float p : products) acc = acc + p;
            if (!(acc > 0f)) continue;
            float score = acc * (float) dw;
            if (score >= min) out.add(new long[] {d, Float.floatToRawIntBits(score)});
        }
        out.sort(Comparator.<long[]>comparingDouble(x -> -Float.intBitsToFloat((int) x[1])).thenComparingLong(x -> x[0]));
        return out;
    }
}
