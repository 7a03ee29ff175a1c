package io.copydesk.tfidf;

/**
 * One vector spread over an array indexed by term id, to take its dot product with many others:
 * each dot then reads only the other vector's terms instead of merging two sorted lists. The sum
 * runs over the shared terms in ascending order with the same (exact) products as
 * {@link TermVector#dot}, so it gives the same bits. Not thread-safe: one per thread.
 */
public final class HeldVector {
    private float[] dense = new float[1024];
    private TermVector held = TermVector.EMPTY;

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
        int[] ts = o.terms;
        float[] ws = o.weights, d = dense;
        double sum = 0;
        for (int j = 0; j < ts.length; j++) {
            int t = ts[j];
            if (t >= d.length) break; // ascending: no later term is held either
            float w = d[t];
            if (w != 0f) sum += (double) w * ws[j];
        }
        return sum;
    }
}
