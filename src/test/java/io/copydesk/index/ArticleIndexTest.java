package io.copydesk.index;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.engine.Progress;
import io.copydesk.testing.Prose;
import io.copydesk.testing.ShortPairs;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {
    @TempDir Path dir;

    static List<Article> stories(int n, long seed) {
        Prose prose = new Prose(seed);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new Article("s" + i, "Story " + i, prose.body(4), null, "site" + i % 3, null));
        return out;
    }

    private ArticleIndex writable() {
        return ArticleIndex.openForWriting(dir, ArticleIndex.SettingsChoice.storedOr(IndexSettings.DEFAULT), true);
    }

    private ArticleIndex readable() {
        return ArticleIndex.openForReading(dir, ArticleIndex.SettingsChoice.storedOr(null));
    }

    private long count() {
        try (ArticleIndex r = readable()) {
            return IndexStats.of(r).articles();
        }
    }

    @Test
    void readersSeeCommittedBatchesOnlyWhileTheWriterWorks() {
        List<Article> first = stories(30, 1), second = stories(30, 2).stream()
                .map(a -> new Article("t" + a.id(), a.title(), a.text(), null, null, null)).toList();
        try (ArticleIndex ix = writable(); IndexWriter w = new IndexWriter(ix, 2, Clock.systemUTC())) {
            w.add(first);
            long[] seenMidBatch = {-1};
            w.add(second, (a, f) -> {
                if (a.id().equals("ts15")) seenMidBatch[0] = count(); // the batch is half inserted, not committed
            });
            assertEquals(30, seenMidBatch[0]);
            assertEquals(60, count());
        }
    }

    @Test
    void aBatchThatFailsLeavesNoTrace() {
        try (ArticleIndex ix = writable(); IndexWriter w = new IndexWriter(ix, 1, Clock.systemUTC())) {
            w.add(stories(10, 1));
            List<Article> batch = stories(20, 3).stream().map(a -> new Article("x" + a.id(), null, a.text(), null, null, null)).toList();
            RuntimeException boom = new IllegalStateException("boom");
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> w.add(batch, (a, f) -> {
                if (a.id().equals("xs12")) throw boom;
            }));
            assertSame(boom, thrown);
            assertEquals(10, count());
            try (ArticleIndex r = readable()) {
                assertTrue(IndexChecker.check(r, Progress.NONE).ok());
            }
        }
    }

    @Test
    void queryFindsTheIndexedCopyButNotTheArticleItself() {
        List<Article> all = stories(20, 4);
        try (ArticleIndex ix = writable(); IndexWriter w = new IndexWriter(ix, 2, Clock.systemUTC())) {
            w.add(all);
        }
        Article copy = new Article("copy", "Copy", all.get(7).text(), null, "elsewhere", null);
        try (ArticleIndex r = readable(); IndexSearcher s = new IndexSearcher(r)) {
            List<IndexSearcher.Match> m = s.query(copy);
            assertEquals(List.of(new IndexSearcher.Match("s7", 1.0, 1.0)), m);
            assertEquals(List.of(), s.query(all.get(3)), "an indexed article is not its own duplicate");
        }
    }

    @Test
    void removingEveryArticleLeavesEmptyTables() {
        List<Article> all = stories(12, 5);
        try (ArticleIndex ix = writable(); IndexWriter w = new IndexWriter(ix, 1, Clock.systemUTC())) {
            w.add(all);
            assertEquals(List.of("nope"), w.remove(List.of("s0", "nope")));
            assertEquals(11, w.expire(java.time.Instant.now().plusSeconds(60), 5));
            IndexStats s = IndexStats.of(ix);
            assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L), List.of(s.articles(), s.bandRows(), s.anchorRows(), s.lineKeys(), s.terms(), s.postings()));
            assertTrue(IndexChecker.check(ix, Progress.NONE).ok());
        }
    }

    /**
     * Short texts at exactly the Jaccard threshold: the index finds every pair (comparing all pairs finds the 400, see
     * {@code ShortTextRecallTest}) through their prefix rows, checks clean, and removing the articles removes those
     * rows. An index made before prefix keys (the setting off) stores none, and checks clean too.
     */
    @Test
    void shortTextsAtTheThresholdAreAllFoundThroughTheirPrefixRows() {
        List<Article> all = ShortPairs.atHalf(41, 400);
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < 400; i++) expected.add("p" + i + "a p" + i + "b");
        for (boolean prefixKeys : new boolean[] {true, false}) {
            Path at = dir.resolve("prefix-" + prefixKeys);
            IndexSettings settings = new IndexSettings(IndexSettings.DEFAULT.analysis(), IndexSettings.DEFAULT.banding(),
                    IndexSettings.DEFAULT.anchorRate(), IndexSettings.DEFAULT.threshold(), IndexSettings.DEFAULT.containment(),
                    IndexSettings.DEFAULT.minContained(), IndexSettings.DEFAULT.titleWeight(), prefixKeys, true, true);
            try (ArticleIndex ix = ArticleIndex.openForWriting(at, ArticleIndex.SettingsChoice.storedOr(settings), true);
                 IndexWriter w = new IndexWriter(ix, 2, Clock.systemUTC())) {
                w.add(all);
                long bandRows = IndexStats.of(ix).bandRows(), banded = (long) all.size() * settings.banding().bands();
                assertEquals(prefixKeys, bandRows > banded, bandRows + " band rows");
                Set<String> found = new TreeSet<>();
                try (IndexSearcher s = new IndexSearcher(ix)) {
                    for (Article a : all) {
                        for (IndexSearcher.Match m : s.query(a)) found.add(a.id().compareTo(m.id()) < 0 ? a.id() + " " + m.id() : m.id() + " " + a.id());
                    }
                }
                if (prefixKeys) assertEquals(expected, found);
                else assertTrue(expected.containsAll(found), found.toString());
                assertTrue(IndexChecker.check(ix, Progress.NONE).ok(), IndexChecker.check(ix, Progress.NONE).problems().toString());
                assertEquals(List.of(), w.remove(all.stream().map(Article::id).toList()));
                assertEquals(0, IndexStats.of(ix).bandRows());
                assertTrue(IndexChecker.check(ix, Progress.NONE).ok());
            }
        }
    }
}
