package io.copydesk.cluster;

import io.copydesk.internal.Parallel;
import io.copydesk.tfidf.TermVector;
import java.util.List;

/**
 * Exact average linkage (UPGMA) for cosine similarity on large sets, without a proximity matrix.
 * For normalized vectors the mean cosine over all pairs of clusters A and B is
 * {@code (Σ_A · Σ_B) / (|A| |B|)}, with Σ the sum of a cluster's vectors: keeping each cluster's sum
 * gives the true average over every pair, not only over the pairs a candidate graph holds. The
 * graph only says which clusters may merge (those joined by at least one candidate edge). Dates
 * enter as one time weight per pair of clusters, from the gap between their mean dates (a date
 * without time covering its day when every member is dated that way). Linking storylines, two
 * clusters may also have to share names ({@link SharedNames}).
 */
public final class CentroidAverageLinkage {
    private CentroidAverageLinkage() {}

    /**
     * Clusters items {@code 0..n-1}.
     *
     * @param vectors  L2-normalized vectors of the items
     * @param graph    candidate edges (only joined clusters are compared)
     * @param dates    epoch seconds per item, {@code Long.MIN_VALUE} when unknown
     * @param timeGapWeight weight of a gap in seconds (return 1 to ignore dates)
     * @param progress two steps per candidate edge (linked; scored, then merged or dropped); each pair
     *                 of clusters compared again after a merge is found and done as one more step
     * @return a cluster label per item, numbered by first appearance
     */
    public static int[] cluster(List<TermVector> vectors, SimilarityGraph graph, long[] dates, GapWeight timeGapWeight,
                                double threshold, LinkageProgress progress) {
        return cluster(vectors, graph, dates, timeGapWeight, threshold, 1, progress);
    }

    /**
     * As {@link #cluster(List, SimilarityGraph, long[], GapWeight, double, LinkageProgress)}, scoring the
     * candidate edges on {@code threads} threads before the merges (which take one): the same labels on any number.
     */
    public static int[] cluster(List<TermVector> vectors, SimilarityGraph graph, long[] dates, GapWeight timeGapWeight,
                                double threshold, int threads, LinkageProgress progress) {
        int n = graph.nodes();
        Cluster[] c = new Cluster[n];
        for (int i = 0; i < n; i++) c[i] = new Cluster(vectors.get(i), dates[i]);
        return merge(c, graph, timeGapWeight, threshold, threads, SharedNames.NONE, progress);
    }


    /**
     * Continues average linkage from a partition: items start in their {@code group} (0..groups-1),
     * the means still run over all pairs of items, and only groups joined in {@code groupGraph} are
     * compared. Used to grow storylines from events, so every event lands in exactly one storyline.
     *
     * @param threads  threads summing the groups' vectors (the result does not depend on them)
     * @param progress one step per item (grouped) and two per candidate edge (as in {@link #cluster}),
     *                 and one found and done per pair compared again after a merge
     * @return a label per group, numbered by first appearance
     */
    public static int[] clusterGroups(List<TermVector> vectors, long[] dates, int[] group, SimilarityGraph groupGraph,
                                      GapWeight timeGapWeight, double threshold, int threads, LinkageProgress progress) {
        return clusterGroups(groups(vectors, dates, group, groupGraph.nodes(), threads), group.length, groupGraph, timeGapWeight, threshold,
                SharedNames.NONE, progress);
    }

    /**
     * {@link #clusterGroups} from the groups' clusters made by {@link #groups} of {@code items} items (merged in place),
     * two clusters merging only when they share the {@code names} asked for.
     */
    static int[] clusterGroups(Cluster[] groups, int items, SimilarityGraph groupGraph, GapWeight timeGapWeight, double threshold,
                               SharedNames names, LinkageProgress progress) {
        progress.done(items);
        return merge(groups, groupGraph, timeGapWeight, threshold, 1, names, progress);
    }

    /** Groups summed by one task. */
    private static final int GROUP_CHUNK = 64;

