package io.copydesk.tfidf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A search's scores to the bit: each hit's score must be the float sum of {@code q_t × w_{t,d}}
 * over the query terms in the search's term order (decreasing {@code q_t × max_d w_{t,d}}, ties by
 * position in the query), times the document's weight as a float. Cluster and related outputs
 * print and compare these scores, so any change in the operations or their order (a rewrite of
 * the searcher's loops, scratch space shared between searches) would move bytes of the output.
 * One searcher runs every search, so state left by one search shows in the next.
 */
class SearchScoreBitsTest {
    private static final long DAY = 86_400;

    @Test
    void scoresAreTheFloatSumsInTermOrderTimesTheWeight() {
        for (long seed = 1; seed <= 5; seed++) {
            Random rnd = new Random(seed);
            int n = 900, terms = 250;
            List<TermVector> vs = InvertedIndexTest.vectors(seed, n, terms);
            long[] dates = new long[n];
            for (int d = 0; d < n; d++) dates[d] = rnd.nextInt(12) == 0 ? Long.MIN_VALUE : rnd.nextInt(40) * DAY + rnd.nextInt(5);
            InvertedIndex index = InvertedIndex.build(vs, terms, dates);
            float[] max = SeenPruningTest.maxWeights(vs, terms);
            InvertedIndex.Searcher searcher = index.searcher();
            for (int q = 0; q < n; q += 2) {
                long date = dates[q] == Long.MIN_VALUE ? 20 * DAY : dates[q];
                long reach = (1 + rnd.nextInt(10)) * DAY;
                int kind = rnd.nextInt(3);
                InvertedIndex.DocWeight weight = switch (kind) {
                    case 0 -> InvertedIndex.DocWeight.NONE;
                    case 1 -> d -> dates[d] == Long.MIN_VALUE ? 0.6 : Math.abs(dates[d] - date) > reach ? 0 : 1 / (1 + Math.abs(dates[d] - date) / (double) DAY);
                    default -> new InvertedIndex.DateWeight() { // read from the index's own copy of the dates
                        @Override public long[] dates() { return dates; }
                        @Override public double weightOfDate(long other) {
                            return other == Long.MIN_VALUE ? 0.8 : Math.abs(other - date) > reach ? 0 : Math.exp(-Math.abs(other - date) / (3.0 * DAY));
                        }
                    };
                };
                boolean windowed = kind != 0 && rnd.nextBoolean();
                long from = windowed ? date - reach : Long.MIN_VALUE, to = windowed ? date + reach : Long.MAX_VALUE;
                int k = 1 + rnd.nextInt(15);
                double min = rnd.nextInt(4) * 0.04;
                int exclude = rnd.nextInt(4) == 0 ? -1 : q;
                // long queries too: a sum of several vectors, to grow the searcher's scratch space mid-run
                TermVector query = rnd.nextInt(10) == 0 ? TermVector.sum(List.of(vs.get(q), vs.get((q + 1) % n), vs.get((q + 7) % n)), null) : vs.get(q);
                InvertedIndex.Hits got = searcher.search(query, k, min, weight, exclude, from, to);
                List<long[]> expected = expected(vs, dates, max, query, weight, exclude, from, to, min);
                String where = "seed " + seed + " query " + q;
                assertEquals(Math.min(k, expected.size()), got.size(), where);
                for (int h = 0; h < got.size(); h++) {
                    assertEquals(expected.get(h)[0], got.docs()[h], where + " rank " + h);
                    assertEquals(expected.get(h)[1], Float.floatToRawIntBits(got.scores()[h]), where + " rank " + h);
                }
            }
        }
    }

    /** Every document's {doc, score bits} reaching {@code min}, best first, ties by document. */
    private static List<long[]> expected(List<TermVector> vs, long[] dates, float[] max, TermVector query, InvertedIndex.DocWeight weight,
                                         int exclude, long from, long to, double min) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < query.size(); i++) if (query.term(i) < max.length && max[query.term(i)] > 0) positions.add(i);
        positions.sort(Comparator.comparingDouble((Integer i) -> -(query.weight(i) * max[query.term(i)])).thenComparingInt(i -> i));
        List<long[]> out = new ArrayList<>();
        for (int d = 0; d < vs.size(); d++) {
            if (d == exclude || dates[d] != Long.MIN_VALUE && (dates[d] < from || dates[d] > to)) continue;
            double dw = weight.weight(d);
            if (dw <= 0) continue;
            float acc = 0f;
            for (int i : positions) acc = acc + query.weight(i) * vs.get(d).weightOf(query.term(i));
            if (!(acc > 0f)) continue;
            float score = acc * (float) dw;
            if (score >= min) out.add(new long[] {d, Float.floatToRawIntBits(score)});
        }
        out.sort(Comparator.<long[]>comparingDouble(x -> -Float.intBitsToFloat((int) x[1])).thenComparingLong(x -> x[0]));
        return out;
    }
}
