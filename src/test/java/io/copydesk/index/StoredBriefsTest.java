package io.copydesk.index;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.engine.Progress;
import io.copydesk.lsh.AnchorIndex;
import io.copydesk.testing.ContainedBriefs;
import io.copydesk.testing.Prose;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A brief stored before the longer article containing it is found surely by a query of that article, through the
 * briefs' keys (table {@code brief_keys}), as {@code dedup} and the in-memory {@code DuplicateIndex} find it; its
 * few anchors alone find it only by chance.
 */
class StoredBriefsTest {
    @TempDir Path dir;

    /**
     * Every query of a long article finds every stored brief it duplicates (all compared) and nothing else. The second
     * round opens every brief with the same words, many of its keys then keys of more than {@link AnchorIndex#MAX_POSTING}
     * briefs: those are passed over, and a brief asks one key fewer for each of its keys passed over, so that only a
     * brief whose keys the query holds are all that common may be missed (as in {@code dedup}); many are found only so.
     * Removing the briefs leaves no brief row, and the index checks clean throughout.
     */
    @Test
    void aStoredBriefIsFoundByEveryArticleContainingIt() {
        for (boolean commonOpening : new boolean[] {false, true}) {
            ContainedBriefs fixture = new ContainedBriefs(commonOpening);
            Path at = dir.resolve("common-" + commonOpening);
            try (ArticleIndex ix = ArticleIndex.openForWriting(at, ArticleIndex.SettingsChoice.storedOr(IndexSettings.DEFAULT), true);
                 IndexWriter w = new IndexWriter(ix, 2, Clock.systemUTC())) {
                w.add(fixture.briefs);
                assertTrue(IndexStats.of(ix).briefRows() >= 260 * 4L, "rows: " + IndexStats.of(ix).briefRows());
                try (IndexSearcher s = new IndexSearcher(ix)) {
                    fixture.check(a -> new TreeSet<>(s.query(a).stream().map(IndexSearcher.Match::id).toList()));
                }
                assertTrue(IndexChecker.check(ix, Progress.NONE).ok(), IndexChecker.check(ix, Progress.NONE).problems().toString());
                assertEquals(List.of(), w.remove(fixture.briefs.stream().map(Article::id).toList()));
                assertEquals(0, IndexStats.of(ix).briefRows());
                assertTrue(IndexChecker.check(ix, Progress.NONE).ok());
            }
        }
    }

    /** The checker tells a brief row that no longer matches its article's shingles. */
    @Test
    void theCheckerTellsAWrongBriefRow() throws Exception {
        Prose prose = new Prose(7);
        try (ArticleIndex ix = ArticleIndex.openForWriting(dir, ArticleIndex.SettingsChoice.storedOr(IndexSettings.DEFAULT), true);
             IndexWriter w = new IndexWriter(ix, 2, Clock.systemUTC())) {
            w.add(List.of(Article.of("brief", prose.sentence(15)), Article.of("long", prose.body(6))));
            assertTrue(IndexChecker.check(ix, Progress.NONE).ok());
            try (var st = ix.connection().createStatement()) {
                st.executeUpdate("UPDATE brief_keys SET need = need + 1 WHERE key = (SELECT min(key) FROM brief_keys)");
            }
            IndexChecker.Report r = IndexChecker.check(ix, Progress.NONE);
            assertFalse(r.ok());
            assertEquals(List.of("article brief: brief key rows do not match its shingles (different keys)"), r.problems());
        }
    }
}
