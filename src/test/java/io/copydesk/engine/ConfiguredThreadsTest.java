package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.document.Article;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One thread configured is one worker thread at most at any time, whatever the cores: a service that sizes its own
 * pools is not handed one thread a core. Seen in the JVM's peak count of live threads (at most one more than before;
 * the cores' count would be at least two more).
 */
class ConfiguredThreadsTest {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final List<StoryFixture.Item> items = StoryFixture.generate(11, 4, 30, true); // batches enough for every core

    /** The most threads {@code work} had running at once beyond those before it. */
    private static int extraThreads(Runnable work) {
        THREADS.resetPeakThreadCount();
        int before = THREADS.getThreadCount();
        work.run();
        return THREADS.getPeakThreadCount() - before;
    }

    @Test
    void aCollectionInMemoryReadsOnOneWorkerWhenConfiguredSo() {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one core: one worker either way");
        List<Article> articles = items.stream().map(StoryFixture.Item::article).toList();
        ClusterConfig one = ClusterConfig.of(RelatedConfig.DEFAULT.withThreads(1));
        int extra = extraThreads(() -> NewsCollection.of(articles, one));
        assertTrue(extra <= 1, extra + " threads at once");
    }

    @Test
    void explainingAPairReadsTheInputOnTheConfiguredThreads(@TempDir Path dir) throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one core: one worker either way");
        try (InputSet inputs = InputSet.of(List.of(StoryFixture.write(items, dir).toString()))) {
            Corpus corpus = Corpus.scan(inputs, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE, 1);
            Explainer explainer = new Explainer(DedupConfig.DEFAULT.withThreads(1));
            String a = items.get(0).article().id(), b = items.get(1).article().id();
            int extra = extraThreads(() -> assertTrue(explainer.explain(corpus, a, b).duplicate()));
            assertTrue(extra <= 1, extra + " threads at once");
        }
    }
}
