package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelatedStoriesTest {
    @TempDir static Path dir;
    static List<StoryFixture.Item> items;
    static RelatedStories dated;

    @BeforeAll
    static void build() throws Exception {
        items = StoryFixture.generate(7, 4, 5, true);
        dated = RelatedStories.build(StoryFixture.corpus(StoryFixture.write(items, dir)), RelatedConfig.DEFAULT.withThreads(2), Progress.NONE);
    }

    @Test
    void sameEventCoverageRanksAboveSameKindDistractors() {
        for (int q = 0; q < items.size(); q++) {
            List<RelatedHit> hits = dated.related(q, 5);
            String event = items.get(q).event();
            long sameEvent = items.stream().filter(i -> i.event().equals(event)).count() - 1;
            for (int h = 0; h < Math.min(hits.size(), sameEvent); h++) {
                assertEquals(event, items.get(hits.get(h).index()).event(), "query " + items.get(q).article().id() + " hit " + h);
            }
        }
    }

    @Test
    void textAloneStillPrefersTheSameEventWithoutDates() throws Exception {
        List<StoryFixture.Item> undated = StoryFixture.generate(7, 4, 5, false);
        Path file = StoryFixture.write(undated, java.nio.file.Files.createDirectories(dir.resolve("undated")));
        RelatedStories rs = RelatedStories.build(StoryFixture.corpus(file), RelatedConfig.DEFAULT.withThreads(1), Progress.NONE);
        int correct = 0;
        for (int q = 0; q < undated.size(); q++) {
            List<RelatedHit> hits = rs.related(q, 1);
            if (!hits.isEmpty() && undated.get(hits.getFirst().index()).event().equals(undated.get(q).event())) correct++;
        }
        assertTrue(correct >= undated.size() * 0.9, "P@1 without dates: " + correct + "/" + undated.size());
    }

    @Test
    void duplicatesAreLabelledDuplicateAndComeFirst() {
        int original = indexOf("wire/k0e0-0"), copy = indexOf("copy/k0e0");
        List<RelatedHit> hits = dated.related(original, 3);
        assertEquals(copy, hits.getFirst().index());
        assertEquals(RelatedHit.Relation.duplicate, hits.getFirst().relation());
        assertTrue(hits.stream().skip(1).allMatch(h -> h.relation() == RelatedHit.Relation.related));
        assertEquals(4, hits.size(), "every duplicate, then --top related");
    }

    @Test
    void sameKindEventMonthsApartIsDroppedByTheWindow() {
        int q = indexOf("ledger/k1e0-1");
        for (RelatedHit h : dated.related(q, 50)) assertNotEquals("k1e1", items.get(h.index()).event());
        assertEquals(0.0, dated.timeWeight(q, indexOf("ledger/k1e1-1")));
    }

    @Test
    void explainGivesCosineSharedTermsAndGap() {
        int a = indexOf("ledger/k2e0-1"), b = indexOf("herald/k2e0-2");
        RelatedExplanation x = dated.explain(items.get(a).article().id(), items.get(b).article().id());
        double sum = x.shared().stream().mapToDouble(RelatedExplanation.SharedTerm::contribution).sum();
        assertEquals(x.cosine(), sum, 1e-5);
        assertTrue(x.shared().stream().anyMatch(t -> t.word().equals("hollmark")));
        for (int i = 1; i < x.shared().size(); i++) assertTrue(x.shared().get(i - 1).contribution() >= x.shared().get(i).contribution());
        assertNotNull(x.gap());
        assertTrue(x.gap().compareTo(Duration.ofDays(1)) < 0);
        assertEquals(x.cosine() * x.timeWeight(), x.score(), 1e-12);
        assertFalse(x.duplicate());
    }

    @Test
    void aNewArticleIsRankedAgainstTheCollectionWithDuplicatesVerified() {
        Article known = items.get(indexOf("herald/k3e1-2")).article();
        List<RelatedHit> hits = dated.query(new Article("new", known.title(), known.text(), known.date(), null, null), 3);
        assertEquals(indexOf("herald/k3e1-2"), hits.getFirst().index());
        assertEquals(RelatedHit.Relation.duplicate, hits.getFirst().relation());
        assertEquals("k3e1", items.get(hits.get(1).index()).event());
    }

    @Test
    void resultsDoNotDependOnThreads() {
        RelatedStories one = RelatedStories.build(dated.corpus(), RelatedConfig.DEFAULT.withThreads(1), Progress.NONE);
        assertEquals(one.relatedAll(5, Progress.NONE), dated.relatedAll(5, Progress.NONE));
    }

    @Test
    void relatedAllListsEachArticlesOwnSearchInInputOrder() {
        // relatedAll searches in date order; each list must be what a separate query gives, at its article's place
        List<List<RelatedHit>> all = dated.relatedAll(5, Progress.NONE);
        assertEquals(items.size(), all.size());
        RelatedStories fresh = RelatedStories.build(dated.corpus(), RelatedConfig.DEFAULT.withThreads(1), Progress.NONE);
        for (int q = items.size() - 1; q >= 0; q--) assertEquals(fresh.related(q, 5), all.get(q), "article " + q);
    }

    private static int indexOf(String id) {
        for (int i = 0; i < items.size(); i++) if (items.get(i).article().id().equals(id)) return i;
        throw new AssertionError(id);
    }
}
