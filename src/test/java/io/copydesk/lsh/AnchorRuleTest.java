package io.copydesk.lsh;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.verify.DuplicateRule;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link AnchorIndex#leastShared}: the anchors two documents must share. It asks {@code min(MIN_SHARED, a)} of
 * documents with few anchors, as the rule always did, grows with the smaller count {@code a}, stays below what
 * duplicates share on average, and duplicates drawn at random at the least share the rule allows reach it.
 */
class AnchorRuleTest {
    private static final double SHARE = new DuplicateRule(0.5, 0.8, 15).leastShare(); // the defaults: 2/3

    @Test
    void theLeastShareIsTheWeakerOfTheTwoTests() {
        assertEquals(2.0 / 3, new DuplicateRule(0.5, 0.8, 15).leastShare(), 1e-12);
        assertEquals(0.6, new DuplicateRule(0.9, 0.6, 15).leastShare(), 1e-12);
        assertEquals(2 * 0.3 / 1.3, new DuplicateRule(0.3, 1.0, 15).leastShare(), 1e-12);
    }

    @Test
    void fewAnchorsAskWhatTheRuleAlwaysAskedAndManyAskMore() {
        for (int a = 0; a <= 50; a++) {
            assertEquals(Math.max(1, Math.min(AnchorIndex.MIN_SHARED, a)), AnchorIndex.leastShared(a, 1000, SHARE), "a = " + a);
        }
        assertTrue(AnchorIndex.leastShared(125, 125, SHARE) >= 20, "a long article's: " + AnchorIndex.leastShared(125, 125, SHARE));
        int last = 0;
        for (int a = 0; a <= 5000; a++) {
            int least = AnchorIndex.leastShared(a, a + 7, SHARE);
            assertEquals(least, AnchorIndex.leastShared(a + 7, a, SHARE), "symmetric");
            assertTrue(least >= last, "grows with the smaller count, a = " + a);
            assertTrue(a == 0 || least <= Math.max(AnchorIndex.MIN_SHARED, SHARE * a), "below the mean, a = " + a);
            last = least;
        }
        assertEquals(AnchorIndex.leastShared(40, 40, 0.2), AnchorIndex.leastShared(40, 40, 0.0), "a low share asks the minimum only");
        assertTrue(AnchorIndex.leastShared(400, 400, 0.9) > AnchorIndex.leastShared(400, 400, 0.6), "a higher share asks more");
    }

    /**
     * Duplicates at the least share, their anchors drawn as hashes draw them (each shingle one in eight): the anchors
     * of the smaller document among the shared shingles reach the rule in every one of 200,000 draws (the bound allows
     * one miss in a billion; a bound two standard deviations under the mean would miss thousands here).
     */
    @Test
    void duplicatesAtTheLeastShareReachItWhateverTheirAnchorsAre() {
        Random r = new Random(40);
        int draws = 200_000, missed = 0, tested = 0;
        for (int i = 0; i < draws; i++) {
            int shingles = 300 + r.nextInt(3000);
            int shared = (int) Math.ceil(SHARE * shingles);
            int anchors = 0, sharedAnchors = 0;
            for (int s = 0; s < shingles; s++) {
                if (r.nextInt(8) != 0) continue;
                anchors++;
                if (s < shared) sharedAnchors++;
            }
            int least = AnchorIndex.leastShared(anchors, anchors + r.nextInt(100), SHARE);
            if (least > AnchorIndex.MIN_SHARED) tested++;
            if (sharedAnchors < least) missed++;
        }
        assertTrue(tested > draws / 2, "the bound was above the minimum in " + tested + " draws");
        assertEquals(0, missed, "duplicates with too few shared anchors");
    }
}
