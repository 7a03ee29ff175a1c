package io.copydesk.tfidf;

import io.copydesk.internal.Select;
import java.util.Arrays;

/**
 * A sparse TF-IDF vector: term ids in ascending order with float weights, L2-normalized (so the
 * dot product of two vectors is their cosine). Immutable; 8 bytes a non-zero term.
 */
public final class TermVector {
    public static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

    final int[] terms; // read by HeldVector
    final float[] weights;
    /** Every weight is finite: HeldVector may then add 0 × weight for the terms it does not hold (adding ±0 changes no sum). */
    final boolean finite;

    /** Takes ownership of the arrays; {@code terms} must be strictly ascending. */
    TermVector(int[] terms, float[] weights) {
        if (terms.length != weights.length) throw new IllegalArgumentException("terms and weights differ in length");
        for (int i = 1; i < terms.length; i++) {
            if (terms[i] <= terms[i - 1]) throw new IllegalArgumentException("term ids must be strictly ascending");
        }
        boolean finite = true;
        for (float w : weights) finite &= Float.isFinite(w);
        this.terms = terms;
        this.weights = weights;
        this.finite = finite;
    }

    public int size() {
        return terms.length;
    }

    /** Whether every weight is finite (no infinity, no NaN). */
    public boolean finite() {
        return finite;
    }

    public boolean isEmpty() {
        return terms.length == 0;
    }

    public int term(int i) {
        return terms[i];
    }

    public float weight(int i) {
        return weights[i];
    }

    /** The weight of {@code term}, or 0 when the vector does not hold it. */
    public float weightOf(int term) {
        int i = Arrays.binarySearch(terms, term);
        return i >= 0 ? weights[i] : 0f;
    }

    /**
     * The heaviest terms, at least {@code k} of them and as many more as it takes to hold
     * {@code mass} of the squared weight, with their weights as they are (not normalized again; ties:
     * the smaller term id), or this vector when that is all of it.
     */
    public TermVector heaviest(int k, double mass) {
        if (terms.length <= k) return this;
        if (mass <= 0) return heaviest(k);
        double total = 0, held = 0;
        for (float w : weights) total += (double) w * w;
        // the k heaviest first, selected: they nearly always hold the mass (an event centroid's 32 heaviest of 255
        // terms on average: 4,919 of 4,921 on 20,000 generated articles), and only otherwise is every term sorted
        int[] order = heaviestFirst(k);
        int n = 0;
        while (n < k) { held += (double) weights[order[n]] * weights[order[n]]; n++; }
        if (held < mass * total) {
            order = heaviestFirst();
            while (n < order.length && held < mass * total) { held += (double) weights[order[n]] * weights[order[n]]; n++; }
        }
        if (n == terms.length) return this;
        int[] keep = new int[n];
        for (int i = 0; i < n; i++) keep[i] = order[i];
        Arrays.sort(keep);
        int[] t = new int[n];
        float[] w = new float[n];
        for (int i = 0; i < n; i++) { t[i] = terms[keep[i]]; w[i] = weights[keep[i]]; }
        return new TermVector(t, w);
    }

