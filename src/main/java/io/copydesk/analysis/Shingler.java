package io.copydesk.analysis;

import io.copydesk.hash.Hash64;
import io.copydesk.internal.LongSort;
import java.util.Arrays;

/**
 * Word k-shingles hashed to 64 bits: each token is hashed (UTF-8, seeded), and the k token hashes
 * of a window are combined by a polynomial rolling hash, then avalanched. A text with fewer than k
 * tokens yields one shingle of all its tokens, so a headline still has a fingerprint. The lowest
 * bit of a shingle's hash is set when one of its tokens is a figure, and then the next 15 bits say
 * which figures ({@link ShingleSet#figureCode}).
 */
public final class Shingler {
    private static final long BASE = 0x100000001B3L * 31 + 7; // odd multiplier for the polynomial
    private final int k;
    private final long seed;
    private final long basePowK; // BASE^k, to drop the oldest token from the window

    public Shingler(int k, long seed) {
        if (k < 1 || k > 16) throw new IllegalArgumentException("shingle size must be in [1, 16], was " + k);
        this.k = k;
        this.seed = seed;
        long p = 1;
        for (int i = 0; i < k; i++) p *= BASE;
        this.basePowK = p;
    }

    public int k() {
        return k;
    }

    /** Hash of each window, in text order: element i covers tokens [i, i + k). */
    public long[] windows(TokenList tokens) {
        return windows(tokenHashes(tokens), 0, tokens.size());
    }

    /** The hash {@link #windows(TokenList)} gives each token. */
    public long[] tokenHashes(TokenList tokens) {
        return tokens.hashes(seed);
    }

    /** {@link #tokenHashes(TokenList)} in {@code into} when it is long enough, else in a new array (see {@link TokenList#hashes(long, long[])}). */
    long[] tokenHashes(TokenList tokens, long[] into) {
        return tokens.hashes(seed, into);
    }

    /**
     * {@link #windows(TokenList)} of tokens given by their hashes {@code h[from, to)} ({@link #tokenHashes}):
     * the same windows, from the same rolling hash.
     */
    long[] windows(long[] h, int from, int to) {
        int n = to - from;
        if (n <= 0) return new long[0];
        long[] out = new long[windowCount(n)];
        windows(h, from, to, out);
        return out;
    }

    /** How many windows {@code n > 0} tokens have: one for a text shorter than a window. */
    int windowCount(int n) {
        return Math.max(1, n - k + 1);
    }

    /**
     * {@link #windows(long[], int, int)} written to {@code out[0, windowCount(to - from))} (a buffer
     * a thread reuses; what is past them is left as it was); {@code to > from}.
     */
    void windows(long[] h, int from, int to, long[] out) {
        // The first window (or the short text's one shingle) filled apart, so that the loop over the
        // rest tests nothing per token and reads no field: C1, which runs inputs under 1 GiB,
        // neither peels loops nor hoists field loads out of them.
        int k = this.k;
        long seed = this.seed, drop = basePowK;
        int first = Math.min(to, from + k);
        // A window's figure tokens (see TokenList.hash) mark its hash: figures counts them, and
        // figureSum adds their hashes (shingle() makes the window's figure code from it).
        long rolling = 0, figureSum = 0;
        int figures = 0;
        for (int i = from; i < first; i++) {
            long t = h[i];
            rolling = rolling * BASE + t;
            figures += (int) t & 1;
            figureSum += t & -(t & 1);
        }
        out[0] = shingle(Hash64.mix(rolling ^ seed), figures, figureSum);
        for (int i = first, o = 1; i < to; i++, o++) {
            long t = h[i], gone = h[i - k];
            rolling = rolling * BASE + t - gone * drop;
            figures += ((int) t & 1) - ((int) gone & 1);
            figureSum += (t & -(t & 1)) - (gone & -(gone & 1));
            out[o] = shingle(Hash64.mix(rolling ^ seed), figures, figureSum);
        }
    }

    /**
     * A window's shingle hash from its tokens' mixed hash: bit 0 cleared, or when {@code figures > 0} of
     * its tokens are figures, set, with bits 1-15 the code of those figures (the sum of their hashes,
     * mixed): a figure reads the same in a copy whose words around it were edited.
     */
    private static long shingle(long mixed, int figures, long figureSum) {
        return figures == 0 ? mixed & ~1L : mixed & ~FIGURE_BITS | Hash64.mix(figureSum) & FIGURE_BITS & ~1L | 1;
    }

    /** The bits of a shingle's hash that say it holds a figure (bit 0) and which (bits 1-15); see {@link ShingleSet#figureCode}. */
    static final long FIGURE_BITS = 0xFFFFL;

    /** The distinct shingle hashes of the tokens. */
    public ShingleSet shingles(TokenList tokens) {
        return shingles(tokenHashes(tokens));
    }

    /** {@link #shingles(TokenList)} of tokens given by their hashes ({@link #tokenHashes}). */
    public ShingleSet shingles(long[] h) {
        return shingles(h, h.length);
    }

    /** {@link #shingles(long[])} of the tokens whose hashes are {@code h[0, n)}. */
    ShingleSet shingles(long[] h, int n) {
        long[] windows = windows(h, 0, n);
        return windows.length == 0 ? ShingleSet.of(windows) : ShingleSet.ofSorted(sortedDistinctInPlace(windows)); // the array is ours: no copy
    }

    @Override
    public String toString() {
        return "Shingler[k=" + k + ", seed=" + seed + "]";
    }

    static long[] sortedDistinct(long[] values) {
        return sortedDistinctInPlace(values.clone());
    }

    /** {@link #sortedDistinct} reusing {@code a} (sorted in place; the result may be {@code a} itself). */
    static long[] sortedDistinctInPlace(long[] a) {
        int w = LongSort.sortDistinctHashes(a, 0, a.length); // shingle hashes: spread over all 64 bits
        return w == a.length ? a : Arrays.copyOf(a, w);
    }
}
