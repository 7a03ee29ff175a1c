package io.copydesk.engine;

import io.copydesk.analysis.Span;
import java.util.List;

/**
 * Why two articles are or are not duplicates: the exact scores, the MinHash estimate, the passages
 * they share (as offsets into each body) and what boilerplate was ignored in each.
 *
 * @param containmentAinB share of a's shingles found in b
 * @param containmentBinA share of b's shingles found in a
 * @param sharedA         passages of a's body whose shingles also occur in b
 * @param sharedB         passages of b's body whose shingles also occur in a
 * @param removedA        lines of a's body ignored as boilerplate, with reasons
 */
public record PairExplanation(ArticleMeta a, ArticleMeta b, String textA, String textB, int shinglesA, int shinglesB,
                              int sharedShingles, double jaccard, double containmentAinB, double containmentBinA,
                              double minhashEstimate, int hashes, boolean duplicate, String verdict,
                              List<Span> sharedA, List<Span> sharedB, List<Span> removedA, List<Span> removedB) {}
