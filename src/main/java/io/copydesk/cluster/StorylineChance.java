package io.copydesk.cluster;

import io.copydesk.internal.AscendingOrder;
import io.copydesk.internal.Parallel;
import io.copydesk.internal.Select;
import io.copydesk.tfidf.HeldVector;
import io.copydesk.tfidf.TermVector;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * The storyline chance level: the score that unrelated events reach by chance often enough that an
 * event would gain a false storyline partner. Each event is compared with every event within the
 * storyline reach (M of them), so the threshold must be one that only a share {@code a / M} of
 * unrelated pairs reach: the expected number of chance partners per event, M × P(score > t), is then
 * {@code a}. M grows with the collection (more events per window: common surnames and places recur),
 * so the threshold rises with it; a fixed threshold merges ever more unrelated events the larger the
 * collection.
 *
 * <p>The scores are those average linkage compares with the threshold (the mean similarity over all
 * article pairs of two events × the time weight of their mean dates), for random pairs of events
 * within reach of each other. A quantile as far out as {@code 1 - a/M} cannot be read off a sample
 * directly: it would need far more pairs than M / a, and the few pairs that far out are mostly
 * events of one storyline, not chance. So the tail is modelled: from the score {@code u} that
 * {@value #TAIL_PARTNERS} partners per event reach (there chance pairs outnumber the few true
 * storyline partners an event has), the scores above {@code u} fall off exponentially with a scale
 * {@code β} measured as their mean excess over {@code u} (peaks over a threshold), and
 * {@code t = u + β ln(p M / a)} with {@code p} the share of pairs above {@code u}.
 *
 * @param scores   sampled scores of random event pairs within reach (in no particular order)
 * @param events   events in the collection
 * @param reach    mean number of other events within the storyline reach of an event (M)
 */
public record StorylineChance(double[] scores, int events, double reach) {
    /** Expected chance partners per event at the threshold; chosen by leave-one-dataset-out (docs/EVALUATION.md). */
    public static final double DEFAULT_CHANCE_LINKS = 0.03;
    /** The tail starts where each event has this many partners above it. */
    static final int TAIL_PARTNERS = 10;
    /** Fewer events in reach than this, and the tail start would be inside the body of the distribution: not measured. */
    static final int MIN_REACH = 2 * TAIL_PARTNERS;
    /** Pairs sampled: enough for about {@code TAIL_SAMPLES} above the tail start, within these bounds. */
    static final int TAIL_SAMPLES = 1000, MIN_PAIRS = 200_000, MAX_PAIRS = 4_000_000;
    private static final long SEED = 0x5EED_57A7L;

