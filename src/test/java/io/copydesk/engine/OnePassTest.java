package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.document.InputSet;
import io.copydesk.report.CleaningTally;
import io.copydesk.report.ReportInput;
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
    void explainReadsTheInputTwiceAndExplainsThePairItWasAskedFor() throws IOException {
        try (InputSet inputs = inputs()) {
            Corpus corpus = scan(inputs);
            RelatedStories rs = RelatedStories.build(corpus, RelatedConfig.DEFAULT.withThreads(2), Progress.NONE);
            DuplicateGroup group = rs.dedup().groups().getFirst();
            String a = corpus.articles().get(group.canonical()).id();
            String b = corpus.articles().get(group.members().get(1).index()).id();
            int before = inputs.opens();

            Explainer.Full full = Explainer.explain(corpus, a, b, ClusterConfig.of(RelatedConfig.DEFAULT.withThreads(2)));

            assertEquals(1, inputs.opens() - before, "explain after the scan reads the input once: the fingerprint pass");
            assertEquals(a, full.pair().a().id());
            assertEquals(b, full.pair().b().id());
            assertTrue(full.pair().duplicate(), "two members of one duplicate group are explained as duplicates");
            assertEquals(rs.explain(a, b).cosine(), full.related().cosine(), 1e-12, "the same related score as a separate build");
            assertEquals(ArticleLevels.Level.duplicate, full.clusters().levels().of(corpus.indexOf(a), corpus.indexOf(b)));
            PairExplanation alone = new Explainer(DedupConfig.DEFAULT.withThreads(2)).explain(corpus, a, b);
            assertEquals(alone.jaccard(), full.pair().jaccard(), "the verdict from the text kept in the pass equals a separate read's");
            assertEquals(alone.sharedA(), full.pair().sharedA());
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

    @Test
    void theReportReadsTheInputTwiceAndShowsWhatSeparateRunsFind() throws IOException {
        RelatedConfig config = RelatedConfig.DEFAULT.withThreads(2);
        ReportInput report;
        try (InputSet inputs = inputs()) {
            report = ReportInput.of("fixture", scan(inputs), ClusterConfig.of(config), Progress.NONE);
            assertEquals(2, inputs.opens(), "the scan and one fingerprint pass");
        }
        try (InputSet inputs = inputs()) { // each part on its own, as a caller without the report would find it
            Corpus corpus = scan(inputs);
            ClusterResult stories = new StoryClusters(ClusterConfig.of(config)).cluster(RelatedStories.build(corpus, config, Progress.NONE), Progress.NONE);
            assertEquals(stories.clusters(), report.stories().clusters());
            assertEquals(stories.storylines(), report.stories().storylines());
            assertEquals(stories.dedup().groups(), report.stories().dedup().groups());
            assertFalse(stories.dedup().groups().isEmpty());
            List<DuplicatePair> candidates = new NearDuplicates(config.dedup()).candidateScores(NearDuplicates.shingleSets(corpus, 2, Progress.NONE));
            assertEquals(candidates, report.candidates());
            CleaningTally cleaning = new CleaningTally();
            corpus.fingerprints(AnalysisConfig.DEFAULT, 2, Progress.NONE, (i, f) -> CleaningTally.Removed.of(f)).forEach(cleaning::add);
            assertEquals(cleaning.outlets(), report.cleaning());
            assertTrue(report.cleaning().stream().anyMatch(o -> o.removedLines() > 0), "the fixture's furniture is removed");
        }
    }
}
