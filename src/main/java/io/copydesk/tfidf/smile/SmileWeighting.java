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
        double norm = Math.sqrt(a.valueStream().map(w -> w * w).sum());
        if (norm > 0) a.update((t, w) -> w / norm);
        a.sort();
        return new Weighted(a.indexStream().toArray(), a.valueStream().toArray());
    }

    /** 1 + ln(tf) for tf ≥ 1, and tf itself below (a title word weighted under 1 stays small and positive). */
    static double sublinear(double tf) {
        return tf >= 1 ? 1 + Math.log(tf) : tf;
    }
}
