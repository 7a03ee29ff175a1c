package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
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
}
