/**
 * A persistent duplicate and related-story index in SQLite ({@link io.copydesk.index.ArticleIndex}): articles are added
 * and removed as they arrive ({@link io.copydesk.index.IndexWriter}), each query is checked against everything indexed
 * ({@link io.copydesk.index.IndexSearcher}), and the stored fingerprints are those the in-memory engine computes. Needs
 * {@code org.xerial:sqlite-jdbc} on the class or module path.
 */
package io.copydesk.index;
