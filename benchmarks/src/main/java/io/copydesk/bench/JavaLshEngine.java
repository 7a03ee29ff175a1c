package io.copydesk.bench;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.analysis.Shingler;
import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.engine.Corpus;
import io.copydesk.internal.LongList;
import io.copydesk.engine.Progress;
import io.copydesk.lsh.LshIndex;
import io.copydesk.lsh.LshParams;
import info.debatty.java.lsh.LSH;
import info.debatty.java.lsh.MinHash;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * java-lsh 0.12 ({@code info.debatty:java-lsh}): {@link MinHash} with 128 hash functions over each
 * article's set of shingle ids, {@link LSH#hashSignature} into the same bands × rows as copydesk
 * (25 × 5 at threshold 0.5, in {@code Integer.MAX_VALUE} buckets), candidates from shared buckets,
 * and a pair reported when the library's signature similarity is at least the threshold.
 *
 * <p>Shingles are copydesk's (same tokens, word 4-shingles, same 64-bit hashes) reduced to
 * non-negative 31-bit ids, the element type java-lsh takes. Signatures are computed on the
 * analysis threads, as copydesk does.
 */
final class JavaLshEngine implements Engine {
    static final long SEED = 42;

    @Override
    public String name() {
        return "java-lsh";
    }

    @Override
    public String description() {
        return "info.debatty:java-lsh 0.12 MinHash (128 hash functions) + LSH.hashSignature, 25 bands x 5 rows; pair kept when MinHash.similarity >= 0.5";
    }

    @Override
    public Result run(Corpus corpus, int threads) {
        AnalysisConfig ac = corpus.config();
        Shingler shingler = new Shingler(ac.shingle(), ac.seed());
        LshParams banding = SideBySide.PEER_BANDING;
        MinHash minHash = new MinHash(SideBySide.HASHES, Integer.MAX_VALUE, SEED);
        LSH lsh = new LSH(banding.bands(), Integer.MAX_VALUE) { };
        int n = corpus.size();
        LshIndex bands = new LshIndex(banding, n);
        int used = banding.bands() * banding.rows();
        List<int[]> signatures = corpus.analyze(threads, Progress.NONE, a -> {
            ShingleSet s = shingler.shingles(a.tokens());
            if (s.isEmpty()) return null;
            Set<Integer> ids = new HashSet<>(s.size() * 2);
            for (long h : s.hashes()) ids.add((int) (h >>> 33));
            int[] sig = minHash.signature(ids);
            bands.addBandKeys(a.index(), lsh.hashSignature(java.util.Arrays.copyOf(sig, used)));
            return sig;
        });
        long[] candidates = BenchData.packed(bands.candidatePairs());
        LongList pairs = new LongList();
        for (long p : candidates) {
            int[] x = signatures.get(LongList.first(p)), y = signatures.get(LongList.second(p));
            if (minHash.similarity(x, y) >= SideBySide.THRESHOLD) pairs.add(p);
        }
        return new Result(pairs.toArray(), candidates.length);
    }
}
