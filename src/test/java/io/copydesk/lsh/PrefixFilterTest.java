package io.copydesk.lsh;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.verify.DuplicateRule;
import io.copydesk.verify.Overlap;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link PrefixFilter}: every pair of sets that the rule makes Jaccard duplicates, one of them under the containment
 * minimum, shares a prefix key, whatever the threshold, the sizes and the hashes; sets that cannot be such a duplicate
 * have no keys.
 */
class PrefixFilterTest {
    private static final double[] THRESHOLDS = {0.5, 0.3, 0.7, 0.8, 0.9, 0.55, 1.0 / 3, 0.6, 0.95, 1.0};

    @Test
    void theLeastOverlapIsTheLeastCountReachingTheThresholdAsADouble() {
        for (double t : THRESHOLDS) {
            for (int size = 1; size <= 200; size++) {
                int least = PrefixFilter.leastOverlap(t, size);
                assertTrue((double) least / size >= t, "reaches it: t " + t + ", size " + size);
                assertTrue(least == 1 || (double) (least - 1) / size < t, "the least: t " + t + ", size " + size);
            }
        }
    }

    @Test
    void setsTooLargeToBeADuplicateOfAShortTextHaveNoKeys() {
        PrefixFilter f = new PrefixFilter(new DuplicateRule(0.5, 0.8, 15), 8);
        assertFalse(f.applies(0));
        for (int size = 1; size <= 28; size++) assertTrue(f.applies(size), "size " + size); // 14 of 28 reaches 0.5
        for (int size = 29; size <= 100; size++) assertFalse(f.applies(size), "size " + size);
        assertEquals(0, f.keys(randomSet(new Random(1), 29)).length);
        assertEquals(15, f.keys(randomSet(new Random(1), 28)).length, "28 - 14 + 1");
        assertEquals(1, f.keys(randomSet(new Random(1), 1)).length);
    }

    /**
     * Random pairs built at and around the threshold (a shared part, then each side's own shingles, hashes drawn at
     * random): every pair the rule calls a duplicate with its smaller set under the containment minimum shares a key.
     * With keys one shingle shorter (the largest of each prefix dropped), thousands are missed.
     */
    @Test
    void everyShortJaccardDuplicateSharesAKey() {
        Random r = new Random(41);
        int tested = 0, missedByShorter = 0;
        for (double t : THRESHOLDS) {
            int minContained = 5 + r.nextInt(20);
            DuplicateRule rule = new DuplicateRule(t, 0.8, minContained);
            PrefixFilter f = new PrefixFilter(rule, 8);
            for (int i = 0; i < 20_000; i++) {
                int smaller = 1 + r.nextInt(minContained - 1);
                int shared = Math.max(1, (int) Math.ceil(t * smaller) - r.nextInt(2)); // at the threshold and just under
                shared = Math.min(shared, smaller);
                int onlyA = smaller - shared;
                int onlyB = r.nextInt(Math.max(1, (int) (shared / t) - shared - onlyA + 2));
                long[][] sets = pair(r, shared, onlyA, onlyB);
                ShingleSet a = ShingleSet.of(sets[0]), b = ShingleSet.of(sets[1]);
                if (!rule.isDuplicate(Overlap.of(a, b))) continue;
                tested++;
                int[] ka = f.keys(a), kb = f.keys(b);
                assertTrue(shareOne(ka, kb), "t " + t + ": sizes " + a.size() + ", " + b.size() + ", shared " + shared);
                if (!shareOne(Arrays.copyOf(ka, ka.length - 1), Arrays.copyOf(kb, kb.length - 1))) missedByShorter++;
            }
        }
        assertTrue(tested > 50_000, "pairs tested: " + tested);
        assertTrue(missedByShorter > 1000, "shorter prefixes miss: " + missedByShorter);
    }

    /**
     * Briefs and texts at least as long holding the least share the rule allows of them, or a shingle more: the text holds
     * {@link PrefixFilter#briefNeed} of the brief's keys, whatever the rule and the hashes, and where the brief's own
     * shingles come first by hash no more: asking one key more would miss those.
     */
    @Test
    void everyTextABriefIsADuplicateOfHoldsEnoughOfItsKeys() {
        Random r = new Random(42);
        int tested = 0, shortOfOneFewer = 0;
        for (double c : new double[] {0.8, 0.6, 0.9, 1.0}) {
            DuplicateRule rule = new DuplicateRule(0.5, c, 15);
            PrefixFilter f = new PrefixFilter(rule, 8);
            for (int i = 0; i < 10_000; i++) {
                int brief = 15 + r.nextInt(49);
                assertTrue(f.isBrief(brief));
                int longer = brief + r.nextInt(400);
                int shared = Math.min(brief, rule.leastShared(brief, longer) + r.nextInt(2));
                long[][] sets = pair(r, shared, brief - shared, longer - shared);
                // the brief's own shingles first by hash: its keys hold the fewest shared; in some the shared ones next,
                // two by two with the same high 32 bits, which make one key
                boolean worst = r.nextBoolean(), twos = worst && r.nextBoolean();
                for (int j = shared; worst && j < brief; j++) sets[0][j] = (long) (Integer.MIN_VALUE + j) << 32 | r.nextInt() & 0xFFFFFFFFL;
                for (int j = 0; twos && j < shared; j++) sets[0][j] = sets[1][j] = (long) (Integer.MIN_VALUE + brief + j / 2) << 32 | j;
                ShingleSet a = ShingleSet.of(sets[0]), b = ShingleSet.of(sets[1]);
                if (!rule.isDuplicate(Overlap.of(a, b))) continue;
                tested++;
                int[] keys = f.briefKeys(a);
                long held = IntStream.of(keys).filter(k -> b.hashes().length > 0 && LongStreamHolds.holds(b, k)).count();
                assertTrue(held >= f.briefNeed(brief, keys.length), "c " + c + ": brief " + brief + ", shared " + shared + ", held " + held);
                if (held == f.briefNeed(brief, keys.length)) shortOfOneFewer++;
            }
        }
        assertTrue(tested > 30_000, "pairs tested: " + tested);
        assertTrue(shortOfOneFewer > 1000, "asking one more key misses: " + shortOfOneFewer);
        assertFalse(new PrefixFilter(new DuplicateRule(0.5, 0.8, 15), 8).isBrief(64), "64 shingles hold 8 anchors on average");
        assertEquals(0, new PrefixFilter(new DuplicateRule(0.5, 0.8, 15), 8).briefKeys(randomSet(new Random(2), 14)).length);
    }

    /** Whether a set holds a hash with these high 32 bits. */
    private static final class LongStreamHolds {
        static boolean holds(ShingleSet s, int key) {
            for (long h : s.hashes()) if ((int) (h >>> 32) == key) return true;
            return false;
        }
    }

    private static boolean shareOne(int[] a, int[] b) {
        return IntStream.of(a).anyMatch(x -> IntStream.of(b).anyMatch(y -> y == x));
    }

    /** Two sets sharing {@code shared} random hashes, with {@code onlyA} and {@code onlyB} of their own. */
    private static long[][] pair(Random r, int shared, int onlyA, int onlyB) {
        long[] a = new long[shared + onlyA], b = new long[shared + onlyB];
        for (int i = 0; i < shared; i++) a[i] = b[i] = r.nextLong();
        for (int i = shared; i < a.length; i++) a[i] = r.nextLong();
        for (int i = shared; i < b.length; i++) b[i] = r.nextLong();
        return new long[][] {a, b};
    }

    private static ShingleSet randomSet(Random r, int size) {
        return ShingleSet.of(r.longs(size).toArray());
    }
}
