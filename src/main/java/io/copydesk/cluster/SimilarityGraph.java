package io.copydesk.cluster;

import java.util.Arrays;

/**
 * An undirected graph of similar items: each edge joins two items with a similarity in (0, 1].
 * Built by adding edges in any order; {@link #freeze} drops repeated edges (keeping the highest
 * similarity) and orders them, so what follows does not depend on the order of insertion.
 */
public final class SimilarityGraph {
    private final int nodes;
    private long[] pairs = new long[16];
    private float[] sims = new float[16];
    private int size;
    private boolean frozen;
    private boolean ascending = true; // every edge added after a smaller one (by (a, b)): frozen as it is

    public SimilarityGraph(int nodes) {
        if (nodes < 0) throw new IllegalArgumentException("nodes must be >= 0, was " + nodes);
        this.nodes = nodes;
    }

    public int nodes() {
        return nodes;
    }

    public void add(int a, int b, double sim) {
        if (frozen) throw new IllegalStateException("graph is frozen");
        if (a == b) return;
        if (a < 0 || b < 0 || a >= nodes || b >= nodes) throw new IndexOutOfBoundsException("edge " + a + "-" + b + " outside 0.." + (nodes - 1));
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, size * 2);
            sims = Arrays.copyOf(sims, size * 2);
        }
        long pair = ((long) Math.min(a, b) << 32) | Math.max(a, b);
        if (size > 0 && pair <= pairs[size - 1]) ascending = false;
        pairs[size] = pair;
        sims[size++] = (float) sim;
    }

    /** Sorts edges by (a, b) and keeps one per pair. */
    public SimilarityGraph freeze() {
        if (frozen) return this;
        if (ascending) { // a frozen graph's edges copied in order (a component's, renumbered in the same order): sorted, no repeats
            pairs = Arrays.copyOf(pairs, size);
            sims = Arrays.copyOf(sims, size);
            frozen = true;
            return this;
        }
        // a counting sort by the smaller item, then each item's edges sorted as longs holding the larger
        // item above and the similarity (highest first) below: primitives only (a boxed index sort
        // took seconds on the 3.3 million edges of 200k articles)
        int[] start = new int[nodes + 1];
        for (int i = 0; i < size; i++) start[(int) (pairs[i] >>> 32) + 1]++;
        for (int a = 0; a < nodes; a++) start[a + 1] += start[a];
        int[] fill = Arrays.copyOf(start, nodes);
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) keys[fill[(int) (pairs[i] >>> 32)]++] = pairs[i] << 32 | highestFirst(sims[i]);
        long[] p = new long[size];
        float[] s = new float[size];
        int n = 0;
        for (int a = 0; a < nodes; a++) {
            Arrays.sort(keys, start[a], start[a + 1]);
            for (int k = start[a]; k < start[a + 1]; k++) {
                long pair = (long) a << 32 | keys[k] >>> 32;
                if (n > 0 && p[n - 1] == pair) continue; // a repeat, lower or equal
                p[n] = pair;
                s[n++] = similarity(keys[k]);
            }
        }
        pairs = Arrays.copyOf(p, n);
        sims = Arrays.copyOf(s, n);
        size = n;
        frozen = true;
        return this;
    }

    /** 32 bits that sort (unsigned) in the reverse of {@link Float#compare}'s order. */
    private static long highestFirst(float sim) {
        int bits = Float.floatToIntBits(sim);
        int ordered = bits ^ ((bits >> 31) & 0x7FFFFFFF); // a signed int in the floats' order
        return (~ordered ^ 0x80000000) & 0xFFFFFFFFL;
    }

    /** The similarity {@link #highestFirst} put in the low 32 bits of {@code key}. */
    private static float similarity(long key) {
        int ordered = ~((int) key ^ 0x80000000);
        return Float.intBitsToFloat(ordered ^ ((ordered >> 31) & 0x7FFFFFFF));
    }

    public int edges() {
        return size;
    }

    public int a(int edge) {
        return (int) (pairs[edge] >>> 32);
    }

    public int b(int edge) {
        return (int) pairs[edge];
    }

    public float sim(int edge) {
        return sims[edge];
    }
}
