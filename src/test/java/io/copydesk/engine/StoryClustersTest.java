package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryClustersTest {
    @TempDir static Path dir;
    static List<StoryFixture.Item> items;
    static ClusterResult result;

    @BeforeAll
    static void build() throws Exception {
        items = new ArrayList<>(StoryFixture.generate(11, 4, 5, true));
        // a bridge article: half one summit's details, half the other's, dated between them
        Article a = items.stream().filter(i -> i.event().equals("k1e0")).findFirst().orElseThrow().article();
        Article b = items.stream().filter(i -> i.event().equals("k1e1")).findFirst().orElseThrow().article();
        String text = a.text().substring(0, a.text().length() / 2) + "\n" + b.text().substring(b.text().length() / 2);
        items.add(new StoryFixture.Item(new Article("bridge/summits", a.title(), text, a.date(), "bridge", null), "bridge", null));
        Path file = StoryFixture.write(items, dir);
        result = new StoryClusters(ClusterConfig.DEFAULT.withEventThreshold(0.25)).cluster(StoryFixture.corpus(file), Progress.NONE);
    }

    @Test
    void everyArticleIsInExactlyOneCluster() {
        Set<Integer> seen = new HashSet<>();
        for (StoryCluster c : result.clusters()) {
            assertEquals(c.canonical(), c.members().getFirst());
            for (int m : c.members()) assertTrue(seen.add(m), "article " + m + " twice");
        }
        assertEquals(items.size(), seen.size());
    }

    @Test
    void clustersNeverHoldTwoEvents() {
        for (StoryCluster c : result.clusters()) {
            Set<String> events = new HashSet<>();
            for (int m : c.members()) if (!items.get(m).event().equals("bridge")) events.add(items.get(m).event());
            assertTrue(events.size() <= 1, "cluster " + c.label() + " mixes " + events);
        }
    }

    @Test
    void eachEventIsOneStoryWithItsDuplicateGroup() {
        for (String event : List.of("k0e0", "k0e1", "k1e0", "k1e1", "k2e0", "k2e1", "k3e0", "k3e1")) {
            Set<Integer> clusters = new HashSet<>();
            int[] of = result.assignment();
            for (int i = 0; i < items.size(); i++) if (items.get(i).event().equals(event)) clusters.add(of[i]);
            assertEquals(1, clusters.size(), event + " split over " + clusters);
            StoryCluster c = result.clusters().get(clusters.iterator().next());
            assertEquals(1, c.duplicates().size(), event);
            assertEquals(2, c.duplicates().getFirst().size());
        }
    }

    @Test
    void aBridgeArticleDoesNotChainTwoEvents() {
        int[] of = result.assignment();
        int e0 = -1, e1 = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).event().equals("k1e0")) e0 = of[i];
            if (items.get(i).event().equals("k1e1")) e1 = of[i];
        }
        assertNotEquals(e0, e1);
    }

    @Test
    void labelsAreTopTermsAndOutputIsThreadIndependent() {
        StoryCluster biggest = result.clusters().getFirst();
        assertFalse(biggest.label().isBlank());
        assertTrue(biggest.label().split(" ").length <= 5);
        ClusterResult again = new StoryClusters(ClusterConfig.of(RelatedConfig.DEFAULT.withThreads(1)).withEventThreshold(0.25)).cluster(
                        StoryFixture.corpus(dir.resolve("articles.jsonl")), Progress.NONE);
        assertEquals(result.clusters(), again.clusters());
    }

    @Test
    void theGraphPathForLargeComponentsKeepsEventsApartToo() {
        ClusterResult sparse = new StoryClusters(ClusterConfig.of(RelatedConfig.DEFAULT.withThreads(2)).withEventThreshold(0.25).withDenseLimit(0)).cluster(StoryFixture.corpus(dir.resolve("articles.jsonl")), Progress.NONE);
        int[] of = sparse.assignment();
        for (StoryCluster c : sparse.clusters()) {
            Set<String> events = new HashSet<>();
            for (int m : c.members()) if (!items.get(m).event().equals("bridge")) events.add(items.get(m).event());
            assertEquals(1, events.size(), c.label());
        }
        assertTrue(java.util.Arrays.stream(of).allMatch(x -> x >= 0));
    }

    @Test
    void configRejectsBadValues() {
        assertThrows(IllegalArgumentException.class, () -> ClusterConfig.DEFAULT.withEventThreshold(1.5));
        assertThrows(IllegalArgumentException.class, () -> ClusterConfig.DEFAULT.withSmoothing(-0.1));
        assertThrows(IllegalArgumentException.class, () -> ClusterConfig.DEFAULT.withSmoothing(1.5));
        assertThrows(IllegalArgumentException.class, () -> ClusterConfig.DEFAULT.withStorylineThreshold(0));
        assertThrows(IllegalArgumentException.class, () -> ClusterConfig.DEFAULT.withNeighbours(0));
        assertThrows(IllegalArgumentException.class, () -> TimeDecay.parse("soon"));
        assertEquals("12h", TimeDecay.parse("12h").toString());
        assertFalse(TimeDecay.parse("none").enabled());
    }
}
