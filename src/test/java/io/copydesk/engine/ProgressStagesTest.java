package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every stage of dedup (LSH and exact, from files and from stored shingle sets), of the report's
 * candidate scores names its total and reaches it, so no
 * stage shows a bare clock and every rate and ETA is true. (Clustering: {@code StoryLevelsTest}.)
 */
class ProgressStagesTest {
    static Corpus corpus;
    static List<ShingleSet> sets;

    @BeforeAll
    static void read() {
        try (InputSet in = InputSet.of(List.of("corpus/corpus.jsonl"))) {
            RecordingProgress reading = new RecordingProgress();
            corpus = Corpus.scan(in, AnalysisConfig.DEFAULT, ReadProblems.silent(), reading);
            assertEquals(List.of("reading"), reading.names());
            assertEquals(corpus.size(), reading.stages().getFirst().done(), "reading counts the articles");
            sets = NearDuplicates.shingleSets(corpus, 2, Progress.NONE);
        }
    }

    @Test
    void dedupFromFiles() {
        RecordingProgress p = new RecordingProgress();
        DedupResult r = new NearDuplicates(DedupConfig.DEFAULT.withThreads(2)).find(corpus, p);
        p.assertEveryStageCountedToItsTotal("dedup");
        assertEquals(List.of("analyzing", "copies", "anchors", "candidates", "verifying", "grouping"), p.names());
        assertEquals(r.candidates(), p.stages().get(4).total, "verifying counts the candidate pairs");
    }

    @Test
    void exactDedupAndStoredShingleSets() {
        RecordingProgress exact = new RecordingProgress();
        new NearDuplicates(DedupConfig.DEFAULT.withExact(true)).find(corpus.articles(), sets, exact);
        exact.assertEveryStageCountedToItsTotal("exact");
        assertEquals(List.of("copies", "comparing all pairs", "grouping"), exact.names());

        RecordingProgress stored = new RecordingProgress();
        DedupResult fromSets = new NearDuplicates(DedupConfig.DEFAULT).find(corpus.articles(), sets, stored);
        stored.assertEveryStageCountedToItsTotal("stored sets");
        assertEquals(List.of("signing", "copies", "anchors", "candidates", "verifying", "grouping"), stored.names());

        RecordingProgress scores = new RecordingProgress();
        List<DuplicatePair> pairs = new NearDuplicates(DedupConfig.DEFAULT).candidateScores(sets, scores);
        scores.assertEveryStageCountedToItsTotal("candidate scores");
        assertEquals(List.of("signing", "copies", "anchors", "candidates", "scores"), scores.names());
        assertEquals(fromSets.candidates(), scores.stages().getLast().total, "scores counts the candidate pairs");
        assertTrue(pairs.size() <= fromSets.candidates());
    }
}
