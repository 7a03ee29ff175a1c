package io.copydesk.index;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.document.Article;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.Progress;
import io.copydesk.fingerprint.Fingerprint;
import io.copydesk.fingerprint.Fingerprinter;
import io.copydesk.lsh.AnchorIndex;
import io.copydesk.lsh.PrefixFilter;
import io.copydesk.testing.Prose;
import io.copydesk.verify.Verifier;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        PrefixFilter prefixes = new PrefixFilter(DedupConfig.DEFAULT.rule(), DedupConfig.DEFAULT.anchorRate());
        Fingerprinter f = new Fingerprinter(DedupConfig.DEFAULT.analysis(), Boilerplate.perArticle(DedupConfig.DEFAULT.analysis().boilerplate()));
        Verifier v = new Verifier(DedupConfig.DEFAULT.rule());
        for (boolean commonOpening : new boolean[] {false, true}) {
            Prose prose = new Prose(commonOpening ? 41 : 40);
            String opening = prose.sentence(14);
            List<Article> briefs = new ArrayList<>(), articles = new ArrayList<>();
            List<Fingerprint> briefPrints = new ArrayList<>();
            Map<Integer, Integer> briefsWithKey = new HashMap<>();
            for (int i = 0; i < 260; i++) {
                String brief = commonOpening ? opening + " " + prose.sentence(3 + prose.random().nextInt(5)) : prose.sentence(11 + prose.random().nextInt(10));
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < 10; s++) text.append(prose.sentence()).append(' ');
                text.append(prose.edit(brief, 0.03)); // on one line: not a repeated (boilerplate) line
                for (int s = 0; s < 10; s++) text.append(' ').append(prose.sentence());
                Article b = Article.of("brief-" + i, brief);
                briefs.add(b);
                briefPrints.add(f.fingerprint(b));
                assertTrue(prefixes.isBrief(briefPrints.getLast().shingles().size()), b.id() + " is a brief");
                for (int k : prefixes.briefKeys(briefPrints.getLast().shingles())) briefsWithKey.merge(k, 1, Integer::sum);
                articles.add(Article.of("article-" + i, text.toString()));
            }
            Path at = dir.resolve("common-" + commonOpening);
            try (ArticleIndex ix = ArticleIndex.openForWriting(at, ArticleIndex.SettingsChoice.storedOr(IndexSettings.DEFAULT), true);
                 IndexWriter w = new IndexWriter(ix, 2, Clock.systemUTC())) {
                w.add(briefs);
                assertTrue(IndexStats.of(ix).briefRows() >= 260 * 4L, "rows: " + IndexStats.of(ix).briefRows());
                int found = 0, allCommon = 0;
                try (IndexSearcher s = new IndexSearcher(ix)) {
                    for (Article a : articles) {
                        Fingerprint fa = f.fingerprint(a);
                        Set<Integer> keysHeld = new HashSet<>();
                        for (int i = 0; i < fa.shingles().size(); i++) keysHeld.add((int) (fa.shingles().hash(i) >>> 32));
                        Set<String> exact = new TreeSet<>(), sure = new TreeSet<>();
                        for (int b = 0; b < briefPrints.size(); b++) {
                            if (v.verify(fa, briefPrints.get(b)) == null) continue;
                            exact.add("brief-" + b);
                            boolean rare = Arrays.stream(prefixes.briefKeys(briefPrints.get(b).shingles()))
                                    .anyMatch(k -> keysHeld.contains(k) && briefsWithKey.get(k) <= AnchorIndex.MAX_POSTING);
                            if (rare) sure.add("brief-" + b);
                            else allCommon++;
                        }
                        Set<String> got = new TreeSet<>(s.query(a).stream().map(IndexSearcher.Match::id).toList());
                        String where = a.id() + (commonOpening ? ", common opening" : "");
                        assertTrue(exact.containsAll(got), where);
                        assertTrue(got.containsAll(sure), where + ": " + sure + " " + got);
                        found += got.size();
                    }
                }
                assertTrue(found >= 200, "the articles hold their briefs: " + found);
                if (!commonOpening) assertEquals(0, allCommon);
                else assertTrue(briefsWithKey.values().stream().anyMatch(n -> n > AnchorIndex.MAX_POSTING), "some keys passed over");
                assertTrue(IndexChecker.check(ix, Progress.NONE).ok(), IndexChecker.check(ix, Progress.NONE).problems().toString());
                assertEquals(List.of(), w.remove(briefs.stream().map(Article::id).toList()));
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
