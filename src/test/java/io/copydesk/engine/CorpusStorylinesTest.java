package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Storylines of the bundled corpus at the default settings, and what related lists add to the ranking. */
class CorpusStorylinesTest {
    static Corpus corpus;
    static RelatedStories related;
    static ClusterResult clusters;

    @BeforeAll
    static void read() {
        assertTrue(Files.isDirectory(Path.of("corpus")), "run from the project root");
        try (InputSet in = InputSet.of(List.of("corpus/corpus.jsonl"))) {
            corpus = Corpus.scan(in, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE);
            related = RelatedStories.build(corpus, RelatedConfig.DEFAULT, Progress.NONE);
            clusters = new StoryClusters(ClusterConfig.DEFAULT).cluster(related, Progress.NONE);
        }
    }

    private static ArticleLevels.Level level(String a, String b) {
        return clusters.levels().of(corpus.indexOf(a), corpus.indexOf(b));
    }

    @Test
    void twoRoundsOfTheSameTalksMonthsApartAreTwoEventsOfOneStoryline() {
        // April and September 2024: same ministers, mediator, river and city
        assertEquals(ArticleLevels.Level.storyline, level("meridianpress/tarsen-talks-end-without-deal", "meridianpress/arvenia-tolmark-sign-velta-deal"));
        // March and August 2025 (the layout of the seed pages)
        assertEquals(ArticleLevels.Level.storyline, level("meridianpress/essaria-corvand-stability-talks", "deccanpost/essaria-corvand-second-round"));
    }

    @Test
    void sameKindEventsWithOtherNamesShareNoStoryline() {
        assertEquals(ArticleLevels.Level.none, level("meridianpress/valdoria-quake-kills-27", "meridianpress/kestria-quake-kills-nine"));
        assertEquals(ArticleLevels.Level.none, level("meridianpress/hollmark-lowers-rates-caution", "meridianpress/ostmark-national-bank-cuts-rate"));
    }

    @Test
    void relatedListsAddOnlyMembersTheTimeWindowKeepsOut() {
        RelatedLevels levels = new RelatedLevels(related, clusters);
        int added = 0;
        for (int q = 0; q < corpus.size(); q++) {
            Set<Integer> ranked = new HashSet<>();
            for (RelatedHit h : related.related(q, 5)) ranked.add(h.index());
            for (RelatedHit h : levels.related(q, 5)) {
                if (ranked.contains(h.index())) continue;
                added++;
                assertEquals(0.0, related.timeWeight(q, h.index()), "hit " + h.id() + " of " + corpus.articles().get(q).id() + " was outranked inside the window");
                assertNotEquals(RelatedHit.Relation.related, h.relation(), h.id());
            }
        }
        assertTrue(added > 0, "the corpus has storylines across months, whose members the ranking cannot see");
    }
}
