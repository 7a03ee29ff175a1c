package io.copydesk.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 of predicted near-duplicate pairs against truth pairs (for example all
 * pairs above a threshold by exact Jaccard), and recall per Jaccard band
 * {@code [0.0,0.1), [0.1,0.2), ..., [0.9,1.0]}: how recall rises with similarity, the empirical
 * S-curve of the LSH banding. Degenerate cases follow {@link PairScores}.
 */
public final class PairMetrics {
    private PairMetrics() {}

    /**
     * @param truth     each truth pair with its Jaccard similarity in [0, 1]
     * @param predicted the predicted pairs
     */
    public static PairScores score(Map<IdPair, Double> truth, Set<IdPair> predicted) {
        long[] truthPerBand = new long[JaccardBand.COUNT];
        long[] foundPerBand = new long[JaccardBand.COUNT];
        long found = 0;
        for (Map.Entry<IdPair, Double> pair : truth.entrySet()) {
            int band = Double.isNaN(pair.getValue()) ? -1 : JaccardBand.indexOf(pair.getValue()); // -1: no score, no band
            if (band >= 0) truthPerBand[band]++;
            if (predicted.contains(pair.getKey())) {
                found++;
                if (band >= 0) foundPerBand[band]++;
            }
        }
        List<JaccardBand> bands = new ArrayList<>(JaccardBand.COUNT);
        for (int i = 0; i < JaccardBand.COUNT; i++) {
            bands.add(new JaccardBand(JaccardBand.lowerEdge(i), JaccardBand.lowerEdge(i + 1), truthPerBand[i], foundPerBand[i]));
        }
        return new PairScores(truth.size(), predicted.size(), found, bands);
    }
}
