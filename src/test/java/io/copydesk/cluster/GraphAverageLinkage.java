package io.copydesk.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Average-linkage (UPGMA) agglomerative clustering on a sparse similarity graph, the plain way (maps of
 * neighbour sums, a {@code PriorityQueue} of {@link MergeCandidate}s): the tests' reference for what
 * the engine's linkages must do. The similarity
 * of two clusters is the mean similarity over all pairs of their members, pairs without an edge
 * counting as 0; the two most similar clusters merge while that mean reaches the threshold.
 * Unlike single linkage it does not chain: a bridge item similar to two stories adds one edge
 * among the |A|·|B| pairs of the two, so they stay apart. Cost is about {@code E log E} for E
 * edges (neighbour maps merged smaller into larger; a heap with lazy deletion).
 */
final class GraphAverageLinkage {
    private GraphAverageLinkage() {}

    /**
     * Clusters the graph's nodes; {@code weights[i]} is how many items node i stands for (an item
     * of weight w counts w times in every mean), or null for all 1.
     *
     * @return a cluster label per node, labels numbered by each cluster's smallest node
     */
    static int[] cluster(SimilarityGraph graph, double threshold, int[] weights) {
        graph.freeze();
        int n = graph.nodes();
        long[] size = new long[n];
        int[] version = new int[n];
        int[] parent = new int[n];
        List<Map<Integer, Double>> links = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            size[i] = weights == null ? 1 : weights[i];
            parent[i] = i;
            links.add(null);
        }
        for (int e = 0; e < graph.edges(); e++) {
            int a = graph.a(e), b = graph.b(e);
            double w = graph.sim(e) * (double) size[a] * size[b];
            linksOf(links, a).merge(b, w, Double::sum);
            linksOf(links, b).merge(a, w, Double::sum);
        }
        PriorityQueue<MergeCandidate> heap = new PriorityQueue<>();
        for (int e = 0; e < graph.edges(); e++) {
            int a = graph.a(e), b = graph.b(e);
            double mean = links.get(a).get(b) / ((double) size[a] * size[b]);
            if (mean >= threshold) heap.add(new MergeCandidate(mean, a, b, 0, 0));
        }
        while (!heap.isEmpty()) {
            MergeCandidate c = heap.poll();
            if (parent[c.a()] != c.a() || parent[c.b()] != c.b() || version[c.a()] != c.va() || version[c.b()] != c.vb()) continue;
            // merge the smaller neighbour map into the larger; the survivor keeps its id
            int keep = linksSize(links, c.a()) >= linksSize(links, c.b()) ? c.a() : c.b();
            int gone = keep == c.a() ? c.b() : c.a();
            Map<Integer, Double> kl = linksOf(links, keep);
            Map<Integer, Double> gl = linksOf(links, gone);
            kl.remove(gone);
            gl.remove(keep);
            for (Map.Entry<Integer, Double> e : gl.entrySet()) {
                int x = e.getKey();
                kl.merge(x, e.getValue(), Double::sum);
                Map<Integer, Double> xl = links.get(x);
                double moved = xl.remove(gone);
                xl.merge(keep, moved, Double::sum);
            }
            links.set(gone, null);
            parent[gone] = keep;
            size[keep] += size[gone];
            version[keep]++;
            for (Map.Entry<Integer, Double> e : kl.entrySet()) {
                int x = e.getKey();
                double mean = e.getValue() / ((double) size[keep] * size[x]);
                if (mean >= threshold) {
                    int a = Math.min(keep, x), b = Math.max(keep, x);
                    heap.add(new MergeCandidate(mean, a, b, version[a], version[b]));
                }
            }
        }
        return ClusterLabels.of(parent);
    }

    private static Map<Integer, Double> linksOf(List<Map<Integer, Double>> links, int i) {
        Map<Integer, Double> m = links.get(i);
        if (m == null) links.set(i, m = new HashMap<>(4));
        return m;
    }

    private static int linksSize(List<Map<Integer, Double>> links, int i) {
        Map<Integer, Double> m = links.get(i);
        return m == null ? 0 : m.size();
    }
}
