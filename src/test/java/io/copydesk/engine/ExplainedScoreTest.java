package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.document.Article;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explain's related score is the score related lists the pair with, its gap the one the time weight was taken from. */
class ExplainedScoreTest {
    @TempDir Path dir;

    /**
     * Two undated copies, the shorter contained in the longer: the shorter is placed at its dated source, the
     * longer (mostly another event's text) at that event's date 150 days later, so their time weight is 0, yet
     * related lists each as the other's duplicate by cosine.
     */
    @Test
    void undatedArticlesAreExplainedAtTheDatesTheyAreScoredAt() throws Exception {
        List<StoryFixture.Item> items = new ArrayList<>(StoryFixture.generate(5, 4, 5, true));
        String early = text(items, "ledger/k0e0-1"), late = early + text(items, "ledger/k0e1-1") + text(items, "herald/k0e1-2")
                + text(items, "courier/k0e1-3");
        items.add(new StoryFixture.Item(new Article("undated/early", null, early, null, "undated", null), "k0e0", null));
        items.add(new StoryFixture.Item(new Article("undated/late", null, late, null, "undated", null), "k0e1", null));
        RelatedStories rs = RelatedStories.build(StoryFixture.corpus(StoryFixture.write(items, dir)), RelatedConfig.DEFAULT.withThreads(2),
                Progress.NONE);
        int a = rs.indexOf("undated/early"), b = rs.indexOf("undated/late");
        assertTrue(rs.groupOf(a) >= 0 && rs.groupOf(a) == rs.groupOf(b), "the two are verified duplicates");
        assertEquals(0.0, rs.timeWeight(a, b), "placed 150 days apart");

        RelatedExplanation x = rs.explain(a, b);
        assertEquals(Instant.ofEpochSecond(rs.date(a)), x.placedA());
        assertEquals(Instant.ofEpochSecond(rs.date(b)), x.placedB());
        assertEquals(Duration.ofSeconds(TimeDecay.gapSeconds(rs.date(a), rs.date(b))), x.gap(), "the gap between the placed dates");
        assertTrue(x.byCosine());
        for (int q : new int[] {a, b}) {
            for (RelatedHit h : rs.related(q, 10)) {
                RelatedExplanation e = rs.explain(q, h.index());
                assertEquals(h.score(), e.score(), 1e-6, h.id() + " for " + rs.articles().get(q).id());
                assertEquals(RelatedConfig.DEFAULT_TIME.weightOfGap(e.gap().toSeconds()), e.timeWeight(), 1e-12, "the weight of the gap shown");
            }
        }
        RelatedExplanation dated = rs.explain(rs.indexOf("ledger/k0e0-1"), rs.indexOf("herald/k0e0-2"));
        assertNull(dated.placedA(), "a dated article is scored at its own date");
        assertNull(dated.placedB());
    }

    /** Storyline members the window keeps out, and copies a month later, are explained by the cosine related lists them with. */
    @Test
    void membersBeyondTheWindowAreExplainedByTheirCosine() throws Exception {
        Path file = dir.resolve("news.jsonl");
        List<GeneratedArticle> articles = new NewsGenerator(GeneratorConfig.of(600).withSeed(9)).stream().toList();
        List<String> lines = new ArrayList<>(articles.stream().map(GeneratedArticle::toJson).toList());
        GeneratedArticle g = articles.getFirst();
        lines.add(io.copydesk.testing.LaterCopy.of(g, 30).toJson());
        Files.write(file, lines);
        try (InputSet in = InputSet.of(List.of(file.toString()))) {
            Corpus corpus = Corpus.scan(in, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE);
            RelatedStories rs = RelatedStories.build(corpus, RelatedConfig.DEFAULT, Progress.NONE);
            ClusterResult clusters = new StoryClusters(ClusterConfig.DEFAULT).cluster(rs, Progress.NONE);
            RelatedLevels levels = new RelatedLevels(rs, clusters);
            RelatedHit member = null;
            int q = 0;
            for (; q < rs.articles().size() && member == null; q++) {
                for (RelatedHit h : levels.related(q, 10)) {
                    if (h.relation() != RelatedHit.Relation.duplicate && rs.timeWeight(q, h.index()) == 0) member = h;
                }
            }
            assertNotNull(member, "a storyline member beyond the window is listed");
            assertListed(corpus, rs.articles().get(q - 1).id(), member);
            RelatedHit copy = levels.related(0, 10).stream().filter(h -> h.id().equals(g.id() + "-later")).findFirst().orElseThrow();
            assertEquals(0.0, rs.timeWeight(0, copy.index()));
            assertListed(corpus, g.id(), copy);
        }
    }

    private static void assertListed(Corpus corpus, String query, RelatedHit hit) {
        RelatedExplanation e = Explainer.explain(corpus, query, hit.id(), ClusterConfig.DEFAULT).related();
        assertEquals(hit.score(), e.score(), 1e-6, query + " and " + hit.id());
        assertEquals(e.cosine(), e.score());
        assertEquals(0.0, e.timeWeight());
        assertTrue(e.byCosine());
    }

    private static String text(List<StoryFixture.Item> items, String id) {
        return items.stream().filter(i -> i.article().id().equals(id)).findFirst().orElseThrow().article().text();
    }
}
