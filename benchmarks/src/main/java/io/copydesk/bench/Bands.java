package io.copydesk.bench;

import io.copydesk.internal.LongList;
import java.util.Arrays;

/**
 * Candidate pairs from per-document band keys, for the peers that hash bands but leave the
 * grouping to the caller (java-lsh, Lucene's filter). The grouping is the same sort-and-scan the
 * copydesk index uses, so the glue code costs every engine the same.
 */
final class Bands {
    private final int[][] keys; // [band][doc]
    private final boolean[] present;

    Bands(int bands, int docs) {
        keys = new int[bands][docs];
        present = new boolean[docs];
    }

    /** Sets document {@code doc}'s key of every band. Thread-safe for distinct documents. */
    void set(int doc, int[] bandKeys) {
        for (int b = 0; b < keys.length; b++) keys[b][doc] = bandKeys[b];
        present[doc] = true;
    }

    /** Pairs sharing a key in at least one band, ascending and distinct. */
    long[] candidatePairs() {
        int n = present.length;
        LongList pairs = new LongList();
        long[] entries = new long[n];
        for (int[] band : keys) {
            int m = 0;
            for (int d = 0; d < n; d++) if (present[d]) entries[m++] = ((long) band[d] << 32) | d;
            Arrays.sort(entries, 0, m);
            for (int i = 0, j; i < m; i = j) {
                for (j = i + 1; j < m && entries[j] >>> 32 == entries[i] >>> 32; j++) { }
                for (int a = i; a < j; a++) {
                    for (int b = a + 1; b < j; b++) pairs.add(LongList.pair((int) entries[a], (int) entries[b]));
                }
            }
        }
        pairs.sortDistinct();
        return pairs.toArray();
    }
}
