package io.copydesk.engine;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.hash.Hash64;
import io.copydesk.internal.Parallel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;

/**
 * Articles with identical (non-empty) content, each class led by its first article, the
 * <i>representative</i>. Identical shingle sets are duplicates of each other (Jaccard 1) and score
 * the same against every other set, so only representatives need candidates and verification: a
 * press release sent 10,000 times costs one article's work plus a linear expansion, not 50 million
 * pair checks. Identical TF-IDF vectors with the same date likewise get the same related score
 * from every query. Contents are matched by a 64-bit hash and then compared in full, so the
 * classes are exact. Empty contents (no shingles, no terms) are never collapsed.
 */
final class ExactCopies {
    private final int[] rep;   // first article of i's class (i itself when alone)
    private final int[] next;  // next article of i's class in input order, -1 after the last
    private final int[] count; // size of i's class, for a representative i
    private final int distinct;

    private ExactCopies(int[] rep, int[] next, int[] count, int distinct) {
        this.rep = rep;
        this.next = next;
        this.count = count;
        this.distinct = distinct;
    }

    /** Articles between two progress reports. */
    private static final int STEP = 4096;

    /**
     * Classes of identical shingle sets, the sets hashed on {@code threads} threads, reporting the
     * articles done to {@code advance}, all {@code sets.size()} of them in the end.
     */
    static ExactCopies of(List<ShingleSet> sets, int threads, LongConsumer advance) {
        return of(sets.size(), i -> sets.get(i).hashes(), threads, advance);
    }

    /**
     * Classes of identical {@code content(i)} over articles 0..n-1; the arrays are kept for the
     * representatives. The articles done go to {@code advance}, n in all.
     */
    static ExactCopies of(int n, IntFunction<long[]> content, LongConsumer advance) {
        return of(n, content, 1, advance);
    }

    /** As {@link #of(int, IntFunction, LongConsumer)}, hashing the contents on {@code threads} threads ({@code content} must be thread-safe). */
    static ExactCopies of(int n, IntFunction<long[]> content, int threads, LongConsumer advance) {
        long[][] contents = new long[n][];
        int[] hashes = new int[n]; // the part that reads every value runs in parallel; the classes are then formed in input order
        int chunk = 1024; // small enough that the threads finish together
        Parallel.map(threads, (n + chunk - 1) / chunk, c -> {
            for (int i = c * chunk; i < Math.min(n, (c + 1) * chunk); i++) hashes[i] = Key.hash(contents[i] = content.apply(i));
            return null;
        });
        int[] rep = new int[n], next = new int[n], count = new int[n], last = new int[n];
        Arrays.fill(next, -1);
        Map<Key, Integer> seen = new HashMap<>();
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            long[] c = contents[i];
            Integer r = c.length == 0 ? null : seen.putIfAbsent(new Key(c, hashes[i]), i);
            if (r == null) {
                rep[i] = last[i] = i;
                count[i] = 1;
                distinct++;
            } else {
                rep[i] = r;
                next[last[r]] = i;
                last[r] = i;
                count[r]++;
            }
            if ((i + 1) % STEP == 0 || i == n - 1) advance.accept(i % STEP + 1);
        }
        return new ExactCopies(rep, next, count, distinct);
    }

    /** The representative of article {@code i}'s class. */
    int rep(int i) {
        return rep[i];
    }

    boolean isRep(int i) {
        return rep[i] == i;
    }

    /** Articles in the class of representative {@code r}. */
    int copies(int r) {
        return count[r];
    }

    /** The article after {@code i} in its class (input order), or -1. */
    int next(int i) {
        return next[i];
    }

    /** Number of classes (representatives). */
    int distinct() {
        return distinct;
    }

    int size() {
        return rep.length;
    }

    /** A content as a map key: hashed once, compared in full. */
    private static final class Key {
        private final long[] hashes;
        private final int hash;

        Key(long[] hashes, int hash) {
            this.hashes = hashes;
            this.hash = hash;
        }

        static int hash(long[] hashes) {
            long h = hashes.length;
            for (long x : hashes) h = Hash64.mix(h * 0x9E3779B97F4A7C15L + x);
            return (int) (h ^ h >>> 32);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Arrays.equals(k.hashes, hashes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
