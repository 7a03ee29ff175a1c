package io.copydesk.lsh;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Trials;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * {@link AnchorIndex#candidatePairs(int, java.util.function.LongConsumer)} at any thread count
 * against the rule read plainly: for each anchor whose documents (copies counted) are few enough,
 * every two of its entries from different documents count one shared anchor for that pair; a
 * pair sharing enough is a candidate.
 */
class AnchorPairsTest {
    /** The candidates of documents {@code anchors[d]} (each with {@code copies[d]} copies), ascending. */
    private static List<Long> plainly(int[][] anchors, int[] copies, double share) {
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int d = 0; d < anchors.length; d++) for (int a : anchors[d]) postings.computeIfAbsent(a, k -> new ArrayList<>()).add(d);
        Map<Long, Integer> shared = new TreeMap<>();
        for (List<Integer> docs : postings.values()) {
            long held = 0;
            for (int d : docs) held += copies[d];
            if (!AnchorIndex.postingKept(held)) continue;
            for (int i = 0; i < docs.size(); i++) {
                for (int j = i + 1; j < docs.size(); j++) {
                    int x = docs.get(i), y = docs.get(j);
                    if (x != y) shared.merge((long) Math.min(x, y) << 32 | Math.max(x, y), 1, Integer::sum);
                }
            }
        }
        List<Long> out = new ArrayList<>();
        shared.forEach((pair, n) -> {
            if (AnchorIndex.sharesEnough(n, anchors[(int) (pair >>> 32)].length, anchors[(int) (long) pair].length, share)) out.add(pair);
        });
        return out;
    }

    private static List<Long> packed(CandidatePairs c) {
        List<Long> out = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) out.add((long) c.a(i) << 32 | c.b(i));
        return out;
    }

    @Test
    void pairsAreThoseOfThePlainRuleAtEveryThreadCount() {
        Trials.run("anchor pairs", 300, r -> {
            int docs = r.nextInt(1, 400);
            // anchors from a small pool (shared often) and from all ints (the parts split by the high bits), repeats in a document too
            int[] pool = new int[r.nextInt(1, 300)];
            for (int i = 0; i < pool.length; i++) pool[i] = r.nextInt();
            int[][] anchors = new int[docs][];
            int[] copies = new int[docs];
            for (int d = 0; d < docs; d++) {
                anchors[d] = new int[r.nextInt(8) == 0 ? r.nextInt(60, 400) : r.nextInt(0, 12)]; // some long: the rule asks more of them
                for (int k = 0; k < anchors[d].length; k++) anchors[d][k] = r.nextInt(4) == 0 ? r.nextInt() : pool[r.nextInt(pool.length)];
                copies[d] = r.nextInt(10) == 0 ? r.nextInt(1, 150) : 1;
            }
            return new Object[] {anchors, copies, new double[] {0, 0.5, 2.0 / 3, 1}[r.nextInt(4)]};
        }, in -> {
            int[][] anchors = (int[][]) in[0];
            int[] copies = (int[]) in[1];
            double share = (double) in[2];
            List<Long> want = plainly(anchors, copies, share);
            long entries = 0;
            for (int[] a : anchors) entries += a.length;
            for (int threads : new int[] {1, 2, 3}) {
                AnchorIndex index = new AnchorIndex(8, share);
                for (int d = 0; d < anchors.length; d++) index.add(d, anchors[d], copies[d]);
                AtomicLong seen = new AtomicLong();
                assertEquals(want, packed(index.candidatePairs(threads, seen::addAndGet)), "threads " + threads);
                assertEquals(entries, seen.get(), "entries reported, threads " + threads);
            }
        });
    }

    /** An index of 240k entries: each part holds many blocks of entries, the last one part full. */
    @Test
    void aLargeIndexGivesThePairsOfThePlainRule() {
        java.util.Random r = new java.util.Random(Trials.SEED);
        int docs = 20_000;
        int[] pool = new int[20_000];
        for (int i = 0; i < pool.length; i++) pool[i] = r.nextInt();
        int[][] anchors = new int[docs][];
        int[] copies = new int[docs];
        for (int d = 0; d < docs; d++) {
            anchors[d] = new int[12];
            for (int k = 0; k < 12; k++) anchors[d][k] = pool[r.nextInt(pool.length)];
            copies[d] = 1;
        }
        List<Long> want = plainly(anchors, copies, 2.0 / 3);
        assertTrue(want.size() > 1_000, "pairs " + want.size());
        for (int threads : new int[] {1, 2}) {
            AnchorIndex index = new AnchorIndex(8, 2.0 / 3);
            for (int d = 0; d < docs; d++) index.add(d, anchors[d], copies[d]);
            assertEquals(docs * 12, index.entries());
            assertEquals(want, packed(index.candidatePairs(threads, n -> {})), "threads " + threads);
        }
    }
}
