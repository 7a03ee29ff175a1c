/**
 * Quality against labels: precision and recall of duplicate pairs, clustering metrics (adjusted Rand index,
 * BCubed) and ranking metrics of related lists (precision and recall at k, mean reciprocal rank), from JSONL files
 * of gold labels.
 */
package io.copydesk.eval;
