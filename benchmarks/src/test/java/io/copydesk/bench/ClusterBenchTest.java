package io.copydesk.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydesk.engine.ClusterResult;
import io.copydesk.engine.StoryCluster;
import io.copydesk.generate.ArticleKind;
import io.copydesk.generate.GeneratedArticle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClusterBenchTest {
    static final int N = 2_000;
    static ClusterBench b;
    static ClusterResult result;
    static List<GeneratedArticle> truth;

    @BeforeAll
    static void setup() {
        b = new ClusterBench();
        b.articles = N;
        b.setup();
        result = b.cluster();
        truth = BenchData.articles(N, BenchData.SEED);
    }

    @AfterAll
    static void tearDown() {
        b.tearDown();
    }

    @Test
    void everyArticleIsInExactlyOneCluster() {
        int[] seen = new int[N];
        for (StoryCluster c : result.clusters()) {
            assertEquals(c.canonical(), c.members().getFirst());
            for (int m : c.members()) seen[m]++;
        }
        for (int i = 0; i < N; i++) assertEquals(1, seen[i], "article " + i);
        assertTrue(result.clusters().size() > N / 10 && result.clusters().size() < N, result.clusters().size() + " clusters");
    }

    /**
     * A distractor is the first report of a same-kind twin event, written right after the event
     * it twins (event ids n and n + 1): it shares most names with that event's original report,
     * but happened months apart. The pair must end up in different stories.
     */
    @Test
    void sameKindDistractorPairsAreKeptApart() {
        Map<String, Integer> originalOf = new HashMap<>();
        for (int i = 0; i < N; i++) if (truth.get(i).kind() == ArticleKind.ORIGINAL) originalOf.put(truth.get(i).cluster(), i);
        int[] assignment = result.assignment();
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            GeneratedArticle a = truth.get(i);
            if (a.kind() != ArticleKind.DISTRACTOR) continue;
            Integer original = originalOf.get(previousEvent(a.cluster()));
            if (original != null) pairs.add(new int[] {original, i});
        }
        assertTrue(pairs.size() > 20, pairs.size() + " distractor pairs");
        int[] first = pairs.getFirst();
        assertNotEquals(assignment[first[0]], assignment[first[1]], "distractor pair " + first[0] + ", " + first[1]);
        int apart = 0;
        for (int[] p : pairs) if (assignment[p[0]] != assignment[p[1]]) apart++;
        System.out.println(apart + " of " + pairs.size() + " distractor pairs apart; " + result.clusters().size() + " clusters");
        assertEquals(pairs.size(), apart, "distractor pairs kept apart");
    }

    @Test
    void endToEndGivesTheSameClusters() {
        assertArrayEquals(result.assignment(), b.endToEnd().assignment());
        assertTrue(b.baseline() > N * 20L);
    }

    static String previousEvent(String event) {
        int n = Integer.parseInt(event.substring(1));
        String digits = Integer.toString(n - 1);
        return event.charAt(0) + "0".repeat(event.length() - 1 - digits.length()) + digits;
    }
}
