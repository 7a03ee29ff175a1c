package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.cli.options.OutputOptions;
import io.copydesk.cli.output.ClusterPrinter;
import io.copydesk.cli.output.DedupPrinter;
import io.copydesk.cli.output.RecordFiles;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.engine.ClusterConfig;
import io.copydesk.engine.ClusterResult;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.NearDuplicates;
import io.copydesk.engine.Progress;
import io.copydesk.engine.RecordingProgress;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.engine.RelatedStories;
import io.copydesk.engine.StoryClusters;
import io.copydesk.report.AnnotatedRecords;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last seconds of a run, writing the results, are a counted stage too: one step per record written, ending at the total. */
class WritingProgressTest {
    @TempDir static Path dir;
    static Corpus corpus;
    static DedupResult dedup;
    static ClusterResult clusters;

    @BeforeAll
    static void run() {
        try (InputSet in = InputSet.of(List.of("corpus/corpus.jsonl"))) {
            corpus = Corpus.scan(in, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE);
            dedup = new NearDuplicates(DedupConfig.DEFAULT).find(corpus, Progress.NONE);
            clusters = new StoryClusters(ClusterConfig.DEFAULT).cluster(RelatedStories.build(corpus, RelatedConfig.DEFAULT, Progress.NONE), Progress.NONE);
        }
    }

    private static List<Integer> all(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void dedupGroupsAndPairs() {
        for (OutputOptions.Format format : OutputOptions.Format.values()) {
            StringWriter out = new StringWriter();
            RecordingProgress p = new RecordingProgress();
            DedupPrinter printer = new DedupPrinter(new PrintWriter(out), format, 0, false, p);
            printer.groups(dedup, all(dedup.groups().size()));
            printer.pairs(dedup);
            p.assertEveryStageCountedToItsTotal(format.name());
            assertEquals(List.of("writing", "writing"), p.names());
            assertEquals(dedup.groups().size(), p.stages().get(0).total);
            assertEquals(dedup.pairCount(), p.stages().get(1).total);
            if (format == OutputOptions.Format.jsonl) {
                assertEquals(dedup.groups().size() + dedup.pairCount(), out.toString().lines().count(), "one JSONL line per step");
            }
        }
    }

    @Test
    void clusterEventsAndStorylines() {
        for (ClusterPrinter.Level level : ClusterPrinter.Level.values()) {
            int n = level == ClusterPrinter.Level.event ? clusters.clusters().size() : clusters.storylines().size();
            StringWriter out = new StringWriter();
            RecordingProgress p = new RecordingProgress();
            new ClusterPrinter(clusters, new PrintWriter(out), OutputOptions.Format.jsonl, 0, false).print(level, all(n), p);
            p.assertEveryStageCountedToItsTotal(level.name());
            assertEquals(List.of("writing"), p.names());
            assertEquals(n, out.toString().lines().count(), "one step per line written");
        }
    }

    @Test
    void annotatedAndUniqueRecords() throws Exception {
        RecordingProgress p = new RecordingProgress();
        StringWriter err = new StringWriter();
        RecordFiles.writeAnnotated(dir.resolve("annotated.jsonl"), corpus, AnnotatedRecords.of(clusters), new PrintWriter(err, true), p);
        RecordFiles.writeUnique(dir.resolve("unique.jsonl"), corpus, dedup.kept(), p);
        p.assertEveryStageCountedToItsTotal("records");
        assertEquals(List.of("annotating", "unique"), p.names());
        assertEquals(corpus.size(), p.stages().get(0).total);
        assertEquals(corpus.size(), Files.readAllLines(dir.resolve("annotated.jsonl")).size());
        assertEquals(dedup.kept().cardinality(), Files.readAllLines(dir.resolve("unique.jsonl")).size());
    }

    @Test
    void relatedHitsOfEveryArticle() {
        RelatedStories rs = RelatedStories.build(corpus, RelatedConfig.DEFAULT, Progress.NONE);
        StringWriter out = new StringWriter();
        RecordingProgress p = new RecordingProgress();
        List<List<io.copydesk.engine.RelatedHit>> all = rs.relatedAll(5, Progress.NONE);
        new RelatedCommand.Printer(new PrintWriter(out), OutputOptions.Format.jsonl, rs.articles()).all(all, 2, p);
        p.assertEveryStageCountedToItsTotal("related");
        assertEquals(corpus.size(), p.stages().getFirst().total);
        assertEquals(corpus.size(), out.toString().lines().count());
        // lines made in chunks on several threads (several batches of them), in input order: as printed one by one
        StringWriter one = new StringWriter(), chunked = new StringWriter();
        RelatedCommand.Printer byOne = new RelatedCommand.Printer(new PrintWriter(one), OutputOptions.Format.jsonl, rs.articles());
        for (int i = 0; i < all.size(); i++) byOne.hits(rs.articles().get(i).id(), all.get(i), true);
        RecordingProgress q = new RecordingProgress();
        new RelatedCommand.Printer(new PrintWriter(chunked), OutputOptions.Format.jsonl, rs.articles(), 1).all(all, 3, q);
        q.assertEveryStageCountedToItsTotal("related");
        assertEquals(one.toString(), chunked.toString());
        assertEquals(out.toString(), chunked.toString());
    }
}
