package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.tfidf.InvertedIndex;
import io.copydesk.tfidf.TermVector;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time window of {@link RelatedStories#search} holds every document that can reach the
 * minimum score: its hits (documents, order, score bits) are those of the same search over the
 * whole collection, for queries and documents dated with a time of day, at midnight (a whole day)
 * or not at all.
 */
class SearchWindowTest {
    private static final long DAY = 86_400;
    private static final long MIDNIGHT = 1_700_000_000L - Math.floorMod(1_700_000_000L, DAY);
    @TempDir static Path dir;
    static RelatedStories rs;
    static long[] dates;
    static InvertedIndex index;

    @BeforeAll
    static void build() throws Exception {
        Random r = new Random(5);
        String[] words = {"quake", "coast", "town", "flee", "homes", "sirens", "storm", "port", "ships", "harbour", "vote",
            "council", "budget", "mayor", "river", "flood", "bridge", "closed", "rescue", "crews"};
        List<StoryFixture.Item> items = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            // few words from a small vocabulary: many pairs score high, at every gap
            StringBuilder text = new StringBuilder();
            int first = r.nextInt(words.length);
            for (int w = 0; w < 4 + r.nextInt(5); w++) text.append(words[(first + r.nextInt(4 + w)) % words.length]).append(' ');
            // dates over four days around one midnight, on whole days (midnight: a date without time) or at times of day
            long date = switch (r.nextInt(3)) {
                case 0 -> MIDNIGHT + DAY * (r.nextInt(7) - 3);
                case 1 -> MIDNIGHT + r.nextInt(8 * (int) DAY) - 4 * DAY;
                default -> MIDNIGHT + DAY * (r.nextInt(7) - 3) + (r.nextBoolean() ? 1 : DAY - 1);
            };
            Instant when = i % 50 == 7 ? null : Instant.ofEpochSecond(date);
            items.add(new StoryFixture.Item(new Article(String.format("a%03d", i), "", text.toString(), when, null, null), "", ""));
        }
        List<String> same = new ArrayList<>(List.of("storm", "floods", "harbour", "town", "ships", "sink", "crews", "rescue"));
        for (int i = 0; i < 400; i++) { // the same words in other orders, a few minutes apart over two days: cosines of 1 at every gap
            java.util.Collections.shuffle(same, r); // (the same text again and again would be removed as a repeated line)
            Instant when = Instant.ofEpochSecond(MIDNIGHT + 3600 + 450L * i + r.nextInt(450));
            items.add(new StoryFixture.Item(new Article(String.format("c%03d", i), "", String.join(" ", same), when, null, null), "", ""));
        }
        RelatedConfig config = RelatedConfig.DEFAULT.withThreads(1).withTime(TimeDecay.parse("6h"));
        rs = RelatedStories.build(StoryFixture.corpus(StoryFixture.write(items, dir)), config, Progress.NONE);
        dates = StoryFixture.dates(rs);
        List<TermVector> vectors = StoryFixture.vectors(rs);
        index = InvertedIndex.build(vectors, rs.model().size(), dates);
    }

    @Test
    void theWindowedSearchFindsWhatTheWholeCollectionHolds() {
        InvertedIndex.Searcher windowed = index.searcher(), whole = index.searcher();
        int compared = 0, nearTheEdge = 0;
        for (double min : new double[] {0, 0.001, 0.01, 0.05, 0.2, 0.4, 0.7}) {
            for (int q = 0; q < dates.length; q++) {
                TermVector v = rs.vector(q);
                InvertedIndex.Hits got = rs.search(windowed, v, 1000, min, dates[q], dates, q);
                InvertedIndex.Hits want = whole.search(v, 1000, min, rs.docWeight(dates[q], dates), q);
                String why = "query " + q + " dated " + dates[q] + ", minimum " + min;
                assertArrayEquals(want.docs(), got.docs(), why);
                assertArrayEquals(want.scores(), got.scores(), why); // float bits: the same sums
                compared += want.size();
                for (int h = 0; h < want.size(); h++) {
                    long gap = TimeDecay.gapSeconds(dates[q], dates[want.docs()[h]]);
                    if (dates[q] != Long.MIN_VALUE && dates[want.docs()[h]] != Long.MIN_VALUE && min > 0
                            && rs.config().time().weightOfGap(gap) < 1.01 * min) nearTheEdge++;
                }
            }
        }
        assertTrue(compared > 10_000, compared + " hits compared");
        assertTrue(nearTheEdge > 100, nearTheEdge + " hits whose time weight was near the minimum: the windows' edges were tested");
    }

    @Test
    void theWindowLeavesOutDocumentsThatCannotScoreEnough() {
        // a query at a time of day, minimum 0.4 at a 6h decay: no document further than 6h x ln(1/0.4) = 5.5h can reach it,
        // and the window of reachSeconds(0.4) reaches a day further
        InvertedIndex.Searcher s = index.searcher();
        int q = -1;
        for (int i = 0; i < dates.length && q < 0; i++) if (dates[i] != Long.MIN_VALUE && Math.floorMod(dates[i], DAY) != 0) q = i;
        long before = s.visited();
        rs.search(s, rs.vector(q), 40, 0.4, dates[q], dates, q);
        long windowed = s.visited() - before;
        long reach = rs.config().time().reachSeconds(0.4);
        long[] wide = {dates[q] - reach, dates[q] + reach};
        before = s.visited();
        s.search(rs.vector(q), 40, 0.4, rs.docWeight(dates[q], dates), q, wide[0], wide[1]);
        assertTrue(s.visited() - before > windowed, "visited " + windowed + " against " + (s.visited() - before) + " in the wider window");
        assertTrue(Arrays.stream(dates).filter(d -> d != Long.MIN_VALUE).count() > 500);
    }
}
