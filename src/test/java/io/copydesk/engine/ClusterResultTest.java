package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A clustering result is a value: nothing a caller holds changes it, and two results with the same contents are equal. */
class ClusterResultTest {
    private final ClusterResult result = new StoryClusters(ClusterConfig.DEFAULT).cluster(RelatedStories.build(
            Corpus.of(StoryFixture.generate(11, 4, 4, true).stream().map(StoryFixture.Item::article).toList(), AnalysisConfig.DEFAULT),
            RelatedConfig.DEFAULT, Progress.NONE), Progress.NONE);

    @Test
    void changingAnArrayOrListHandedInOrOutChangesNothing() {
        int[] storylineOf = result.storylineOf();
        assertTrue(storylineOf.length > 1 && storylineOf[0] != 99);
        List<StoryCluster> clusters = new ArrayList<>(result.clusters());
        ClusterResult copy = new ClusterResult(result.articles(), clusters, result.storylines(), storylineOf, result.dedup(),
                result.thresholds(), result.edges());
        storylineOf[0] = 99;
        clusters.clear();
        result.storylineOf()[0] = 99;
        assertNotEquals(99, result.storylineOf()[0]);
        assertNotEquals(99, copy.storylineOf(0));
        assertEquals(result.clusters().size(), copy.clusters().size());
        assertThrows(UnsupportedOperationException.class, () -> result.clusters().clear());
    }

    @Test
    void resultsWithTheSameContentsAreEqual() {
        ClusterResult copy = new ClusterResult(result.articles(), result.clusters(), result.storylines(), result.storylineOf(), result.dedup(),
                result.thresholds(), result.edges());
        assertEquals(result, copy);
        assertEquals(result.hashCode(), copy.hashCode());
        assertEquals(result.toString(), copy.toString());
        int[] other = result.storylineOf();
        other[0]++;
        assertNotEquals(result, new ClusterResult(result.articles(), result.clusters(), result.storylines(), other, result.dedup(),
                result.thresholds(), result.edges()));
    }
}
