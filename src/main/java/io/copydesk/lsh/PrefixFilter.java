package io.copydesk.lsh;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.verify.DuplicateRule;
import java.util.Arrays;

/**
 * Exact candidates for short texts, by prefix filtering (Chaudhuri, Ganti and Kaushik 2006; Bayardo, Ma and Srikant
 * 2007). A text under {@code minContainedShingles} shingles has no anchors and can be a duplicate only by Jaccard
 * similarity, which the bands find with a high chance, not surely; and the Jaccard similarities of short texts are
 * fractions of small numbers, so many of their pairs sit exactly at the threshold, where the bands miss a few in a
 * thousand (uci-headlines: 2 of the 692 pairs comparing all pairs finds).
 *
 * <p>Order all shingles by their hash: if two sets share at least {@code o} shingles, the smallest shingle they share
 * is among the first {@code size - o + 1} of each, whatever else they hold. A pair at Jaccard {@code t} or more
 * shares at least {@code t} times the larger size, so each set's first {@code size - ceil(t size) + 1} shingles, its
 * <i>prefix keys</i>, meet the other's: sharing a prefix key makes a candidate, as sharing a band key does. Every set
 * that can be a Jaccard duplicate of a text under the containment minimum has them (by default sets of 1 to 28
 * shingles, with at most 15 keys); a larger set has none.
 */
public final class PrefixFilter {
    private final double threshold;
    private final int minContained;

    public PrefixFilter(DuplicateRule rule) {
        this.threshold = rule.threshold();
        this.minContained = rule.minContainedShingles();
    }

    /**
     * Whether sets of {@code size} shingles have prefix keys: whether some set under the containment minimum
     * could reach the threshold with them (Jaccard similarity is at most the smaller size over the larger).
     */
    public boolean applies(int size) {
        return size > 0 && (double) Math.min(size, minContained - 1) / size >= threshold;
    }

    /** The prefix keys of a set (its first hashes' high 32 bits, distinct, ascending); none where it has none. */
    public int[] keys(ShingleSet set) {
        int size = set.size();
        if (!applies(size)) return new int[0];
        int k = size - leastOverlap(threshold, size) + 1;
        int[] out = new int[k];
        int n = 0;
        for (int i = 0; i < k; i++) {
            int key = (int) (set.hash(i) >>> 32); // ascending with the hashes; two hashes may share their high bits
            if (n == 0 || out[n - 1] != key) out[n++] = key;
        }
        return n == k ? out : Arrays.copyOf(out, n);
    }

    /**
     * The fewest shingles a set of {@code size} shares with any set it is at Jaccard {@code threshold} or more with:
     * the least {@code o} with {@code o / size >= threshold} as a double, since the union is at least {@code size}
     * and a correctly rounded division does not grow with its divisor.
     */
    static int leastOverlap(double threshold, int size) {
        int o = Math.max(1, Math.min(size, (int) Math.ceil(threshold * size)));
        while (o > 1 && (double) (o - 1) / size >= threshold) o--;
        while (o < size && (double) o / size < threshold) o++;
        return o;
    }
}