    /**
     * Samples random pairs of events within reach of each other, uniformly over all such ordered
     * pairs (an event with more events in reach is compared more often, as in the linkage).
     *
     * @param centroids L2-normalized centroid of each event
     * @param lengths   length of each event's mean vector (the mean over its article pairs is the centroid
     *                  cosine × both lengths)
     * @param dates     mean date of each event (epoch seconds), {@code Long.MIN_VALUE} when unknown
     * @param time      weight of a gap between two dates (seconds)
     * @param reachSeconds gaps beyond which the weight is 0
     * @param planned   told how many pairs will be scored, before scoring (not called when there are too few events)
     * @param sampled   told how many pairs were scored, as chunks finish (any thread)
     */
    public static StorylineChance sample(List<TermVector> centroids, double[] lengths, long[] dates, GapWeight time,
                                         long reachSeconds, int threads, LongConsumer planned, LongConsumer sampled) {
        int n = centroids.size();
        Reach reach = Reach.of(dates, reachSeconds);
        double meanReach = n == 0 ? 0 : (double) reach.total() / n;
        if (meanReach < MIN_REACH) return new StorylineChance(new double[0], n, meanReach);
        int pairs = pairs(meanReach);
        planned.accept(pairs);
        // arrays rather than the list, and each event's size and finiteness for the choice of the one to hold: a
        // pair's events are anywhere, and these are read for each of hundreds of thousands of pairs
        TermVector[] vectors = centroids.toArray(new TermVector[0]);
        int[] holdable = new int[n]; // the size, or -1 when a weight is not finite (HeldVector.holdSecond)
        for (int e = 0; e < n; e++) holdable[e] = vectors[e].finite() ? vectors[e].size() : -1;
        int[] firsts = new int[pairs], seconds = new int[pairs], helds = new int[pairs];
        int chunk = 8192, chunks = (pairs + chunk - 1) / chunk;
        Parallel.map(threads, chunks, c -> {
            for (int i = c * chunk; i < Math.min(pairs, (c + 1) * chunk); i++) pair(reach, holdable, i, firsts, seconds, helds);
            return null;
        });
        // grouped by the event held, so that each is held once per chunk: a counting sort (the scores
        // are a multiset, read only through their order statistics, so the order inside a group is free)
        int[] at = new int[n + 1];
        for (int e : helds) at[e + 1]++;
        for (int e = 0; e < n; e++) at[e + 1] += at[e];
        int[] groupedFirsts = new int[pairs], groupedSeconds = new int[pairs];
        for (int i = 0; i < pairs; i++) {
            int p = at[helds[i]]++;
            groupedFirsts[p] = firsts[i];
            groupedSeconds[p] = seconds[i];
        }
        ThreadLocal<HeldVector> held = HeldVector.perThread();
        double[] scores = new double[pairs];
        Parallel.map(threads, chunks, c -> {
            HeldVector h = held.get();
            double[] two = new double[2];
            int end = Math.min(pairs, (c + 1) * chunk);
            for (int i = c * chunk; i < end; ) {
                i += score(h, two, vectors, holdable, lengths, dates, time, groupedFirsts, groupedSeconds, i, end, scores);
            }
            sampled.accept(end - c * chunk);
            return null;
        });
        return new StorylineChance(scores, n, meanReach);
    }

    /**
     * The events of the {@code i}-th pair sampled, and the one of them to hold: the one with more
     * terms when both are finite ({@link HeldVector#holdSecond}, from their {@code holdable} sizes), so that the dot
     * product runs over the other's. Methods of their own, here and in {@link #score}: a chunk's loop is called a few
     * dozen times and would run interpreted to its end.
     */
    private static void pair(Reach reach, int[] holdable, int i, int[] firsts, int[] seconds, int[] helds) {
        long number = number(i, reach.total());
        int a = reach.eventOf(number), b = reach.partner(a, number);
        firsts[i] = a;
        seconds[i] = b;
        helds[i] = holdSecond(holdable, a, b) ? b : a;
    }

    /** {@link HeldVector#holdSecond} of events {@code a} and {@code b} from their {@code holdable} sizes. */
    private static boolean holdSecond(int[] holdable, int a, int b) {
        return holdable[b] > holdable[a] && holdable[a] >= 0;
    }

    /**
     * The score of pair {@code i} (events {@code firsts[i]} and {@code seconds[i]}) into {@code scores[i]}, the longer one
     * held, and of pair {@code i + 1} with it when that holds the same event and comes before {@code end}: their two dots
     * side by side ({@link HeldVector#dots}). Returns the pairs scored, 1 or 2.
     */
    private static int score(HeldVector held, double[] two, TermVector[] vectors, int[] holdable, double[] lengths, long[] dates, GapWeight time,
                             int[] firsts, int[] seconds, int i, int end, double[] scores) {
        int a = firsts[i], b = seconds[i], h = holdSecond(holdable, a, b) ? b : a;
        if (i + 1 < end) {
            int a2 = firsts[i + 1], b2 = seconds[i + 1], h2 = holdSecond(holdable, a2, b2) ? b2 : a2;
            if (h2 == h) {
                held.hold(vectors[h]).dots(vectors[h == b ? a : b], vectors[h2 == b2 ? a2 : b2], two, 0, 1);
                scores[i] = score(two[0], lengths, dates, time, a, b);
                scores[i + 1] = score(two[1], lengths, dates, time, a2, b2);
                return 2;
            }
        }
        scores[i] = score(held.hold(vectors[h]).dot(vectors[h == b ? a : b]), lengths, dates, time, a, b);
        return 1;
    }

