package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.tfidf.HeldVector;
import io.copydesk.tfidf.TermVector;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The units' symmetric score, which skips the cosine of pairs beyond the time cutoff: to the bit the cosine × time weight. */
class ExactScoreTest {
    @TempDir Path dir;

    @Test
    void everyPairScoresItsCosineTimesItsTimeWeight() throws Exception {
        RelatedStories rs = RelatedStories.build(StoryFixture.corpus(StoryFixture.write(StoryFixture.generate(3, 4, 4, true), dir)),
                RelatedConfig.DEFAULT.withThreads(1), Progress.NONE);
        int n = rs.articles().size();
        List<TermVector> vectors = StoryFixture.vectors(rs);
        long[] dates = StoryFixture.dates(rs);
        HeldVector held = new HeldVector();
        int cut = 0, scored = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double weight = rs.weightOfDates(dates[a], dates[b]);
                double expected = vectors.get(a).dot(vectors.get(b)) * weight;
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(StoryClusters.exact(rs, held, vectors, dates, a, b)),
                        a + "-" + b);
                if (weight == 0) cut++;
                else if (expected > 0) scored++;
            }
        }
        assertTrue(cut > n && scored > n, "cut " + cut + ", scored " + scored);
    }
}
