package io.copydesk.cluster;

import static io.copydesk.tfidf.InvertedIndexTestAccess.uniform;
import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.tfidf.TermVector;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorylineLinkageTest {
    private static final GapWeight NO_TIME = gap -> 1.0;

    /** Event A (terms 1-4), event C (terms 5-8), and one bridge article sharing half of each. */
    private static final List<TermVector> CHAIN = List.of(
            uniform(1, 2, 3, 4), uniform(1, 2, 3, 4), uniform(1, 2, 3, 4),
            uniform(3, 4, 5, 6),
            uniform(5, 6, 7, 8), uniform(5, 6, 7, 8), uniform(5, 6, 7, 8));

    private static long[] undated(int n) {
        long[] d = new long[n];
        Arrays.fill(d, Long.MIN_VALUE);
        return d;
    }

    @Test
    void aChainOfEventsThroughOneBridgeArticleStaysSplit() {
        // A-B and B-C have cosine 0.5, A-C 0: single linkage at 0.3 would chain all three
        int[] event = {0, 0, 0, 1, 2, 2, 2};
        int[] storyline = StorylineLinkage.link(CHAIN, undated(7), event, 9, NO_TIME, Long.MAX_VALUE / 4, 0.3, 10, 1, n -> {});
        assertNotEquals(storyline[0], storyline[2], "A and C must not share a storyline");
        assertTrue(storyline[1] == storyline[0] || storyline[1] == storyline[2], "the bridge joins one side");
    }

    @Test
    void articlesOfABridgeDoNotChainEventsEither() {
        SimilarityGraph g = new SimilarityGraph(7);
        for (int i = 0; i < 7; i++) for (int j = i + 1; j < 7; j++) if (CHAIN.get(i).dot(CHAIN.get(j)) > 0) g.add(i, j, CHAIN.get(i).dot(CHAIN.get(j)));
        int[] label = CentroidAverageLinkage.cluster(CHAIN, g, undated(7), NO_TIME, 0.3);
        assertEquals(label[0], label[2]);
        assertEquals(label[4], label[6]);
        assertNotEquals(label[0], label[4]);
    }

    @Test
    void eventsOfOneThreadJoinWhileTheTimeWeightAllows() {
        // two events sharing half their terms: one storyline when close in time, two when far apart
        List<TermVector> v = List.of(uniform(1, 2, 3, 4), uniform(1, 2, 3, 4), uniform(3, 4, 5, 6), uniform(3, 4, 5, 6));
        int[] event = {0, 0, 1, 1};
        long day = 86_400;
        GapWeight month = gap -> gap > 8 * 30 * day ? 0 : Math.exp(-gap / (30.0 * day));
        long[] week = {0, 0, 7 * day, 7 * day};
        long[] halfYear = {0, 0, 180 * day, 180 * day};
        int[] near = StorylineLinkage.link(v, week, event, 7, month, 8 * 30 * day + day, 0.3, 10, 1, n -> {});
        int[] far = StorylineLinkage.link(v, halfYear, event, 7, month, 8 * 30 * day + day, 0.3, 10, 1, n -> {});
        assertEquals(near[0], near[1]);
        assertNotEquals(far[0], far[1]);
    }

    @Test
    void everyEventKeepsItsOwnStorylineLabelWhenNothingLinks() {
        int[] event = {0, 0, 0, 1, 2, 2, 2};
        int[] storyline = StorylineLinkage.link(CHAIN, undated(7), event, 9, NO_TIME, Long.MAX_VALUE / 4, 0.99, 10, 2, n -> {});
        assertArrayEquals(new int[] {0, 1, 2}, storyline);
    }
}