    /** The score of events {@code a} and {@code b} from their centroids' {@code dot} (the formula in this order, for its bits). */
    private static double score(double dot, double[] lengths, long[] dates, GapWeight time, int a, int b) {
        return dot * lengths[a] * lengths[b] * StorylineLinkage.weight(time, dates[a], dates[b]);
    }

    /** The number of the {@code i}-th pair sampled, of {@code total} pairs in reach. */
    static long number(int i, long total) {
        return Math.floorMod(mix(SEED + (i + 1L) * 0x9E3779B97F4A7C15L), total);
    }

    /** Pairs sampled for a mean reach of {@code m} events. */
    public static int pairs(double m) {
        return m < MIN_REACH ? 0 : (int) Math.min(MAX_PAIRS, Math.max(MIN_PAIRS, TAIL_SAMPLES * m / TAIL_PARTNERS));
    }

    /** Whether there were events enough in reach to measure chance with. */
    public boolean measured() {
        return scores.length > 0;
    }

    /**
     * The score unrelated events reach by chance {@code links} times per event, in expectation
     * (0 when not measured).
     */
    public double level(double links) {
        if (!(links > 0)) throw new IllegalArgumentException("chance links per event must be positive, was " + links);
        return measured() ? level(tail(), links) : 0;
    }

    private double level(Tail tail, double links) {
        return tail.start() + tail.scale() * Math.max(0, Math.log(tail.share() * reach / links));
    }

    /**
     * The storyline threshold: the larger of {@code prior} (a share of the event threshold) and the
     * chance level, with the reason in words.
     */
    public ThresholdCalibration.Thresholds choose(double event, double prior, String priorText, double links, String eventReason) {
        if (!(links > 0)) throw new IllegalArgumentException("chance links per event must be positive, was " + links);
        Tail tail = measured() ? tail() : null;
        double chance = tail == null ? 0 : level(tail, links);
        double storyline = Math.min(1, Math.max(prior, chance));
        String chanceText;
        if (tail != null) {
            chanceText = String.format(Locale.ROOT, "storyline chance: %d events, each compared with the %.0f in reach; %.3g%% of %,d random"
                            + " pairs in reach score above %.3f, e-fold fewer per %.3f beyond -> %.2f chance partners per event at %.3f",
                    events, reach, 100 * tail.share(), scores.length, tail.start(), tail.scale(), links, chance);
        } else {
            chanceText = String.format(Locale.ROOT, "storyline chance: not measured (%.0f other events in reach of each, fewer than %d)", reach, MIN_REACH);
        }
        String reason = String.format(Locale.ROOT, "%s; %s; prior %.3f (%s) -> storyline %.3f (%s)", eventReason, chanceText, prior, priorText,
                storyline, chance > prior ? "chance" : "prior");
        return new ThresholdCalibration.Thresholds(event, storyline, reason);
    }

    /** Where the tail starts, the share of pairs above it, and its exponential scale. */
    private record Tail(double start, double share, double scale) {}

    private Tail tail() {
        int k = scores.length;
        double from = Math.min(0.5, TAIL_PARTNERS / reach);
        double[] top = largest(scores, k - Math.max(0, (int) Math.ceil((1 - from) * k) - 1));
        double u = top[0];
        int above = 0;
        double excess = 0;
        for (int i = top.length - 1; i >= 0 && top[i] > u; i--) { above++; excess += top[i] - u; }
        return new Tail(u, (double) above / k, above == 0 ? 0 : excess / above);
    }

