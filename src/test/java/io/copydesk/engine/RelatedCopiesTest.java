package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related search with copies: articles with the same vector and date share one index document,
 * and the lists are still what a search over every article finds.
 */
class RelatedCopiesTest {
    private static final int COPIES = 400;
    @TempDir static Path dir;
    static List<Article> articles;
    static RelatedStories rs;

    @BeforeAll
    static void build() throws Exception {
        articles = new ArrayList<>();
        for (StoryFixture.Item item : StoryFixture.generate(11, 4, 5, true)) articles.add(item.article());
        Article release = articles.get(3);
        for (int c = 0; c < COPIES; c++) { // a press release sent again and again, same text and date
            articles.add(new Article(String.format("release-%04d", c), release.title(), release.text(), release.date(), null, null));
        }
        List<String> words = List.of("quake", "shakes", "coast", "town", "residents", "flee", "homes", "overnight", "sirens", "sound");
        for (int c = 0; c < 30; c++) { // the same words in another order: equal vectors, different shingles, so no duplicate group
            List<String> shuffled = new ArrayList<>(words);
            java.util.Collections.shuffle(shuffled, new java.util.Random(c));
            articles.add(new Article(String.format("flash-%02d", c), "Quake flash", String.join(" ", shuffled), articles.get(0).date(), null, null));
        }
        List<StoryFixture.Item> items = articles.stream().map(a -> new StoryFixture.Item(a, "", "")).toList();
        rs = RelatedStories.build(StoryFixture.corpus(StoryFixture.write(items, dir)), RelatedConfig.DEFAULT.withThreads(2), Progress.NONE);
    }

    @Test
    void copiesShareOneIndexDocument() {
        assertTrue(rs.indexedDocuments() <= articles.size() - COPIES - 29, rs.indexedDocuments() + " indexed of " + articles.size());
        assertTrue(rs.groupOf(articles.size() - 1) < 0, "the reordered texts are no duplicates");
    }

    /** Property, every query: the related hits are the best-scoring articles outside the query's group, ties in input order. */
    @Test
    void relatedListsAreThoseOfASearchOverEveryArticle() {
        int k = 8;
        for (int q = 0; q < articles.size(); q += (q < 40 ? 1 : 37)) {
            List<RelatedHit> hits = rs.related(q, k);
            List<RelatedHit> related = hits.stream().filter(h -> h.relation() == RelatedHit.Relation.related).toList();
            String why = "query " + articles.get(q).id() + ": " + related;
            double last = Double.POSITIVE_INFINITY;
            int lastIndex = -1;
            for (RelatedHit h : related) {
                assertNotEquals(q, h.index(), why);
                assertTrue(rs.groupOf(q) < 0 || rs.groupOf(h.index()) != rs.groupOf(q), why);
                assertEquals(rs.score(q, h.index()), h.score(), 1e-5, why);
                assertTrue(h.score() < last || (h.score() == last && h.index() > lastIndex), "best first, ties in input order: " + why);
                last = h.score();
                lastIndex = h.index();
            }
            for (int d = 0; d < articles.size(); d++) {
                if (d == q || (rs.groupOf(q) >= 0 && rs.groupOf(d) == rs.groupOf(q))) continue;
                int dd = d;
                if (related.stream().anyMatch(h -> h.index() == dd)) continue;
                double score = rs.score(q, d);
                if (score < rs.config().minScore()) continue;
                assertEquals(k, related.size(), "a list shorter than k leaves nothing out: " + why + " missed " + articles.get(d).id());
                assertTrue(score <= last + 1e-5, "missed " + articles.get(d).id() + " at " + score + ": " + why);
            }
        }
    }

    @Test
    void aQueryAmongEqualVectorsListsTheOthersInInputOrder() {
        int first = articles.size() - 30;
        List<RelatedHit> hits = rs.related(first + 5, 10);
        assertTrue(hits.stream().allMatch(h -> h.relation() == RelatedHit.Relation.related), hits.toString());
        List<Integer> copies = hits.stream().map(RelatedHit::index).filter(i -> i >= first).toList();
        assertEquals(List.of(first, first + 1, first + 2, first + 3, first + 4, first + 6, first + 7, first + 8, first + 9, first + 10), copies);
    }
}
