package io.copydesk.cluster;

import java.util.Arrays;

/** A linkage's merges, each cluster pointing to the one that absorbed it, as labels. */
final class ClusterLabels {
    private ClusterLabels() {}

    /** Resolves merge chains into labels numbered by first appearance. */
    static int[] of(int[] parent) {
        int n = parent.length;
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            int r = i;
            while (parent[r] != r) r = parent[r];
            root[i] = r;
        }
        int[] label = new int[n], labelOfRoot = new int[n];
        Arrays.fill(labelOfRoot, -1);
        int labels = 0;
        for (int i = 0; i < n; i++) {
            if (labelOfRoot[root[i]] < 0) labelOfRoot[root[i]] = labels++;
            label[i] = labelOfRoot[root[i]];
        }
        return label;
    }
}
