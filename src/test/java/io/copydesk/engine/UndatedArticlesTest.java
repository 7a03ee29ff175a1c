package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The undated-article policy: an undated article relates as if published with its closest dated coverage. */
class UndatedArticlesTest {
    @TempDir Path dir;

    /**
     * Two events of each kind 150 days apart, plus undated articles: bridges made of half of each
     * event's report (which would chain the two events if undated meant "close to everything") and
     * a fresh report of one event.
     */
    @Test
    void anUndatedArticleNeverPullsStoriesMonthsApartTogether() throws Exception {
        List<StoryFixture.Item> items = new ArrayList<>(StoryFixture.generate(5, 4, 5, true));
        Random rnd = new Random(5);
        for (int k = 0; k < 4; k++) {
            Article a = report(items, "k" + k + "e0", 1), b = report(items, "k" + k + "e1", 1);
            for (int copy = 0; copy < 3; copy++) { // several bridges, so the chain is strong
                String text = half(a.text(), true, rnd) + "\n" + half(b.text(), false, rnd);
                items.add(new StoryFixture.Item(new Article("undated/bridge-k" + k + "-" + copy, a.title(), text, null, "undated", null),
                        "bridge", null));
            }
            Article c = report(items, "k" + k + "e0", 2);
            items.add(new StoryFixture.Item(new Article("undated/report-k" + k, c.title(), c.text(), null, "undated", null), "k" + k + "e0", null));
        }
        Path file = StoryFixture.write(items, dir);
        RelatedStories rs = RelatedStories.build(StoryFixture.corpus(file), RelatedConfig.DEFAULT.withThreads(2), Progress.NONE);
        ClusterResult result = new StoryClusters(ClusterConfig.DEFAULT.withEventThreshold(0.25)).cluster(rs, Progress.NONE);
        long reach = RelatedConfig.DEFAULT_TIME.reachSeconds();
        for (StoryCluster c : result.clusters()) {
            long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
            for (int m : c.members()) {
                Instant d = items.get(m).article().date();
                if (d == null) continue;
                first = Math.min(first, d.getEpochSecond());
                last = Math.max(last, d.getEpochSecond());
            }
            assertTrue(last - first <= reach, "cluster " + c.label() + " spans " + (last - first) / 86400 + " days");
        }
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).event().equals("bridge")) continue;
            long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
            for (RelatedHit h : rs.related(i, 10)) {
                Instant d = items.get(h.index()).article().date();
                if (d == null) continue;
                first = Math.min(first, d.getEpochSecond());
                last = Math.max(last, d.getEpochSecond());
            }
            assertTrue(last - first <= reach, items.get(i).article().id() + " relates to articles " + (last - first) / 86400 + " days apart");
        }
        int[] of = result.assignment();
        for (int k = 0; k < 4; k++) {
            int undated = indexOf(items, "undated/report-k" + k), dated = indexOf(items, "wire/k" + k + "e0-0");
            assertEquals(of[dated], of[undated], "an undated report joins its event's story");
        }
    }

    private static Article report(List<StoryFixture.Item> items, String event, int r) {
        return items.stream().filter(i -> i.article().id().endsWith("/" + event + "-" + r)).findFirst().orElseThrow().article();
    }

    private static int indexOf(List<StoryFixture.Item> items, String id) {
        for (int i = 0; i < items.size(); i++) if (items.get(i).article().id().equals(id)) return i;
        throw new AssertionError(id);
    }

    private static String half(String text, boolean first, Random rnd) {
        String[] lines = text.strip().split("\n");
        int cut = lines.length / 2 + (rnd.nextBoolean() ? 0 : 1) - 1;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) if (first == (i <= cut)) out.add(lines[i]);
        return String.join("\n", out);
    }
}
