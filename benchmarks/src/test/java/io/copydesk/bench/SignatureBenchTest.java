package io.copydesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.hash.Hash64;
import io.copydesk.minhash.MinHasher;
import io.copydesk.minhash.Signature;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatureBenchTest {
    @ParameterizedTest
    @CsvSource({"64, 3, 100", "128, 5, 500", "128, 3, 500", "256, 5, 5000", "64, 5, 5000", "256, 3, 100"})
    void signatureEqualsTheReference(int hashes, int k, int length) {
        SignatureBench b = new SignatureBench();
        b.hashes = hashes;
        b.shingle = k;
        b.length = length;
        b.setup();
        assertEquals(length, b.set.size());
        Signature s = b.sign();
        int[] expected = reference(b.set.hashes(), hashes, BenchData.HASH_SEED);
        assertEquals(hashes, s.size());
        for (int i = 0; i < hashes; i++) assertEquals(expected[i], s.value(i), "bin " + i);
    }

    /** The rotating sets are distinct sets of the length asked, each signed as the reference signs it, in turn. */
    @Test
    void eachSignatureInTurnEqualsTheReference() {
        SignatureBench b = new SignatureBench();
        b.hashes = 128;
        b.shingle = 5;
        b.length = 500;
        b.setup();
        assertEquals(SignatureBench.ROTATION, java.util.Arrays.stream(b.sets).distinct().count());
        for (int i = 0; i < SignatureBench.ROTATION + 3; i++) {
            ShingleSet set = b.sets[i % SignatureBench.ROTATION];
            assertEquals(500, set.size());
            Signature s = b.signEach();
            int[] expected = reference(set.hashes(), 128, BenchData.HASH_SEED);
            for (int bin = 0; bin < 128; bin++) assertEquals(expected[bin], s.value(bin), "set " + i + ", bin " + bin);
        }
    }

    @Test
    void signaturesEstimateJaccard() {
        SplittableRandom r = new SplittableRandom(3);
        ShingleSet a = BenchData.randomSet(2000, r);
        ShingleSet b = BenchData.nearCopy(a, 0.2, r);
        MinHasher m = new MinHasher(256, BenchData.HASH_SEED);
        double estimate = m.sign(a).estimateJaccard(m.sign(b));
        assertTrue(Math.abs(estimate - a.jaccard(b)) < 0.1, estimate + " vs exact " + a.jaccard(b));
    }

    /**
     * One-permutation hashing with optimal densification, written from the algorithm's
     * description: bin = high 32 bits of the seeded hash scaled to [0, k), value = low 32 bits,
     * minimum per bin; an empty bin takes the value of the first filled bin on its own seeded
     * probe sequence.
     */
    static int[] reference(long[] shingles, int k, long seed) {
        long[] min = new long[k];
        java.util.Arrays.fill(min, -1);
        for (long x : shingles) {
            long v = Hash64.mix(x, seed);
            int bin = (int) Long.divideUnsigned((v >>> 32) * k, 1L << 32);
            long value = v & 0xFFFFFFFFL;
            if (min[bin] < 0 || value < min[bin]) min[bin] = value;
        }
        int[] out = new int[k];
        for (int b = 0; b < k; b++) {
            int src = b;
            for (int attempt = 1; min[src] < 0; attempt++) {
                long h = Hash64.mix(((long) b << 32) | attempt, seed ^ 0x5DEECE66DL);
                src = (int) Long.divideUnsigned((h >>> 32) * k, 1L << 32);
            }
            out[b] = (int) min[src];
        }
        return out;
    }
}
