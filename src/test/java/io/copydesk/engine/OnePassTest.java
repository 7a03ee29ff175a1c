package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every use case reads its input at most twice: once for ids and boilerplate counts, once for
 * fingerprints. Ranking a new article against the collection reads nothing more.
 */
class OnePassTest {
    @TempDir Path dir;

    private InputSet inputs() throws IOException {
        Path file = StoryFixture.write(StoryFixture.generate(7, 4, 4, true), dir);
        return InputSet.of(List.of(file.toString()));
    }

    private static Corpus scan(InputSet inputs) {
        return Corpus.scan(inputs, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE, 2);
    }

    @Test
    void dedupReadsTheInputTwice() throws IOException {
        try (InputSet inputs = inputs()) {
            new NearDuplicates(DedupConfig.DEFAULT.withThreads(2)).find(scan(inputs), Progress.NONE);
            assertEquals(2, inputs.opens());
        }
    }

    @Test
    void relatedClusterAndQueriesReadTheInputTwice() throws IOException {
        try (InputSet inputs = inputs()) {
            Corpus corpus = scan(inputs);
            RelatedStories rs = RelatedStories.build(corpus, RelatedConfig.DEFAULT.withThreads(2), Progress.NONE);
            rs.relatedAll(5, Progress.NONE);
            new StoryClusters(ClusterConfig.DEFAULT).cluster(rs, Progress.NONE);
            List<RelatedHit> hits = rs.query(StoryFixture.generate(7, 4, 4, true).get(1).article(), 5);
            assertEquals(RelatedHit.Relation.duplicate, hits.getFirst().relation(), "a copy of an article of the collection is verified as a duplicate");
            assertFalse(rs.dedup().groups().isEmpty());
            assertEquals(2, inputs.opens());
        }
    }
}
