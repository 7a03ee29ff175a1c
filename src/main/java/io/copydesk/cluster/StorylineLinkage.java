package io.copydesk.cluster;

import io.copydesk.internal.Parallel;
import io.copydesk.tfidf.EachSearch;
import io.copydesk.tfidf.HeldVector;
import io.copydesk.tfidf.InvertedIndex;
import io.copydesk.tfidf.TermVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Links events into storylines. Each event is one node (the centroid of its articles, dated by
 * their mean date); an event's nearest events by centroid cosine × a long time weight (shortlisted
 * through an inverted index over the centroids' heaviest terms, so never all pairs) are its candidates, and average linkage over
 * the articles' own vectors merges events while the mean similarity of all their article pairs,
 * times the time weight of their mean dates, reaches the threshold. Because the mean runs over every
 * pair of articles, one bridge article shared vocabulary with two threads cannot chain them; because
 * linkage starts from the events and only merges, every event lands in exactly one storyline.
 * TF-IDF weights make the link rest on shared distinctive terms (names, places, rare words), and
 * undated events are linked by text alone. Two events of one kind (two fires, two summits) share
 * the words of their kind, which a small collection's idf cannot tell from names: so two
 * storylines merge only when they share {@link #SHARED_NAMES} names as well ({@link SharedNames}).
 * The events' centroids ({@link #events}), the search
 * ({@link #candidates}) and the linkage ({@link #link}) are three calls, so a caller can show them
 * as stages.
 */
public final class StorylineLinkage {
    private static final int CHUNK = 256;
    /**
     * Candidates are shortlisted on each centroid's heaviest terms: the distinctive ones a storyline
     * rests on (at least {@code HEAD_TERMS}, and as many as hold {@code HEAD_MASS} of the squared
     * weight: more where no term stands out, as in small collections whose idf says little). Searched
     * with all of them, a centroid's hundreds of common words keep the search's bound above the
     * threshold and every search scores nearly every event (quadratic: 148 events/s on 200k generated
     * articles). The shortlist holds twice the neighbours scoring at least a tenth of the threshold on
     * those terms; its members are then scored on the full centroids.
     */
    static final int HEAD_TERMS = 32;
    static final double HEAD_MASS = 0.8;
    static final int HEAD_SHORTLIST = 2;
    static final double HEAD_FLOOR = 0.1;
    /** Names two storylines must share to merge, where the collection tells names from other words. */
    public static final int SHARED_NAMES = 2;

    private StorylineLinkage() {}

    /**
     * The events as nodes, and an index of their centroids' heaviest terms to search.
     */
    public static final class Events {
        private final List<TermVector> centroids;
        private final double[] lengths;
        private final long[] dates;
        private final List<TermVector> heads;
        private final InvertedIndex index;
        // each event's items summed, where linkage starts from (it merges them: link once)
        private final CentroidAverageLinkage.Cluster[] sums;
        private final int items;
        private boolean linked; // linking merges the sums in place: a second linkage would start from merged ones

        /**
         * @param centroids the L2-normalized centroid of each event's item vectors
         * @param lengths   the length of each event's mean vector: the mean similarity over the item pairs of two
         *                  events is their centroid cosine times both lengths
         * @param dates     the mean date of each event's items ({@code Long.MIN_VALUE}: none dated)
         */
        private Events(List<TermVector> centroids, double[] lengths, long[] dates, List<TermVector> heads, InvertedIndex index,
                       CentroidAverageLinkage.Cluster[] sums, int items) {
            this.centroids = centroids;
            this.lengths = lengths;
            this.dates = dates;
            this.heads = heads;
            this.index = index;
            this.sums = sums;
            this.items = items;
        }

        /** The centroid of event {@code e} (tests compare it with the centroid of its items). */
        TermVector centroid(int e) {
            return centroids.get(e);
        }

        /**
         * Scores of random pairs of events within reach: what unrelated events reach by chance
         * ({@link StorylineChance}); {@code planned} is told how many pairs will be scored (if any).
         */
        public StorylineChance chance(GapWeight time, long reach, int threads, LongConsumer planned, LongConsumer sampled) {
            return StorylineChance.sample(centroids, lengths, dates, time, reach, threads, planned, sampled);
        }
    }

    /** Steps {@link #events} reports for {@code events} events: one per centroid, then the steps of its index. */
    public static long eventSteps(int events) {
        return events + InvertedIndex.buildSteps(events);
    }

    /**
     * @param vectors L2-normalized vectors of the items (articles or duplicate groups)
     * @param dates   epoch seconds per item, {@code Long.MIN_VALUE} when unknown
     * @param event   the event of each item, 0..events-1, every event non-empty
     * @param terms   term ids of the vectors are below this
     * @param steps   told of {@link #eventSteps} steps as they are done: each centroid made, then the index built
     */
    public static Events events(List<TermVector> vectors, long[] dates, int[] event, int terms, int threads, LongConsumer steps) {
        return events(vectors, dates, event, terms, threads, steps, HEAD_TERMS);
    }

    /** As above, indexing {@code headTerms} terms of each centroid (tests compare with all terms). */
    static Events events(List<TermVector> vectors, long[] dates, int[] event, int terms, int threads, LongConsumer steps, int headTerms) {
        int events = 0;
        for (int e : event) events = Math.max(events, e + 1);
        List<List<TermVector>> members = new ArrayList<>(events);
        for (int e = 0; e < events; e++) members.add(new ArrayList<>());
        double[] dateSum = new double[events];
        int[] dated = new int[events];
        for (int i = 0; i < event.length; i++) {
            members.get(event[i]).add(vectors.get(i));
            if (dates[i] != Long.MIN_VALUE) { dateSum[event[i]] += dates[i]; dated[event[i]]++; }
        }
        // the items' sums by event, which the linkage starts from, give the centroids too: TermVector.centroid
        // of the same items adds the same weights in the same (item) order, so it would give the same bits
        CentroidAverageLinkage.Cluster[] sums = CentroidAverageLinkage.groups(vectors, dates, event, events, threads);
        TermVector[] centroids = new TermVector[events], heads = new TermVector[events];
        double[] lengths = new double[events];
        long[] eventDates = new long[events];
        int n = events, chunks = (events + CHUNK - 1) / CHUNK;
        ThreadLocal<HeldVector> helds = HeldVector.perThread();
        Parallel.map(threads, chunks, c -> {
            HeldVector held = helds.get();
            int end = Math.min(n, (c + 1) * CHUNK);
            for (int e = c * CHUNK; e < end; e++) {
                List<TermVector> m = members.get(e);
                TermVector centroid = m.size() == 1 ? m.getFirst() : TermVector.normalizedSums(sums[e].terms(), sums[e].weights());
                centroids[e] = centroid;
                lengths[e] = length(held, centroid, m);
                eventDates[e] = dated[e] == 0 ? Long.MIN_VALUE : Math.round(dateSum[e] / dated[e]);
                heads[e] = centroid.heaviest(headTerms, HEAD_MASS);
            }
            steps.accept(end - c * CHUNK);
            return null;
        });
        return new Events(Arrays.asList(centroids), lengths, eventDates, Arrays.asList(heads), InvertedIndex.build(Arrays.asList(heads), terms, eventDates, threads, steps),
                sums, event.length);
    }

    /** The length of the mean of {@code members}, whose normalized sum is {@code centroid}: (centroid . their sum) / members. */
    private static double length(HeldVector held, TermVector centroid, List<TermVector> members) {
        double along = 0;
        held.hold(centroid);
        for (TermVector v : members) along += held.dot(v);
        return along / members.size();
    }

    /**
     * Each event's candidate events: its nearest by centroid cosine × time weight, shortlisted on the
     * centroids' heaviest terms.
     *
     * @param time       weight of a gap between two dates (seconds), 1 for no gap
     * @param reach      gaps (seconds) beyond which {@code time} is 0
     * @param neighbours candidate events per event
     * @param searched   told of each event searched (any thread)
     * @return the candidate graph over the events, for {@link #link}
     */
    public static SimilarityGraph candidates(Events events, GapWeight time, long reach, double threshold, int neighbours, int threads,
                                             LongConsumer searched) {
        int n = events.centroids.size();
        // the mean over article pairs is at most the centroid cosine, so a candidate needs at least the threshold,
        // and its time weight alone must reach it: events further apart than that are not searched
        double floor = threshold;
        long near = reachOf(time, reach, floor);
        int chunks = (n + CHUNK - 1) / CHUNK;
        ThreadLocal<GapWeight> remembered = ThreadLocal.withInitial(() -> new RememberedGaps(time)); // each thread's weights by gap
        int[][] joined = joinedShortlists(events, remembered, near, floor, neighbours, threads, searched);
        int[][] shortlists = joined != null ? joined : searchedShortlists(events, remembered, near, floor, neighbours, threads, searched);
        // the shortlists' full centroid dots, each pair once: then each event's best of its shortlist
        ShortlistDots dots = ShortlistDots.of(events.centroids, shortlists, threads);
        ThreadLocal<HeldVector> helds = HeldVector.perThread();
        List<long[]> parts = Parallel.map(threads, chunks, c -> {
            HeldVector held = helds.get();
            GapWeight weight = remembered.get();
            io.copydesk.internal.LongList out = new io.copydesk.internal.LongList();
            for (int e = c * CHUNK; e < Math.min(n, (c + 1) * CHUNK); e++) {
                for (int other : best(events, held, e, shortlists[e], dots, weight, floor, neighbours)) out.add(((long) e << 32) | other);
            }
            return out.toArray();
        });
        SimilarityGraph graph = new SimilarityGraph(n);
        for (long[] part : parts) {
            for (long p : part) graph.add((int) (p >>> 32), (int) p, 1);
        }
        return graph.freeze();
    }

    /**
     * Each event's shortlist from its own search ({@link #shortlist}), told to {@code searched} event by event.
     * {@code remembered}: each thread's weights by gap.
     */
    static int[][] searchedShortlists(Events events, ThreadLocal<GapWeight> remembered, long near, double floor, int neighbours, int threads,
                                      LongConsumer searched) {
        int n = events.centroids.size(), chunks = (n + CHUNK - 1) / CHUNK;
        int[][] shortlists = new int[n][];
        ThreadLocal<InvertedIndex.Searcher> searchers = ThreadLocal.withInitial(events.index::searcher);
        Parallel.map(threads, chunks, c -> {
            InvertedIndex.Searcher s = searchers.get();
            GapWeight weight = remembered.get();
            for (int e = c * CHUNK; e < Math.min(n, (c + 1) * CHUNK); e++) {
                shortlists[e] = shortlist(events, s, e, weight, near, floor, neighbours).docs();
                searched.accept(1); // each search takes about a millisecond: told one by one, not by the chunk
            }
            return null;
        });
        return shortlists;
    }

    /**
     * The shortlists {@link #searchedShortlists} finds, every event's at once where that pays ({@link EachSearch}: the
     * searches' floor, a tenth of the threshold, leaves them walking most of their postings, and a pair's postings are
     * walked once for both its events; 15,545 events of reuters21578: 0.34 -> 0.23 s), else null.
     */
    static int[][] joinedShortlists(Events events, ThreadLocal<GapWeight> remembered, long near, double floor, int neighbours, int threads,
                                    LongConsumer searched) {
        EachSearch.Dated dated = new EachSearch.Dated() { // the weight the same both ways, the window near seconds wide
            @Override public double weight(long a, long b) { return StorylineLinkage.weight(remembered.get(), a, b); }
            @Override public long reach(long date) { return date + near; }
            @Override public InvertedIndex.Hits search(InvertedIndex.Searcher searcher, int doc, int k) {
                return shortlist(events, searcher, doc, remembered.get(), near, floor, neighbours);
            }
        };
        EachSearch join = events.index.eachSearch(HEAD_SHORTLIST * neighbours, floor * HEAD_FLOOR, dated);
        InvertedIndex.Hits[] each = join == null ? null : join.run(threads, searched);
        if (each == null) return null;
        int[][] shortlists = new int[each.length][];
        for (int e = 0; e < each.length; e++) shortlists[e] = each[e].docs();
        return shortlists;
    }

    // An event's work is a method of its own here and in events: the JIT compiles a method after a few hundred
    // calls, but a chunk's loop (a few dozen calls of 256 turns) would run interpreted to its end.

    /** Event {@code e}'s shortlist: the events sharing its head terms within {@code near} seconds, best first. */
    private static InvertedIndex.Hits shortlist(Events events, InvertedIndex.Searcher s, int e, GapWeight time, long near, double floor,
                                                int neighbours) {
        long d = events.dates[e];
        InvertedIndex.DocWeight w = weight(events, time, e);
        return d == Long.MIN_VALUE
                ? s.search(events.heads.get(e), HEAD_SHORTLIST * neighbours, floor * HEAD_FLOOR, w, e)
                : s.search(events.heads.get(e), HEAD_SHORTLIST * neighbours, floor * HEAD_FLOOR, w, e, d - near, d + near);
    }

    /** The time weight of the events searched from event {@code e} (none when it is undated). */
    private static InvertedIndex.DocWeight weight(Events events, GapWeight time, int e) {
        long d = events.dates[e];
        return d == Long.MIN_VALUE ? InvertedIndex.DocWeight.NONE : new ByDate(events.dates, time, d);
    }

    /**
     * The time weight of the events searched from one event dated {@code date}, by the other's date: the
     * index of the heads was built with {@code dates}, so the search reads them from its own copy next to
     * the postings, and the last weight is kept, as the events come in date order and many share a date
     * (each a day's single article, dated without a time).
     */
    static final class ByDate implements InvertedIndex.DateWeight {
        private final long[] dates;
        private final GapWeight time;
        private final long date;
        private long lastDate;
        private double last = Double.NaN; // NaN: none yet

        ByDate(long[] dates, GapWeight time, long date) {
            this.dates = dates;
            this.time = time;
            this.date = date;
        }

        @Override public long[] dates() {
            return dates;
        }

        @Override public double weightOfDate(long other) {
            if (other != lastDate || Double.isNaN(last)) { lastDate = other; last = StorylineLinkage.weight(time, date, other); }
            return last;
        }
    }

    /**
     * The distance between two event dates (seconds) beyond which their time weight is below
     * {@code min} ({@code reach} at most): the weight falls with the gap, so the last gap that still
     * reaches it is found by bisection.
     */
    static long reachOf(GapWeight time, long reach, double min) {
        if (time.of(reach) >= min) return reach;
        long lo = 0, hi = reach; // time.of(hi) < min throughout
        if (time.of(0) < min) return 86_400;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (time.of(mid) >= min) lo = mid;
            else hi = mid;
        }
        return Math.min(reach, hi + 86_400); // weight() measures the gap a day short of the distance
    }

    /**
     * Storylines from the events' {@link #candidates}: average linkage over the articles' own
     * vectors, starting from the events (their items summed when they were made: link each
     * {@code events} once: a second call throws {@link IllegalStateException}), merging candidates while the mean similarity of all their article pairs,
     * times the time weight of their mean dates, reaches the threshold, and they share the {@code names} asked for.
     *
     * @param progress one step per item (grouped into its event) and two per candidate edge, known before;
     *                 each pair of clusters compared again after a merge is found and done as one more
     * @return the storyline of each event, numbered by first appearance
     */
    public static int[] link(Events events, SimilarityGraph candidates, GapWeight time, double threshold, SharedNames names,
                             LinkageProgress progress) {
        if (events.linked) throw new IllegalStateException("these events were linked already; make them again to link again");
        events.linked = true;
        return CentroidAverageLinkage.clusterGroups(events.sums, events.items, candidates, time, threshold, names, progress);
    }

    /**
     * The {@code k} events of event {@code e}'s {@code shortlist} whose full centroid score reaches the floor, best
     * first (ties: smaller id): the dots {@code dots} took, the others with {@code e}'s centroid held in {@code held}.
     */
    private static int[] best(Events events, HeldVector held, int e, int[] shortlist, ShortlistDots dots, GapWeight time, double floor,
                              int k) {
        List<TermVector> centroids = events.centroids;
        InvertedIndex.DocWeight weight = weight(events, time, e);
        int m = shortlist.length, from = dots.start()[e];
        double[] score = new double[m];
        int[] order = new int[m];
        int kept = 0;
        for (int h = 0; h < m; h++) {
            int other = shortlist[h];
            double dot = ShortlistDots.taken(centroids, e, other) ? dots.dots()[from + h] : held.hold(centroids.get(e)).dot(centroids.get(other));
            score[h] = dot * weight.weight(other);
            if (score[h] >= floor) order[kept++] = h;
        }
        bestFirst(order, kept, score, shortlist);
        int[] out = new int[Math.min(k, kept)];
        for (int i = 0; i < out.length; i++) out[i] = shortlist[order[i]];
        return out;
    }

    /**
     * Sorts {@code order[0, n)} (positions into {@code score} and {@code docs}) by decreasing score,
     * ties by smaller doc. An insertion sort: a shortlist holds a few dozen events (HEAD_SHORTLIST x neighbours).
     */
    static void bestFirst(int[] order, int n, double[] score, int[] docs) {
        for (int i = 1; i < n; i++) {
            int x = order[i], j = i - 1;
            for (; j >= 0; j--) {
                int y = order[j];
                int c = score[x] != score[y] ? Double.compare(score[y], score[x]) : Integer.compare(docs[x], docs[y]);
                if (c >= 0) break;
                order[j + 1] = y;
            }
            order[j + 1] = x;
        }
    }

    /** The storyline time weight of two event dates (1 when either is unknown). */
    static double weight(GapWeight time, long a, long b) {
        if (a == Long.MIN_VALUE || b == Long.MIN_VALUE) return 1;
        return time.of(Math.max(0, Math.abs(a - b) - 86_400));
    }
}
