package io.copydesk.engine;

import io.copydesk.cluster.ThresholdCalibration;
import io.copydesk.internal.AscendingOrder;
import io.copydesk.internal.Parallel;
import io.copydesk.tfidf.EachSearch;
import io.copydesk.tfidf.HeldVector;
import io.copydesk.tfidf.InvertedIndex;
import io.copydesk.tfidf.TermVector;
import java.util.Arrays;
import java.util.List;

/**
 * What a collection's similarities look like, from a fixed-size sample (so the cost does not grow
 * with the collection): the cosines of deterministic pseudo-random pairs, the chance level of shared
 * vocabulary, from which the event threshold ({@link ThresholdCalibration#eventLevel}) follows; then
 * each sampled unit's best neighbours at that threshold (cosine × time weight, through the inverted
 * index). Those are the very lists neighbour smoothing searches for at that threshold, so it takes
 * them from here instead of searching those units again.
 *
 * @param nearest     best-neighbour score of each sampled unit when it reaches the event level,
 *                    else a score below it (0 when there is none)
 * @param background  cosines of random pairs
 * @param medianTerms median number of terms per unit
 * @param level       the event level the neighbours were searched at
 * @param neighbours  by unit: a sampled unit's best neighbours scoring at least {@code level}, as
 *                    {@link RelatedStories#search} finds them; null for a unit not sampled
 */
record SimilaritySample(double[] nearest, double[] background, int medianTerms, double level, InvertedIndex.Hits[] neighbours) {
    static final int UNITS = 4000;
    static final int PAIRS_PER_UNIT = 8;

    /**
     * The sample, its units searched in the counted stage {@code calibrating} (units sampled) for
     * their best {@code k} neighbours.
     */
    static SimilaritySample of(RelatedStories rs, InvertedIndex index, List<TermVector> vectors, long[] dates, int k, double quantile,
                               boolean everyUnit, Progress progress) {
        return of(rs, index, vectors, dates, k, quantile, UNITS, everyUnit, progress);
    }

    /**
     * As above, sampling {@code units} units (tests sample fewer than a collection holds). With {@code everyUnit}
     * (neighbour smoothing wants them all), a collection whose searches walk most of their postings, with every unit
     * dated or none, has every unit's neighbours found at once ({@link InvertedIndex#eachSearch}), and they are all kept.
     */
    static SimilaritySample of(RelatedStories rs, InvertedIndex index, List<TermVector> vectors, long[] dates, int k, double quantile,
                               int units, boolean everyUnit, Progress progress) {
        int u = vectors.size();
        int s = Math.min(u, units);
        progress.start("calibrating", s);
        double[] background = new double[s * PAIRS_PER_UNIT];
        ThreadLocal<HeldVector> helds = HeldVector.perThread();
        int chunk = 256, chunks = (s + chunk - 1) / chunk;
        Parallel.map(rs.config().threads(), chunks, c -> {
            HeldVector h = helds.get(); // the unit held for its pairs: the same bits as the merged dot, without its branches
            for (int i = c * chunk; i < Math.min(s, (c + 1) * chunk); i++) background(h, vectors, sampled(i, u, s), background, i * PAIRS_PER_UNIT);
            return null;
        });
        int[] sizes = vectors.stream().mapToInt(TermVector::size).sorted().toArray();
        int medianTerms = sizes.length == 0 ? 0 : sizes[sizes.length / 2];
        double level = ThresholdCalibration.eventLevel(background, medianTerms, u, quantile);
        double[] nearest = new double[s];
        InvertedIndex.Hits[] neighbours = new InvertedIndex.Hits[u];
        int longest = vectors.stream().mapToInt(TermVector::size).max().orElse(0);
        double least = below(level, longest);
        EachSearch join = everyUnit ? index.eachSearch(k, least, rs.dated(index, dates, least, false)) : null;
        if (join != null) progress.extend(u); // the units walked
        InvertedIndex.Hits[] each = join == null ? null : join.run(rs.config().threads(), progress::advance);
        if (join != null && each == null) progress.advance(u); // too large for the memory: nothing walked
        if (each != null) { // each unit's hits reach below(level, longest): those of its own search are a prefix
            for (int i = 0; i < s; i++) {
                int unit = sampled(i, u, s);
                nearest[i] = nearest(rs, vectors, dates, unit, each[unit], below(level, vectors.get(unit).size()));
            }
            for (int unit = 0; unit < u; unit++) neighbours[unit] = reaching(each[unit], level);
            progress.advance(s);
            progress.finish();
            return new SimilaritySample(nearest, background, medianTerms, level, neighbours);
        }
        ThreadLocal<InvertedIndex.Searcher> searchers = ThreadLocal.withInitial(index::searcher);
        long[] sampleDates = new long[s];
        for (int i = 0; i < s; i++) sampleDates[i] = dates[sampled(i, u, s)];
        int[] order = AscendingOrder.of(sampleDates); // windows moving forward only: cheap window bounds
        Parallel.map(rs.config().threads(), chunks, c -> {
            InvertedIndex.Searcher searcher = searchers.get();
            for (int j = c * chunk; j < Math.min(s, (c + 1) * chunk); j++) {
                int i = order[j], unit = sampled(i, u, s);
                InvertedIndex.Hits hits = search(rs, searcher, vectors, dates, unit, k, level);
                nearest[i] = nearest(rs, vectors, dates, unit, hits, 0);
                neighbours[unit] = reaching(hits, level);
            }
            progress.advance(Math.min(s, (c + 1) * chunk) - c * chunk);
            return null;
        });
        progress.finish();
        return new SimilaritySample(nearest, background, medianTerms, level, neighbours);
    }

