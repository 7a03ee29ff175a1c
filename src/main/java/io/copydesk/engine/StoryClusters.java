package io.copydesk.engine;

import io.copydesk.cluster.CentroidAverageLinkage;
import io.copydesk.cluster.DenseAverageLinkage;
import io.copydesk.cluster.LinkageProgress;
import io.copydesk.cluster.NeighbourSmoothing;
import io.copydesk.cluster.SharedNames;
import io.copydesk.cluster.SimilarityGraph;
import io.copydesk.cluster.StorylineChance;
import io.copydesk.cluster.StorylineLinkage;
import io.copydesk.cluster.ThresholdCalibration;
import io.copydesk.internal.AscendingOrder;
import io.copydesk.internal.HeapCompaction;
import io.copydesk.internal.Parallel;
import io.copydesk.internal.UnionFind;
import io.copydesk.tfidf.EachSearch;
import io.copydesk.tfidf.HeldVector;
import io.copydesk.tfidf.InvertedIndex;
import io.copydesk.tfidf.PairwiseDots;
import io.copydesk.tfidf.TermVector;
import io.copydesk.tfidf.TfIdfModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Story clusters at two levels: every article in exactly one event, every event in exactly one
 * storyline ({@link StorylineLinkage}). Thresholds not given are chosen from the collection's own
 * similarities ({@link ThresholdCalibration}).
 *
 * <p>Events: Duplicate groups are merged first (each
 * group is one unit, represented by its canonical copy); then each unit's nearest neighbours by
 * TF-IDF cosine × time weight (through the inverted index, never all pairs) form a sparse
 * similarity graph, and average linkage grows stories on it: two stories merge only while the
 * mean score over all their pairs reaches the threshold, so one bridge article cannot chain two
 * events together, and two events of the same kind months apart are kept apart by the time decay.
 * Components of the graph small enough are clustered exactly with average linkage over all pairs.
 */
public final class StoryClusters {
    private static final int CHUNK = 256;
    // dense components from this many units get their own inverted lists (PairwiseDots): fewer units' pairs
    // cost less than the lists' set-up over the whole vocabulary
    static final int PAIRWISE_DOTS_FROM = 128;
    /** Edges below this share of the threshold are left out of the graph. */
    static final double EDGE_FLOOR = 0.5;

    private final ClusterConfig config;

