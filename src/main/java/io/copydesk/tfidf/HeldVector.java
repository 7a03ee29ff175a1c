package io.copydesk.tfidf;

import java.util.Arrays;

/**
 * One vector spread over an array indexed by term id, to take its dot product with many others:
 * each dot then reads only the other vector's terms instead of merging two sorted lists. The sum
 * runs over the shared terms in ascending order with the same (exact) products as
 * {@link TermVector#dot}, so it gives the same bits. Not thread-safe: one per thread.
 */
public final class HeldVector {
    private float[] dense = new float[1024];
    private TermVector held = TermVector.EMPTY;

    /**
     * One held vector for each thread that asks (the workers of one {@link io.copydesk.internal.Parallel#map}), rather
     * than one per chunk of work: its array spans the vocabulary, megabytes for hundreds of thousands of terms, and
     * one per chunk was half of what clustering 20,000 articles of Chinese-like text allocated (3.2 of 6.8 GB).
     */
    public static ThreadLocal<HeldVector> perThread() {
        return ThreadLocal.withInitial(HeldVector::new);
    }

    /** Holds {@code v} in place of the vector held before (nothing to do when it is the same); returns this. */
    public HeldVector hold(TermVector v) {
        if (v == held) return this;
        for (int t : held.terms) dense[t] = 0f;
        int[] ts = v.terms;
        if (ts.length > 0 && ts[ts.length - 1] >= dense.length) dense = new float[Math.max(ts[ts.length - 1] + 1, dense.length * 2)];
        for (int i = 0; i < ts.length; i++) dense[ts[i]] = v.weights[i];
        held = v;
        return this;
    }

    /** The held vector's {@link TermVector#dot} with {@code o}, to the bit. */
    public double dot(TermVector o) {
        if (held.terms.length * GALLOP < o.terms.length) return gallop(o);
        if (!o.finite) return skipping(o);
        if (!held.finite) return plain(o);
        // Every one of o's terms is added, the ones not held as 0 × a finite weight = ±0: the sum starts
        // at +0 and so is never -0 (x + y is -0 only for two -0s), and x + ±0 == x for every other x,
        // so the bits are those of the shared terms' sum. A test per term would be taken at random
        // (about a fifth of two centroids' terms are shared) and mispredicted: this loop took half the time.
        // o's terms past the dense array are read as 0 once it is widened to them. Both vectors finite, no
        // product and no sum is infinite or NaN (a NaN's sign bit could follow the order of an addition's
        // operands, which the compilers choose): a held vector with an infinite or NaN weight is summed by
        // the loop it always was.
        int[] ts = o.terms;
        int n = ts.length;
        float[] d = n > 0 && ts[n - 1] >= dense.length ? widen(ts[n - 1]) : dense;
        return sumFrom(0, ts, o.weights, d, 0);
    }

    /**
     * {@link #dot} with {@code o1} into {@code out[at1]} and with {@code o2} into {@code out[at2]}, to the bit. Where
     * both take the dense loop, their sums run side by side: each sum adds its products one after another (which
     * gives its bits), and a lone dot's additions wait on each other, two sums' do not. The storyline chance's dots
     * took 0.85x the time this way, not half: under C1 the loop is bound by its loads as much as by its additions.
     */
    public void dots(TermVector o1, TermVector o2, double[] out, int at1, int at2) {
        if (!held.finite || !o1.finite || !o2.finite || held.terms.length * GALLOP < Math.max(o1.terms.length, o2.terms.length)) {
            out[at1] = dot(o1);
            out[at2] = dot(o2);
            return;
        }
        int[] t1 = o1.terms, t2 = o2.terms;
        float[] w1 = o1.weights, w2 = o2.weights, d = dense;
        int n1 = t1.length, n2 = t2.length;
        int last = Math.max(n1 == 0 ? -1 : t1[n1 - 1], n2 == 0 ? -1 : t2[n2 - 1]);
        if (last >= d.length) d = widen(last);
        double s1 = 0, s2 = 0; // each as in dot: every term's product added, in order (see there)
        int both = Math.min(n1, n2), j = 0;
        for (; j + 3 < both; j += 4) {
            double p0 = (double) d[t1[j]] * w1[j], q0 = (double) d[t2[j]] * w2[j];
            double p1 = (double) d[t1[j + 1]] * w1[j + 1], q1 = (double) d[t2[j + 1]] * w2[j + 1];
            double p2 = (double) d[t1[j + 2]] * w1[j + 2], q2 = (double) d[t2[j + 2]] * w2[j + 2];
            double p3 = (double) d[t1[j + 3]] * w1[j + 3], q3 = (double) d[t2[j + 3]] * w2[j + 3];
            s1 += p0;
            s2 += q0;
            s1 += p1;
            s2 += q1;
            s1 += p2;
            s2 += q2;
            s1 += p3;
            s2 += q3;
        }
        out[at1] = sumFrom(s1, t1, w1, d, j);
        out[at2] = sumFrom(s2, t2, w2, d, j);
    }

