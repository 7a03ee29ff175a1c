package io.copydesk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentHashTest {
    @Test
    void equalRunsHashTheSameWhereverTheyLie() {
        Random r = new Random(11);
        for (int round = 0; round < 500; round++) {
            long[] run = r.longs(r.nextInt(40)).toArray();
            int before = r.nextInt(9), after = r.nextInt(9);
            long[] padded = new long[before + run.length + after];
            Arrays.fill(padded, r.nextLong());
            System.arraycopy(run, 0, padded, before, run.length);
            assertEquals(ContentHash.of(run, 0, run.length), ContentHash.of(padded, before, before + run.length), "round " + round);
        }
    }

    @Test
    void changingAnyOneValueOrTheLengthChangesTheHash() {
        Random r = new Random(12);
        for (int round = 0; round < 300; round++) {
            long[] a = r.longs(1 + r.nextInt(30)).toArray();
            int h = ContentHash.of(a, 0, a.length);
            for (int i = 0; i < a.length; i++) { // every position, so every chain and the tail
                long[] b = a.clone();
                b[i] += 1L << r.nextInt(64);
                assertNotEquals(h, ContentHash.of(b, 0, b.length), "round " + round + ", value " + i);
            }
            assertNotEquals(h, ContentHash.of(a, 0, a.length - 1), "round " + round + ": one value shorter");
            long[] longer = Arrays.copyOf(a, a.length + 1); // a zero more, at the end or in front: the length counts, not only the values
            assertNotEquals(h, ContentHash.of(longer, 0, longer.length), "round " + round + ": a zero longer");
            System.arraycopy(a, 0, longer, 1, a.length);
            longer[0] = 0;
            assertNotEquals(h, ContentHash.of(longer, 0, longer.length), "round " + round + ": a zero in front");
        }
    }

    @Test
    void valuesSwappedBetweenPositionsChangeTheHash() {
        Random r = new Random(13);
        for (int round = 0; round < 300; round++) {
            long[] a = r.longs(2 + r.nextInt(30)).toArray();
            int i = r.nextInt(a.length), j = r.nextInt(a.length);
            if (a[i] == a[j]) continue;
            long[] b = a.clone();
            b[i] = a[j];
            b[j] = a[i];
            assertNotEquals(ContentHash.of(a, 0, a.length), ContentHash.of(b, 0, b.length), "round " + round);
        }
    }

    @Test
    void distinctContentsRarelyShareAHash() {
        Random r = new Random(14);
        Set<List<Long>> contents = new HashSet<>();
        Set<Integer> hashes = new HashSet<>();
        int collisions = 0;
        while (contents.size() < 200_000) {
            long[] a = r.longs(1 + r.nextInt(12), 0, 1000).toArray(); // short runs of small values: structured contents
            if (!contents.add(Arrays.stream(a).boxed().toList())) continue;
            if (!hashes.add(ContentHash.of(a, 0, a.length))) collisions++;
        }
        assertTrue(collisions < 50, collisions + " collisions among 200,000 distinct contents (about 5 expected of 32 random bits)");
    }
}
