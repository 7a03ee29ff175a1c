package io.copydesk.engine;

import io.copydesk.cluster.ThresholdCalibration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
    /** Copies the lists and the array, which the record never hands out: a caller's changes to them, or to its own copy, change no result. */
    public ClusterResult {
        articles = List.copyOf(articles);
        clusters = List.copyOf(clusters);
        storylines = List.copyOf(storylines);
        storylineOf = storylineOf.clone();
    }

    /** A copy of the storyline of every event; {@link #storylineOf(int)} reads one without copying. */
    @Override
    public int[] storylineOf() {
        return storylineOf.clone();
    }

    /** The storyline (position in {@link #storylines}) of event {@code event}. */
    public int storylineOf(int event) {
        return storylineOf[event];
    }

    /** Equal when every component is, the storylines of the events compared by content. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ClusterResult r && articles.equals(r.articles) && clusters.equals(r.clusters) && storylines.equals(r.storylines)
                && Arrays.equals(storylineOf, r.storylineOf) && dedup.equals(r.dedup) && thresholds.equals(r.thresholds) && edges == r.edges;
    }

    @Override
    public int hashCode() {
        return Objects.hash(articles, clusters, storylines, Arrays.hashCode(storylineOf), dedup, thresholds, edges);
    }

    @Override
    public String toString() {
        return "ClusterResult[articles=" + articles + ", clusters=" + clusters + ", storylines=" + storylines + ", storylineOf="
                + Arrays.toString(storylineOf) + ", dedup=" + dedup + ", thresholds=" + thresholds + ", edges=" + edges + "]";
    }

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
