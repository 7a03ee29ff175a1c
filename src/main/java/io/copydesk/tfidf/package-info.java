/**
 * Weighted term vectors for related coverage and clustering: the vocabulary, TF-IDF weighting of each article's
 * term counts, and an inverted index searched for the best-scoring documents with max-score pruning and a time
 * window. The weighting step runs on Smile's sparse arrays, the only use of Smile, kept in {@code io.copydesk.tfidf.smile}.
 */
package io.copydesk.tfidf;
