package io.copydesk.bench;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.analysis.Shingler;
import io.copydesk.analysis.TokenList;
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
 * Shingling and hashing of one document: each token is hashed (UTF-8, seeded), windows of
 * {@code shingle} token hashes are rolled into 64-bit shingle hashes ({@code windows}), then sorted
 * and made distinct ({@code shingles}, the set the engine keeps). {@code length} is the number of
 * shingles. The baseline reads every token once.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ShingleBench {
    @Param({"3", "5"})
    public int shingle;

    @Param({"100", "500", "5000"})
    public int length;

    TokenList tokens;
    Shingler shingler;

    @Setup
    public void setup() {
        tokens = BenchData.tokensWithShingles(length, shingle, BenchData.SEED + length);
        shingler = new Shingler(shingle, BenchData.HASH_SEED);
    }

    @Benchmark
    public long[] windows() {
        return shingler.windows(tokens);
    }

    @Benchmark
    public ShingleSet shingles() {
        return shingler.shingles(tokens);
    }

    @Benchmark
    public int baseline() {
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) n += tokens.term(i).length();
        return n;
    }
}
