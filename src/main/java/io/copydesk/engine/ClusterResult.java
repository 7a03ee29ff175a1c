package io.copydesk.engine;

import java.util.List;

/**
 * Every article in exactly one story (singletons included), largest stories first.
 *
 * @param threshold the merge threshold used (chosen from the data when none was given)
 * @param edges     candidate pairs in the similarity graph
 */
public record ClusterResult(List<ArticleMeta> articles, List<StoryCluster> clusters, DedupResult dedup, double threshold, long edges) {
    /** The cluster number (0-based position in {@link #clusters}) of every article. */
    public int[] assignment() {
        int[] out = new int[articles.size()];
        java.util.Arrays.fill(out, -1);
        for (int c = 0; c < clusters.size(); c++) {
            for (int m : clusters.get(c).members()) out[m] = c;
        }
        return out;
    }
}
