package io.copydesk.bench;

import io.copydesk.engine.Corpus;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.DuplicatePair;
import io.copydesk.engine.NearDuplicates;
import io.copydesk.internal.LongList;
import io.copydesk.engine.Progress;

/**
 * copydesk's {@code NearDuplicates} at default settings ({@code exact = false}), or with every pair
 * compared exactly ({@code exact = true}, the ground truth). The engine also reports pairs that are
 * duplicates by containment only; the comparison keeps the pairs with exact Jaccard at least the
 * threshold, the definition every peer is held to.
 */
final class CopydeskEngine implements Engine {
    private final boolean exact;

    CopydeskEngine(boolean exact) {
        this.exact = exact;
    }

    @Override
    public String name() {
        return exact ? "exact" : "copydesk";
    }

    @Override
    public String description() {
        return exact ? "copydesk NearDuplicates with DedupConfig.withExact(true): every pair compared on the exact shingle sets"
                : "copydesk NearDuplicates, default DedupConfig (128 hashes, LSH bands, anchors, exact verification)";
    }

    @Override
    public Result run(Corpus corpus, int threads) {
        DedupConfig config = DedupConfig.DEFAULT.withThreads(threads).withExact(exact);
        DedupResult result = new NearDuplicates(config).find(corpus, Progress.NONE);
        LongList pairs = new LongList();
        for (DuplicatePair p : result.pairs()) if (p.jaccard() >= SideBySide.THRESHOLD) pairs.add(LongList.pair(p.a(), p.b()));
        pairs.sortDistinct();
        return new Result(pairs.toArray(), result.candidates());
    }
}