    /**
     * The {@code k} heaviest terms ({@code k < size()}; ties: the smaller term id), found without
     * sorting: the k-th key in {@link DecreasingOrder}'s order is selected, and every term whose key
     * is at most it is kept, in term order. A smoothed vector keeps its heaviest this way.
     */
    private TermVector heaviest(int k) {
        long[] keys = DecreasingOrder.keys(weights, weights.length);
        if (keys == null) return heaviestSorted(k);
        long kth = Select.kth(keys.clone(), k - 1);
        int[] t = new int[k];
        float[] w = new float[k];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] <= kth) { t[n] = terms[i]; w[n++] = weights[i]; }
        }
        return new TermVector(t, w);
    }

    /** {@link #heaviest(int)} by sorting every term (a weight with its sign bit set). */
    private TermVector heaviestSorted(int k) {
        int[] keep = Arrays.copyOf(heaviestFirst(), k);
        Arrays.sort(keep);
        int[] t = new int[k];
        float[] w = new float[k];
        for (int i = 0; i < k; i++) { t[i] = terms[keep[i]]; w[i] = weights[keep[i]]; }
        return new TermVector(t, w);
    }

    /** Positions of the terms by decreasing weight, ties by term (ascending with the position). */
    public int[] heaviestFirst() {
        return DecreasingOrder.of(weights, weights.length);
    }

    /**
     * The first {@code min(m, size())} positions of {@link #heaviestFirst()}: the {@code m}-th key
     * selected, and only the keys up to it sorted.
     */
    public int[] heaviestFirst(int m) {
        long[] keys = m > 0 && m < weights.length ? DecreasingOrder.keys(weights, weights.length) : null;
        if (keys == null) return Arrays.copyOf(heaviestFirst(), Math.min(m, weights.length));
        long kth = Select.kth(keys.clone(), m - 1);
        long[] first = new long[m];
        int n = 0;
        for (long key : keys) if (key <= kth) first[n++] = key;
        Arrays.sort(first);
        int[] out = new int[m];
        for (int i = 0; i < m; i++) out[i] = (int) first[i];
        return out;
    }

    /** Cosine similarity with another normalized vector (a merge of the two sorted term lists). */
    public double dot(TermVector o) {
        int[] a = terms, b = o.terms;
        int i = 0, j = 0;
        double sum = 0;
        while (i < a.length && j < b.length) {
            int x = a[i], y = b[j];
            if (x == y) sum += (double) weights[i++] * o.weights[j++];
            else if (x < y) i++;
            else j++;
        }
        return sum;
    }

    /**
     * This vector with each term's weight multiplied by {@code factor.applyAsDouble(term)}, L2-normalized
     * again ({@link #EMPTY} when no weight is left); {@code factor} is asked twice per term (a function of it).
     */
    public TermVector reweighted(java.util.function.IntToDoubleFunction factor) {
        // each new weight is computed twice, for the norm and then to scale (the same product both times),
        // rather than kept in an array; the vectors are immutable, so the new one shares the term ids
        double squares = 0;
        for (int i = 0; i < terms.length; i++) {
            double w = weights[i] * factor.applyAsDouble(terms[i]);
            squares += w * w;
        }
        if (squares == 0) return EMPTY;
        double norm = Math.sqrt(squares);
        float[] out = new float[terms.length];
        for (int i = 0; i < terms.length; i++) out[i] = (float) (weights[i] * factor.applyAsDouble(terms[i]) / norm);
        return new TermVector(terms, out);
    }

    /** This vector scaled to length 1 ({@link #EMPTY} when it has no weight), e.g. after {@link #heaviest} kept part of it. */
    public TermVector normalized() {
        return reweighted(t -> 1);
    }

    /** The sum of {@code vectors}, L2-normalized: the direction of a group of articles. */
    public static TermVector centroid(Iterable<TermVector> vectors) {
        java.util.List<TermVector> list = new java.util.ArrayList<>();
        for (TermVector v : vectors) list.add(v);
        return sum(list, null);
    }

    /**
     * The {@link #centroid} of the vectors {@code vectors.get(items[k])}, {@code from <= k < to}, in
     * that order (the same bits as the centroid of a list of them), without a list of them.
     */
    public static TermVector centroid(java.util.List<TermVector> vectors, int[] items, int from, int to) {
        Accumulator acc = ACCUMULATORS.get();
        double[] summed = addUp(acc, vectors, items, from, to, null);
        return normalizedSum(acc.touched, summed, summed.length);
    }

    /**
     * The sum of {@code factors[i] x vectors[i]} (every factor 1 when {@code factors} is null),
     * L2-normalized ({@link #EMPTY} when nothing is left). Each term's weights are added in the
     * order of the vectors, so the result does not depend on anything else.
     */
    public static TermVector sum(java.util.List<TermVector> vectors, double[] factors) {
        if (factors != null && factors.length != vectors.size()) {
            throw new IllegalArgumentException(vectors.size() + " vectors but " + factors.length + " factors");
        }
        Accumulator acc = ACCUMULATORS.get();
        double[] summed = addUp(acc, vectors, null, 0, vectors.size(), factors);
        return normalizedSum(acc.touched, summed, summed.length);
    }

    /**
     * {@code sum(vectors, factors)} cut to its {@code k} heaviest terms ({@code heaviest(k, 0)}) and, when
     * cut, {@link #normalized} again: bit for bit what those calls return, the sum made without a dense
     * array, for a few vectors (a smoothed unit's own and its neighbours'). Their weights are summed by
     * merging the term lists vector after vector, each term's in the order of the vectors as {@link #sum}
     * adds them: a dense sum would then scan or sort the touched terms of a large vocabulary, which took
     * most of the summing of a unit and its five neighbours.
     */
    public static TermVector heaviestOfSum(java.util.List<TermVector> vectors, double[] factors, int k) {
        if (factors.length != vectors.size()) throw new IllegalArgumentException(vectors.size() + " vectors but " + factors.length + " factors");
        Merged merged = MERGED.get().of(vectors, factors);
        int n = merged.size;
        int[] t = merged.terms;
        double[] sum = merged.sums;
        double squares = 0;
        for (int i = 0; i < n; i++) squares += sum[i] * sum[i];
        double norm = Math.sqrt(squares);
        if (norm == 0) return EMPTY;
        if (n <= k) {
            float[] w = new float[n];
            for (int i = 0; i < n; i++) w[i] = (float) (sum[i] / norm);
            return new TermVector(Arrays.copyOf(t, n), w);
        }
        return merged.heaviest(norm, k);
    }

    /** Scratch space of {@link #heaviestOfSum}, one per thread: the running sum's terms and sums, and the next ones. */
    private static final class Merged {
        int[] terms = new int[256], nextTerms = new int[256];
        double[] sums = new double[256], nextSums = new double[256];
        int size;
        float[] weights = new float[0]; // heaviest's: the sums as unit weights, their keys, and a copy to select in
        long[] keys = new long[0], selected = new long[0];

        /**
         * {@code new TermVector(terms, sums / norm as floats).heaviest(k).normalized()} for {@code k < size},
         * bit for bit, with only the k terms kept allocated: the same keys and k-th key select the same terms,
         * and their weights are scaled as {@link #normalized} scales them.
         */
        TermVector heaviest(double norm, int k) {
            int n = size;
            if (weights.length < n) {
                weights = new float[terms.length];
                keys = new long[terms.length];
                selected = new long[terms.length];
            }
            float[] w = weights;
            long[] key = keys;
            int signs = 0;
            for (int i = 0; i < n; i++) {
                w[i] = (float) (sums[i] / norm);
                int bits = Float.floatToIntBits(w[i]);
                signs |= bits;
                key[i] = (long) (Integer.MAX_VALUE - bits) << 32 | i; // DecreasingOrder's keys
            }
            if (signs < 0) return new TermVector(Arrays.copyOf(terms, n), Arrays.copyOf(w, n)).heaviest(k).normalized(); // a sign bit: the general order
            System.arraycopy(key, 0, selected, 0, n);
            long kth = Select.kth(selected, n, k - 1);
            int[] t = new int[k];
            float[] kept = new float[k];
            double squares = 0;
            for (int i = 0, m = 0; i < n; i++) {
                if (key[i] > kth) continue;
                t[m] = terms[i];
                kept[m++] = w[i];
                squares += (double) w[i] * w[i];
            }
            if (squares == 0) return EMPTY;
            double unit = Math.sqrt(squares);
            for (int i = 0; i < k; i++) kept[i] = (float) (kept[i] / unit);
            return new TermVector(t, kept);
        }

        /** Sums {@code factors[v] x vectors[v]} (each product as a float, as the vectors hold weights) into terms/sums[0, size). */
        Merged of(java.util.List<TermVector> vectors, double[] factors) {
            size = 0;
            for (int v = 0; v < vectors.size(); v++) add(vectors.get(v), factors[v]);
            return this;
        }

        private void add(TermVector v, double factor) {
            int[] vt = v.terms;
            float[] vw = v.weights;
            int most = size + vt.length;
            if (nextTerms.length < most) {
                nextTerms = new int[Math.max(most, 2 * nextTerms.length)];
                nextSums = new double[nextTerms.length];
            }
            int[] at = terms, to = nextTerms;
            double[] as = sums, ts = nextSums;
            int i = 0, j = 0, o = 0, n = size;
            while (i < n && j < vt.length) {
                int a = at[i], b = vt[j];
                if (a < b) {
                    to[o] = a;
                    ts[o++] = as[i++];
                } else if (a > b) {
                    to[o] = b;
                    ts[o++] = (float) (factor * vw[j++]);
                } else {
                    to[o] = a;
                    ts[o++] = as[i++] + (float) (factor * vw[j++]);
                }
            }
            for (; i < n; i++) { to[o] = at[i]; ts[o++] = as[i]; }
            for (; j < vt.length; j++) { to[o] = vt[j]; ts[o++] = (float) (factor * vw[j]); }
            nextTerms = terms;
            nextSums = sums;
            terms = to;
            sums = ts;
            size = o;
        }
    }

    private static final ThreadLocal<Merged> MERGED = ThreadLocal.withInitial(Merged::new);

    /** Weights summed term by term: {@code sums[i]} is the sum of term {@code terms[i]}, terms strictly ascending. */
    public record Summed(int[] terms, double[] sums) {}

    /**
     * The weights of the vectors {@code vectors.get(items[k])}, {@code from <= k < to}, summed term by
     * term, vector after vector, not normalized: the sums {@link #sum} normalizes for those vectors
     * (so {@link #normalizedSums} of them is their {@link #centroid}, bit for bit).
     */
    public static Summed summed(java.util.List<TermVector> vectors, int[] items, int from, int to) {
        Accumulator acc = ACCUMULATORS.get();
        double[] summed = addUp(acc, vectors, items, from, to, null);
        return new Summed(Arrays.copyOf(acc.touched, summed.length), summed);
    }

    /**
     * Adds up the weights of vectors {@code k = from .. to-1} (vector {@code items[k]}, or {@code k}
     * when {@code items} is null; each weight times {@code factors[k]}, as a float, when given) in
     * {@code acc}: returns the sums, their terms ascending in {@code acc.touched}, and leaves
     * {@code acc.seen} all false.
     */
    private static double[] addUp(Accumulator acc, java.util.List<TermVector> vectors, int[] items, int from, int to, double[] factors) {
        int terms = 0, first = Integer.MAX_VALUE;
        for (int k = from; k < to; k++) {
            TermVector v = vectors.get(items == null ? k : items[k]);
            if (v.terms.length > 0) {
                terms = Math.max(terms, v.terms[v.terms.length - 1] + 1);
                first = Math.min(first, v.terms[0]);
            }
        }
        // each term's weights added up in a dense array indexed by term, vector after vector: the same
        // additions in the same order as summing term by term, without sorting every (term, weight)
        // entry (an event of thousands of articles has millions)
        acc.room(terms);
        double[] sum = acc.sum;
        boolean[] seen = acc.seen;
        int[] t = acc.touched;
        int n = 0;
        for (int k = from; k < to; k++) {
            TermVector v = vectors.get(items == null ? k : items[k]);
            for (int i = 0; i < v.size(); i++) {
                int term = v.terms[i];
                double w = factors == null ? v.weights[i] : (float) (factors[k] * v.weights[i]); // float as the vectors hold them
                if (seen[term]) {
                    sum[term] += w;
                } else {
                    seen[term] = true;
                    sum[term] = w;
                    t[n++] = term;
                }
            }
        }
        // the terms in order: by a scan of the seen flags over the terms' range when that is cheaper than
        // sorting them (about n log n steps; a smoothed unit or an event has hundreds to thousands of terms
        // of a vocabulary of thousands), else by sorting
        if (n > 0 && terms - first <= 4L * n * (32 - Integer.numberOfLeadingZeros(n))) {
            int k = 0;
            for (int term = first; k < n; term++) if (seen[term]) t[k++] = term;
        } else {
            Arrays.sort(t, 0, n);
        }
        double[] summed = new double[n];
        for (int k = 0; k < n; k++) {
            summed[k] = sum[t[k]];
            seen[t[k]] = false;
        }
        return summed;
    }

    /**
     * Summed weights made elsewhere ({@code sums[i]} the sum of term {@code terms[i]}, terms strictly
     * ascending), L2-normalized as {@link #sum} normalizes its sums: the vector {@link #sum} returns
     * when its sums, added in the same order, are these ({@link #EMPTY} when no weight).
     */
    public static TermVector normalizedSums(int[] terms, double[] sums) {
        if (terms.length != sums.length) throw new IllegalArgumentException(terms.length + " terms but " + sums.length + " sums");
        return normalizedSum(terms, sums, terms.length);
    }

    /** A dense sum per term for {@link #addUp}, one per thread; {@code seen} is all false between sums. */
    private static final class Accumulator {
        double[] sum = new double[0];
        boolean[] seen = new boolean[0];
        int[] touched = new int[0];

        Accumulator room(int terms) {
            if (sum.length < terms) {
                int n = Math.max(terms, sum.length * 2);
                sum = new double[n];
                seen = new boolean[n];
                touched = new int[n];
            }
            return this;
        }
    }

    private static final ThreadLocal<Accumulator> ACCUMULATORS = ThreadLocal.withInitial(Accumulator::new);

    /** Terms {@code t[0, n)} with summed weights {@code sum}, L2-normalized ({@link #EMPTY} when no weight). */
    private static TermVector normalizedSum(int[] t, double[] sum, int n) {
        double squares = 0;
        for (int k = 0; k < n; k++) squares += sum[k] * sum[k];
        double norm = Math.sqrt(squares);
        if (norm == 0) return EMPTY;
        float[] w = new float[n];
        for (int k = 0; k < n; k++) w[k] = (float) (sum[k] / norm);
        return new TermVector(Arrays.copyOf(t, n), w);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < terms.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(terms[i]).append('=').append(weights[i]);
        }
        return sb.append('}').toString();
    }
}
