package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.NearDuplicates;
import io.copydesk.engine.Progress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A gallery's or a paged article's counter and a count of comments or shares are page furniture, not
 * the story's figures: two copies of one short story that keep other counters stay duplicates.
 */
class CounterLinesTest {
    @Test
    void countersAreFurnitureAndProseWithTheSameWordsIsNot() {
        for (String s : List.of("Photo 1 of 8", "Image 3/12", "Slide 2 of 10", "PAGE 2 OF 5", "Gallery 4 of 9", "12 comments", "1 Comment",
                "340 shares", "Share 12 Tweet 3")) {
            assertTrue(FurnitureLines.isFurniture(PageLine.of(s, 0, s.length())), s);
        }
        for (String s : List.of("Photo 1 of 8 shows the harbour at dawn.", "Page 2 of the report lists 40 towns.",
                "12 comments were sent to the council.", "Share prices fell 12 percent")) {
            assertFalse(FurnitureLines.isFurniture(PageLine.of(s, 0, s.length())), s);
        }
    }

    /** Written for this test: a short wire story with two figures, as two sites print it with their counters. */
    @Test
    void copiesThatKeepOtherCountersStayDuplicates() {
        String story = "Port Kessel reopened its northern quay on Thursday after 14 days of repairs, the harbour office said.\n"
                + "About 230 dock workers returned to the quay, where two cranes were damaged in the storm last month.\n";
        Article a = new Article("coast/quay", "Port Kessel reopens quay", "Photo 1 of 8\n" + story + "Share 12 Tweet 3\n", null, "Coast Daily", null);
        Article b = new Article("harbour/quay", "Quay reopens in Port Kessel", story + "Page 2 of 5\nSlide 4 of 9\n41 comments\n", null, "Harbour Post", null);
        DedupConfig config = DedupConfig.DEFAULT.withThreads(1);
        DedupResult r = new NearDuplicates(config).find(Corpus.of(List.of(a, b), config.analysis(), 1), Progress.NONE);
        assertEquals(1, r.pairs().size(), "one story, two sites' counters");
    }
}
