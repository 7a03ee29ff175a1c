package io.copydesk.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A partition of items into clusters: each item is in exactly one cluster. Cluster labels are
 * interned to dense indexes {@code 0 .. clusterCount()-1}; items added without a label get a
 * cluster of their own, which can never collide with a labelled one.
 */
public final class Clustering {
    private final Map<String, Integer> clusterOf;
    private final int[] sizes;
    private final int labelled;

    private Clustering(Map<String, Integer> clusterOf, int clusterCount, int labelled) {
        this.clusterOf = clusterOf;
        this.labelled = labelled;
        this.sizes = new int[clusterCount];
        for (int c : clusterOf.values()) sizes[c]++;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The cluster index of {@code item}, or -1 when the item is not in this clustering. */
    public int clusterOf(String item) {
        Integer c = clusterOf.get(item);
        return c == null ? -1 : c;
    }

    public boolean contains(String item) {
        return clusterOf.containsKey(item);
    }

    /** The number of items in cluster {@code cluster}. */
    public int clusterSize(int cluster) {
        return sizes[cluster];
    }

    public int size() {
        return clusterOf.size();
    }

    public int clusterCount() {
        return sizes.length;
    }

    /** The clusters of two or more items: the groups, singletons left out. */
    public int groupCount() {
        int n = 0;
        for (int size : sizes) if (size > 1) n++;
        return n;
    }

    /** The items added with a label; 0 when the labels' field is missing everywhere (every item a singleton). */
    public int labelledItems() {
        return labelled;
    }

    public Set<String> items() {
        return clusterOf.keySet();
    }

    /** Collects item assignments; an item may be assigned only once. */
    public static final class Builder {
        private final Map<String, Integer> clusterOf = new HashMap<>();
        private final Map<String, Integer> labels = new HashMap<>();
        private int clusters;
        private int labelled;

        private Builder() {}

        /**
         * Puts {@code item} into the cluster called {@code label}, or into a new singleton cluster
         * when {@code label} is null. Returns false, changing nothing, if the item is already assigned.
         */
        public boolean add(String item, String label) {
            if (clusterOf.containsKey(item)) return false;
            int c = label == null ? clusters++ : labels.computeIfAbsent(label, l -> clusters++);
            if (label != null) labelled++;
            clusterOf.put(item, c);
            return true;
        }

        public Clustering build() {
            return new Clustering(new HashMap<>(clusterOf), clusters, labelled);
        }
    }
}