    /**
     * The cluster of each group: its items' vectors summed term by term in a dense array, item after
     * item in item order, and their dates. The same additions in the same order as absorbing the items
     * one by one (so the same bits), without merging an ever longer sum with each item (an event of
     * thousands of articles has a sum of thousands of terms). Groups are summed in chunks on
     * {@code threads} threads, each group by one of them: the same sums on any number.
     */
    static Cluster[] groups(List<TermVector> vectors, long[] dates, int[] group, int groups, int threads) {
        int[] start = new int[groups + 1];
        for (int g : group) start[g + 1]++;
        for (int g = 0; g < groups; g++) start[g + 1] += start[g];
        for (int g = 0; g < groups; g++) if (start[g] == start[g + 1]) throw new IllegalArgumentException("group " + g + " has no items");
        int[] items = new int[group.length], fill = java.util.Arrays.copyOf(start, groups);
        for (int i = 0; i < group.length; i++) items[fill[group[i]]++] = i;
        Cluster[] c = new Cluster[groups];
        Parallel.map(threads, (groups + GROUP_CHUNK - 1) / GROUP_CHUNK, k -> {
            for (int g = k * GROUP_CHUNK; g < Math.min(groups, (k + 1) * GROUP_CHUNK); g++) c[g] = cluster(vectors, dates, items, start[g], start[g + 1]);
            return null;
        });
        return c;
    }

    /** The cluster of items {@code items[from, to)}: their vectors summed ({@link TermVector#summed}) and their dates. */
    private static Cluster cluster(List<TermVector> vectors, long[] dates, int[] items, int from, int to) {
        int dated = 0;
        double dateSum = 0;
        boolean allDays = true;
        for (int k = from; k < to; k++) {
            long date = dates[items[k]];
            if (date != Long.MIN_VALUE) {
                dateSum += date;
                dated++;
                allDays &= Math.floorMod(date, 86_400L) == 0;
            }
        }
        TermVector.Summed summed = TermVector.summed(vectors, items, from, to);
        return new Cluster(summed.terms(), summed.sums(), to - from, dateSum, dated, allDays);
    }

    private static int[] merge(Cluster[] c, SimilarityGraph graph, GapWeight timeGapWeight, double threshold, int threads,
                               SharedNames names, LinkageProgress progress) {
        graph.freeze();
        int n = graph.nodes();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        int[] degree = new int[n];
        for (int e = 0; e < graph.edges(); e++) { degree[graph.a(e)]++; degree[graph.b(e)]++; }
        for (int i = 0; i < n; i++) c[i].links.expect(degree[i]); // each table made at its size at once, not doubled a few times
        for (int e = 0; e < graph.edges(); e++) {
            c[graph.a(e)].links.add(graph.b(e));
            c[graph.b(e)].links.add(graph.a(e));
            progress.done(1); // seconds for millions of edges: counted too
        }
        MergeHeap heap = new MergeHeap();
        double[] means = means(c, graph, timeGapWeight, threads, names);
        for (int e = 0; e < graph.edges(); e++) {
            if (means[e] >= threshold) heap.add(means[e], graph.a(e), graph.b(e), 0, 0);
            else progress.done(1); // an edge in the heap is done when it leaves it
        }
        Spread spread = new Spread();
        while (!heap.isEmpty()) {
            heap.poll();
            progress.done(1);
            int ka = heap.a(), kb = heap.b();
            if (parent[ka] != ka || parent[kb] != kb || c[ka].version != heap.va() || c[kb].version != heap.vb()) continue;
            int keep = c[ka].links.size() >= c[kb].links.size() ? ka : kb;
            int gone = keep == ka ? kb : ka;
            Cluster ck = c[keep], cg = c[gone];
            ck.absorb(cg);
            ck.links.remove(gone);
            for (int x : cg.links.toArray()) {
                if (x == keep) continue;
                ck.links.add(x);
                c[x].links.remove(gone);
                c[x].links.add(keep);
            }
            c[gone] = null;
            parent[gone] = keep;
            ck.version++;
            int[] around = ck.links.sorted();
            spread.hold(ck);
            for (int x : around) {
                double mean = mean(ck, c[x], timeGapWeight, spread, names);
                if (mean >= threshold) {
                    int a = Math.min(keep, x), b = Math.max(keep, x);
                    heap.add(mean, a, b, c[a].version, c[b].version);
                    progress.found(1);
                }
            }
        }
        return ClusterLabels.of(parent);
    }

