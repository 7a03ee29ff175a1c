package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.document.Article;
import io.copydesk.testing.Trials;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A body of a few words is no evidence that two texts are one story: wire notices written to one template ("Qtly div
 * five cts vs five cts", once their pay and record dates went as labels) are the same words for every company. Their
 * titles join such a body's shingles ({@link AnalysisConfig#titleBelow}), so notices of different companies are not
 * duplicates while a notice sent twice, and a story whose body is long enough under any headline, still are; the
 * batch search, the incremental index and explain agree.
 */
class ShortBodiesTest {
    private static final String[] NAMES = {"Armadale", "Brenton", "Corvaro", "Dunmore", "Elbridge", "Fenwick", "Galloway", "Hollmark",
        "Inverley", "Jessup", "Kerrigan", "Lomond", "Marwick", "Norbury", "Ostrava", "Penrose"};
    private static final String[] KINDS = {"Industries", "Holdings", "Foods", "Systems", "Bancorp", "Mining"};
    private static final String[] WORDS = {"regular", "quarterly", "dividend", "payable", "shareholders", "record", "board", "declared",
        "cash", "per", "share", "common", "stock", "company", "said"};

    record Draw(List<Article> articles, Set<Set<String>> expected) {}

    /** Notices from one template under other companies' titles, some sent twice, and long stories under two headlines each. */
    private static Draw draw(Random r) {
        List<Article> articles = new ArrayList<>();
        Set<Set<String>> expected = new HashSet<>();
        // 4-7 words (1-4 shingles; the rule's reach: a body of no more shingles than its title's 4-5 is outweighed by them)
        String template = String.join(" ", pick(r, 4 + r.nextInt(4)));
        int notices = 3 + r.nextInt(6);
        Instant day = Instant.parse("1987-03-02T00:00:00Z");
        for (int i = 0; i < notices; i++) {
            // a wire notice's headline: the company, its ticker, what it announces (7-8 words)
            String title = NAMES[i] + " " + KINDS[r.nextInt(KINDS.length)] + " Inc <" + NAMES[i].substring(0, 3).toUpperCase() + "> sets "
                    + (r.nextBoolean() ? "regular quarterly payout" : "quarterly dividend");
            String body = template; // the same words for every company
            articles.add(new Article("notice-" + i, title, body, day.plusSeconds(3600L * i), null, null));
            if (r.nextInt(3) == 0) { // sent again
                articles.add(new Article("notice-" + i + "-again", title, body, day.plusSeconds(3600L * i + 60), null, null));
                expected.add(Set.of("notice-" + i, "notice-" + i + "-again"));
            }
        }
        for (int s = 0; s < 1 + r.nextInt(3); s++) { // a story of 30-40 words under two outlets' headlines
            String body = String.join(" ", pick(r, 30 + r.nextInt(11))) + ".";
            articles.add(new Article("story-" + s + "-a", NAMES[s] + " council approves budget", body, day, null, null));
            articles.add(new Article("story-" + s + "-b", "Budget passes in " + NAMES[s + 8], body, day, null, null));
            expected.add(Set.of("story-" + s + "-a", "story-" + s + "-b"));
        }
        return new Draw(articles, expected);
    }

    private static List<String> pick(Random r, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(WORDS[r.nextInt(WORDS.length)]);
        return out;
    }

    private static Set<Set<String>> groups(NewsCollection news) {
        Set<Set<String>> out = new HashSet<>();
        for (NewsCollection.Duplicates d : news.duplicates()) {
            Set<String> g = new HashSet<>(List.of(d.canonical()));
            d.copies().forEach(c -> g.add(c.id()));
            out.add(g);
        }
        return out;
    }

    @Test
    void noticesOfOneTemplateAreNotDuplicatesUnlessTheirTitlesAgree() {
        Trials.run("short bodies", 40, ShortBodiesTest::draw, d -> {
            NewsCollection news = NewsCollection.of(d.articles(), ClusterConfig.DEFAULT.withThreads(1));
            assertEquals(d.expected(), groups(news), "the batch search");
            DuplicateIndex index = new DuplicateIndex();
            Corpus corpus = Corpus.of(d.articles(), AnalysisConfig.DEFAULT, 1);
            for (Article a : d.articles()) {
                for (DuplicateIndex.Match m : index.query(a)) {
                    assertTrue(d.expected().contains(Set.of(a.id(), m.id())), "the index pairs " + a.id() + " and " + m.id());
                }
                index.add(a);
            }
            for (Set<String> pair : d.expected()) {
                List<String> ids = List.copyOf(pair);
                assertTrue(Explainer.explain(corpus, ids.get(0), ids.get(1), ClusterConfig.DEFAULT).pair().duplicate(), "explain " + pair);
            }
            assertFalse(Explainer.explain(corpus, "notice-0", "notice-1", ClusterConfig.DEFAULT).pair().duplicate(), "explain of two notices");
        });
    }

    /** The same notices without the rule: the incremental index (which counts no lines across articles) pairs them all. */
    @Test
    void withoutTheTitlesEveryNoticeOfATemplateIsADuplicateOfEveryOther() {
        Draw d = draw(new Random(3));
        for (int titleBelow : new int[] {0, AnalysisConfig.DEFAULT_TITLE_BELOW}) {
            DuplicateIndex index = new DuplicateIndex(DedupConfig.DEFAULT.withAnalysis(AnalysisConfig.DEFAULT.withTitleBelow(titleBelow)));
            int notices = 0;
            for (Article a : d.articles()) {
                if (a.id().startsWith("notice-") && !a.id().endsWith("-again")) {
                    notices++;
                    assertEquals(titleBelow == 0 ? notices - 1 : 0, index.query(a).size(), a.id() + ", title below " + titleBelow);
                    index.add(a);
                }
            }
            assertTrue(notices >= 3);
        }
    }
}