    /**
     * {@code sum} plus the products of the terms {@code ts[j..]} (weights {@code ws}) with the dense array {@code d},
     * added in their order. Four terms a turn: the C1 code small inputs run on does not unroll loops itself, and its
     * loop control per term was a tenth of the time.
     */
    private static double sumFrom(double sum, int[] ts, float[] ws, float[] d, int j) {
        int n = ts.length;
        for (; j + 3 < n; j += 4) {
            double p0 = (double) d[ts[j]] * ws[j], p1 = (double) d[ts[j + 1]] * ws[j + 1];
            double p2 = (double) d[ts[j + 2]] * ws[j + 2], p3 = (double) d[ts[j + 3]] * ws[j + 3];
            sum += p0;
            sum += p1;
            sum += p2;
            sum += p3;
        }
        for (; j < n; j++) sum += (double) d[ts[j]] * ws[j];
        return sum;
    }

    /**
     * The dense array made long enough for term {@code t} (terms the held vector lacks read 0): once a thread's
     * array covers the terms in use, no dot looks for where o's terms pass its end (that binary search per dot
     * was 4% of a cluster run's CPU on Reuters-21578, where the held vector often ends before the other's).
     */
    private float[] widen(int t) {
        return dense = Arrays.copyOf(dense, Math.max(t + 1, dense.length * 2));
    }

    /**
     * Whether to hold {@code b} and take its dot with {@code a} rather than the other way round: the
     * dot runs over the vector not held, and {@code b} has more terms. Both must be finite: then both
     * ways add the exact products of the shared terms in ascending term order, the same bits.
     */
    public static boolean holdSecond(TermVector a, TermVector b) {
        return b.terms.length > a.terms.length && eitherWay(a, b);
    }

    /**
     * Whether holding {@code a} and taking its dot with {@code b} gives the bits of holding {@code b}
     * and taking its dot with {@code a}: when both are finite (the exact products of the shared terms,
     * added in ascending term order both ways).
     */
    public static boolean eitherWay(TermVector a, TermVector b) {
        return a.finite && b.finite;
    }

    /** {@link #dot} of a held vector with an infinite or NaN weight with a finite {@code o}, one term a turn. */
    private double plain(TermVector o) {
        int[] ts = o.terms;
        float[] ws = o.weights, d = dense;
        double sum = 0;
        for (int j = 0; j < ts.length; j++) {
            int t = ts[j];
            if (t >= d.length) break; // ascending: no later term is held either
            sum += (double) d[t] * ws[j];
        }
        return sum;
    }

    /** {@link #dot} with a vector holding an infinite or NaN weight: only the held terms' products are added. */
    private double skipping(TermVector o) {
        int[] ts = o.terms;
        float[] ws = o.weights, d = dense;
        double sum = 0;
        for (int j = 0; j < ts.length; j++) {
            int t = ts[j];
            if (t >= d.length) break;
            float w = d[t];
            if (w != 0f) sum += (double) w * ws[j];
        }
        return sum;
    }

    /** {@code o} has this many times the held vector's terms or more: each held term is looked up in o's instead. */
    private static final int GALLOP = 8;

    /**
     * {@link #dot} for a held vector much shorter than {@code o}: each held term, ascending, found
     * in {@code o}'s terms by a galloping search from where the last one was, so the shared terms
     * are added in the same (ascending) order with the same products.
     */
    private double gallop(TermVector o) {
        int[] ht = held.terms, ot = o.terms;
        float[] hw = held.weights, ow = o.weights;
        double sum = 0;
        int at = 0;
        for (int i = 0; i < ht.length && at < ot.length; i++) {
            int t = ht[i];
            int step = 1, lo = at, hi = at; // ot[lo - 1] < t; widen hi until ot[hi] >= t
            while (hi < ot.length && ot[hi] < t) { lo = hi + 1; hi += step; step <<= 1; }
            if (hi > ot.length) hi = ot.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ot[mid] < t) lo = mid + 1;
                else hi = mid;
            }
            at = lo;
            if (at < ot.length && ot[at] == t) sum += (double) hw[i] * ow[at++];
        }
        return sum;
    }
}
