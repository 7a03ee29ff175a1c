package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.tfidf.InvertedIndex;
import io.copydesk.tfidf.TermVector;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search at a low minimum ({@link RelatedStories#search}, as related's ranking) is split into its
 * core (documents weighing at least {@link RelatedStories#CORE} x the minimum) and the rest, searched
 * with the core's k-th score as its floor, or not at all. Its hits (documents, order, score bits)
 * must be those of one search over the whole collection, hits beyond the core included; on dates
 * without time (g20k's) it must visit fewer postings than one search over the whole window.
 */
class SearchSplitTest {
    private static final long DAY = 86_400;
    private static final long MIDNIGHT = 1_700_000_000L - Math.floorMod(1_700_000_000L, DAY);
    @TempDir static Path dir;
    static RelatedStories rs;
    static long[] dates;
    static InvertedIndex index;

    @BeforeAll
    static void build() throws Exception {
        Random r = new Random(9);
        List<String> words = new ArrayList<>();
        for (int w = 0; w < 80; w++) words.add("w" + Integer.toString(w * 7 + 100, 36) + (char) ('a' + w % 26));
        List<StoryFixture.Item> items = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 5 + r.nextInt(8); w++) text.append(words.get((int) (Math.pow(r.nextDouble(), 2) * words.size()))).append(' ');
            // whole days over 15 days (at the default 12h decay a ranking's window holds 7 of them, its core 5), a few
            // dated at a time of day, a few undated
            long date = MIDNIGHT + DAY * r.nextInt(15) + (i % 13 == 5 ? 1 + r.nextInt((int) DAY - 1) : 0);
            Instant when = i % 41 == 3 ? null : Instant.ofEpochSecond(date);
            items.add(new StoryFixture.Item(new Article(String.format("a%03d", i), "", text.toString(), when, null, null), "", ""));
        }
        rs = RelatedStories.build(StoryFixture.corpus(StoryFixture.write(items, dir)), RelatedConfig.DEFAULT.withThreads(1), Progress.NONE);
        dates = StoryFixture.dates(rs);
        List<TermVector> vectors = StoryFixture.vectors(rs);
        index = InvertedIndex.build(vectors, rs.model().size(), dates);
    }

    @Test
    void theSplitSearchFindsWhatTheWholeCollectionHolds() {
        InvertedIndex.Searcher split = index.searcher(), whole = index.searcher();
        int compared = 0, beyondTheCore = 0;
        for (double min : new double[] {0.001, 0.005, 0.01, 0.02, 0.025}) {
            for (int k : new int[] {1, 3, 14, 40, 150}) {
                for (int q = 0; q < dates.length; q++) {
                    TermVector v = rs.vector(q);
                    InvertedIndex.Hits got = rs.search(split, v, k, min, dates[q], dates, q);
                    InvertedIndex.Hits want = whole.search(v, k, min, rs.docWeight(dates[q], dates), q);
                    String why = "query " + q + " dated " + dates[q] + ", minimum " + min + ", k " + k;
                    assertArrayEquals(want.docs(), got.docs(), why);
                    assertArrayEquals(want.scores(), got.scores(), why); // float bits: the same sums
                    compared += want.size();
                    for (int h = 0; h < want.size(); h++) {
                        if (dates[q] != Long.MIN_VALUE && dates[want.docs()[h]] != Long.MIN_VALUE
                                && rs.timeWeight(q, want.docs()[h]) < RelatedStories.CORE * min) beyondTheCore++;
                    }
                }
            }
        }
        assertTrue(compared > 50_000, compared + " hits compared");
        assertTrue(beyondTheCore > 10, beyondTheCore + " hits beyond the core: the search of the rest was tested");
    }

    @Test
    void mergingKeepsTheBestKBestFirstTiesByDocument() {
        InvertedIndex.Hits core = new InvertedIndex.Hits(new int[] {7, 2, 9, 4}, new float[] {0.9f, 0.5f, 0.5f, 0.1f});
        InvertedIndex.Hits beyond = new InvertedIndex.Hits(new int[] {3, 1, 8}, new float[] {0.5f, 0.3f, 0.1f});
        InvertedIndex.Hits m = RelatedStories.merged(core, beyond, 6);
        assertArrayEquals(new int[] {7, 2, 3, 9, 1, 4}, m.docs());
        assertArrayEquals(new float[] {0.9f, 0.5f, 0.5f, 0.5f, 0.3f, 0.1f}, m.scores());
        assertArrayEquals(new int[] {7, 2}, RelatedStories.merged(core, beyond, 2).docs());
        assertArrayEquals(new int[] {1, 3, 7, 8}, RelatedStories.merged(new InvertedIndex.Hits(new int[] {7}, new float[] {0.1f}),
                new InvertedIndex.Hits(new int[] {1, 3, 8}, new float[] {0.5f, 0.3f, 0.1f}), 9).docs());
        assertSame(core, RelatedStories.merged(core, new InvertedIndex.Hits(new int[0], new float[0]), 4));
    }

    @Test
    void aSplitRankingVisitsFewerPostingsThanOneWindow() {
        InvertedIndex.Searcher s = index.searcher();
        long split = 0, unsplit = 0;
        for (int q = 0; q < dates.length; q++) {
            if (dates[q] == Long.MIN_VALUE || Math.floorMod(dates[q], DAY) != 0) continue;
            TermVector v = rs.vector(q);
            long before = s.visited();
            InvertedIndex.Hits got = rs.search(s, v, 14, 0.01, dates[q], dates, q);
            split += s.visited() - before;
            long gap = rs.config().time().reachSeconds(0.01 / 1.01) - DAY; // the window before the split
            before = s.visited();
            InvertedIndex.Hits want = s.search(v, 14, 0.01, rs.docWeight(dates[q], dates), q, dates[q] - gap - DAY, dates[q] + gap + DAY);
            unsplit += s.visited() - before;
            assertArrayEquals(want.docs(), got.docs());
            assertArrayEquals(want.scores(), got.scores());
        }
        assertTrue(split < 0.85 * unsplit, "visited " + split + " split against " + unsplit + " in one window");
    }
}
