package io.copydesk.index;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.minhash.Signature;

/**
 * What the index stores of an analyzed article, besides its metadata.
 *
 * @param bandKeys         one 32-bit key per band, empty for an empty set (never a candidate)
 * @param prefixKeys       a short text's {@link io.copydesk.lsh.PrefixFilter} keys, stored as band rows of band
 *                         {@code bands} (one past the banding's); empty for a longer text or an index without them
 * @param briefKeys        a brief's {@link io.copydesk.lsh.PrefixFilter#briefKeys}, of which a longer text containing it
 *                         holds {@code briefNeed}; empty for a text that is no brief or an index without them
 * @param anchors          distinct 32-bit anchors, ascending; empty when the set is smaller than min-contained
 * @param boilerplateState which of the article's line keys were frequent enough to be furniture when
 *                         it was cleaned (an order-free hash), so a check can tell whether cleaning it
 *                         again with today's counts could differ
 * @param terms            the TF-IDF terms of the article, with their raw counts
 */
public record StoredFingerprint(ShingleSet shingles, Signature signature, int[] bandKeys, int[] prefixKeys, int[] briefKeys,
                                int briefNeed, int[] anchors, long boilerplateState, ArticleTerms terms) {}
