package io.copydesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydesk.engine.RelatedHit;
import io.copydesk.engine.RelatedStories;
import io.copydesk.generate.GeneratedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RelatedQueryBenchTest {
    static final int N = 10_000;
    static RelatedQueryBench b;
    static List<GeneratedArticle> truth;
    static Map<String, List<Integer>> byEvent = new HashMap<>();

    @BeforeAll
    static void setup() {
        b = new RelatedQueryBench();
        b.articles = N;
        b.setup();
        truth = BenchData.articles(N, BenchData.SEED);
        for (int i = 0; i < N; i++) byEvent.computeIfAbsent(truth.get(i).cluster(), e -> new ArrayList<>()).add(i);
    }

    @AfterAll
    static void tearDown() {
        b.tearDown();
    }

    /** Articles of q's event that are not copies of q (other reports of the same event). */
    static int otherReports(int q) {
        int n = 0;
        for (int d : byEvent.get(truth.get(q).cluster())) if (!truth.get(d).dupGroup().equals(truth.get(q).dupGroup())) n++;
        return n;
    }

    @Test
    void collectionIsTheGeneratedOneInOrder() {
        assertEquals(N, b.corpus.size());
        for (int i = 0; i < N; i += 997) assertEquals(truth.get(i).id(), b.corpus.articles().get(i).id());
    }

    @Test
    void queryOfAnEventWithSeveralArticlesReturnsASameEventArticleFirst() {
        int q = -1;
        for (int i = 0; i < N && q < 0; i++) if (otherReports(i) >= 2 && byEvent.get(truth.get(i).cluster()).size() >= 4) q = i;
        assertTrue(q >= 0);
        List<RelatedHit> hits = b.related.related(q, RelatedQueryBench.K);
        assertFalse(hits.isEmpty());
        assertEquals(truth.get(q).cluster(), truth.get(hits.getFirst().index()).cluster(), "first hit of " + q);
        matchesBruteForce(q, hits);
    }

    @Test
    void everyBenchmarkQueryMatchesBruteForceTopK() {
        for (int i = 0; i < 100; i++) {
            int q = b.queries[i];
            matchesBruteForce(q, b.related.related(q, RelatedQueryBench.K));
        }
    }

    @Test
    void mostQueriesWithOtherReportsFindOneFirst() {
        int asked = 0, sameEventFirst = 0;
        for (int q : b.queries) {
            if (otherReports(q) < 1) continue;
            asked++;
            List<RelatedHit> hits = b.related.related(q, RelatedQueryBench.K);
            if (!hits.isEmpty() && truth.get(hits.getFirst().index()).cluster().equals(truth.get(q).cluster())) sameEventFirst++;
        }
        System.out.println(sameEventFirst + " of " + asked + " queries with other reports of their event have one first");
        assertTrue(asked > 300, asked + " queries with other reports");
        assertTrue(sameEventFirst >= 0.95 * asked, sameEventFirst + " of " + asked + " queries have a same-event article first");
    }

    @Test
    void benchmarkMethodsRotateOverTheQueries() {
        b.next = 0;
        int q0 = b.queries[0];
        assertEquals(b.related.related(q0, 10).toString(), b.related().toString());
        assertEquals(b.related.related(b.queries[1], 10).toString(), b.relatedSampled().toString());
        assertEquals(b.related.vector(b.queries[2]).size(), b.baseline());
        assertEquals(3, b.next);
    }

    /**
     * The hits are q's verified duplicates, then the top k of a brute-force scan over every other
     * article by cosine × time weight (duplicates of q left out, scores below the minimum score
     * left out), ties allowed to come in either order.
     */
    static void matchesBruteForce(int q, List<RelatedHit> hits) {
        RelatedStories rs = b.related;
        int k = RelatedQueryBench.K;
        List<Integer> dups = new ArrayList<>();
        List<double[]> scored = new ArrayList<>();
        for (int d = 0; d < N; d++) {
            if (d == q) continue;
            if (rs.groupOf(q) >= 0 && rs.groupOf(d) == rs.groupOf(q)) { dups.add(d); continue; }
            double s = rs.score(q, d);
            if (s >= rs.config().minScore()) scored.add(new double[] {s, d});
        }
        scored.sort(Comparator.<double[]>comparingDouble(x -> -x[0]).thenComparingDouble(x -> x[1]));
        int expectedRelated = Math.min(k, scored.size());
        assertEquals(dups.size() + expectedRelated, hits.size(), "hits of " + q);
        for (int i = 0; i < dups.size(); i++) {
            RelatedHit h = hits.get(i);
            assertEquals(RelatedHit.Relation.duplicate, h.relation());
            assertTrue(dups.contains(h.index()));
        }
        for (int i = 0; i < expectedRelated; i++) {
            RelatedHit h = hits.get(dups.size() + i);
            assertEquals(RelatedHit.Relation.related, h.relation());
            assertEquals(scored.get(i)[0], h.score(), 1e-5, "rank " + i + " of query " + q);
            assertEquals(rs.score(q, h.index()), h.score(), 1e-5, "score of hit " + h.index() + " of query " + q);
        }
    }
}
