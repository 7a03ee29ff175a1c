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
        pairs[size] = ((long) Math.min(a, b) << 32) | Math.max(a, b);
        sims[size++] = (float) sim;
    }

    /** Sorts edges by (a, b) and keeps one per pair. */
    public SimilarityGraph freeze() {
        if (frozen) return this;
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> {
            int c = Long.compare(pairs[x], pairs[y]);
            return c != 0 ? c : Float.compare(sims[y], sims[x]);
        });
        long[] p = new long[size];
        float[] s = new float[size];
        int n = 0;
        for (int i : order) {
            if (n > 0 && p[n - 1] == pairs[i]) continue;
            p[n] = pairs[i];
            s[n++] = sims[i];
        }
        pairs = Arrays.copyOf(p, n);
        sims = Arrays.copyOf(s, n);
        size = n;
        frozen = true;
        return this;
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
