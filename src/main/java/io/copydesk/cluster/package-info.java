/**
 * Story clustering's algorithms on TF-IDF vectors: the candidate similarity graph, exact average linkage (over a
 * full matrix for small components, over centroids for large ones), neighbour smoothing and the calibration of the
 * merge thresholds. {@code io.copydesk.engine.StoryClusters} puts them together.
 */
package io.copydesk.cluster;
