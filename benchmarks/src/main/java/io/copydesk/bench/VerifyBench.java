package io.copydesk.bench;

import io.copydesk.analysis.ShingleSet;
import java.util.SplittableRandom;
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
 * Exact verification of one candidate pair: Jaccard similarity of two sorted shingle sets of
 * {@code length} shingles with 20% of one replaced (Jaccard about 0.67), by the linear merge the
 * engine uses. The baseline reads both arrays once.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class VerifyBench {
    @Param({"100", "500", "5000"})
    public int length;

    ShingleSet a;
    ShingleSet b;

    @Setup
    public void setup() {
        SplittableRandom r = new SplittableRandom(BenchData.SEED + length);
        a = BenchData.randomSet(length, r);
        b = BenchData.nearCopy(a, 0.2, r);
    }

    @Benchmark
    public double jaccard() {
        return a.jaccard(b);
    }

    @Benchmark
    public long baseline() {
        long s = 0;
        for (long h : a.hashes()) s += h;
        for (long h : b.hashes()) s ^= h;
        return s;
    }
}
