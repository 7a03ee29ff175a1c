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
 * sums the shingle hashes (one pass over the same array).
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

    ShingleSet set;
    MinHasher minHasher;

    @Setup
    public void setup() {
        set = new Shingler(shingle, BenchData.HASH_SEED).shingles(BenchData.tokensWithShingles(length, shingle, BenchData.SEED + length));
        minHasher = new MinHasher(hashes, BenchData.HASH_SEED);
    }

    @Benchmark
    public Signature sign() {
        return minHasher.sign(set);
    }

    @Benchmark
    public long baseline() {
        long s = 0;
        for (long h : set.hashes()) s += h;
        return s;
    }
}