    /** Edges scored by one task: the means are the same bits whatever the split. */
    private static final int EDGE_CHUNK = 1 << 14;

    /**
     * The mean score of each edge's two clusters, on {@code threads} threads: a task holds an edge's
     * first cluster spread out and keeps it for the edges after (frozen edges come by their first item), where a
     * merge of two term lists per edge took 1.8 s, as long as the merges, on the 1 million edges of 100k
     * generated articles' one large component.
     */
    private static double[] means(Cluster[] c, SimilarityGraph graph, GapWeight timeGapWeight, int threads, SharedNames names) {
        double[] means = new double[graph.edges()];
        ThreadLocal<Spread> spreads = ThreadLocal.withInitial(Spread::new);
        Parallel.map(threads, (means.length + EDGE_CHUNK - 1) / EDGE_CHUNK, k -> {
            Spread spread = spreads.get();
            int held = -1;
            for (int e = k * EDGE_CHUNK; e < Math.min(means.length, (k + 1) * EDGE_CHUNK); e++) {
                int a = graph.a(e);
                if (a != held) { spread.hold(c[a]); held = a; }
                means[e] = mean(c[a], c[graph.b(e)], timeGapWeight, spread, names);
            }
            return null;
        });
        return means;
    }

    /** The mean score of all pairs of {@code a} and {@code b}, 0 when they do not share the {@code names} asked for; {@code spread} holds {@code a}. */
    private static double mean(Cluster a, Cluster b, GapWeight timeGapWeight, Spread spread, SharedNames names) {
        double tw = 1.0;
        if (a.dated > 0 && b.dated > 0) {
            double ma = a.dateSum / a.dated, mb = b.dateSum / b.dated;
            double early = Math.min(ma, mb), late = Math.max(ma, mb);
            boolean day = ma <= mb ? a.allDays : b.allDays;
            long gap = (long) Math.max(0, late - early - (day ? 86_400 : 0));
            tw = timeGapWeight.of(gap);
            if (tw == 0) return 0;
        }
        if (names.least() > 0 && spread.shared(b, names) < names.least()) return 0;
        return spread.dot(b) / ((double) a.size * b.size) * tw;
    }

    /**
     * A cluster's sum spread over an array by term, to score it against each of its neighbours
     * reading only the neighbour's terms (a large cluster's sum has thousands): the products of the
     * shared terms' weights added in ascending term order, as a merge of the two term lists adds them.
     */
    private static final class Spread {
        private double[] dense = new double[1024];
        private int[] heldTerms = new int[0]; // the terms to clear before the next: the held sum's, or its one vector's
        private TermVector heldVector;

        void hold(Cluster x) {
            if (heldVector != null) for (int i = 0; i < heldVector.size(); i++) dense[heldVector.term(i)] = 0;
            else for (int t : heldTerms) dense[t] = 0;
            TermVector v = x.single;
            int n = v != null ? v.size() : x.terms.length;
            int last = n == 0 ? -1 : v != null ? v.term(n - 1) : x.terms[n - 1];
            if (last >= dense.length) dense = new double[Math.max(last + 1, dense.length * 2)];
            if (v != null) for (int i = 0; i < n; i++) dense[v.term(i)] = v.weight(i);
            else for (int i = 0; i < n; i++) dense[x.terms[i]] = x.weights[i];
            heldVector = v;
            heldTerms = v != null ? null : x.terms;
        }

