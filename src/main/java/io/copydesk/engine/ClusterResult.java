package io.copydesk.engine;

import io.copydesk.cluster.ThresholdCalibration;
import java.util.Arrays;
import java.util.List;

/**
 * Every article in exactly one event and every event in exactly one storyline (singletons
 * included), largest first at each level.
 *
 * @param clusters        the events
 * @param storylines      the storylines; each lists the events inside it
 * @param storylineOf     the storyline (position in {@code storylines}) of each event
 * @param thresholds      the merge thresholds of both levels and why they were chosen
 * @param edges           candidate pairs in the article similarity graph
 */
public record ClusterResult(List<ArticleMeta> articles, List<StoryCluster> clusters, List<Storyline> storylines,
                            int[] storylineOf, DedupResult dedup, ThresholdCalibration.Thresholds thresholds, long edges) {

    /** The event threshold used. */
    public double threshold() {
        return thresholds.event();
    }

    /** The event number (0-based position in {@link #clusters}) of every article. */
    public int[] assignment() {
        int[] out = new int[articles.size()];
        Arrays.fill(out, -1);
        for (int c = 0; c < clusters.size(); c++) {
            for (int m : clusters.get(c).members()) out[m] = c;
        }
        return out;
    }

    /** The storyline number (0-based position in {@link #storylines}) of every article. */
    public int[] storylineAssignment() {
        int[] event = assignment();
        int[] out = new int[event.length];
        for (int i = 0; i < event.length; i++) out[i] = storylineOf[event[i]];
        return out;
    }

    /** Each article's duplicate group, event and storyline, to look levels up pair by pair. */
    public ArticleLevels levels() {
        int[] group = new int[articles.size()];
        Arrays.fill(group, -1);
        for (int g = 0; g < dedup.groups().size(); g++) for (DuplicateGroup.Member m : dedup.groups().get(g).members()) group[m.index()] = g;
        return new ArticleLevels(group, assignment(), storylineAssignment());
    }
}
