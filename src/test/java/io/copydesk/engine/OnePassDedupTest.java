package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.analysis.ShingleDraft;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dedup} reads its input once (shingle drafts finished with the complete boilerplate
 * counts) and finds what the two-pass search finds: the same shingle set for every article, the
 * same pairs and groups, on any thread count.
 */
class OnePassDedupTest {
    @TempDir Path dir;

    @Test
    void oneReadingFindsWhatTwoReadingsFind() throws IOException {
        // generated pages carry their site's furniture: the repeated lines the counts remove
        Path file = dir.resolve("news.jsonl");
        Files.write(file, new NewsGenerator(GeneratorConfig.of(1500).withSeed(3)).stream().map(GeneratedArticle::toJson).toList());
        for (Path input : List.of(file, Path.of("corpus"))) {
            for (int threads : new int[] {1, 3}) {
                DedupConfig config = DedupConfig.DEFAULT.withThreads(threads);
                try (InputSet in = InputSet.of(List.of(input.toString()))) {
                    Corpus twice = Corpus.scan(in, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE, threads);
                    List<ShingleSet> expected = NearDuplicates.shingleSets(twice, threads, Progress.NONE);
                    DedupResult two = new NearDuplicates(config).find(twice, Progress.NONE);

                    NearDuplicates once = new NearDuplicates(config);
                    List<ShingleDraft> drafts = new ArrayList<>();
                    Corpus corpus = Corpus.scan(in, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE, threads, once.firstPass(), drafts);
                    assertEquals(twice.size(), drafts.size());
                    int pending = 0;
                    for (int i = 0; i < drafts.size(); i++) {
                        if (!drafts.get(i).isFinal()) pending++;
                        assertArrayEquals(expected.get(i).hashes(), drafts.get(i).resolve(corpus.boilerplate(), new io.copydesk.analysis.Shingler(
                                AnalysisConfig.DEFAULT_SHINGLE, AnalysisConfig.DEFAULT_SEED)).hashes(), input + " article " + i);
                    }
                    if (input == file) assertTrue(pending > 100, "drafts waiting for the counts: " + pending);
                    DedupResult one = once.find(corpus, drafts, Progress.NONE);
                    assertEquals(two.pairs(), one.pairs(), input + " threads " + threads);
                    assertEquals(two.groups(), one.groups());
                    assertEquals(two.candidates(), one.candidates());
                    assertTrue(drafts.stream().allMatch(d -> d == null), "drafts dropped once resolved");
                }
            }
        }
    }
}