        /** The terms of {@code y} that the cluster held has too and {@code names} calls names, counted up to {@code names.least()}. */
        int shared(Cluster y, SharedNames names) {
            int n = 0;
            double[] d = dense;
            TermVector v = y.single;
            int size = v != null ? v.size() : y.terms.length;
            for (int j = 0; j < size && n < names.least(); j++) {
                int t = v != null ? v.term(j) : y.terms[j];
                if (t >= d.length) break;
                if (d[t] > 0 && names.isName(t)) n++;
            }
            return n;
        }

        /** {@code dot(x, y)} for the cluster {@code x} held. */
        double dot(Cluster y) {
            double s = 0;
            double[] d = dense;
            // a term not held adds 0 × its weight, +0: the sum keeps its bits (weights are finite and not negative),
            // and no branch guesses which terms are shared
            if (y.single != null) { // its weights as the doubles its arrays would hold
                TermVector v = y.single;
                for (int j = 0; j < v.size(); j++) {
                    int t = v.term(j);
                    if (t >= d.length) break;
                    s += d[t] * (double) v.weight(j);
                }
                return s;
            }
            double[] w = y.weights;
            int[] terms = y.terms;
            for (int j = 0; j < terms.length; j++) {
                int t = terms[j];
                if (t >= d.length) break;
                s += d[t] * w[j];
            }
            return s;
        }
    }

    /** A cluster: the sum of its members' vectors, its size, dates and candidate neighbours. */
    static final class Cluster {
        // A cluster of one item made from its vector reads the vector in place (single) until it absorbs
        // another: copying the 62k vectors of 100k generated articles' large component into arrays of
        // doubles before the first merge allocated 150 MB at once (most items merge late or never).
        private TermVector single;
        private int[] terms;      // the sum's terms, ascending, and their weights (null while single)
        private double[] weights;
        int size = 1;
        double dateSum;
        int dated;
        boolean allDays = true;
        int version;
        final IntSet links = new IntSet();

        Cluster(int[] terms, double[] weights, int size, double dateSum, int dated, boolean allDays) {
            this.terms = terms;
            this.weights = weights;
            this.size = size;
            this.dateSum = dateSum;
            this.dated = dated;
            this.allDays = allDays;
        }

        Cluster(TermVector v, long date) {
            single = v;
            if (date != Long.MIN_VALUE) {
                dateSum = date;
                dated = 1;
                allDays = Math.floorMod(date, 86_400L) == 0;
            }
        }

        /** The sum's terms, ascending. */
        int[] terms() {
            spell();
            return terms;
        }

        /** The sum's weights, by term. */
        double[] weights() {
            spell();
            return weights;
        }

        /**
         * The one vector's terms and weights as the sum's arrays, once: only the merging thread writes them (the
         * means taken on several threads before read the vector itself; clusters of groups never hold one).
         */
        private void spell() {
            if (single == null) return;
            terms = new int[single.size()];
            weights = new double[single.size()];
            for (int i = 0; i < single.size(); i++) { terms[i] = single.term(i); weights[i] = single.weight(i); }
            single = null;
        }

        void absorb(Cluster o) {
            int[] terms = terms(), oTerms = o.terms();
            double[] weights = weights(), oWeights = o.weights();
            int[] t = new int[terms.length + oTerms.length];
            double[] w = new double[t.length];
            int i = 0, j = 0, k = 0;
            while (i < terms.length || j < oTerms.length) {
                if (j >= oTerms.length || (i < terms.length && terms[i] < oTerms[j])) { t[k] = terms[i]; w[k++] = weights[i++]; }
                else if (i >= terms.length || oTerms[j] < terms[i]) { t[k] = oTerms[j]; w[k++] = oWeights[j++]; }
                else { t[k] = terms[i]; w[k++] = weights[i++] + oWeights[j++]; }
            }
            this.terms = java.util.Arrays.copyOf(t, k);
            this.weights = java.util.Arrays.copyOf(w, k);
            size += o.size;
            dateSum += o.dateSum;
            dated += o.dated;
            allDays &= o.allDays;
        }
    }
}
