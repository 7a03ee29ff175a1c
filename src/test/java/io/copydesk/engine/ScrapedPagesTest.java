package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.analysis.BoilerplateConfig;
import io.copydesk.analysis.CleanText;
import io.copydesk.document.Article;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The corpus pages written in the layout of real scraped pages (corpus/gulfbeacon, corpus/deccanpost):
 * a metadata header above the headline, captions and headlines printed twice, byline bullets with
 * the date, inline cues, doubled-headline link lists, and the same furniture around different stories.
 */
class ScrapedPagesTest {
    private static final String WIRE = "meridianpress/essaria-corvand-stability-talks";
    private static final String BEACON_COPY = "gulfbeacon/essaria-corvand-talks-serious";
    private static final String BEACON_OTHER = "gulfbeacon/vell-fishing-fleet-storm";
    private static final String POST_COPY = "deccanpost/essaria-corvand-open-border-talks";
    private static final String POST_OTHER = "deccanpost/carrow-tram-fare-freeze";
    private static final String POST_ROUND_TWO = "deccanpost/essaria-corvand-second-round";

    static Corpus corpus;
    static Corpus rawCorpus; // furniture kept
    static Map<String, Article> articles = new HashMap<>();
    static RelatedStories related;
    static ClusterResult clusters;

    @BeforeAll
    static void read() {
        assertTrue(Files.isDirectory(Path.of("corpus")), "run from the project root");
        try (InputSet in = InputSet.of(List.of("corpus"))) {
            corpus = Corpus.scan(in, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE);
            corpus.forEachArticle((a, i) -> articles.put(a.id(), a));
            related = RelatedStories.build(corpus, RelatedConfig.DEFAULT, Progress.NONE);
            clusters = new StoryClusters(ClusterConfig.DEFAULT).cluster(related, Progress.NONE);
            AnalysisConfig keep = new AnalysisConfig(AnalysisConfig.DEFAULT_SHINGLE, AnalysisConfig.DEFAULT_SEED,
                    AnalysisConfig.DEFAULT.tokenizer(), BoilerplateConfig.OFF, AnalysisConfig.DEFAULT_HASHES);
            rawCorpus = Corpus.scan(in, keep, ReadProblems.silent(), Progress.NONE);
        }
    }

    @Test
    void headlinesAndDatesComeFromThePageLayout() {
        Article beacon = articles.get(BEACON_COPY);
        assertEquals("Essaria hopes Corvand \u2018serious\u2019 in seeking dialogue at Lisvar border talks", beacon.title());
        assertEquals(Instant.parse("2025-03-04T00:00:00Z"), beacon.date(), "from the date line above the headline");
        Article post = articles.get(POST_COPY);
        assertEquals("Essaria, Corvand open border talks amid drills on the frontier", post.title());
        assertEquals(Instant.parse("2025-03-04T11:52:00Z"), post.date(), "17:22 India time, from the byline bullet");
    }

    @Test
    void cleanedPagesKeepTheWireStoryAndNothingElse() {
        List<String> story = paragraphs(articles.get(WIRE));
        story.set(0, story.getFirst().replace("LISVAR, Pellaria (MPA) \u2014 ", ""));
        assertEquals(String.join("\n", story), kept(BEACON_COPY));
        // the Deccan-style page prints its standfirst (a story paragraph) above the byline: it is kept once
        String post = kept(POST_COPY);
        for (String p : paragraphs(articles.get(WIRE))) assertTrue(post.contains(p.replaceAll("[.]$", "")), "lost: " + p);
        for (String furniture : List.of("MPA,", "17:22", "Credit:", "Also Read")) assertFalse(post.contains(furniture), furniture);
    }

    @Test
    void differentStoriesInIdenticalFurnitureStayApart() {
        for (String[] pair : new String[][] {{BEACON_COPY, BEACON_OTHER}, {POST_COPY, POST_OTHER}}) {
            PairExplanation raw = new Explainer(DedupConfig.DEFAULT).explain(rawCorpus, pair[0], pair[1]);
            PairExplanation clean = new Explainer(DedupConfig.DEFAULT).explain(corpus, pair[0], pair[1]);
            assertTrue(clean.sharedShingles() * 5 < raw.sharedShingles(), "the trap is real: furniture shares "
                    + raw.sharedShingles() + " shingles, the stories " + clean.sharedShingles());
            assertEquals(0, clean.sharedShingles(), "no shared passage once furniture is gone: " + clean.sharedA());
            assertFalse(clean.duplicate());
            RelatedExplanation why = related.explain(pair[0], pair[1]);
            assertTrue(why.cosine() < 0.05, "not related: cosine " + why.cosine() + " from " + why.shared());
            assertNotEquals(clusterOf(pair[0]), clusterOf(pair[1]));
        }
    }

    @Test
    void aSyndicatedCopyUnderOtherFurnitureIsADuplicate() {
        int wire = corpus.indexOf(WIRE);
        int group = related.groupOf(wire);
        assertTrue(group >= 0);
        assertEquals(group, related.groupOf(corpus.indexOf(BEACON_COPY)));
        assertEquals(group, related.groupOf(corpus.indexOf(POST_COPY)));
        assertEquals(3, clusters.dedup().groups().get(group).members().size());
    }

    @Test
    void twoRoundsOfTheSameTalksMonthsApartAreTwoEvents() {
        assertNotEquals(clusterOf(POST_COPY), clusterOf(POST_ROUND_TWO));
        assertTrue(related.explain(POST_COPY, POST_ROUND_TWO).cosine() > 0.1, "the same storyline shares its words");
    }

    @Test
    void theStoryLabelIsAboutTheTalks() {
        String label = clusters.clusters().get(clusterOf(BEACON_COPY)).label();
        assertTrue(label.contains("essaria") && label.contains("corvand"), label);
    }

    private static int clusterOf(String id) {
        return clusters.assignment()[corpus.indexOf(id)];
    }

    private static String kept(String id) {
        CleanText c = corpus.boilerplate().clean(articles.get(id));
        return c.keptText();
    }

    /** The body paragraphs of a wire page: the lines after its byline that end a sentence, sign-off and copyright out. */
    private static List<String> paragraphs(Article wire) {
        List<String> out = new ArrayList<>();
        for (String line : wire.text().split("\n")) {
            String s = line.strip();
            if (s.endsWith(".") || s.endsWith("\u201D") || s.endsWith("\"")) {
                if (!s.startsWith("(Reporting") && !s.startsWith("\u00A9")) out.add(s);
            }
        }
        return out;
    }
}
