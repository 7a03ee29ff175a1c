package io.copydesk.cli.eval;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.engine.ClusterConfig;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.NearDuplicates;
import io.copydesk.engine.Progress;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.engine.RelatedLevels;
import io.copydesk.engine.RelatedStories;
import io.copydesk.engine.StoryClusters;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval run} reads the collection twice, as every use case does (the scan, then one pass for
 * duplicates and the TF-IDF index), and scores what separate runs of dedup, cluster and related give.
 */
class EvalRunPassesTest {
    @TempDir Path dir;

    @Test
    void readsTheInputTwiceAndGetsWhatSeparateRunsGet() throws IOException {
        Path file = dir.resolve("labelled.jsonl");
        Files.write(file, new NewsGenerator(GeneratorConfig.of(300).withSeed(11)).stream().map(GeneratedArticle::toJson).toList());
        RelatedConfig related = RelatedConfig.DEFAULT.withThreads(2);
        ClusterConfig clusterConfig = ClusterConfig.of(related);
        try (InputSet inputs = InputSet.of(List.of(file.toString()))) {
            Corpus corpus = Corpus.scan(inputs, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE, 2);
            EvalRunCommand.Run run = EvalRunCommand.run(corpus, related, clusterConfig, 10, Progress.NONE);
            assertEquals(2, inputs.opens(), "the scan and one pass");
            assertTrue(run.analyzed() <= run.clustered() && run.clustered() <= run.ranked(), "steps timed in order");

            DedupResult alone = new NearDuplicates(related.dedup()).find(corpus, Progress.NONE);
            assertFalse(alone.groups().isEmpty(), "the generated news has copies");
            assertEquals(alone.groups(), run.dedup().groups(), "the duplicates of a separate dedup run");
            RelatedStories rs = RelatedStories.build(corpus, related, Progress.NONE);
            var clusters = new StoryClusters(clusterConfig).cluster(rs, Progress.NONE);
            assertEquals(clusters.clusters(), run.clusters().clusters(), "the events of a separate cluster run");
            assertEquals(clusters.storylines(), run.clusters().storylines());
            assertEquals(new RelatedLevels(rs, clusters).relatedAll(10, Progress.NONE), run.lists(), "the lists of a separate related run");
        }
    }
}
