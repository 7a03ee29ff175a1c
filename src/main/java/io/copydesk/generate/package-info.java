/**
 * Synthetic news with ground truth: events covered by several outlets, republished copies edited as sub-editors
 * do, briefs and updates wrapped in per-site page furniture, and same-kind distractor events, written with the
 * labels {@code copydesk eval} scores against.
 */
package io.copydesk.generate;