    public StoryClusters(ClusterConfig config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    public ClusterResult cluster(Corpus corpus, Progress progress) {
        return cluster(RelatedStories.build(corpus, config.related(), progress), progress);
    }

    public ClusterResult cluster(RelatedStories rs, Progress progress) {
        int n = rs.articles().size();
        // counted: articles placed in units (a duplicate group is one), then the units' index (its steps known once
        // the units are: a stage "indexing" here would add up, in --timings, with related's index of every article)
        progress.start("units", n);
        DedupResult dedup = rs.dedup();
        // units: one per duplicate group (its canonical copy stands for it), one per other article
        int[] unitOf = new int[n];
        Arrays.fill(unitOf, -1);
        List<Integer> reps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i % CHUNK == 0) progress.advance(Math.min(CHUNK, n - i));
            if (unitOf[i] >= 0) continue;
            int g = rs.groupOf(i);
            if (g < 0) {
                unitOf[i] = reps.size();
                reps.add(i);
            } else {
                DuplicateGroup group = dedup.groups().get(g);
                for (DuplicateGroup.Member m : group.members()) unitOf[m.index()] = reps.size();
                reps.add(group.canonical());
            }
        }
        int u = reps.size();
        progress.extend(InvertedIndex.buildSteps(u));
        List<TermVector> vectors = new ArrayList<>(u);
        long[] dates = new long[u];
        for (int k = 0; k < u; k++) {
            vectors.add(rs.vector(reps.get(k)));
            dates[k] = rs.date(reps.get(k));
        }
        InvertedIndex index = InvertedIndex.build(vectors, rs.model().size(), rs.config().time().enabled() ? dates : null, rs.config().threads(),
                progress::advance);
        progress.finish();
        SimilaritySample sample = sample(rs, index, vectors, dates, progress);
        ThresholdCalibration.Thresholds thresholds = thresholds(sample, vectors.size());
        // units in date order, for the searches below: their time windows then only move forward,
        // which makes each term's window bounds cheap to find (the results do not depend on the order)
        int[] dateOrder = AscendingOrder.of(dates);
        // events are linked on smoothed vectors; labels, canonical copies and storylines use the units' own
        List<TermVector> linked = vectors;
        if (config.smoothing() > 0) {
            // the sampled units' neighbours at the event level were searched for the calibration already
            InvertedIndex.Hits[] known = sample != null && sample.level() == thresholds.event() ? sample.neighbours() : new InvertedIndex.Hits[u];
            linked = smoothed(rs, index, vectors, dates, dateOrder, thresholds.event(), known, progress);
            index = null; // not needed again: freed before the smoothed vectors' index is built (memory at scale)
            index = InvertedIndex.build(linked, rs.model().size(), rs.config().time().enabled() ? dates : null, rs.config().threads(),
                    progress::advance);
            progress.finish();
            thresholds = new ThresholdCalibration.Thresholds(thresholds.event(), thresholds.storyline(), thresholds.reason()
                    + String.format(Locale.ROOT, "; events linked on vectors smoothed towards up to %d neighbours each (weight %.2f)",
                    NeighbourSmoothing.NEIGHBOURS, config.smoothing()));
        }
        SimilarityGraph graph = graph(rs, index, linked, dates, dateOrder, thresholds.event(), progress);
        index = null; // the linkage and the storylines need the graph and the vectors only
        HeapCompaction.transientDataDied(); // the indexes and the searches' hits
        // counted in units twice: placed (one connected component at a time), then gathered into their
        // event; the linkage of each component adds its steps to the total (see partition)
        progress.start("linking", 2L * u);
        int[] label = partition(rs, graph, linked, dates, thresholds.event(), progress);
        int edges = graph.edges();
        graph = null; // the graph, the smoothed vectors and the linkage's structures die here
        linked = null;
        List<StoryCluster> events = assemble(rs, reps, unitOf, label, vectors, progress);
        progress.finish();
        HeapCompaction.transientDataDied();
        // units reweighted for storylines, then each event's centroid, then the index of the centroids
        progress.start("centroids", u + StorylineLinkage.eventSteps(events.size()));
        int[] eventOfUnit = new int[u];
        for (int e = 0; e < events.size(); e++) for (int m : events.get(e).members()) eventOfUnit[unitOf[m]] = e;
        List<TermVector> distinct = DistinctiveVectors.of(rs.model(), vectors, n, rs.config().threads(), progress::advance);
        StorylineLinkage.Events nodes = StorylineLinkage.events(distinct, dates, eventOfUnit, rs.model().size(), rs.config().threads(), progress::advance);
        progress.finish();
        if (Double.isNaN(config.storylineThreshold())) thresholds = storylineChance(nodes, thresholds, rs.config().threads(), progress);
        progress.start("storylines", events.size()); // events searched for storyline candidates
        TimeDecay window = config.storylineWindow();
        SimilarityGraph candidates = StorylineLinkage.candidates(nodes, window::weightOfGap, window.reachSeconds(), thresholds.storyline(),
                config.neighbours(), rs.config().threads(), progress::advance);
        progress.finish();
        // counted in units grouped into their event, candidate edges (linked, scored) and pairs compared again
        // (found as events merge), then events gathered into their storyline
        progress.start("merging", u + 2L * candidates.edges() + events.size());
        int[] storylineOf = StorylineLinkage.link(nodes, candidates, window::weightOfGap, thresholds.storyline(), sharedNames(rs.model()),
                linkage(progress));
        List<Storyline> storylines = StorylineAssembly.storylines(rs.model(), events, storylineOf, unitOf, vectors, progress);
        progress.finish();
        return new ClusterResult(rs.articles(), events, storylines, StorylineAssembly.renumber(storylines, events.size()), dedup, thresholds, edges);
    }

    /** The names two storylines must share: {@link StorylineLinkage#SHARED_NAMES}, where the collection tells names apart. */
    static SharedNames sharedNames(TfIdfModel model) {
        return model.knowsNames() ? new SharedNames(StorylineLinkage.SHARED_NAMES, model::isName) : SharedNames.NONE;
    }

    /** The stage's progress as a linkage reports it: pairs compared again after a merge extend its total. */
    private static LinkageProgress linkage(Progress progress) {
        return new LinkageProgress() {
            @Override public void found(long n) { progress.extend(n); }
            @Override public void done(long n) { progress.advance(n); }
        };
    }

    /**
     * The collection's similarities sampled for the thresholds not asked for (null when both are
     * given, or the event threshold: nothing to calibrate), with each sampled unit's best neighbours
     * for smoothing (or only the best when nothing is smoothed).
     */
    private SimilaritySample sample(RelatedStories rs, InvertedIndex index, List<TermVector> vectors, long[] dates, Progress progress) {
        if (!Double.isNaN(config.eventThreshold())) return null;
        int k = config.smoothing() > 0 ? NeighbourSmoothing.NEIGHBOURS : 1;
        return SimilaritySample.of(rs, index, vectors, dates, k, ThresholdCalibration.DEFAULT_QUANTILE, config.smoothing() > 0, progress);
    }

    /**
     * The event threshold asked for or calibrated on the {@code sample} of the collection's
     * {@code units}; the storyline threshold asked for, or for now its prior, a share of the event
     * threshold (its chance level needs the events: {@link #storylineChance}).
     */
    private ThresholdCalibration.Thresholds thresholds(SimilaritySample sample, int units) {
        double event = config.eventThreshold(), storyline = config.storylineThreshold();
        if (!Double.isNaN(event) && !Double.isNaN(storyline)) return new ThresholdCalibration.Thresholds(event, storyline, "both set");
        if (!Double.isNaN(event)) return new ThresholdCalibration.Thresholds(event, ThresholdCalibration.storylinePrior(event), "event set");
        ThresholdCalibration.Thresholds auto = ThresholdCalibration.choose(sample.background(), sample.nearest(), sample.medianTerms(), units,
                ThresholdCalibration.DEFAULT_QUANTILE, ThresholdCalibration.DEFAULT_STORYLINE_SHARE);
        return Double.isNaN(storyline) ? auto : new ThresholdCalibration.Thresholds(auto.event(), storyline, "storyline set; " + auto.reason());
    }

    /**
     * The storyline threshold from the chance level of random pairs of events within the storyline
     * reach, in the stage {@code sampling} (counted in pairs scored; none when there are too few
     * events to measure with).
     */
    private ThresholdCalibration.Thresholds storylineChance(StorylineLinkage.Events nodes, ThresholdCalibration.Thresholds t, int threads,
                                                           Progress progress) {
        TimeDecay window = config.storylineWindow();
        boolean[] sampling = {false};
        StorylineChance chance = nodes.chance(window::weightOfGap, window.reachSeconds(), threads,
                pairs -> { progress.start("sampling", pairs); sampling[0] = true; }, progress::advance);
        if (sampling[0]) progress.finish();
        return chance.choose(t.event(), t.storyline(), String.format(Locale.ROOT, "%.2f x event", ThresholdCalibration.DEFAULT_STORYLINE_SHARE),
                StorylineChance.DEFAULT_CHANCE_LINKS, t.reason());
    }

    /**
     * Each unit's vector smoothed towards its best neighbours scoring at least the event threshold
     * ({@link NeighbourSmoothing}), in the counted stage {@code smoothing}: units searched (those
     * whose neighbours are {@code known} are not searched again), then the smoothed vectors' index
     * (the caller finishes the stage).
     */
    private List<TermVector> smoothed(RelatedStories rs, InvertedIndex index, List<TermVector> vectors, long[] dates, int[] order,
                                      double threshold, InvertedIndex.Hits[] known, Progress progress) {
        int u = vectors.size();
        ThreadLocal<InvertedIndex.Searcher> searchers = ThreadLocal.withInitial(index::searcher);
        progress.start("smoothing", u + InvertedIndex.buildSteps(u));
        int chunks = (u + CHUNK - 1) / CHUNK;
        TermVector[] out = new TermVector[u];
        // unless the calibration found them all: where searches walk most of their postings (in a collection with every
        // unit dated, or none), all at once (the same hits as those known)
        InvertedIndex.Hits[] each = Arrays.asList(known).contains(null) ? each(index, dates, NeighbourSmoothing.NEIGHBOURS, threshold, rs, progress) : null;
        ThreadLocal<HeldVector> helds = HeldVector.perThread();
        Parallel.map(rs.config().threads(), chunks, c -> {
            InvertedIndex.Searcher s = searchers.get();
            HeldVector held = helds.get();
            for (int i = c * CHUNK; i < Math.min(u, (c + 1) * CHUNK); i++) {
                int k = order[i];
                out[k] = smoothed(rs, s, held, vectors, dates, k, threshold, each != null ? each[k] : known[k]);
                if (each == null) progress.advance(1);
            }
            return null;
        });
        return Arrays.asList(out);
    }

    // A unit's work is a method of its own here and in graph: the JIT compiles a method after a few hundred
    // calls, but a chunk's loop (a few dozen calls of a few hundred turns) would run interpreted to its end.

    /** Unit {@code k}'s smoothed vector, towards its {@code known} neighbours or, when null, those it searches. */
    private TermVector smoothed(RelatedStories rs, InvertedIndex.Searcher s, HeldVector held, List<TermVector> vectors, long[] dates, int k,
                                double threshold, InvertedIndex.Hits known) {
        InvertedIndex.Hits hits = known != null ? known : neighbours(rs, s, vectors, dates, k, threshold);
        List<TermVector> near = new ArrayList<>(hits.size());
        double[] scores = new double[hits.size()];
        for (int h = 0; h < hits.size(); h++) {
            near.add(vectors.get(hits.docs()[h]));
            scores[h] = exact(rs, held, vectors, dates, k, hits.docs()[h]);
        }
        return NeighbourSmoothing.smooth(vectors.get(k), near, scores, config.smoothing());
    }

    /** Unit {@code k}'s best neighbours for smoothing: those scoring at least the event threshold. */
    static InvertedIndex.Hits neighbours(RelatedStories rs, InvertedIndex.Searcher s, List<TermVector> vectors, long[] dates, int k,
                                         double threshold) {
        return rs.search(s, vectors.get(k), NeighbourSmoothing.NEIGHBOURS, threshold, dates[k], dates, k);
    }

    private SimilarityGraph graph(RelatedStories rs, InvertedIndex index, List<TermVector> vectors, long[] dates, int[] order,
                                  double threshold, Progress progress) {
        int u = vectors.size();
        ThreadLocal<InvertedIndex.Searcher> searchers = ThreadLocal.withInitial(index::searcher);
        double floor = threshold * EDGE_FLOOR;
        int chunks = (u + CHUNK - 1) / CHUNK;
        progress.start("neighbours", u);
        // where searches walk most of their postings (every unit dated, or none), all at once (null: one by one)
        InvertedIndex.Hits[] each = each(index, dates, config.neighbours(), floor, rs, progress);
        record Part(long[] pairs, long[] scores) {}
        ThreadLocal<HeldVector> helds = HeldVector.perThread();
        List<Part> parts = Parallel.map(rs.config().threads(), chunks, c -> {
            InvertedIndex.Searcher s = searchers.get();
            HeldVector held = helds.get();
            io.copydesk.internal.LongList out = new io.copydesk.internal.LongList();
            io.copydesk.internal.LongList scores = new io.copydesk.internal.LongList(); // their exact scores' bits
            for (int i = c * CHUNK; i < Math.min(u, (c + 1) * CHUNK); i++) {
                int k = order[i];
                if (each != null) edges(rs, held, vectors, dates, k, each[k], out, scores);
                else {
                    edges(rs, held, vectors, dates, k, rs.search(s, vectors.get(k), config.neighbours(), floor, dates[k], dates, k), out, scores);
                    progress.advance(1); // a search takes about a millisecond: told one by one, not by the chunk
                }
            }
            return new Part(out.toArray(), scores.toArray());
        });
        progress.finish();
        long edges = 0;
        for (Part part : parts) edges += part.pairs().length;
        progress.start("edges", edges);
        SimilarityGraph graph = new SimilarityGraph(u);
        for (Part part : parts) {
            long[] pairs = part.pairs();
            for (int e = 0; e < pairs.length; e++) graph.add((int) (pairs[e] >>> 32), (int) pairs[e], Double.longBitsToDouble(part.scores()[e]));
            progress.advance(pairs.length);
        }
        SimilarityGraph frozen = graph.freeze(); // under a second for 3.3 million edges (200k articles)
        progress.finish();
        return frozen;
    }

    /** Every unit's search at once, told to {@code progress} one unit at a time ({@link InvertedIndex#eachSearch}), or null. */
    private static InvertedIndex.Hits[] each(InvertedIndex index, long[] dates, int k, double minScore, RelatedStories rs, Progress progress) {
        EachSearch join = index.eachSearch(k, minScore, rs.dated(index, dates, minScore, false));
        return join == null ? null : join.run(rs.config().threads(), progress::advance);
    }

    /** Unit {@code k}'s edges to its best neighbours ({@code hits}): the pairs to {@code out}, their exact scores' bits to {@code scores}. */
    private static void edges(RelatedStories rs, HeldVector held, List<TermVector> vectors, long[] dates, int k, InvertedIndex.Hits hits,
                              io.copydesk.internal.LongList out, io.copydesk.internal.LongList scores) {
        for (int h = 0; h < hits.size(); h++) {
            out.add(((long) k << 32) | hits.docs()[h]);
            scores.add(Double.doubleToRawLongBits(exact(rs, held, vectors, dates, k, hits.docs()[h])));
        }
    }

    /**
     * The symmetric score of two units (the index's float sums depend on which one asked), with
     * {@code a}'s vector held in {@code held} (kept there for the next call with the same {@code a}).
     * Units further apart than the time decay's cutoff score 0 (the cosine, never negative, times a
     * weight of 0) without their cosine: a dense component that spans weeks has many such pairs.
     */
    static double exact(RelatedStories rs, HeldVector held, List<TermVector> vectors, long[] dates, int a, int b) {
        double weight = rs.weightOfDates(dates[a], dates[b]);
        return weight == 0 ? 0 : held.hold(vectors.get(a)).dot(vectors.get(b)) * weight;
    }

    /** A story label per unit: components of the graph, each split by average linkage. */
    private int[] partition(RelatedStories rs, SimilarityGraph graph, List<TermVector> vectors, long[] dates, double threshold,
                            Progress progress) {
        int u = graph.nodes();
        UnionFind components = new UnionFind(u);
        for (int e = 0; e < graph.edges(); e++) components.union(graph.a(e), graph.b(e));
        int[][] byComponent = groups(u, components);
        int[] localId = new int[u];
        int[] label = new int[u];
        int next = 0;
        List<int[]> large = new ArrayList<>();
        for (int[] members : byComponent) if (members.length > 1 && members.length > config.denseLimit()) large.add(members);
        int[] largeOf = new int[u];
        Arrays.fill(largeOf, -1);
        List<SimilarityGraph> subs = new ArrayList<>(large.size());
        for (int c = 0; c < large.size(); c++) {
            int[] members = large.get(c);
            for (int i = 0; i < members.length; i++) { localId[members[i]] = i; largeOf[members[i]] = c; }
            subs.add(new SimilarityGraph(members.length));
        }
        // more steps than the units: one per pair of units in a dense component (its similarity
        // computed), two per candidate edge of a large one (linked, scored; no repeats: the graph is frozen)
        long steps = 0;
        for (int e = 0; e < graph.edges(); e++) {
            int a = graph.a(e);
            if (largeOf[a] >= 0) { subs.get(largeOf[a]).add(localId[a], localId[graph.b(e)], graph.sim(e)); steps += 2; }
        }
        for (int[] members : byComponent) {
            if (members.length > 1 && members.length <= config.denseLimit()) steps += (long) members.length * (members.length - 1) / 2;
        }
        progress.extend(steps);
        // components are clustered on all threads, the largest first; their labels are then numbered in the
        // order of the components (singletons and dense ones, then the large ones), whatever the thread count
        List<int[]> clustered = new ArrayList<>();
        for (int[] members : byComponent) if (members.length > 1 && members.length <= config.denseLimit()) clustered.add(members);
        int dense = clustered.size();
        clustered.addAll(large);
        long[] bySize = new long[clustered.size()]; // larger first, then earlier
        for (int t = 0; t < bySize.length; t++) bySize[t] = Slices.largerFirst(clustered.get(t).length, t);
        Arrays.sort(bySize);
        ThreadLocal<HeldVector> helds = HeldVector.perThread();
        TimeDecay time = rs.config().time();
        int[][] local = new int[clustered.size()][];
        // the largest dense component asks for its similarities on every thread (whole columns each), and the
        // largest large one scores its edges so, beside the other components' tasks: on a collection without
        // dates one dense component can hold most of the pairs, and 100k generated articles make one large
        // component of 62k units and a million edges
        int largestDense = largest(bySize, dense, true), largestLarge = largest(bySize, dense, false);
        Parallel.map(rs.config().threads(), bySize.length, k -> {
            int t = (int) bySize[k];
            int[] members = clustered.get(t);
            if (t < dense) {
                int threads = k == largestDense ? rs.config().threads() : 1;
                local[t] = DenseAverageLinkage.clusterByColumns(members.length, similarities(rs, vectors, dates, members, helds, progress),
                        threshold, threads);
            } else {
                SimilarityGraph sub = subs.get(t - dense);
                long[] subDates = new long[members.length];
                for (int i = 0; i < members.length; i++) subDates[i] = dates[members[i]];
                int threads = k == largestLarge ? rs.config().threads() : 1;
                local[t] = CentroidAverageLinkage.cluster(membersOf(vectors, members), sub, subDates, time::weightOfGap, threshold, threads,
                        linkage(progress));
            }
            progress.advance(members.length);
            return null;
        });
        int t = 0;
        for (int[] members : byComponent) {
            if (members.length == 1) { label[members[0]] = next++; progress.advance(1); continue; }
            if (members.length > config.denseLimit()) continue;
            next = place(members, local[t++], label, next);
        }
        for (int c = 0; c < large.size(); c++) next = place(large.get(c), local[t++], label, next);
        return label;
    }

    /**
     * The similarities of a dense component's units (their {@link #exact} scores, at least 0), a column at a
     * time, one progress step a pair. A large component's columns are summed over its own inverted lists
     * ({@link PairwiseDots}, the same bits): on 2,225 BBC articles (one component of 1,854 units) the dots of
     * every pair through a held vector read every term of the other vector, most of them not shared.
     */
    private static DenseAverageLinkage.Columns similarities(RelatedStories rs, List<TermVector> vectors, long[] dates, int[] members,
                                                            ThreadLocal<HeldVector> helds, Progress progress) {
        int n = members.length;
        PairwiseDots inverted = n >= PAIRWISE_DOTS_FROM ? PairwiseDots.of(membersOf(vectors, members)) : null;
        return (j, sims) -> {
            if (inverted != null) inverted.column(j, sims); // every later unit's dot with unit j, as a held vector gives it
            HeldVector h = inverted == null ? helds.get().hold(vectors.get(members[j])) : null; // j is held through its column
            long date = dates[members[j]];
            for (int i = j + 1; i < n; i++) {
                double weight = rs.weightOfDates(date, dates[members[i]]);
                // as exact(): units past the time decay's cutoff score 0 without their cosine
                sims[i] = weight == 0 ? 0 : Math.max(0, (h != null ? h.dot(vectors.get(members[i])) : sims[i]) * weight);
            }
            progress.advance(n - 1 - j);
        };
    }

    /** The vectors of {@code members}, in their order. */
    private static List<TermVector> membersOf(List<TermVector> vectors, int[] members) {
        List<TermVector> out = new ArrayList<>(members.length);
        for (int m : members) out.add(vectors.get(m));
        return out;
    }

    /**
     * The first position of {@code bySize} holding a dense component (its number, the low bits, below
     * {@code dense}) when {@code ofDense}, else a large one (number {@code dense} or more); -1 for none.
     */
    private static int largest(long[] bySize, int dense, boolean ofDense) {
        for (int k = 0; k < bySize.length; k++) if ((int) bySize[k] < dense == ofDense) return k;
        return -1;
    }

    /** Labels {@code next + local[i]} for the members of one component; returns the next free label. */
    private static int place(int[] members, int[] local, int[] label, int next) {
        int max = 0;
        for (int i = 0; i < members.length; i++) { label[members[i]] = next + local[i]; max = Math.max(max, local[i]); }
        return next + max + 1;
    }

    /** Items grouped by their union-find root, groups ordered by their smallest item. */
    private static int[][] groups(int n, UnionFind uf) {
        int[] count = new int[n];
        for (int i = 0; i < n; i++) count[uf.find(i)]++;
        int[][] byRoot = new int[n][];
        int[] fill = new int[n];
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = uf.find(i);
            if (byRoot[r] == null) { byRoot[r] = new int[count[r]]; out.add(byRoot[r]); }
            byRoot[r][fill[r]++] = i;
        }
        return out.toArray(int[][]::new);
    }

    /**
     * The events of the labels, largest first (ties: the smallest article first). Each label's units and
     * articles are slices of two arrays, and the order is one sort of (size, smallest article) keys: the
     * smallest article of a label is the first of its slice (a comparator that looked for it in the
     * members on every comparison was a tenth of the stage).
     */
    private List<StoryCluster> assemble(RelatedStories rs, List<Integer> reps, int[] unitOf, int[] label, List<TermVector> vectors,
                                        Progress progress) {
        int labels = 0;
        for (int l : label) labels = Math.max(labels, l + 1);
        Slices units = Slices.of(label, labels);
        int[] labelOfArticle = new int[unitOf.length];
        for (int i = 0; i < unitOf.length; i++) labelOfArticle[i] = label[unitOf[i]];
        Slices articles = Slices.of(labelOfArticle, labels);
        TfIdfModel model = rs.model();
        StoryCluster[] events = new StoryCluster[labels];
        int chunks = (labels + CHUNK - 1) / CHUNK, count = labels;
        ThreadLocal<HeldVector> helds = HeldVector.perThread();
        Parallel.map(rs.config().threads(), chunks, c -> {
            HeldVector held = helds.get();
            for (int l = c * CHUNK; l < Math.min(count, (c + 1) * CHUNK); l++) {
                events[l] = event(rs, model, reps, units, articles, l, vectors, held);
                progress.advance(units.size(l));
            }
            return null;
        });
        long[] keys = new long[labels];
        int made = 0;
        for (int l = 0; l < labels; l++) {
            if (events[l] != null) keys[made++] = Slices.largerFirst(events[l].size(), articles.items()[articles.start()[l]]);
        }
        Arrays.sort(keys, 0, made);
        List<StoryCluster> out = new ArrayList<>(made);
        for (int k = 0; k < made; k++) out.add(events[labelOfArticle[(int) keys[k]]]);
        return out;
    }

    /**
     * The event of label {@code l}: its units' centroid, the unit closest to it as canonical (the centroid
     * held in {@code held}), and its label words; null for no units.
     */
    private static StoryCluster event(RelatedStories rs, TfIdfModel model, List<Integer> reps, Slices units, Slices articles, int l,
                                      List<TermVector> vectors, HeldVector held) {
        int from = units.start()[l], to = units.start()[l + 1];
        if (from == to) return null;
        int[] unit = units.items();
        TermVector centroid = TermVector.centroid(vectors, unit, from, to);
        int best = unit[from];
        if (to - from > 1) { // one unit is its own closest
            held.hold(centroid);
            double bestSim = -1;
            for (int k = from; k < to; k++) {
                double s = held.dot(vectors.get(unit[k]));
                if (s > bestSim + 1e-12) { bestSim = s; best = unit[k]; }
            }
        }
        int canonical = reps.get(best);
        List<Integer> members = new ArrayList<>(articles.size(l));
        members.add(canonical);
        for (int a = articles.start()[l]; a < articles.start()[l + 1]; a++) if (articles.items()[a] != canonical) members.add(articles.items()[a]);
        List<List<Integer>> dups = new ArrayList<>();
        for (int k = from; k < to; k++) {
            int g = rs.groupOf(reps.get(unit[k]));
            if (g >= 0) dups.add(rs.dedup().groups().get(g).members().stream().map(DuplicateGroup.Member::index).toList());
        }
        return new StoryCluster(canonical, StoryLabel.of(model, centroid, 5), members, dups);
    }
}
