package io.copydesk.engine;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.internal.Parallel;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
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
        int n = sets.size();
        ShingleSet[] contents = sets.toArray(new ShingleSet[0]);
        int[] hashes = new int[n];
        hashed(n, threads, i -> hashes[i] = contents[i].hashCode());
        return classes(hashes, i -> contents[i].isEmpty(), (a, b) -> contents[a].equals(contents[b]), advance);
    }

    /**
     * Classes of articles 0..n-1 that are {@code same}, on threads: {@code hash(i)} (equal for articles that are
     * the same, computed on {@code threads} threads) finds the candidates; an {@code empty} article is alone. The
     * articles done go to {@code advance}, n in all.
     */
    static ExactCopies of(int n, IntUnaryOperator hash, IntPredicate empty, Same same, int threads, LongConsumer advance) {
        int[] hashes = new int[n];
        hashed(n, threads, i -> hashes[i] = hash.applyAsInt(i));
        return classes(hashes, empty, same, advance);
    }

    /** Runs {@code hash} for articles 0..n-1 on the threads: the part that reads every value; the classes are then formed in input order. */
    private static void hashed(int n, int threads, IntConsumer hash) {
        int chunk = 1024; // small enough that the threads finish together
        Parallel.map(threads, (n + chunk - 1) / chunk, c -> {
            for (int i = c * chunk; i < Math.min(n, (c + 1) * chunk); i++) hash.accept(i);
            return null;
        });
    }

    /** Articles {@code a} and {@code b} have the same content. */
    interface Same {
        boolean same(int a, int b);
    }

    private static ExactCopies classes(int[] hashes, IntPredicate empty, Same same, LongConsumer advance) {
        int n = hashes.length;
        Classes classes = new Classes(hashes, empty, same);
        for (int i = 0; i < n; i++) {
            classes.add(i);
            if ((i + 1) % STEP == 0 || i == n - 1) advance.accept(i % STEP + 1);
        }
        return new ExactCopies(classes.rep, classes.next, classes.count, classes.distinct);
    }

    /**
     * The classes formed article by article, in input order: an open-addressing table of the
     * representatives by content hash, compared in full on equal hashes (no key objects, no boxing).
     * One call an article, so that C1 compiles it after a few hundred: the main thread runs the
     * loop once, and a loop body in the caller stays interpreted for its first 60,000 turns.
     */
    private static final class Classes {
        final int[] hashes;
        final IntPredicate empty;
        final Same same;
        final int[] rep, next, count, last;
        final int[] slots; // a representative + 1, or 0 for an empty slot
        final int mask;
        int distinct;

        Classes(int[] hashes, IntPredicate empty, Same same) {
            int n = hashes.length;
            this.hashes = hashes;
            this.empty = empty;
            this.same = same;
            rep = new int[n];
            next = new int[n];
            count = new int[n];
            last = new int[n];
            Arrays.fill(next, -1);
            slots = new int[Math.max(16, Integer.highestOneBit(Math.max(1, n)) << 2)]; // at most half full
            mask = slots.length - 1;
        }

        void add(int i) {
            int r = empty.test(i) ? -1 : find(i);
            if (r < 0) {
                rep[i] = last[i] = i;
                count[i] = 1;
                distinct++;
            } else {
                rep[i] = r;
                next[last[r]] = i;
                last[r] = i;
                count[r]++;
            }
        }

        /** The representative with content {@code c}, or -1 after making article {@code i} one. */
        private int find(int i) {
            int h = hashes[i];
            for (int s = h & mask; ; s = s + 1 & mask) { // the hash is mixed: its low bits will do
                int r = slots[s] - 1;
                if (r < 0) {
                    slots[s] = i + 1;
                    return -1;
                }
                if (hashes[r] == h && same.same(r, i)) return r;
            }
        }
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

}
