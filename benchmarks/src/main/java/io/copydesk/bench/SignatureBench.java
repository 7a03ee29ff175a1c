package io.copydesk.bench;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.analysis.Shingler;
import io.copydesk.minhash.MinHasher;
import io.copydesk.minhash.Signature;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * MinHash signature of one document's shingle set (one-permutation hashing with densification).
 * {@code length} is the number of distinct shingles, made from words with {@code shingle}-word
 * windows. Goal: 128 hashes of a 500-shingle article in at most 10 µs on one thread. The baseline
 * sums the shingle hashes (one pass over the same array). {@code signEach} signs a different set of
 * {@code length} random hashes each time, in turn over {@value #ROTATION}: a run signs each article once,
 * and the branch predictor, which learns one set signed again and again, cannot learn them all.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SignatureBench {
    @Param({"64", "128", "256"})
    public int hashes;

    @Param({"3", "5"})
    public int shingle;

    @Param({"100", "500", "5000"})
    public int length;

    static final int ROTATION = 1024;
    ShingleSet set;
    ShingleSet[] sets;
    int next;
    MinHasher minHasher;

    @Setup
    public void setup() {
        set = new Shingler(shingle, BenchData.HASH_SEED).shingles(BenchData.tokensWithShingles(length, shingle, BenchData.SEED + length));
        minHasher = new MinHasher(hashes, BenchData.HASH_SEED);
        java.util.SplittableRandom r = new java.util.SplittableRandom(BenchData.SEED + length);
        sets = new ShingleSet[ROTATION];
        for (int i = 0; i < ROTATION; i++) sets[i] = BenchData.randomSet(length, r);
    }

    @Benchmark
    public Signature sign() {
        return minHasher.sign(set);
    }

    @Benchmark
    public Signature signEach() {
        return minHasher.sign(sets[next++ & (ROTATION - 1)]);
    }

    @Benchmark
    public long baseline() {
        long s = 0;
        for (long h : set.hashes()) s += h;
        return s;
    }
}
