package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.testing.ShortPairs;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Short texts at exactly the Jaccard threshold, where the bands alone miss about one pair in a hundred, and briefs
 * inside longer articles, which anchors alone miss now and then: with prefix keys ({@link io.copydesk.lsh.PrefixFilter})
 * and brief keys ({@link io.copydesk.lsh.BriefIndex}) the search finds every pair that comparing all pairs finds.
 */
class ShortTextRecallTest {
    private static final List<Article> ARTICLES = ShortPairs.atHalf(41, 1500);

    /** The pairs dedup finds among {@code all} with {@code config}, each as "id id". */
    private static Set<String> found(List<Article> all, DedupConfig config) {
        DedupResult r = new NearDuplicates(config).find(Corpus.of(all, config.analysis()), Progress.NONE);
        Set<String> out = new TreeSet<>();
        for (DuplicatePair p : r.pairs()) out.add(all.get(p.a()).id() + " " + all.get(p.b()).id());
        return out;
    }

    private static Set<String> exact() {
        return found(ARTICLES, DedupConfig.DEFAULT.withExact(true));
    }

    @Test
    void theBatchSearchFindsEveryPairAtTheThreshold() {
        Set<String> exact = exact();
        assertEquals(1500, exact.size(), "each pair at 1/2, no other");
        for (String p : exact) assertEquals(p.substring(0, p.indexOf(' ') - 1), p.substring(p.indexOf(' ') + 1, p.length() - 1), p);
        for (int threads : new int[] {1, 2}) assertSame(exact, found(ARTICLES, DedupConfig.DEFAULT.withThreads(threads)), "threads " + threads);
    }

    @Test
    void theInMemoryIndexFindsEveryPairAtTheThreshold() {
        DuplicateIndex index = new DuplicateIndex();
        Set<String> found = new TreeSet<>();
        for (Article a : ARTICLES) for (DuplicateIndex.Match m : index.queryAndAdd(a)) found.add(m.id() + " " + a.id());
        assertSame(exact(), found, "the index");
    }

    /**
     * Briefs of 17 to 56 shingles inside articles of 297: the anchors alone miss some (their draw gives such a brief
     * fewer than two anchors in common now and then); with the briefs' keys ({@link io.copydesk.lsh.BriefIndex}) the
     * batch search finds every pair comparing all pairs finds, on one thread or two.
     */
    @Test
    void theBatchSearchFindsEveryBriefInsideItsArticle() {
        List<Article> all = ShortPairs.briefs(43, 600);
        Set<String> exact = found(all, DedupConfig.DEFAULT.withExact(true));
        assertEquals(600, exact.size(), "each brief in its article, nothing else");
        for (int threads : new int[] {1, 2}) assertSame(exact, found(all, DedupConfig.DEFAULT.withThreads(threads)), "threads " + threads);
    }

    /** The same pairs, or a message naming those missed and those added (not all 1,500). */
    private static void assertSame(Set<String> expected, Set<String> actual, String what) {
        Set<String> missed = new TreeSet<>(expected), added = new TreeSet<>(actual);
        missed.removeAll(actual);
        added.removeAll(expected);
        assertEquals(List.of(List.of(), List.of()), List.of(List.copyOf(missed), List.copyOf(added)), what + ": missed, added");
    }
}
