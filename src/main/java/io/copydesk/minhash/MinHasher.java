package io.copydesk.minhash;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.hash.Hash64;

/**
 * MinHash signatures by one-permutation hashing with optimal densification (Li, Owen &amp; Zhang 2012;
 * Shrivastava 2017): each shingle is hashed once, its hash picks one of {@code k} bins and the
 * bin keeps its minimum; bins left empty borrow the value of a bin chosen by a seeded probe
 * sequence. Cost is O(n + k) per document instead of the O(n·k) of k independent hash functions,
 * and two signatures agree in a bin with probability close to the Jaccard similarity of the sets.
 *
 * <p>Each bin stores the low 32 bits of its minimum: collisions between different minima are
 * then rare enough (2⁻³²) to leave the estimate unbiased at the precision a signature offers.
 */
public final class MinHasher {
    private static final long EMPTY = Long.MAX_VALUE; // a bin's minimum before any value: values are 32-bit, never this
    private final int k;
    private final long seed;
    private final long valueMix; // Hash64.seedMix(seed): each shingle is Hash64.mix(h, seed)
    private final long probeMix; // Hash64.seedMix(seed ^ 0x5DEECE66DL): the densification probes
    /**
     * Each thread's bin minima, reused from one signature to the next: an array a signature was
     * 100 MB of the 450 MB a dedup of 100k generated articles allocated after reading.
     */
    private final ThreadLocal<long[]> minima;
    /**
     * The densification's first probes, which depend on the bin alone: {@code probes[b * perBin + a]} is the bin that
     * attempt {@code a + 1} of bin {@code b} looks at. A headline of 8 shingles leaves 120 of 128 bins empty, each
     * filled after 16 probes on average, and hashing each probe was 13% of a {@code dedup} run's CPU on uci-headlines.
     */
    private final int[] probes;
    private final int perBin;

    public MinHasher(int numHashes, long seed) {
        if (numHashes < 8 || numHashes > 4096) throw new IllegalArgumentException("hashes must be in [8, 4096], was " + numHashes);
        this.k = numHashes;
        this.seed = seed;
        this.valueMix = Hash64.seedMix(seed);
        this.probeMix = Hash64.seedMix(seed ^ 0x5DEECE66DL);
        this.minima = ThreadLocal.withInitial(() -> new long[numHashes]);
        this.perBin = Math.max(4, Math.min(64, 16_384 / numHashes)); // 64 KB at most
        this.probes = new int[numHashes * perBin];
        for (int b = 0; b < numHashes; b++) for (int a = 0; a < perBin; a++) probes[b * perBin + a] = probe(b, a + 1);
    }

    /** The bin attempt {@code attempt} of bin {@code b}'s densification looks at. */
    private int probe(int b, int attempt) {
        long h = Hash64.mix((((long) b << 32) | attempt) ^ probeMix); // Hash64.mix(.., seed ^ 0x5DEECE66DL)
        return (int) (((h >>> 32) * k) >>> 32);
    }

    public int numHashes() {
        return k;
    }

    public long seed() {
        return seed;
    }

    /** The signature of a shingle set; an empty set gives the empty signature (never similar). */
    public Signature sign(ShingleSet shingles) {
        int n = shingles.size();
        if (n == 0) return Signature.empty(k, seed);
        long[] min = minima.get();
        java.util.Arrays.fill(min, EMPTY);
        for (int i = 0; i < n; i++) { // as in sign(long[], int): a set may be part of a larger array
            long v = Hash64.mix(shingles.hash(i) ^ valueMix);
            int bin = (int) (((v >>> 32) * k) >>> 32);
            min[bin] = smaller(min[bin], v & 0xFFFFFFFFL);
        }
        return densified(min);
    }

    /** The signature of the first {@code n} hashes of {@code hashes} (duplicates do not matter). */
    public Signature sign(long[] hashes, int n) {
        if (n <= 0) return Signature.empty(k, seed);
        long[] min = minima.get();
        java.util.Arrays.fill(min, EMPTY);
        for (int i = 0; i < n; i++) {
            long v = Hash64.mix(hashes[i] ^ valueMix);  // Hash64.mix(hashes[i], seed)
            int bin = (int) (((v >>> 32) * k) >>> 32); // high bits pick the bin (Lemire's reduction)
            min[bin] = smaller(min[bin], v & 0xFFFFFFFFL); // low bits compete within it
        }
        return densified(min);
    }

    /**
     * The smaller of a bin's minimum {@code m} and {@code value}, as {@code m + min(value - m, 0)}
     * without a branch: whether a value is its bin's new minimum is a coin toss (a few hundred values
     * over 128 bins), and as a branch it was mispredicted so often that it cost three times the
     * hashing (8 against 2.3 ns a shingle under C2, 8 against 2.9 under C1). The difference of two
     * values below 2^32, or of one and EMPTY, cannot overflow.
     */
    private static long smaller(long m, long value) {
        long d = value - m;
        return m + (d & d >> 63);
    }

    /** The signature of the bins' minima {@code min}, empty bins filled from others. */
    private Signature densified(long[] min) {
        int[] values = new int[k];
        int[] probes = this.probes;
        int perBin = this.perBin;
        for (int b = 0; b < k; b++) {
            int src = b;
            // Optimal densification: probe bins with a hash of (bin, attempt) until one is filled.
            for (int attempt = 1; min[src] == EMPTY; attempt++) src = attempt <= perBin ? probes[b * perBin + attempt - 1] : probe(b, attempt);
            values[b] = (int) min[src];
        }
        return new Signature(values, seed, false);
    }
}
