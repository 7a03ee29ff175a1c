package io.copydesk.report;

import io.copydesk.engine.ClusterResult;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.DuplicatePair;
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

    /**
     * Characters of body text and of page furniture removed from it, over one outlet's articles.
     *
     * @param removedLines lines removed as furniture
     */
    public record OutletCleaning(String outlet, int articles, long bodyChars, long removedChars, long removedLines) {}
}
