package io.copydesk.bench;

import io.copydesk.engine.Corpus;

/**
 * One way of finding the pairs of a collection whose Jaccard similarity is at least
 * {@link SideBySide#THRESHOLD}. Every engine gets the same scanned corpus (same ids, same order)
 * and reports pairs of article indices.
 */
interface Engine {
    String name();

    /** A one-line description of what the engine does, for the report. */
    String description();

    Result run(Corpus corpus, int threads) throws Exception;

    /**
     * @param pairs      reported duplicate pairs, packed with {@code LongList.pair}, ascending and distinct
     * @param candidates candidate pairs the engine looked at (-1 when it has no such notion)
     */
    record Result(long[] pairs, long candidates) {}
}
