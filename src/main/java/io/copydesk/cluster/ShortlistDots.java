package io.copydesk.cluster;

import io.copydesk.internal.Parallel;
import io.copydesk.tfidf.HeldVector;
import io.copydesk.tfidf.TermVector;
import java.util.Arrays;
import java.util.List;

/**
 * The dot products of the events' centroids with their shortlisted events, each pair once. Two events
 * near each other usually shortlist each other (on 20,000 generated articles 280k shortlisted pairs
 * were 153k distinct), and a dot taken with the longer centroid held runs over the shorter one's terms.
 * So each pair is taken once, by the event with the longer centroid (of two as long, the smaller id),
 * which is held once for all its pairs. A pair gives the same bits either way round only when both
 * centroids are finite ({@link HeldVector#eitherWay}); other pairs are left to the caller.
 *
 * @param start    the dots of event {@code e}'s shortlist are {@code dots[start[e] + i]}, i its position there
 * @param dots     the dot of event {@code e}'s centroid with that of its {@code i}-th shortlisted event, for
 *                 the pairs taken here (0 for the others)
 * @param computed dots taken: one per distinct pair taken
 */
record ShortlistDots(int[] start, double[] dots, int computed) {
    private static final int CHUNK = 256;

    /** Whether the dot of this pair was taken here (both finite), else the caller takes it. */
    static boolean taken(List<TermVector> centroids, int e, int other) {
        return HeldVector.eitherWay(centroids.get(e), centroids.get(other));
    }

    /** {@code shortlists[e]}: the events shortlisted for event {@code e} (distinct, never e itself). */
    static ShortlistDots of(List<TermVector> centroids, int[][] shortlists, int threads) {
        int n = shortlists.length;
        int[] start = new int[n + 1];
        for (int e = 0; e < n; e++) start[e + 1] = start[e] + shortlists[e].length;
        int total = start[n], chunks = (n + CHUNK - 1) / CHUNK;
        // each shortlist's events with their positions, sorted, to find an event in another's shortlist
        long[][] sorted = new long[n][];
        Parallel.map(threads, chunks, c -> {
            for (int e = c * CHUNK; e < Math.min(n, (c + 1) * CHUNK); e++) sorted[e] = positions(shortlists[e]);
            return null;
        });
        // the entry (e, i) of a pair takes it when its holder is e, or when its holder (the other) does not
        // shortlist e (no entry of its own); -1: not taken through this entry
        int[] holder = new int[total], partner = new int[total], mirror = new int[total];
        Parallel.map(threads, chunks, c -> {
            for (int e = c * CHUNK; e < Math.min(n, (c + 1) * CHUNK); e++) plan(centroids, shortlists, sorted, start, e, holder, partner, mirror);
            return null;
        });
        // the entries grouped by holder (a counting sort), so that each holder is held once
        int[] at = new int[n + 1];
        int computed = 0;
        for (int h : holder) if (h >= 0) { at[h + 1]++; computed++; }
        for (int e = 0; e < n; e++) at[e + 1] += at[e];
        int[] byHolder = new int[computed], fill = Arrays.copyOf(at, n);
        for (int x = 0; x < total; x++) if (holder[x] >= 0) byHolder[fill[holder[x]]++] = x;
        double[] dots = new double[total];
        ThreadLocal<HeldVector> helds = HeldVector.perThread();
        Parallel.map(threads, chunks, c -> {
            HeldVector held = helds.get();
            for (int h = c * CHUNK; h < Math.min(n, (c + 1) * CHUNK); h++) take(centroids, held, h, byHolder, at[h], at[h + 1], partner, mirror, dots);
            return null;
        });
        return new ShortlistDots(start, dots, computed);
    }

    /** The events of {@code list} ({@code << 32}) with their positions, ascending. */
    private static long[] positions(int[] list) {
        long[] out = new long[list.length];
        for (int i = 0; i < list.length; i++) out[i] = (long) list[i] << 32 | i;
        Arrays.sort(out);
        return out;
    }

    /** The position of {@code event} in the shortlist whose {@link #positions} are {@code sorted}, or -1. */
    private static int positionOf(long[] sorted, int event) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int at = (int) (sorted[mid] >>> 32);
            if (at < event) lo = mid + 1;
            else if (at > event) hi = mid;
            else return (int) sorted[mid];
        }
        return -1;
    }

    /** The holder, partner and other entry ({@code mirror}, -1: none) of each entry of event {@code e}'s shortlist that takes its pair. */
    private static void plan(List<TermVector> centroids, int[][] shortlists, long[][] sorted, int[] start, int e, int[] holder, int[] partner,
                             int[] mirror) {
        int[] list = shortlists[e];
        int size = centroids.get(e).size();
        for (int i = 0; i < list.length; i++) {
            int x = start[e] + i, o = list[i];
            holder[x] = -1;
            if (!taken(centroids, e, o)) continue;
            int other = centroids.get(o).size();
            int h = other > size || (other == size && o < e) ? o : e;
            int j = positionOf(sorted[o], e);
            if (h == o && j >= 0) continue; // o's own entry for e takes it
            holder[x] = h;
            partner[x] = h == e ? o : e;
            mirror[x] = j < 0 ? -1 : start[o] + j;
        }
    }

    /** The pairs of holder {@code h}: entries {@code byHolder[from, to)}, their dots to the entry and its mirror. */
    private static void take(List<TermVector> centroids, HeldVector held, int h, int[] byHolder, int from, int to, int[] partner, int[] mirror,
                             double[] dots) {
        if (from == to) return;
        held.hold(centroids.get(h));
        int k = from;
        for (; k + 1 < to; k += 2) { // two dots side by side (HeldVector.dots), each to its entry and its mirror
            int x = byHolder[k], y = byHolder[k + 1];
            held.dots(centroids.get(partner[x]), centroids.get(partner[y]), dots, x, y);
            if (mirror[x] >= 0) dots[mirror[x]] = dots[x];
            if (mirror[y] >= 0) dots[mirror[y]] = dots[y];
        }
        if (k < to) {
            int x = byHolder[k];
            dots[x] = held.dot(centroids.get(partner[x]));
            if (mirror[x] >= 0) dots[mirror[x]] = dots[x];
        }
    }
}