    // A unit's work is a method of its own: the JIT compiles a method after a few hundred calls, but a
    // chunk's loop (a few dozen calls of a few hundred turns) would run interpreted to its end.

    /** The cosines of {@code unit}'s random pairs into {@code background[at, at + PAIRS_PER_UNIT)}. */
    private static void background(HeldVector h, List<TermVector> vectors, int unit, double[] background, int at) {
        int u = vectors.size();
        h.hold(vectors.get(unit));
        int p = 0;
        for (; p + 1 < PAIRS_PER_UNIT; p += 2) { // two dots side by side (HeldVector.dots); a pair of the unit itself scores 0
            int o1 = other(unit, p, u), o2 = other(unit, p + 1, u);
            h.dots(vectors.get(o1), vectors.get(o2), background, at + p, at + p + 1);
            if (o1 == unit) background[at + p] = 0;
            if (o2 == unit) background[at + p + 1] = 0;
        }
        if (p < PAIRS_PER_UNIT) {
            int o = other(unit, p, u);
            background[at + p] = o == unit ? 0 : h.dot(vectors.get(o));
        }
    }

    /** The best {@code k} neighbours of {@code unit} down to a little below {@code level}. */
    private static InvertedIndex.Hits search(RelatedStories rs, InvertedIndex.Searcher searcher, List<TermVector> vectors, long[] dates, int unit,
                                             int k, double level) {
        TermVector v = vectors.get(unit);
        return rs.search(searcher, v, k, below(level, v.size()), dates[unit], dates, unit);
    }

    /**
     * A little below the level, for a unit of {@code terms} terms: a best neighbour whose index score (float
     * sums) is just under the level may still reach it by the exact score, which decides whether it counts.
     */
    private static double below(double level, int terms) {
        return level / (1 + 1.2e-7 * (terms + 4));
    }

    /** The exact score of {@code unit}'s best hit scoring at least {@code least} (0 when there is none). */
    private static double nearest(RelatedStories rs, List<TermVector> vectors, long[] dates, int unit, InvertedIndex.Hits hits, double least) {
        if (hits.size() == 0 || hits.scores()[0] < least) return 0;
        int best = hits.docs()[0];
        return vectors.get(unit).dot(vectors.get(best)) * rs.weightOfDates(dates[unit], dates[best]);
    }

    /**
     * The hits scoring at least {@code level}: the best first, so a prefix. The search for the best
     * {@code k} at a lower minimum finds the same scores (each a sum over the same terms in the same
     * order), and those reaching {@code level} rank above the rest: the prefix is what a search at
     * {@code level} returns.
     */
    static InvertedIndex.Hits reaching(InvertedIndex.Hits hits, double level) {
        int n = 0;
        while (n < hits.size() && hits.scores()[n] >= level) n++;
        return n == hits.size() ? hits : new InvertedIndex.Hits(Arrays.copyOf(hits.docs(), n), Arrays.copyOf(hits.scores(), n));
    }

    /** The other unit of a sampled {@code unit}'s random pair {@code p}, of {@code u} units. */
    static int other(int unit, int p, int u) {
        return (int) Math.floorMod(mix(unit * 31L + p), (long) u);
    }

    /** The unit of sample {@code i} of {@code s} among {@code u} units: spread evenly over the input order. */
    static int sampled(int i, int u, int s) {
        return (int) ((long) i * u / s);
    }

    /** A fixed 64-bit mixer (SplitMix64's finalizer), so the pairs are the same on every run. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