    /**
     * The {@code m} largest of {@code values} ({@code 1 <= m <= values.length}), ascending: the last
     * {@code m} of {@code values} sorted by {@link Arrays#sort(double[])}, found by selecting the
     * first of them instead of sorting all.
     */
    static double[] largest(double[] values, int m) {
        long[] keys = new long[values.length];
        for (int i = 0; i < keys.length; i++) keys[i] = key(values[i]);
        long first = Select.kth(keys, values.length - m);
        double[] top = new double[m];
        int n = 0;
        for (double v : values) if (key(v) > first) top[n++] = v;
        while (n < m) top[n++] = value(first); // the first of them and its equals
        Arrays.sort(top);
        return top;
    }

    /** A long that orders as {@link Double#compare} orders doubles (-0 before 0, every NaN last). */
    private static long key(double v) {
        long bits = Double.doubleToLongBits(v);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    private static double value(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
    }

    /**
     * The ordered pairs of events within reach of each other, numbered 0..total-1 event by event:
     * event e's block (ending before {@code end[e]}) holds its partners, the dated ones in its window
     * {@code lo..hi} of the events sorted by date (itself left out), then the undated ones. An undated
     * event's partners are all other events.
     */
    record Reach(long[] end, int[] byDate, int[] rank, int[] lo, int[] hi, int[] undated, long total, int shift, int[] bucket) {
        static Reach of(long[] dates, long reachSeconds) {
            int n = dates.length;
            int[] undated = java.util.stream.IntStream.range(0, n).filter(e -> dates[e] == Long.MIN_VALUE).toArray();
            // the undated (Long.MIN_VALUE) come first in date order
            int[] byDate = Arrays.copyOfRange(AscendingOrder.of(dates), undated.length, n);
            int[] rank = new int[n], lo = new int[n], hi = new int[n];
            Arrays.fill(lo, -1);
            int l = 0, h = 0;
            for (int r = 0; r < byDate.length; r++) { // the window [date - reach, date + reach] slides with the date
                long d = dates[byDate[r]];
                while (dates[byDate[l]] < d - reachSeconds) l++;
                while (h < byDate.length && dates[byDate[h]] <= d + reachSeconds) h++;
                rank[byDate[r]] = r;
                lo[byDate[r]] = l;
                hi[byDate[r]] = h;
            }
            long[] end = new long[n];
            long total = 0;
            for (int e = 0; e < n; e++) {
                total += lo[e] < 0 ? n - 1 : (hi[e] - lo[e] - 1) + undated.length;
                end[e] = total;
            }
            // pair numbers in buckets of 2^shift, at most about as many buckets as events, each with the event of its
            // first number: an event is then searched for between its bucket's and the next one's
            int shift = 0;
            while (total > 0 && (total - 1) >>> shift >= Math.max(1, n)) shift++;
            int[] bucket = new int[total == 0 ? 1 : (int) ((total - 1) >>> shift) + 2];
            int a = 0;
            for (int b = 0; b < bucket.length - 1; b++) {
                while (end[a] <= (long) b << shift) a++;
                bucket[b] = a;
            }
            bucket[bucket.length - 1] = Math.max(0, n - 1);
            return new Reach(end, byDate, rank, lo, hi, undated, total, shift, bucket);
        }

        /** The event whose block holds {@code pair} ({@code 0 <= pair < total}): the first whose block ends after it. */
        int eventOf(long pair) {
            int b = (int) (pair >>> shift);
            int a = bucket[b], z = bucket[b + 1]; // the event is one of a..z
            while (a < z) {
                int m = (a + z) >>> 1;
                if (end[m] > pair) z = m;
                else a = m + 1;
            }
            return a;
        }

        /** The partner of event {@code a} in pair number {@code pair} (which is in a's block). */
        int partner(int a, long pair) {
            int j = (int) (pair - (a == 0 ? 0 : end[a - 1]));
            if (lo[a] < 0) return j < a ? j : j + 1;
            int window = hi[a] - lo[a] - 1;
            if (j >= window) return undated[j - window];
            int r = lo[a] + j;
            return byDate[r < rank[a] ? r : r + 1];
        }
    }

    /** A fixed 64-bit mixer (SplitMix64's finalizer), so the pairs are the same on every run. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
