/**
 * Candidate pairs for duplicate detection: MinHash signatures banded into buckets (locality-sensitive hashing),
 * prefix keys that make short texts' candidates exact, anchor shingles and briefs' keys that find a text contained
 * in a longer one. Candidates are only proposals: {@code io.copydesk.verify} decides.
 */
package io.copydesk.lsh;
