package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Any number of related articles from 0 can be asked for; Integer.MAX_VALUE asks for all, a negative number is refused. */
class RelatedCountTest {
    private final List<Article> articles = StoryFixture.generate(11, 4, 4, true).stream().map(StoryFixture.Item::article).toList();
    private final RelatedConfig textAlone = RelatedConfig.DEFAULT.withTime(TimeDecay.OFF); // every article of the fixture scores
    private final NewsCollection news = NewsCollection.of(articles, ClusterConfig.of(textAlone));
    private final Article report = articles.get(0), copy = articles.get(1);
    private final Article fresh = new Article("new", report.title(), report.text(), report.date(), null, null);

    private static long duplicates(List<RelatedHit> hits) {
        return hits.stream().filter(h -> h.relation() == RelatedHit.Relation.duplicate).count();
    }

    @Test
    void integerMaxValueListsEveryArticleThatScores() {
        int n = articles.size();
        List<RelatedHit> all = news.related(report.id(), Integer.MAX_VALUE);
        assertEquals(news.related(report.id(), n), all);
        assertTrue(all.size() > n / 2, "more than the fixture's own kind: " + all.size());
        assertEquals(news.query(fresh, n), news.query(fresh, Integer.MAX_VALUE));
    }

    /** 0 lists the duplicates only; below 0 is refused, naming k. */
    @Test
    void countsStartAtZero() {
        assertEquals(List.of(copy.id()), news.related(report.id(), 0).stream().map(RelatedHit::id).toList());
        List<RelatedHit> hits = news.query(fresh, 0);
        assertEquals(2, hits.size());
        assertEquals(2, duplicates(hits));
        assertEquals("k must be >= 0, was -1", assertThrows(IllegalArgumentException.class, () -> news.related(report.id(), -1)).getMessage());
        assertEquals("k must be >= 0, was -1", assertThrows(IllegalArgumentException.class, () -> news.query(fresh, -1)).getMessage());
    }

    /** The labelled lists (related with levels) and the lists of every article take any count too. */
    @Test
    void labelledListsAndAllListsTakeIntegerMaxValue() {
        RelatedStories rs = RelatedStories.build(Corpus.of(articles, io.copydesk.analysis.AnalysisConfig.DEFAULT), textAlone, Progress.NONE);
        RelatedLevels levels = new RelatedLevels(rs, new StoryClusters(ClusterConfig.DEFAULT).cluster(rs, Progress.NONE));
        int n = articles.size();
        assertEquals(levels.related(0, n), levels.related(0, Integer.MAX_VALUE));
        assertEquals(rs.relatedAll(n, Progress.NONE), rs.relatedAll(Integer.MAX_VALUE, Progress.NONE));
        assertEquals(levels.relatedAll(n, Progress.NONE), levels.relatedAll(Integer.MAX_VALUE, Progress.NONE));
        assertThrows(IllegalArgumentException.class, () -> levels.related(0, -1));
        assertThrows(IllegalArgumentException.class, () -> rs.relatedAll(-1, Progress.NONE));
    }

    /** A query of an article of the collection leaves that article out, as DuplicateIndex.query does, and lists its copy. */
    @Test
    void aQueryLeavesOutTheCollectionsArticleWithItsId() {
        List<RelatedHit> hits = news.query(report, 5);
        assertTrue(hits.stream().noneMatch(h -> h.id().equals(report.id())), hits.toString());
        assertEquals(copy.id(), hits.getFirst().id());
        assertEquals(RelatedHit.Relation.duplicate, hits.getFirst().relation());
        assertEquals(6, hits.size(), "the copy, then 5 related");
        DuplicateIndex index = new DuplicateIndex();
        articles.forEach(index::add);
        assertEquals(List.of(copy.id()), index.query(report).stream().map(DuplicateIndex.Match::id).toList());
    }
}
