package io.copydesk.cluster;

import java.util.Arrays;

/**
 * The linkage's candidate merges, best first: a binary heap over parallel primitive arrays in
 * {@link MergeCandidate}'s order (higher mean, then smaller {@code a}, then smaller {@code b}),
 * instead of a {@code PriorityQueue} of boxed candidates. Candidates equal in all three come out
 * in either order: at most one of them has its clusters' current versions, the rest are skipped.
 */
final class MergeHeap {
    private double[] mean = new double[16];
    private int[] a = new int[16], b = new int[16], va = new int[16], vb = new int[16];
    private int size;
    // the last candidate polled
    private double polledMean;
    private int polledA, polledB, polledVa, polledVb;

    boolean isEmpty() {
        return size == 0;
    }

    void add(double m, int x, int y, int vx, int vy) {
        if (size == mean.length) {
            int n = size * 2;
            mean = Arrays.copyOf(mean, n);
            a = Arrays.copyOf(a, n);
            b = Arrays.copyOf(b, n);
            va = Arrays.copyOf(va, n);
            vb = Arrays.copyOf(vb, n);
        }
        int c = size++;
        while (c > 0) { // sift up
            int p = (c - 1) >>> 1;
            if (!before(m, x, y, p)) break;
            move(p, c);
            c = p;
        }
        set(c, m, x, y, vx, vy);
    }

    /** Removes the best candidate; read it with {@link #mean()}, {@link #a()}, {@link #b()}, {@link #va()}, {@link #vb()}. */
    void poll() {
        polledMean = mean[0];
        polledA = a[0];
        polledB = b[0];
        polledVa = va[0];
        polledVb = vb[0];
        int last = --size;
        if (last == 0) return;
        double m = mean[last];
        int x = a[last], y = b[last], vx = va[last], vy = vb[last];
        int c = 0;
        while (true) { // sift the last entry down from the root
            int l = 2 * c + 1;
            if (l >= last) break;
            int r = l + 1, best = r < last && before(r, l) ? r : l;
            if (!before(best, m, x, y)) break;
            move(best, c);
            c = best;
        }
        set(c, m, x, y, vx, vy);
    }

    double mean() { return polledMean; }
    int a() { return polledA; }
    int b() { return polledB; }
    int va() { return polledVa; }
    int vb() { return polledVb; }

    /** Whether candidate (m, x, y) comes before entry {@code i}. */
    private boolean before(double m, int x, int y, int i) {
        int c = Double.compare(mean[i], m);
        if (c != 0) return c < 0;
        return x != a[i] ? x < a[i] : y < b[i];
    }

    /** Whether entry {@code i} comes before candidate (m, x, y). */
    private boolean before(int i, double m, int x, int y) {
        int c = Double.compare(m, mean[i]);
        if (c != 0) return c < 0;
        return a[i] != x ? a[i] < x : b[i] < y;
    }

    private boolean before(int i, int j) {
        return before(i, mean[j], a[j], b[j]);
    }

    private void move(int from, int to) {
        set(to, mean[from], a[from], b[from], va[from], vb[from]);
    }

    private void set(int i, double m, int x, int y, int vx, int vy) {
        mean[i] = m;
        a[i] = x;
        b[i] = y;
        va[i] = vx;
        vb[i] = vy;
    }
}
