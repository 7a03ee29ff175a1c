package io.copydesk.cluster;

import io.copydesk.tfidf.TermVector;
import java.util.ArrayList;
import java.util.List;

/**
 * Smooths an article's TF-IDF vector towards its nearest neighbours before events are linked:
 * {@code v' = normalize(v + alpha * sum of s_j * v_j)} over its {@link #NEIGHBOURS} best neighbours
 * {@code j} (score {@code s_j}, cosine x time weight, at least the event threshold), keeping the
 * {@code |v| + }{@link #EXTRA_TERMS} heaviest terms.
 *
 * <p>Why: reports of one event in short texts (headlines, search snippets) often share no word at
 * all, so most pairs inside a large event score 0 and average linkage, which needs the mean over
 * all pairs, splits it; two headlines that share a generic word ("files for bankruptcy") score
 * as much as two reports of one event. After smoothing, two reports score by the neighbourhoods
 * they sit in as well as by their own words: reports of one event share neighbours, unrelated
 * articles with one common word do not. Long articles already share most of an event's
 * vocabulary and change little (the extra terms are capped, so memory stays within a constant of
 * the plain vectors). Measured in docs/EVALUATION.md, section 3.
 */
public final class NeighbourSmoothing {
    /** The weight of the neighbours against the article's own vector; chosen by leave-one-dataset-out. */
    public static final double DEFAULT_ALPHA = 0.25;
    /** Neighbours an article is smoothed towards. */
    public static final int NEIGHBOURS = 5;
    /** Terms a smoothed vector may hold beyond its own (the heaviest are kept). */
    public static final int EXTRA_TERMS = 32;

    private NeighbourSmoothing() {}

    /**
     * The smoothed vector of {@code v}.
     *
     * @param neighbours its neighbours' (unsmoothed) vectors, best first
     * @param scores     their scores against {@code v}, each in (0, 1]
     * @param alpha      the neighbours' weight, in [0, 1]; 0 returns {@code v}
     */
    public static TermVector smooth(TermVector v, List<TermVector> neighbours, double[] scores, double alpha) {
        if (neighbours.size() != scores.length) throw new IllegalArgumentException(neighbours.size() + " neighbours but " + scores.length + " scores");
        if (!(alpha >= 0 && alpha <= 1)) throw new IllegalArgumentException("alpha must be in [0, 1], was " + alpha);
        if (alpha == 0 || neighbours.isEmpty() || v.isEmpty()) return v;
        List<TermVector> all = new ArrayList<>(neighbours.size() + 1);
        double[] factors = new double[neighbours.size() + 1];
        all.add(v);
        factors[0] = 1;
        for (int j = 0; j < scores.length; j++) {
            all.add(neighbours.get(j));
            factors[j + 1] = alpha * scores[j];
        }
        return TermVector.heaviestOfSum(all, factors, v.size() + EXTRA_TERMS);
    }
}
