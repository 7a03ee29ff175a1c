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
 *
 * <p>A <i>brief</i>, from the containment minimum to {@link #BRIEF_ANCHORS} times the anchor rate shingles, can be
 * contained in a text of any length, which its anchors find only by chance. Its first shingles by hash, all but the
 * overlap it must share and one, are its <i>brief keys</i>: any text it is a duplicate of holds one, and the batch
 * search ({@link BriefIndex}) looks every text's shingles up among them.
 */
public final class PrefixFilter {
    /**
     * Keys a brief keeps beyond the fewest that make its candidates exact, each asking one more key in common: a
     * document sharing one phrase with a brief by chance then holds one or two of its keys, not five (reuters21578:
     * 208,792 brief candidates with no spare key, 3,993 with four).
     */
    static final int SPARE_KEYS = 4;
    /**
     * Briefs are the sets whose shared shingles hold fewer anchors than this on average, times the anchor rate in
     * shingles (64 by default). There the anchors' draw misses a duplicate often enough to matter: a brief of 64
     * shingles inside a longer text holds fewer than the two anchors the rule asks 2 times in 1,000, 3 in 100 when
     * only 2/3 of it is shared; of 21 shingles, 1 in 5. Above it the lookup of every document's shingles costs more
     * than it finds (at 128: 0.1-0.2 s more on reuters21578's 0.9, most of its stories being briefs).
     */
    static final int BRIEF_ANCHORS = 8;
    private final DuplicateRule rule;
    private final int briefLimit;

    /** The keys of duplicates under {@code rule}, anchors being one shingle in {@code anchorRate} (briefs: under 8 times that). */
    public PrefixFilter(DuplicateRule rule, int anchorRate) {
        this.rule = rule;
        this.briefLimit = BRIEF_ANCHORS * anchorRate;
    }

    /** Whether a set of {@code size} shingles is a brief, with {@link #briefKeys}: contained duplicates possible, anchors not sure. */
    public boolean isBrief(int size) {
        return size >= rule.minContainedShingles() && size < briefLimit;
    }

    /**
     * A brief's keys: its first {@code size - o + 1 + SPARE_KEYS} hashes' high 32 bits, distinct (all of them, if
     * fewer), {@code o} the fewest shingles it shares with any text at least as long that it is a duplicate of. None
     * where the set is no brief.
     */
    public int[] briefKeys(ShingleSet set) {
        int size = set.size();
        return isBrief(size) ? first(set, Math.min(size, size - rule.leastShared(size, size) + 1 + SPARE_KEYS)) : new int[0];
    }

    /**
     * The keys of its {@link #briefKeys}, {@code keys} of them, that a brief of {@code size} shingles shares with every
     * text it is a duplicate of: a key such a text lacks comes from hashes the brief does not share with it, of which
     * there are at most {@code size - o} (two hashes with the same high bits make one key, held if either is shared).
     */
    public int briefNeed(int size, int keys) {
        return keys - (size - rule.leastShared(size, size));
    }

    /**
     * Whether a text holding {@code held} of a brief's keys may contain it: {@code need} ({@link #briefNeed}), one fewer
     * for each of its keys {@code passedOver} as too common to look up, and at least one.
     */
    public static boolean holdsEnough(int held, int need, int passedOver) {
        return held >= Math.max(1, need - passedOver);
    }

    /**
     * Whether sets of {@code size} shingles have prefix keys: whether some set under the containment minimum
     * could reach the threshold with them (Jaccard similarity is at most the smaller size over the larger).
     */
    public boolean applies(int size) {
        return size > 0 && (double) Math.min(size, rule.minContainedShingles() - 1) / size >= rule.threshold();
    }

    /** The prefix keys of a set (its first hashes' high 32 bits, distinct, ascending); none where it has none. */
    public int[] keys(ShingleSet set) {
        int size = set.size();
        if (!applies(size)) return new int[0];
        return first(set, size - leastOverlap(rule.threshold(), size) + 1);
    }

    private static int[] first(ShingleSet set, int k) {
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
