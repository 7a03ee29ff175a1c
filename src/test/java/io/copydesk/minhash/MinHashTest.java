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

    /** The signing as first written (a filled flag a bin, the seed mixed in each call): the reference for the faster form. */
    private static Signature reference(long[] hashes, int n, int k, long seed) {
        long[] min = new long[k];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        boolean[] filled = new boolean[k];
        int filledCount = 0;
        for (int i = 0; i < n; i++) {
            long v = io.copydesk.hash.Hash64.mix(hashes[i], seed);
            int bin = (int) (((v >>> 32) * k) >>> 32);
            long value = v & 0xFFFFFFFFL;
            if (!filled[bin]) { filled[bin] = true; filledCount++; min[bin] = value; }
            else if (value < min[bin]) min[bin] = value;
        }
        if (filledCount == 0) return Signature.empty(k, seed);
        int[] values = new int[k];
        for (int b = 0; b < k; b++) {
            int src = b;
            for (int attempt = 1; !filled[src]; attempt++) {
                long h = io.copydesk.hash.Hash64.mix(((long) b << 32) | attempt, seed ^ 0x5DEECE66DL);
                src = (int) (((h >>> 32) * k) >>> 32);
            }
            values[b] = (int) min[src];
        }
        return new Signature(values, seed, false);
    }

    /** Same signatures as the reference: sets from empty to far more values than bins (most bins densified at the small end), duplicates, any seed. */
    @Test
    void signaturesEqualTheReferenceForm() {
        Random r = new Random(11);
        int densified = 0;
        for (int round = 0; round < 3000; round++) {
            int k = new int[] {8, 16, 64, 128, 200, 256}[round % 6];
            long seed = round % 7 == 0 ? 0 : r.nextLong();
            int n = round % 5 == 0 ? r.nextInt(4) : r.nextInt(3 * k);
            long[] h = new long[n + r.nextInt(3)]; // values past n must not count
            for (int i = 0; i < h.length; i++) h[i] = i > 0 && r.nextInt(8) == 0 ? h[r.nextInt(i)] : r.nextLong();
            Signature want = reference(h, n, k, seed), got = new MinHasher(k, seed).sign(h, n);
            assertEquals(want, got, "k=" + k + " n=" + n + " seed=" + seed);
            if (n > 0 && n < k) densified++;
        }
        assertTrue(densified > 500, "densified signatures tried: " + densified);
    }

    /** A set's signature is the reference form's of its hashes: sets of one to three times as many values as bins, any seed. */
    @Test
    void setSignaturesEqualTheReferenceForm() {
        Random r = new Random(12);
        for (int round = 0; round < 2000; round++) {
            int k = new int[] {8, 16, 64, 128, 200, 256}[round % 6];
            long seed = round % 7 == 0 ? 0 : r.nextLong();
            long[] h = new long[1 + r.nextInt(3 * k)];
            for (int i = 0; i < h.length; i++) h[i] = r.nextLong();
            ShingleSet set = ShingleSet.of(h);
            assertEquals(reference(set.hashes(), set.size(), k, seed), new MinHasher(k, seed).sign(set), "k=" + k + " seed=" + seed);
        }
    }

    /** One signer shared by threads signing at once gives each set the signature it gets alone (each thread keeps its own bins). */
    @Test
    void threadsSharingASignerGetTheSignaturesOfOneThread() throws Exception {
        Random r = new Random(13);
        ShingleSet[] sets = new ShingleSet[400];
        for (int i = 0; i < sets.length; i++) {
            long[] h = new long[1 + r.nextInt(600)];
            for (int j = 0; j < h.length; j++) h[j] = r.nextLong();
            sets[i] = ShingleSet.of(h);
        }
        Signature[] alone = new Signature[sets.length];
        for (int i = 0; i < sets.length; i++) alone[i] = new MinHasher(128, 5).sign(sets[i]);
        MinHasher shared = new MinHasher(128, 5);
        int threads = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> wrong = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                wrong.add(pool.submit(() -> {
                    int n = 0;
                    for (int round = 0; round < 20; round++) {
                        for (int i = first; i < sets.length; i++) if (!shared.sign(sets[i]).equals(alone[i])) n++;
                    }
                    return n;
                }));
            }
            for (java.util.concurrent.Future<Integer> w : wrong) assertEquals(0, w.get(), "signatures that differ from one thread's");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void seedMixIsTheSeedsPartOfMix() {
        Random r = new Random(3);
        for (int i = 0; i < 1000; i++) {
            long v = r.nextLong(), seed = i % 3 == 0 ? i : r.nextLong();
            assertEquals(io.copydesk.hash.Hash64.mix(v, seed), io.copydesk.hash.Hash64.mix(v ^ io.copydesk.hash.Hash64.seedMix(seed)));
        }
    }
}
