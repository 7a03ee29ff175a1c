package io.copydesk.cluster;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link MergeHeap} polls candidates in the order a {@code PriorityQueue<MergeCandidate>} does,
 * under interleaved adds and polls, with many equal means (ties by the ids), small ids and ids near the
 * largest int.
 */
class MergeHeapTest {
    @Test
    void pollsInMergeCandidateOrder() {
        for (long seed = 1; seed <= 20; seed++) {
            Random rnd = new Random(seed);
            MergeHeap ours = new MergeHeap();
            PriorityQueue<MergeCandidate> theirs = new PriorityQueue<>();
            Set<String> keys = new HashSet<>(); // (mean, a, b) distinct: equal ones may come out in either order
            for (int op = 0; op < 30_000; op++) {
                if (!theirs.isEmpty() && rnd.nextInt(5) < 2) {
                    MergeCandidate want = theirs.poll();
                    ours.poll();
                    String where = "seed " + seed + " op " + op;
                    assertEquals(want.mean(), ours.mean(), where);
                    assertEquals(want.a(), ours.a(), where);
                    assertEquals(want.b(), ours.b(), where);
                    assertEquals(want.va(), ours.va(), where);
                    assertEquals(want.vb(), ours.vb(), where);
                } else {
                    double mean = rnd.nextInt(seed % 2 == 0 ? 5 : 1000) / 7.0; // few distinct means in half the seeds
                    int scale = seed % 3 == 0 ? 20_000_000 : 1; // ids up to near the largest int, in a third of the seeds
                    int a = rnd.nextInt(50) * scale, b = a + (1 + rnd.nextInt(50)) * scale;
                    if (!keys.add(mean + " " + a + " " + b)) continue;
                    int va = rnd.nextInt(9) * scale, vb = rnd.nextInt(9) * scale;
                    theirs.add(new MergeCandidate(mean, a, b, va, vb));
                    ours.add(mean, a, b, va, vb);
                }
                assertEquals(theirs.isEmpty(), ours.isEmpty());
            }
        }
    }
}
