package io.copydesk.cluster;

import java.util.Arrays;

/**
 * The linkage's candidate merges, best first: a binary heap over parallel primitive arrays, in the
 * order higher mean, then smaller {@code a}, then smaller {@code b},
 * instead of a {@code PriorityQueue} of boxed candidates. Candidates equal in all three come out
 * in either order: at most one of them has its clusters' current versions, the rest are skipped.
 * The two ids are one long ({@code a} above {@code b}, both non-negative: its order is theirs) and so
 * are the two versions, so a move touches three arrays, and the means are compared as numbers: they
 * are never NaN (the linkages add only means at or above their threshold), and -0 is not apart from 0.
 * Headlines of one large component (uci-headlines: 5,833 units, 120k edges, 294k candidates) spent
 * most of their linkage here.
 */
final class MergeHeap {
    private double[] mean = new double[16];
    private long[] ids = new long[16], versions = new long[16];
    private int size;
    // the last candidate polled
    private double polledMean;
    private long polledIds, polledVersions;

    boolean isEmpty() {
        return size == 0;
    }

    void add(double m, int x, int y, int vx, int vy) {
        if (size == mean.length) {
            int n = size * 2;
            mean = Arrays.copyOf(mean, n);
            ids = Arrays.copyOf(ids, n);
            versions = Arrays.copyOf(versions, n);
        }
        long xy = pair(x, y);
        double[] mean = this.mean;
        long[] ids = this.ids, versions = this.versions;
        int c = size++;
        while (c > 0) { // sift up while the candidate comes before its parent
            int p = (c - 1) >>> 1;
            double pm = mean[p];
            if (pm > m || (pm == m && ids[p] <= xy)) break;
            mean[c] = pm;
            ids[c] = ids[p];
            versions[c] = versions[p];
            c = p;
        }
        mean[c] = m;
        ids[c] = xy;
        versions[c] = pair(vx, vy);
    }

    /** Removes the best candidate; read it with {@link #mean()}, {@link #a()}, {@link #b()}, {@link #va()}, {@link #vb()}. */
    void poll() {
        double[] mean = this.mean;
        long[] ids = this.ids, versions = this.versions;
        polledMean = mean[0];
        polledIds = ids[0];
        polledVersions = versions[0];
        int last = --size;
        if (last == 0) return;
        double m = mean[last];
        long xy = ids[last], v = versions[last];
        int c = 0;
        while (true) { // sift the last entry down from the root
            int l = 2 * c + 1;
            if (l >= last) break;
            int r = l + 1, best = l;
            if (r < last && (mean[r] > mean[l] || (mean[r] == mean[l] && ids[r] < ids[l]))) best = r;
            double bm = mean[best];
            if (bm < m || (bm == m && ids[best] >= xy)) break; // the entry comes before the better child, or ties it
            mean[c] = bm;
            ids[c] = ids[best];
            versions[c] = versions[best];
            c = best;
        }
        mean[c] = m;
        ids[c] = xy;
        versions[c] = v;
    }

    double mean() { return polledMean; }
    int a() { return (int) (polledIds >>> 32); }
    int b() { return (int) polledIds; }
    int va() { return (int) (polledVersions >>> 32); }
    int vb() { return (int) polledVersions; }

    private static long pair(int hi, int lo) {
        return (long) hi << 32 | (lo & 0xFFFFFFFFL);
    }
}
