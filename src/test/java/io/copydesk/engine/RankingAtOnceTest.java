package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * related --all of a collection whose searches walk most of their postings finds every index document's hits at
 * once: each article's list must be the one its own search gives (ids, scores to the bit, relations), with exact
 * copies (one index document) and duplicate groups (deeper lists) among them, with and without the story levels,
 * and the ranking stage (and the clustering's, whose searches are done at once too) must count to its total. The
 * same for a dated collection, whose searches weigh each article by its time gap to the query, and reach
 * only those within their windows: dates with and without a time of day (a date without one covers its day).
 */
class RankingAtOnceTest {
    @TempDir Path dir;

    @Test
    void everyArticlesListIsTheOneItsOwnSearchGives() throws Exception {
        checkRankedAtOnce(false, 17);
    }

    @Test
    void everyDatedArticlesListIsTheOneItsOwnSearchGives() throws Exception {
        checkRankedAtOnce(true, 18);
    }

    private void checkRankedAtOnce(boolean dated, long seed) throws Exception {
        Path file = dir.resolve("collection.jsonl");
        Files.write(file, StoryFixture.zipfRecords(new Random(seed), 4400, dated));
        RelatedStories rs = RelatedStories.build(StoryFixture.corpus(file), RelatedConfig.DEFAULT.withThreads(2), Progress.NONE);
        for (int q = 0; q < rs.articles().size(); q++) assertEquals(dated, rs.articles().get(q).date() != null, "article " + q + "'s date");
        int n = rs.articles().size();
        assertTrue(rs.dedup().groups().size() > 20, "too few duplicate groups: " + rs.dedup().groups().size());
        for (int k : new int[] {1, 10}) {
            RecordingProgress progress = new RecordingProgress();
            List<List<RelatedHit>> all = rs.relatedAll(k, progress);
            RecordingProgress.Stage ranking = progress.stages().stream().filter(s -> s.name.equals("ranking")).findFirst().orElseThrow();
            assertTrue(ranking.total > n, "the ranking was not found at once: " + progress.stages());
            progress.assertEveryStageCountedToItsTotal("k " + k);
            for (int q = 0; q < n; q++) assertEquals(rs.related(q, k), all.get(q), "article " + q + " k " + k);
        }
        RecordingProgress clustering = new RecordingProgress();
        RelatedLevels levels = new RelatedLevels(rs, new StoryClusters(ClusterConfig.DEFAULT).cluster(rs, clustering));
        clustering.assertEveryStageCountedToItsTotal("clustering");
        List<List<RelatedHit>> all = levels.relatedAll(5, Progress.NONE);
        for (int q = 0; q < n; q++) assertEquals(levels.related(q, 5), all.get(q), "article " + q + " with levels");
    }
}
