/**
 * The duplicate verdict from exact shingle overlap: a {@link io.copydesk.verify.DuplicateRule} (Jaccard threshold,
 * or containment of the smaller text), applied by a {@link io.copydesk.verify.Verifier} to every candidate pair, so
 * reported scores never depend on a sketch.
 */
package io.copydesk.verify;
