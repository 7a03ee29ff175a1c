package io.copydesk.engine;

/**
 * Two articles found to be duplicates, with exact scores. {@code a < b} (input order).
 *
 * @param containment share of the smaller article's shingles found in the larger
 */
public record DuplicatePair(int a, int b, double jaccard, double containment) {}
