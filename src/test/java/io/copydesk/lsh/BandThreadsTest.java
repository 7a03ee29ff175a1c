package io.copydesk.lsh;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Candidate pairs found with the bands shared out among threads are the pairs the bucket rule defines, for every thread count. */
class BandThreadsTest {
    @Test
    void everyThreadCountGivesTheBucketRulesPairs() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 20; trial++) {
            int n = 50 + rnd.nextInt(400), bands = 1 + rnd.nextInt(9), maxBucket = 2 + rnd.nextInt(40);
            int[][] keys = new int[bands][n];
            LshIndex lsh = new LshIndex(new LshParams(bands, 1), n);
            boolean[] present = new boolean[n];
            for (int d = 0; d < n; d++) {
                int[] k = new int[bands];
                for (int b = 0; b < bands; b++) k[b] = keys[b][d] = rnd.nextInt(b % 3 == 0 ? 6 : 60); // some bands with huge buckets
                if (rnd.nextInt(10) == 0) continue; // never added: an empty signature
                lsh.addBandKeys(d, k);
                present[d] = true;
                if (rnd.nextInt(10) == 0) { lsh.remove(d); present[d] = false; }
            }
            String expected = expected(keys, present, maxBucket).toString();
            int[] done = new int[1];
            for (int threads = 1; threads <= 4; threads++) {
                CandidatePairs got = lsh.candidatePairs(maxBucket, threads, () -> { synchronized (done) { done[0]++; } });
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i < got.size(); i++) pairs.add(got.a(i) + "-" + got.b(i));
                assertEquals(expected, pairs.toString(), "trial " + trial + ", " + threads + " threads");
                assertEquals(bands * threads, done[0], "one call per band");
            }
            done[0] = 0;
        }
    }

    /** The rule, done naively: within each band's bucket of present documents, all pairs, or only the first's when it is over the cap. */
    private static TreeSet<String> expected(int[][] keys, boolean[] present, int maxBucket) {
        TreeSet<Long> pairs = new TreeSet<>();
        for (int[] band : keys) {
            for (int key : java.util.Arrays.stream(band).distinct().toArray()) {
                List<Integer> bucket = new ArrayList<>();
                for (int d = 0; d < band.length; d++) if (present[d] && band[d] == key) bucket.add(d);
                int firsts = bucket.size() <= maxBucket ? bucket.size() : 1;
                for (int a = 0; a < firsts; a++) {
                    for (int b = a + 1; b < bucket.size(); b++) pairs.add((long) bucket.get(a) << 32 | bucket.get(b));
                }
            }
        }
        TreeSet<String> out = new TreeSet<>(java.util.Comparator.comparingLong(s -> Long.parseLong(s.split("-")[0]) << 32 | Long.parseLong(s.split("-")[1])));
        for (long p : pairs) out.add((p >>> 32) + "-" + (int) p);
        return out;
    }
}
