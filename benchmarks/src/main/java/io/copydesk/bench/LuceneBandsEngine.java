package io.copydesk.bench;

import io.copydesk.engine.Corpus;
import io.copydesk.internal.LongList;
import io.copydesk.engine.Progress;
import io.copydesk.lsh.LshIndex;
import io.copydesk.lsh.LshParams;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * Lucene's {@code MinHashFilter} without the index: the same analyzer as {@link LuceneEngine}
 * makes each article's 128 MinHash tokens (one per bucket, in bucket order), the tokens' string
 * hashes are banded 25 × 5 like copydesk's, candidates come from shared band keys, and a pair is
 * kept when at least half of the 128 tokens are equal. This separates the cost of the filter
 * (signatures) from the cost of Lucene's term queries.
 */
final class LuceneBandsEngine implements Engine {
    @Override
    public String name() {
        return "lucene-minhash-bands";
    }

    @Override
    public String description() {
        return "the same Lucene analyzer's 128 MinHash tokens, banded 25 x 5 in memory (no index); pair kept when >= 64 tokens are equal";
    }

    @Override
    public Result run(Corpus corpus, int threads) throws Exception {
        LshParams banding = SideBySide.PEER_BANDING;
        LshIndex bands = new LshIndex(banding, corpus.size());
        try (Analyzer analyzer = LuceneEngine.analyzer(corpus.config().shingle(), SideBySide.HASHES)) {
            List<String[]> terms = corpus.analyze(threads, Progress.NONE, a -> {
                String[] t = LuceneEngine.minHashTerms(analyzer, a.tokens());
                if (t.length < banding.bands() * banding.rows()) return t;
                int[] keys = new int[banding.bands()];
                for (int b = 0; b < keys.length; b++) {
                    long h = b + 1;
                    for (int r = 0; r < banding.rows(); r++) h = mix(h * 31 + t[b * banding.rows() + r].hashCode());
                    keys[b] = (int) (h >>> 32);
                }
                bands.addBandKeys(a.index(), keys);
                return t;
            });
            long[] candidates = BenchData.packed(bands.candidatePairs());
            LongList pairs = new LongList();
            for (long p : candidates) {
                String[] x = terms.get(LongList.first(p)), y = terms.get(LongList.second(p));
                int same = 0;
                for (int i = 0; i < Math.min(x.length, y.length); i++) if (x[i].equals(y[i])) same++;
                if (same >= SideBySide.THRESHOLD * SideBySide.HASHES) pairs.add(p);
            }
            return new Result(pairs.toArray(), candidates.length);
        }
    }

    /** A 64-bit finalizer (the MurmurHash3 constants), to spread the band key. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }
}
