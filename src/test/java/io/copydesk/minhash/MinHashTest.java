package io.copydesk.minhash;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.ShingleSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashTest {
    private static ShingleSet range(long from, long to) {
        long[] v = new long[(int) (to - from)];
        for (int i = 0; i < v.length; i++) v[i] = from + i;
        return ShingleSet.of(v);
    }

    /** Pins the signature of a fixed set: signatures are persisted, so their values must never drift. */
    @Test
    void knownAnswerSignature() {
        Signature s = new MinHasher(16, 42).sign(range(1, 501));
        int[] expected = KNOWN;
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], s.value(i), "bin " + i);
    }

    static final int[] KNOWN = {61529178, 48620972, 8655753, 17581643, 153228379, 94863818, 306494651, 78968534, 43634984,
        274779295, 69865718, 110093733, 84735046, 60894585, 72421205, 616734880};

    /**
     * Property: over many random pairs with known Jaccard similarity J, the estimate stays within
     * four standard deviations sqrt(J(1-J)/k) (plus a small slack for densified bins), and the
     * estimates are unbiased on average.
     */
    @Test
    void estimateStaysWithinItsErrorBoundOfExactJaccard() {
        Random r = new Random(2024);
        for (int k : new int[] {64, 128, 256}) {
            MinHasher mh = new MinHasher(k, r.nextLong());
            double biasSum = 0;
            int pairs = 300;
            for (int p = 0; p < pairs; p++) {
                int sizeA = 50 + r.nextInt(2000);
                int shared = r.nextInt(sizeA + 1);
                int sizeB = shared + r.nextInt(2000);
                long base = r.nextLong() >>> 8;
                ShingleSet a = range(base, base + sizeA);
                ShingleSet b = ShingleSet.of(concat(base + sizeA - shared, base + sizeA, base + (1L << 40), base + (1L << 40) + sizeB - shared));
                double exact = a.jaccard(b);
                double est = mh.sign(a).estimateJaccard(mh.sign(b));
                double sigma = Math.sqrt(exact * (1 - exact) / k);
                assertTrue(Math.abs(est - exact) <= 4 * sigma + 0.03,
                        String.format("k=%d |A|=%d |B|=%d J=%.4f estimate=%.4f", k, a.size(), b.size(), exact, est));
                biasSum += est - exact;
            }
            assertTrue(Math.abs(biasSum / pairs) < 0.01, "mean bias " + biasSum / pairs + " for k=" + k);
        }
    }

    private static long[] concat(long from1, long to1, long from2, long to2) {
        long[] v = new long[(int) (to1 - from1 + to2 - from2)];
        int i = 0;
        for (long x = from1; x < to1; x++) v[i++] = x;
        for (long x = from2; x < to2; x++) v[i++] = x;
        return v;
    }

    @Test
    void identicalSetsAgreeEverywhereAndEmptySetsNever() {
        MinHasher mh = new MinHasher(128, 1);
        ShingleSet a = range(10, 20); // fewer shingles than bins: densification fills the rest
        assertEquals(1.0, mh.sign(a).estimateJaccard(mh.sign(range(10, 20))));
        Signature empty = mh.sign(ShingleSet.of(new long[0]));
        assertTrue(empty.isEmpty());
        assertEquals(0.0, empty.estimateJaccard(empty));
    }

    @Test
    void bytesRoundTripAndVersionIsChecked() {
        Signature s = new MinHasher(64, 77).sign(range(0, 300));
        byte[] bytes = s.toBytes();
        assertEquals(16 + 64 * 4, bytes.length);
        assertEquals(s, Signature.fromBytes(bytes));
        bytes[4] = 9;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Signature.fromBytes(bytes));
        assertTrue(e.getMessage().contains("version 9"), e.getMessage());
    }

    @Test
    void signaturesWithDifferentSeedsRefuseToMeet() {
        ShingleSet a = range(0, 100);
        Signature x = new MinHasher(64, 1).sign(a), y = new MinHasher(64, 2).sign(a);
        assertThrows(IllegalArgumentException.class, () -> x.estimateJaccard(y));
    }
}
