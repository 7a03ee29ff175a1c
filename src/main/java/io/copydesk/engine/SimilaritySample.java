package io.copydesk.engine;

import io.copydesk.internal.AscendingOrder;
import io.copydesk.internal.Parallel;
import io.copydesk.tfidf.InvertedIndex;
import io.copydesk.tfidf.TermVector;
import java.util.List;

/**
 * What a collection's similarities look like, from a fixed-size sample (so the cost does not grow
 * with the collection): for each sampled unit its best neighbour's score (cosine × time weight,
 * through the inverted index), and the cosines of deterministic pseudo-random pairs, the chance
 * level of shared vocabulary.
 *
 * @param nearest    best-neighbour score of each sampled unit (0 when none reaches the floor)
 * @param background cosines of random pairs
 * @param medianTerms median number of terms per unit
 */
record SimilaritySample(double[] nearest, double[] background, int medianTerms) {
    static final int UNITS = 4000;
    static final int PAIRS_PER_UNIT = 8;
    static final double FLOOR = 0.005;

    /** The sample, drawn in the counted stage {@code calibrating} (units sampled). */
    static SimilaritySample of(RelatedStories rs, InvertedIndex index, List<TermVector> vectors, long[] dates, Progress progress) {
        int u = vectors.size();
        int s = Math.min(u, UNITS);
        double[] nearest = new double[s];
        double[] background = new double[s * PAIRS_PER_UNIT];
        ThreadLocal<InvertedIndex.Searcher> searchers = ThreadLocal.withInitial(index::searcher);
        int chunk = 256, chunks = (s + chunk - 1) / chunk;
        long[] sampleDates = new long[s];
        for (int i = 0; i < s; i++) sampleDates[i] = dates[(int) ((long) i * u / s)];
        int[] order = AscendingOrder.of(sampleDates); // windows moving forward only: cheap window bounds
        progress.start("calibrating", s);
        Parallel.map(rs.config().threads(), chunks, c -> {
            InvertedIndex.Searcher searcher = searchers.get();
            for (int j = c * chunk; j < Math.min(s, (c + 1) * chunk); j++) {
                int i = order[j], k = (int) ((long) i * u / s);
                InvertedIndex.Hits hits = rs.search(searcher, vectors.get(k), 1, FLOOR, dates[k], dates, k);
                nearest[i] = hits.size() == 0 ? 0 : vectors.get(k).dot(vectors.get(hits.docs()[0])) * rs.weightOfDates(dates[k], dates[hits.docs()[0]]);
                for (int p = 0; p < PAIRS_PER_UNIT; p++) {
                    int other = (int) Math.floorMod(mix(k * 31L + p), (long) u);
                    background[i * PAIRS_PER_UNIT + p] = other == k ? 0 : vectors.get(k).dot(vectors.get(other));
                }
            }
            progress.advance(Math.min(s, (c + 1) * chunk) - c * chunk);
            return null;
        });
        progress.finish();
        int[] sizes = vectors.stream().mapToInt(TermVector::size).sorted().toArray();
        return new SimilaritySample(nearest, background, sizes.length == 0 ? 0 : sizes[sizes.length / 2]);
    }

    /** A fixed 64-bit mixer (SplitMix64's finalizer), so the pairs are the same on every run. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
