package io.copydesk.tfidf.smile;

import io.copydesk.tfidf.Idf;
import smile.util.SparseArray;

/**
 * The TF-IDF weighting step on Smile's {@link SparseArray}: raw counts go in as a sparse array,
 * are transformed in place to sublinear tf × idf, L2-normalized and sorted by term id. The only
 * class of {@code io.copydesk.tfidf} that touches Smile.
 */
public final class SmileWeighting {
    private SmileWeighting() {}

    /** Weighted, normalized, id-sorted terms: {@code ids} and {@code weights} are filled in place. */
    public record Weighted(int[] ids, double[] weights) {}

    /**
     * Weighs raw counts.
     *
     * @param terms  distinct term ids
     * @param counts raw (title-weighted) counts, positive
     * @param idf    inverse document frequency of a term id
     */
    public static Weighted weigh(int[] terms, float[] counts, Idf idf) {
        SparseArray a = new SparseArray(terms.length);
        for (int i = 0; i < terms.length; i++) a.append(terms[i], counts[i]);
        a.update((t, tf) -> sublinear(tf) * idf.of(t));
        double norm = Math.sqrt(sumOfSquares(a));
        if (norm > 0) a.update((t, w) -> w / norm);
        a.sort();
        // read out with forEach, not streams: in the C1-compiled code small inputs run on, building the
        // streams cost more than the weighting (20,000 articles, one vector each)
        int[] ids = new int[a.size()];
        double[] weights = new double[ids.length];
        int[] next = {0};
        a.forEach((t, w) -> {
            ids[next[0]] = t;
            weights[next[0]++] = w;
        });
        return new Weighted(ids, weights);
    }

    /**
     * The sum of the squared values of {@code a}, in their order, with the bits of
     * {@code a.valueStream().map(w -> w * w).sum()}: the JDK's compensated (Kahan) summation, and its
     * plain sum where compensation gives NaN from infinities of one sign.
     */
    static double sumOfSquares(SparseArray a) {
        double[] s = new double[3]; // the running sum, its negated low-order bits, the plain sum
        a.forEach((t, w) -> {
            double v = w * w;
            double tmp = v - s[1], sum = s[0], next = sum + tmp;
            s[1] = (next - sum) - tmp;
            s[0] = next;
            s[2] += v;
        });
        double tmp = s[0] - s[1];
        return Double.isNaN(tmp) && Double.isInfinite(s[2]) ? s[2] : tmp;
    }

    /** 1 + ln(tf) for tf ≥ 1, and tf itself below (a title word weighted under 1 stays small and positive). */
    static double sublinear(double tf) {
        return tf >= 1 ? 1 + Math.log(tf) : tf;
    }
}
