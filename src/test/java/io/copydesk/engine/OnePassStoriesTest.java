package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.document.Article;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.fingerprint.Fingerprint;
import io.copydesk.fingerprint.Fingerprinter;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code related} and {@code cluster} read their input once (shingle and term drafts finished
 * with the complete boilerplate counts) and find what the two-pass build finds: the same shingles,
 * signature and terms for every article, the same duplicates, related lists and stories, on any
 * thread count.
 */
class OnePassStoriesTest {
    @TempDir Path dir;

    @Test
    void oneReadingRanksAndClustersAsTwoReadingsDo() throws IOException {
        // generated pages carry their site's furniture: the repeated lines the counts remove
        Path file = dir.resolve("news.jsonl");
        Files.write(file, new NewsGenerator(GeneratorConfig.of(1500).withSeed(5)).stream().map(GeneratedArticle::toJson).toList());
        for (Path input : List.of(file, Path.of("corpus"))) {
            for (int threads : new int[] {1, 3}) {
                RelatedConfig config = RelatedConfig.DEFAULT.withThreads(threads);
                try (InputSet in = InputSet.of(List.of(input.toString()))) {
                    Corpus twice = Corpus.scan(in, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE, threads);
                    RelatedStories two = RelatedStories.build(twice, config, Progress.NONE);

                    List<Fingerprinter.StoryDraft> drafts = new ArrayList<>();
                    Corpus corpus = Corpus.scan(in, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE, threads,
                            RelatedStories.firstPass(config), drafts);
                    assertEquals(twice.size(), drafts.size());
                    Fingerprinter full = Fingerprinter.forStories(AnalysisConfig.DEFAULT, corpus.boilerplate());
                    int[] pending = {0};
                    corpus.forEachArticle((a, i) -> {
                        Fingerprinter.StoryDraft d = drafts.get(i);
                        if (!d.shingles().isFinal() || !d.terms().isFinal()) pending[0]++;
                        Fingerprint f = full.fingerprint(a);
                        Fingerprinter.Resolved r = full.resolve(d);
                        assertArrayEquals(f.shingles().hashes(), r.shingles().hashes(), input + " article " + i);
                        assertEquals(f.signature(), r.signature(), input + " article " + i);
                        assertEquals(f.terms(), r.terms(), input + " article " + i);
                    });
                    if (input == file) assertTrue(pending[0] > 100, "drafts waiting for the counts: " + pending[0]);
                    RelatedStories one = RelatedStories.build(corpus, config, drafts, Progress.NONE);
                    assertTrue(drafts.stream().allMatch(d -> d == null), "drafts dropped once resolved");
                    assertEquals(two.dedup().pairs(), one.dedup().pairs(), input + " threads " + threads);
                    assertEquals(two.dedup().groups(), one.dedup().groups());
                    assertEquals(two.model().size(), one.model().size());
                    for (int t = 0; t < two.model().size(); t++) {
                        assertEquals(two.model().term(t), one.model().term(t));
                        assertEquals(two.model().surface(t), one.model().surface(t), "the readable word of " + two.model().term(t));
                        assertEquals(two.model().documentFrequency(t), one.model().documentFrequency(t));
                    }
                    assertEquals(two.relatedAll(10, Progress.NONE), one.relatedAll(10, Progress.NONE), input + " threads " + threads);
                    ClusterResult expected = new StoryClusters(ClusterConfig.of(config)).cluster(two, Progress.NONE);
                    ClusterResult actual = new StoryClusters(ClusterConfig.of(config)).cluster(one, Progress.NONE);
                    assertEquals(expected.clusters(), actual.clusters());
                    assertEquals(expected.storylines(), actual.storylines());
                    assertArrayEquals(expected.storylineOf(), actual.storylineOf());
                    assertEquals(expected.thresholds(), actual.thresholds());
                }
            }
        }
    }

    @Test
    void aBuildForItsOwnArticlesRanksAndClustersTheSameAndRefusesNewOnes() throws IOException {
        Path file = dir.resolve("news.jsonl");
        List<GeneratedArticle> generated = new NewsGenerator(GeneratorConfig.of(1000).withSeed(7)).stream().toList();
        Files.write(file, generated.stream().map(GeneratedArticle::toJson).toList());
        RelatedConfig config = RelatedConfig.DEFAULT.withThreads(2);
        RelatedStories kept = build(file, config, true), own = build(file, config, false);
        assertEquals(kept.dedup().groups(), own.dedup().groups());
        assertFalse(own.dedup().groups().isEmpty());
        assertEquals(kept.relatedAll(10, Progress.NONE), own.relatedAll(10, Progress.NONE));
        ClusterResult expected = new StoryClusters(ClusterConfig.of(config)).cluster(kept, Progress.NONE);
        ClusterResult actual = new StoryClusters(ClusterConfig.of(config)).cluster(own, Progress.NONE);
        assertEquals(expected.clusters(), actual.clusters());
        assertEquals(expected.storylines(), actual.storylines());
        // a new article, a copy of article 3: its duplicates are verified against the collection's shingle sets, which only the first kept
        Article third = generated.get(3).toArticle();
        Article fresh = new Article("copy-of-3", third.title(), third.text(), third.date(), third.source(), third.url());
        assertTrue(kept.query(fresh, 5).stream().anyMatch(h -> h.index() == 3 && h.relation() == RelatedHit.Relation.duplicate));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> own.query(fresh, 5));
        assertTrue(e.getMessage().contains("own articles only"), e.getMessage());
    }

    private static RelatedStories build(Path file, RelatedConfig config, boolean forQueries) throws IOException {
        try (InputSet in = InputSet.of(List.of(file.toString()))) {
            List<Fingerprinter.StoryDraft> drafts = new ArrayList<>();
            Corpus corpus = Corpus.scan(in, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE, 2, RelatedStories.firstPass(config),
                    drafts);
            return RelatedStories.build(corpus, config, drafts, forQueries, Progress.NONE);
        }
    }
}
