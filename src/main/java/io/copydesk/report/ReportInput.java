package io.copydesk.report;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.engine.ClusterConfig;
import io.copydesk.engine.ClusterResult;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.DuplicatePair;
import io.copydesk.engine.NearDuplicates;
import io.copydesk.engine.Progress;
import io.copydesk.engine.RelatedStories;
import io.copydesk.engine.StoryClusters;
import java.util.Arrays;
import java.util.List;

/**
 * Everything a report shows about one run.
 *
 * @param title      what was read (input names), for the page title
 * @param stories    events and storylines, with the duplicate groups they were built on
 * @param candidates exact scores of every candidate pair, duplicates or not
 * @param dedup      the duplicate settings (thresholds, banding)
 * @param cleaning   page furniture removed per outlet; empty when unknown (an index keeps no texts)
 */
public record ReportInput(String title, ClusterResult stories, List<DuplicatePair> candidates,
                          DedupConfig dedup, List<OutletCleaning> cleaning) {
    public ReportInput {
        candidates = List.copyOf(candidates);
        cleaning = List.copyOf(cleaning);
    }

    /** The storylines of two or more articles, which the page counts (and shows). */
    public long storylinesOfTwoOrMore() {
        return stories.storylines().stream().filter(s -> s.size() > 1).count();
    }

    /** The events of two or more articles, which the page counts. */
    public long eventsOfTwoOrMore() {
        return stories.clusters().stream().filter(c -> c.size() > 1).count();
    }

    /**
     * The report of a collection read from files ({@code corpus}, scanned), titled {@code title}: one more pass
     * over the input fingerprints every article, from which come the duplicates, the stories ({@code clusters}),
     * every candidate pair's scores and what cleaning removed per outlet.
     */
    public static ReportInput of(String title, Corpus corpus, ClusterConfig clusters, Progress progress) {
        ShingleSet[] sets = new ShingleSet[corpus.size()];
        CleaningTally.Removed[] removed = new CleaningTally.Removed[corpus.size()];
        RelatedStories rs = RelatedStories.build(corpus, clusters.related(), progress, (article, i) -> {}, (f, i) -> {
            sets[i] = f.shingles();
            removed[i] = CleaningTally.Removed.of(f);
        });
        CleaningTally cleaning = new CleaningTally();
        for (CleaningTally.Removed r : removed) cleaning.add(r);
        return of(title, rs, Arrays.asList(sets), clusters, cleaning.outlets(), progress);
    }

    /**
     * The report of a collection already built ({@code rs}, read from files or loaded from an index) with its
     * articles' shingle sets: its stories ({@code clusters}, whose ranking settings must be {@code rs}'s), every
     * candidate pair's scores, and the {@code cleaning} figures given (none for an index, which keeps no texts).
     */
    public static ReportInput of(String title, RelatedStories rs, List<ShingleSet> sets, ClusterConfig clusters, List<OutletCleaning> cleaning,
                                 Progress progress) {
        ClusterResult stories = new StoryClusters(clusters).cluster(rs, progress);
        DedupConfig dedup = rs.config().dedup();
        return new ReportInput(title, stories, new NearDuplicates(dedup).candidateScores(sets, progress), dedup, cleaning);
    }

    /**
     * Characters of body text and of page furniture removed from it, over one outlet's articles.
     *
     * @param removedLines lines removed as furniture
     */
    public record OutletCleaning(String outlet, int articles, long bodyChars, long removedChars, long removedLines) {}
}
