package io.copydesk.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydesk.tfidf.InvertedIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EachSearchBenchTest {
    static EachSearchBench b;

    @BeforeAll
    static void setup() {
        b = new EachSearchBench();
        b.articles = 6000;
        b.setup();
    }

    @Test
    void theCollectionIsUndatedAndWhole() {
        assertEquals(6000, b.vectors.size());
        assertTrue(b.baseline() > 6000L * 20, "articles too short: " + b.baseline() + " terms");
    }

    /** What is timed computes the same lists both ways (atOnce throws where the join is not taken). */
    @Test
    void atOnceFindsWhatOneByOneFinds() {
        InvertedIndex.Hits[] one = b.oneByOne(), all = b.atOnce();
        long hits = 0;
        for (int d = 0; d < one.length; d++) {
            assertArrayEquals(one[d].docs(), all[d].docs(), "article " + d);
            assertArrayEquals(one[d].scores(), all[d].scores(), "article " + d);
            hits += one[d].size();
        }
        assertTrue(hits > one.length, "too few neighbours to compare: " + hits);
    }
}
