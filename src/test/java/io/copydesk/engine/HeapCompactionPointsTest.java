package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.fingerprint.Fingerprinter;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import io.copydesk.internal.HeapCompaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clustering that reads its input once asks for a full collection where its drafts die (after the
 * analyzing), where its searches' indexes do (before the linking) and where its linkage's structures do
 * (after the linking), and clusters as it does without; a ranking after it asks once more before building
 * its index, and ranks as it does without. A build for its own articles only asks for the first of them once
 * the duplicates are found, when its shingle sets have died too.
 */
class HeapCompactionPointsTest {
    @TempDir Path dir;

    @AfterEach
    void off() {
        HeapCompaction.disable();
    }

    @Test
    void collectsWhereTheDraftsIndexesAndLinkageDieAndClustersTheSame() throws IOException {
        Path file = generated();
        ClusterResult plain = cluster(file);
        HeapCompaction.enable(0, 0); // every request collects
        int before = HeapCompaction.collections();
        ClusterResult compacted = cluster(file);
        assertEquals(before + 3, HeapCompaction.collections(), "after the analyzing, before the linking and after it");
        assertSameStories(plain, compacted);
        assertTrue(plain.edges() > 0);
    }

    @Test
    void withoutQueriesTheDraftsAndShingleSetsDieAtOneCollectionAfterTheDuplicatesAndClusterTheSame() throws IOException {
        Path file = generated();
        ClusterResult plain = cluster(file);
        HeapCompaction.enable(0, 0); // every request collects
        for (boolean forQueries : new boolean[] {true, false}) {
            int before = HeapCompaction.collections();
            Map<String, Integer> atStart = new HashMap<>(); // collections so far when each stage started
            Progress stages = new Progress() {
                @Override public void start(String task, long total) { atStart.putIfAbsent(task, HeapCompaction.collections() - before); }
                @Override public void advance(long n) {}
                @Override public void finish() {}
            };
            RelatedConfig config = RelatedConfig.DEFAULT.withThreads(2);
            RelatedStories rs = build(file, config, forQueries, stages);
            assertEquals(forQueries ? 1 : 0, atStart.get("copies"), "the duplicates' first stage, forQueries " + forQueries);
            assertEquals(1, atStart.get("vocabulary"), "once before the vocabulary, forQueries " + forQueries);
            ClusterResult compacted = new StoryClusters(ClusterConfig.of(config)).cluster(rs, Progress.NONE);
            assertEquals(before + 3, HeapCompaction.collections());
            assertSameStories(plain, compacted);
        }
    }

    /** 800 generated articles with their sites' furniture. */
    private Path generated() throws IOException {
        Path file = dir.resolve("news.jsonl");
        Files.write(file, new NewsGenerator(GeneratorConfig.of(800).withSeed(3)).stream().map(GeneratedArticle::toJson).toList());
        return file;
    }

    private static void assertSameStories(ClusterResult expected, ClusterResult actual) {
        assertEquals(expected.clusters(), actual.clusters());
        assertEquals(expected.storylines(), actual.storylines());
        assertArrayEquals(expected.storylineOf(), actual.storylineOf());
        assertEquals(expected.thresholds(), actual.thresholds());
        assertEquals(expected.edges(), actual.edges());
    }

    @Test
    void rankingAfterTheClusteringMakesRoomForItsIndexAndRanksTheSame() throws IOException {
        Path file = dir.resolve("news.jsonl");
        Files.write(file, new NewsGenerator(GeneratorConfig.of(600).withSeed(5)).stream().map(GeneratedArticle::toJson).toList());
        List<List<RelatedHit>> plain = relatedAfterClustering(file);
        HeapCompaction.enable(0, 0); // every request collects
        int before = HeapCompaction.collections();
        List<List<RelatedHit>> compacted = relatedAfterClustering(file);
        assertEquals(before + 4, HeapCompaction.collections(), "the clustering's three, then before the ranking's index");
        assertEquals(plain, compacted);
        assertTrue(plain.stream().anyMatch(h -> !h.isEmpty()));
    }

    private static List<List<RelatedHit>> relatedAfterClustering(Path file) throws IOException {
        RelatedConfig config = RelatedConfig.DEFAULT.withThreads(2);
        RelatedStories rs = build(file, config);
        new StoryClusters(ClusterConfig.of(config)).cluster(rs, Progress.NONE);
        return rs.relatedAll(10, Progress.NONE);
    }

    private static RelatedStories build(Path file, RelatedConfig config) throws IOException {
        return build(file, config, true, Progress.NONE);
    }

    private static RelatedStories build(Path file, RelatedConfig config, boolean forQueries, Progress progress) throws IOException {
        try (InputSet in = InputSet.of(List.of(file.toString()))) {
            List<Fingerprinter.StoryDraft> drafts = new ArrayList<>();
            Corpus corpus = Corpus.scan(in, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE, 2, RelatedStories.firstPass(config), drafts);
            return RelatedStories.build(corpus, config, drafts, forQueries, progress);
        }
    }

    private static ClusterResult cluster(Path file) throws IOException {
        RelatedConfig config = RelatedConfig.DEFAULT.withThreads(2);
        return new StoryClusters(ClusterConfig.of(config)).cluster(build(file, config), Progress.NONE);
    }
}
