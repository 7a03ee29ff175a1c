package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.testing.Prose;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One setting changed is one call on the defaults, for a collection in memory as for the engine. */
class ConfigBuildersTest {
    // two texts sharing their first 60 words: Jaccard about 0.55, neither 80% inside the other; the second is longer
    private final List<Article> pair;

    ConfigBuildersTest() {
        Prose prose = new Prose(3);
        String common = prose.sentence(60);
        pair = List.of(Article.of("a", common + " " + prose.sentence(20)), Article.of("b", common + " " + prose.sentence(24)));
    }

    @Test
    void aThresholdContainmentAndKeepPolicyEachTakeOneCall() {
        assertEquals("b", NewsCollection.of(pair).duplicates().getFirst().canonical(), "by default: a duplicate, the longer kept");
        NewsCollection strict = NewsCollection.of(pair, ClusterConfig.DEFAULT.withDedup(DedupConfig.DEFAULT.withThreshold(0.9)));
        assertEquals(List.of(), strict.duplicates());
        NewsCollection contained = NewsCollection.of(pair.stream(),
                ClusterConfig.DEFAULT.withDedup(DedupConfig.DEFAULT.withThreshold(0.9).withContainment(0.6).withKeep(KeepPolicy.first)));
        assertEquals("b", contained.duplicates().getFirst().canonical(), "a duplicate by containment: the one contained is not kept");
        NewsCollection first = NewsCollection.of(pair, ClusterConfig.DEFAULT.withDedup(DedupConfig.DEFAULT.withKeep(KeepPolicy.first)));
        assertEquals("a", first.duplicates().getFirst().canonical());
        DedupConfig changed = DedupConfig.DEFAULT.withThreshold(0.9).withContainment(0.6).withKeep(KeepPolicy.first);
        assertEquals(new DedupConfig(DedupConfig.DEFAULT.analysis(), 0.9, 0.6, DedupConfig.DEFAULT.minContainedShingles(), null,
                DedupConfig.DEFAULT.anchorRate(), false, KeepPolicy.first, DedupConfig.DEFAULT.threads()), changed);
        assertEquals(changed, RelatedConfig.DEFAULT.withDedup(changed).dedup());
    }

    @Test
    void threadsAreSetForEveryStageInOneCall() {
        ClusterConfig one = ClusterConfig.DEFAULT.withThreads(1);
        assertEquals(1, one.related().threads());
        assertEquals(1, one.related().dedup().threads());
        assertEquals(ClusterConfig.DEFAULT.withRelated(RelatedConfig.DEFAULT.withThreads(1)), one);
        assertEquals(1, NewsCollection.of(Stream.of(pair.get(0), pair.get(1)), one).duplicates().size());
    }
}
