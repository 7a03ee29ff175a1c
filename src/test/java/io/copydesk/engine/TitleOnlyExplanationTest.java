package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.analysis.Span;
import io.copydesk.document.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An article whose every body line is page furniture (here a line repeated across the collection) is shingled from its
 * title. Its explanation says so, its shared passages point into the title and its removed lines into its body: until
 * this test the removed lines were read from the title, and `explain` failed on such a pair (a span past the title's
 * end) or printed the wrong text (one within it).
 */
class TitleOnlyExplanationTest {
    private static final String FURNITURE = "Sign up for our newsletter and never miss a story from us";

    @Test
    void removedLinesPointIntoTheBodyAndSharedPassagesIntoTheTitle() {
        List<Article> articles = new ArrayList<>();
        String quake = "Rescue teams searched the collapsed school in Corvaro through the night after the earthquake";
        articles.add(new Article("story", "Quake in Corvaro", quake + ", officials said.\n" + FURNITURE, null, null, null));
        for (int i = 0; i < 4; i++) {
            articles.add(new Article("other-" + i, "Other " + i, "A different report number " + i + " about the harbour ferries.\n" + FURNITURE,
                    null, null, null));
        }
        // the title is the story's first words; the body is nothing but the furniture line
        articles.add(new Article("furniture-only", quake, FURNITURE, null, null, null));
        Corpus corpus = Corpus.of(articles, AnalysisConfig.DEFAULT);

        PairExplanation e = new Explainer(DedupConfig.DEFAULT).explain(corpus, "story", "furniture-only");

        assertFalse(e.sharedInTitleA());
        assertTrue(e.sharedInTitleB(), "b's body is all furniture: its shingles are its title's");
        assertEquals(quake, e.textB());
        assertEquals(FURNITURE, e.bodyB());
        assertFalse(e.sharedB().isEmpty(), "the title's words are in a's body");
        for (Span s : e.sharedB()) assertTrue(quake.contains(e.textB().substring(s.start(), s.end())));
        assertEquals(1, e.removedB().size(), "the furniture line, removed");
        Span removed = e.removedB().getFirst();
        assertEquals(FURNITURE, e.bodyB().substring(removed.start(), removed.end()));
        assertTrue(removed.end() > e.textB().length() || !e.textB().substring(removed.start(), removed.end()).equals(FURNITURE),
                "read from the title, the removed line would be out of range or another text");
        Span removedA = e.removedA().getFirst();
        assertEquals(FURNITURE, e.bodyA().substring(removedA.start(), removedA.end()));
    }
}
