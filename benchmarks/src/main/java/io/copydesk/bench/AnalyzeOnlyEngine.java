package io.copydesk.bench;

import io.copydesk.engine.Corpus;
import io.copydesk.engine.Progress;

/**
 * The work every engine shares: read the input twice (scan, then analyze), remove page furniture
 * and tokenize. Reports no pairs; its time is the floor under every other row.
 */
final class AnalyzeOnlyEngine implements Engine {
    @Override
    public String name() {
        return "analyze-only";
    }

    @Override
    public String description() {
        return "read + remove boilerplate + OpenNLP SimpleTokenizer + normalize, nothing else (the shared floor)";
    }

    @Override
    public Result run(Corpus corpus, int threads) {
        long tokens = corpus.analyze(threads, Progress.NONE, a -> a.tokens().size()).stream().mapToLong(Integer::longValue).sum();
        if (tokens == 0) throw new IllegalStateException("no tokens");
        return new Result(new long[0], -1);
    }
}
