package io.copydesk.lsh;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.ShingleSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Keys shared by many documents: linear candidates in LSH buckets, copies counted in anchor postings. */
class HotKeysTest {
    @Test
    void aBucketLargerThanTheLimitPairsEachMemberWithItsFirstOnly() {
        LshIndex lsh = new LshIndex(new LshParams(2, 1), 12);
        for (int d = 0; d < 12; d++) lsh.addBandKeys(d, new int[] {d < 10 ? 7 : d, d % 2 == 0 ? 5 : 100 + d}); // band 0: 0..9 share a key; band 1: the evens
        CandidatePairs all = lsh.candidatePairs();
        assertEquals(45 + 15 - 10, all.size(), "every pair of 0..9 and of the six evens; the 10 pairs of evens below 10 repeat");
        CandidatePairs capped = lsh.candidatePairs(6);
        for (int i = 0; i < capped.size(); i++) {
            int a = capped.a(i), b = capped.b(i);
            assertTrue(a == 0 || (a % 2 == 0 && b % 2 == 0), "band 0's bucket of 10 > 6 links to 0 only; band 1's bucket of 6 evens pairs in full: " + a + "-" + b);
        }
        assertEquals(9 + 15 - 4, capped.size(), "9 links to 0 and the 15 pairs of the six evens, of which 0-2, 0-4, 0-6, 0-8 repeat");
    }

    @Test
    void copiesCountTowardsTheAnchorPostingLimit() {
        Random rnd = new Random(3);
        long[] shared = new long[400];
        for (int i = 0; i < shared.length; i++) shared[i] = rnd.nextLong();
        ShingleSet brief = ShingleSet.of(java.util.Arrays.copyOf(shared, 100)), full = ShingleSet.of(shared);
        AnchorIndex one = new AnchorIndex(8, 2.0 / 3);
        one.add(0, full, 1);
        one.add(1, brief);
        assertEquals(1, one.candidatePairs().size(), "a brief pairs with the article containing it");
        AnchorIndex many = new AnchorIndex(8, 2.0 / 3);
        many.add(0, full, 250); // stands for 250 identical copies: its anchors are as common as 250 documents make them
        many.add(1, brief);
        assertEquals(0, many.candidatePairs().size(), "anchors held by more than 200 documents, copies included, are skipped");
    }
}
