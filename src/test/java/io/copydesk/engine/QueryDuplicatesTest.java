package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.document.Article;
import io.copydesk.fingerprint.Fingerprint;
import io.copydesk.fingerprint.Fingerprinter;
import io.copydesk.verify.Verifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A new article's duplicates are every article of the collection it verifiably duplicates, whatever its rank and date. */
class QueryDuplicatesTest {
    /** The exact answer: every article of the collection whose exact scores against {@code q} pass the rule, found by comparing with all. */
    private static Set<String> exact(Article q, List<Article> articles, Corpus corpus) {
        Fingerprinter f = new Fingerprinter(AnalysisConfig.DEFAULT, corpus.boilerplate());
        Verifier v = new Verifier(DedupConfig.DEFAULT.rule());
        Fingerprint fq = f.fingerprint(q);
        Set<String> out = new TreeSet<>();
        for (Article a : articles) if (v.verify(fq, f.fingerprint(a)) != null) out.add(a.id());
        return out;
    }

    private static Set<String> duplicates(List<RelatedHit> hits) {
        Set<String> out = new TreeSet<>();
        for (RelatedHit h : hits) if (h.relation() == RelatedHit.Relation.duplicate) out.add(h.id());
        return out;
    }

    /** A copy of every article five weeks after it, far outside the time window where nothing ranks, lists every duplicate the rule finds. */
    @Test
    void aCopyWeeksLaterListsEveryDuplicate() {
        List<Article> articles = StoryFixture.generate(11, 4, 4, true).stream().map(StoryFixture.Item::article).toList();
        Corpus corpus = Corpus.of(articles, AnalysisConfig.DEFAULT);
        RelatedStories rs = RelatedStories.build(corpus, RelatedConfig.DEFAULT, Progress.NONE);
        int found = 0;
        for (Article a : articles) {
            Article late = new Article("late/" + a.id(), a.title(), a.text(), a.date().plus(Duration.ofDays(35)), null, null);
            Set<String> expected = exact(late, articles, corpus);
            assertTrue(expected.contains(a.id()), late.id());
            assertEquals(expected, duplicates(rs.query(late, 5)), late.id());
            found += expected.size();
        }
        assertEquals(articles.size() + 16, found, "each article, and each of the 8 events' report and copy the other too");
    }

    /**
     * A brief (two sentences of one of 80 reports of the same kind) is contained in four long roundups that rank below
     * most reports: with one related article asked for, every article containing it is listed, as with 50.
     */
    @Test
    void aBriefListsEveryArticleContainingItWhateverTheirRank() {
        List<Article> articles = new ArrayList<>(StoryFixture.generate(11, 1, 40, true).stream().map(StoryFixture.Item::article).toList());
        Article source = articles.get(5);
        String[] sentences = source.text().split("\n");
        String brief = sentences[0] + "\n" + sentences[1];
        List<Article> others = StoryFixture.generate(12, 4, 2, true).stream().map(StoryFixture.Item::article).filter(a -> !a.id().contains("k0")).toList();
        for (int r = 0; r < 4; r++) {
            StringBuilder text = new StringBuilder(brief);
            for (int o = 0; o < 3; o++) text.append('\n').append(others.get(3 * r + o).text());
            articles.add(new Article("roundup/" + r, "Roundup " + r, text.toString(), source.date(), null, null));
        }
        Corpus corpus = Corpus.of(articles, AnalysisConfig.DEFAULT);
        RelatedStories rs = RelatedStories.build(corpus, RelatedConfig.DEFAULT, Progress.NONE);
        Article q = new Article("brief", null, brief, source.date(), null, null);
        Set<String> expected = exact(q, articles, corpus);
        assertTrue(expected.containsAll(List.of(source.id(), "roundup/0", "roundup/1", "roundup/2", "roundup/3")), expected.toString());
        assertEquals(expected, duplicates(rs.query(q, 50)));
        assertEquals(expected, duplicates(rs.query(q, 1)));
    }
}
