package io.copydesk.bench;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.lsh.LshIndex;
import io.copydesk.lsh.LshParams;
import io.copydesk.minhash.MinHasher;
import io.copydesk.minhash.Signature;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The banded LSH index at the default banding (threshold 0.5, 128 hashes). {@code docs} random
 * 300-shingle documents, every tenth pair a planted near-duplicate (10% of shingles replaced,
 * Jaccard about 0.82). Scores are per document (each invocation handles 100,000 documents):
 * <ul>
 *   <li>{@code insert}: add every signature to a fresh index (band keys and storage);</li>
 *   <li>{@code bandKeys}: the band keys of one signature (the key computation a query needs);</li>
 *   <li>{@code query}: every candidate pair of the filled index (the engine queries all documents at once).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LshBench {
    static final int SHINGLES = 300;
    static final int PLANT_EVERY = 10;

    @Param({"10000", "100000"})
    public int docs;

    LshParams params;
    Signature[] signatures;
    LshIndex filled;
    int next;

    @Setup
    public void setup() {
        params = new LshParams(25, 5); // the banding its recorded results were measured with (the default until 2026-12-06)
        MinHasher minHasher = new MinHasher(128, BenchData.HASH_SEED);
        SplittableRandom r = new SplittableRandom(BenchData.SEED);
        signatures = new Signature[docs];
        ShingleSet previous = null;
        for (int d = 0; d < docs; d++) {
            ShingleSet s = isPlantedCopy(d) ? BenchData.nearCopy(previous, 0.1, r) : BenchData.randomSet(SHINGLES, r);
            signatures[d] = minHasher.sign(s);
            previous = s;
        }
        filled = fill();
    }

    /** Document {@code d} is a near-copy of document {@code d - 1}. */
    static boolean isPlantedCopy(int d) {
        return d % PLANT_EVERY == 1;
    }

    LshIndex fill() {
        LshIndex index = new LshIndex(params, signatures.length);
        for (int d = 0; d < signatures.length; d++) index.add(d, signatures[d]);
        return index;
    }

    io.copydesk.lsh.CandidatePairs candidates() {
        return filled.candidatePairs();
    }

    @Benchmark
    @OperationsPerInvocation(100_000)
    public LshIndex insert() {
        // One invocation inserts 100,000 documents: the 10k index is filled ten times over.
        LshIndex last = null;
        for (int rep = 0; rep < 100_000 / docs; rep++) last = fill();
        return last;
    }

    @Benchmark
    public long[] bandKeys() {
        Signature s = signatures[next];
        next = next + 1 == signatures.length ? 0 : next + 1;
        return LshIndex.bandKeys(s, params);
    }

    @Benchmark
    @OperationsPerInvocation(100_000)
    public void query(Blackhole bh) {
        for (int rep = 0; rep < 100_000 / docs; rep++) bh.consume(candidates());
    }

    /** A minimal per-document loop over the signatures: reads one bin of each. */
    @Benchmark
    @OperationsPerInvocation(100_000)
    public long baseline() {
        long s = 0;
        for (int rep = 0; rep < 100_000 / docs; rep++) {
            for (Signature sig : signatures) s += sig.value(0);
        }
        return s;
    }
}
