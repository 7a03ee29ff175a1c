package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.tfidf.InvertedIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
            reading.assertEveryStageCountedToItsTotal("reading");
            sets = NearDuplicates.shingleSets(corpus, 2, Progress.NONE);
        }
    }

    /** Reading counts the bytes of the input files against their sizes (gzip as stored), so it has a bar and an ETA. */
    @Test
    void readingCountsTheBytesOfTheFilesAsStored(@TempDir Path dir) throws Exception {
        Path plain = Path.of("corpus/corpus.jsonl"), gz = dir.resolve("corpus.jsonl.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(plain, out);
        }
        long plainSize = Files.size(plain), gzSize = Files.size(gz);
        assertTrue(gzSize < plainSize / 2, "compressed: " + gzSize);
        for (List<String> inputs : List.of(List.of(plain.toString()), List.of(gz.toString()), List.of(gz.toString(), plain.toString()))) {
            RecordingProgress p = read(InputSet.of(inputs));
            RecordingProgress.Stage reading = p.stages().getFirst();
            assertTrue(reading.bytes, inputs + ": " + reading);
            long size = 0;
            for (String f : inputs) size += Files.size(Path.of(f));
            assertEquals(size, reading.total, inputs + ": the files' sizes on disk");
            p.assertEveryStageCountedToItsTotal(inputs.toString());
        }
        // stdin is copied aside before reading starts, so its size is known too
        RecordingProgress stdin = read(InputSet.of(List.of("-"), Files.newInputStream(plain), InputSet.DEFAULT_MAX_ARTICLE_BYTES));
        assertTrue(stdin.stages().getFirst().bytes);
        assertEquals(plainSize, stdin.stages().getFirst().total);
        stdin.assertEveryStageCountedToItsTotal("stdin");
        // a folder's files are listed only as it is read: articles counted, no total
        RecordingProgress folder = read(InputSet.of(List.of("corpus/dailyledger", plain.toString())));
        RecordingProgress.Stage reading = folder.stages().getFirst();
        assertFalse(reading.bytes, reading.toString());
        assertEquals(-1, reading.total);
        Corpus both = Corpus.scan(InputSet.of(List.of("corpus/dailyledger", plain.toString())), AnalysisConfig.DEFAULT, ReadProblems.silent(),
                Progress.NONE);
        assertEquals(both.size(), reading.done(), "a folder among the inputs: reading counts the articles");
    }

    private static RecordingProgress read(InputSet in) {
        try (in) {
            RecordingProgress p = new RecordingProgress();
            Corpus.scan(in, AnalysisConfig.DEFAULT, ReadProblems.silent(), p, 2);
            assertEquals(List.of("reading"), p.names());
            return p;
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

    /**
     * Building related stories ranks nothing, so it builds no related index (clustering never needs
     * it): the first ranking builds it in a counted stage of its own, and only the first.
     */
    @Test
    void theRelatedIndexIsBuiltAtTheFirstRankingOnly() {
        RecordingProgress built = new RecordingProgress();
        RelatedStories rs = RelatedStories.build(corpus, RelatedConfig.DEFAULT.withThreads(2), built);
        built.assertEveryStageCountedToItsTotal("built");
        assertFalse(built.names().contains("indexing"), built.names().toString());
        RecordingProgress first = new RecordingProgress();
        List<List<RelatedHit>> all = rs.relatedAll(5, first);
        first.assertEveryStageCountedToItsTotal("first ranking");
        assertEquals(List.of("indexing", "ranking"), first.names());
        assertEquals(corpus.size() + InvertedIndex.buildSteps(corpus.size()), first.stages().getFirst().total);
        RecordingProgress again = new RecordingProgress();
        assertEquals(all, rs.relatedAll(5, again));
        assertEquals(List.of("ranking"), again.names());
    }
}
