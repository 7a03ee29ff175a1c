package io.copydesk.analysis;

import io.copydesk.internal.LongList;
import io.copydesk.internal.LongSort;
import java.util.Arrays;

/**
 * An article's shingle set made before the input-wide boilerplate counts are complete, so that
 * duplicate detection reads its input once: the set as if every {@linkplain Boilerplate.PendingLine
 * pending} line stays, and what it takes to correct it once the counts remove some of them.
 * {@link #resolve} gives exactly the set {@link Shingler#shingles} gives for the article analyzed
 * with those counts.
 *
 * <p>Windows (shingles) lying inside a run of lines that stay whatever the counts are certain; the
 * others touch a pending line or a line boundary between such runs. Those can be rebuilt from a few
 * tokens: every pending line's, and the first and last k-1 of each certain run (a window crossing
 * into a run takes at most k-1 of its tokens). A draft keeps those token hashes and marks which
 * windows of the set are not certain; pending lines are a few percent of the words of a collection.
 */
public final class ShingleDraft {
    private static final int SURE = -1, GAP = -2;

    private final ShingleSet allKept;
    // null when the article has no pending line with tokens: allKept is its set whatever the counts
    private final long[] uncertain;  // bit i: allKept.hash(i) is not a window inside a certain run
    private final long[] tokens;     // hashes of the tokens windows across boundaries need, in text order
    private final int[] partEnds;    // parts of tokens: each ends at partEnds[p] (exclusive)...
    private final int[] partKinds;   // ...and is SURE, a GAP (the inside of a long certain run), or pending line partKinds[p]
    private final Boilerplate.PendingLine[] pending;
    private final int sureTokens;    // tokens of the certain runs in all
    private final ShingleSet title;  // the title's set, when the resolved set may hold fewer than titleBelow (else null)
    private final int titleBelow;    // AnalysisConfig#titleBelow

    private ShingleDraft(ShingleSet allKept, long[] uncertain, long[] tokens, int[] partEnds, int[] partKinds,
                         Boilerplate.PendingLine[] pending, int sureTokens, ShingleSet title, int titleBelow) {
        this.allKept = allKept;
        this.uncertain = uncertain;
        this.tokens = tokens;
        this.partEnds = partEnds;
        this.partKinds = partKinds;
        this.pending = pending;
        this.sureTokens = sureTokens;
        this.title = title;
        this.titleBelow = titleBelow;
    }

    /** A draft that needs no counts: the set is final. */
    static ShingleDraft of(ShingleSet set) {
        return new ShingleDraft(set, null, null, null, null, null, 0, null, 0);
    }

    /**
     * The draft of a body tokenized span by span: {@code h} holds the hashes
     * ({@link Shingler#tokenHashes}) of the tokens of {@code kept}'s spans in order, span {@code i}
     * ending at token {@code spanEnds[i]}; {@code pending[i]} as in
     * {@link Boilerplate.Deferred}. {@code title} gives the title's set, asked only when the set may end with
     * fewer than {@code titleBelow} shingles ({@link AnalysisConfig#titleBelow}), which it then joins.
     */
    static ShingleDraft of(long[] h, int[] spanEnds, Boilerplate.PendingLine[] pending, Shingler shingler,
                           java.util.function.Supplier<ShingleSet> title, int titleBelow) {
        return of(h, h.length, spanEnds, pending, shingler, title, titleBelow);
    }

    /** {@link #of(long[], int[], Boilerplate.PendingLine[], Shingler, java.util.function.Supplier, int)} of the hashes {@code h[0, n)}; {@code h} is not kept. */
    static ShingleDraft of(long[] h, int n, int[] spanEnds, Boilerplate.PendingLine[] pending, Shingler shingler,
                           java.util.function.Supplier<ShingleSet> title, int titleBelow) {
        return of(h, n, spanEnds, pending, shingler, title, titleBelow, new Scratch(), null);
    }

    /**
     * The array a thread's drafts make their windows in, one article after another: the windows
     * are sorted where they were made and copied once, into the set's own array or a store.
     */
    static final class Scratch {
        private long[] windows = new long[1024];

        long[] windows(int n) {
            if (windows.length < n) windows = new long[Math.max(n, 2 * windows.length)];
            return windows;
        }
    }

    /**
     * {@link #of(long[], int, int[], Boilerplate.PendingLine[], Shingler, java.util.function.Supplier, int)}
     * with the windows made in {@code scratch}, and the set (as if every pending line stays) kept
     * in {@code store} when it is not null (as {@link #storedIn} keeps it) or else in an array of its own;
     * {@code n > 0}.
     */
    static ShingleDraft of(long[] h, int n, int[] spanEnds, Boilerplate.PendingLine[] pending, Shingler shingler,
                           java.util.function.Supplier<ShingleSet> title, int titleBelow, Scratch scratch, ShingleStore store) {
        int k = shingler.k(), spans = spanEnds.length;
        boolean anyPending = false;
        for (int i = 0, from = 0; i < spans; from = spanEnds[i++]) anyPending |= pending[i] != null && spanEnds[i] > from;
        int count = shingler.windowCount(n);
        long[] windows = scratch.windows(anyPending ? 2 * count : count);
        shingler.windows(h, 0, n, windows);
        if (!anyPending) {
            ShingleSet set = sortedSet(windows, count, store);
            if (set.size() >= titleBelow) return of(set);
            set = ShingleSet.withTitleIfShort(set, titleBelow, title); // a short body: rare, its set stored again
            return of(store != null ? store.add(set) : set);
        }
        int[] inside = new int[2 * spans]; // the windows inside certain runs: windows[inside[2r], inside[2r + 1]) for run r
        int runs = 0;
        LongList kept = new LongList(64);
        int[] ends = new int[3 * spans], kinds = new int[3 * spans]; // at most three parts a span
        int parts = 0, sure = 0;
        for (int i = 0, from = 0; i < spans; ) {
            if (pending[i] != null) {
                kept.addAll(h, from, spanEnds[i]);
                ends[parts] = kept.size();
                kinds[parts++] = i;
                from = spanEnds[i++];
                continue;
            }
            int to = from;
            while (i < spans && pending[i] == null) to = spanEnds[i++]; // a run of certain lines
            int len = to - from;
            sure += len;
            if (len >= k) { // windows[w] covers tokens [w, w + k) when n >= k
                inside[2 * runs] = from;
                inside[2 * runs++ + 1] = to - k + 1;
            }
            if (len <= 2 * (k - 1)) {
                kept.addAll(h, from, to);
            } else {
                kept.addAll(h, from, from + k - 1);
                ends[parts] = kept.size();
                kinds[parts++] = SURE;
                ends[parts] = kept.size();
                kinds[parts++] = GAP;
                kept.addAll(h, to - (k - 1), to);
            }
            ends[parts] = kept.size();
            kinds[parts++] = SURE;
            from = to;
        }
        // The inside windows to windows[0, in), the others (a pending line's and k-1 on either side of it) to windows[count, out)
        int in = 0, out = count;
        for (int r = 0, w = 0; r <= runs; r++) {
            int first = r < runs ? inside[2 * r] : count, last = r < runs ? inside[2 * r + 1] : count;
            System.arraycopy(windows, w, windows, out, first - w);
            out += first - w;
            System.arraycopy(windows, first, windows, in, last - first);
            in += last - first;
            w = last;
        }
        int insideEnd = LongSort.sortDistinctHashes(windows, 0, in); // shingle hashes: spread over all 64 bits
        int outsideEnd = LongSort.sortDistinctHashes(windows, count, out);
        // The set is the union of the two; the values found outside only are those the counts may take away.
        int max = insideEnd + outsideEnd - count;
        long[] set = store != null ? store.room(max) : new long[max];
        int at = store != null ? store.at() : 0, o = at;
        long[] uncertain = new long[(max + 63) >>> 6];
        int i = 0, j = count;
        while (i < insideEnd && j < outsideEnd) {
            long x = windows[i], y = windows[j];
            if (x < y) {
                set[o++] = x;
                i++;
                continue;
            }
            if (x == y) i++;
            else uncertain[(o - at) >>> 6] |= 1L << (o - at);
            set[o++] = y;
            j++;
        }
        System.arraycopy(windows, i, set, o, insideEnd - i);
        o += insideEnd - i;
        for (; j < outsideEnd; j++, o++) {
            uncertain[(o - at) >>> 6] |= 1L << (o - at);
            set[o] = windows[j];
        }
        int size = o - at;
        ShingleSet all = store != null ? store.take(size) : ShingleSet.ofSorted(size == max ? set : Arrays.copyOf(set, size));
        // the windows inside certain runs stay whatever the counts: the set keeps at least insideEnd
        return new ShingleDraft(all, uncertain, kept.toArray(), Arrays.copyOf(ends, parts), Arrays.copyOf(kinds, parts), pending, sure,
                insideEnd < Math.max(1, titleBelow) ? title.get() : null, titleBelow);
    }

    /**
     * The set of the windows {@code windows[0, count)} (left undefined), kept in {@code store} or
     * else in an array of its own.
     */
    private static ShingleSet sortedSet(long[] windows, int count, ShingleStore store) {
        if (store == null) return ShingleSet.ofSorted(Arrays.copyOf(windows, LongSort.sortDistinctHashes(windows, 0, count)));
        long[] set = store.room(count);
        int at = store.at();
        return store.take(LongSort.sortDistinctHashes(windows, 0, count, set, at) - at); // sorted straight into the store
    }

    /** This draft with its set (as if every pending line stays) kept in {@code store}. */
    ShingleDraft storedIn(ShingleStore store) {
        return new ShingleDraft(store.add(allKept), uncertain, tokens, partEnds, partKinds, pending, sureTokens, title, titleBelow);
    }

    /** True when the set does not depend on the counts. */
    public boolean isFinal() {
        return uncertain == null;
    }

    /**
     * Adds the windows of {@code run[0, len)}, consecutive tokens of a body of {@code n}: its full
     * windows, or the one shingle of a body shorter than a window (which is all one run).
     */
    private static void windows(long[] run, int len, int n, Shingler shingler, LongList found) {
        if (len >= shingler.k() || (len == n && len > 0)) {
            long[] w = shingler.windows(run, 0, len);
            for (long v : w) found.add(v);
        }
    }

    /** The article's shingle set with the counts of {@code boilerplate}, which must be complete. */
    public ShingleSet resolve(Boilerplate boilerplate, Shingler shingler) {
        if (uncertain == null) return allKept;
        ShingleSet body = resolveBody(boilerplate, shingler);
        return title == null || body == title ? body : ShingleSet.withTitleIfShort(body, titleBelow, () -> title);
    }

    /** The set of the body's tokens the counts keep; the title's when they keep none. */
    private ShingleSet resolveBody(Boilerplate boilerplate, Shingler shingler) {
        int parts = partKinds.length;
        boolean[] gone = new boolean[parts];
        boolean any = false;
        int n = sureTokens;
        for (int p = 0, from = 0; p < parts; from = partEnds[p++]) {
            if (partKinds[p] < 0) continue;
            gone[p] = boilerplate.removes(pending[partKinds[p]]);
            any |= gone[p];
            if (!gone[p]) n += partEnds[p] - from;
        }
        if (!any) return allKept;
        if (n == 0) return title;
        int k = shingler.k();
        LongList found = new LongList(64);
        long[] run = new long[tokens.length];
        int len = 0;
        for (int p = 0, from = 0; p < parts; from = partEnds[p++]) {
            if (partKinds[p] == GAP) { // the tokens on either side are not consecutive
                windows(run, len, n, shingler, found);
                len = 0;
            } else if (!gone[p]) {
                System.arraycopy(tokens, from, run, len, partEnds[p] - from);
                len += partEnds[p] - from;
            }
        }
        windows(run, len, n, shingler, found);
        long[] crossing = Shingler.sortedDistinctInPlace(found.toArray());
        if (n < k) return ShingleSet.ofSorted(crossing);
        int size = allKept.size();
        long[] out = new long[size + crossing.length];
        int o = 0, c = 0;
        for (int i = 0; i < size; i++) {
            if ((uncertain[i >>> 6] & (1L << i)) != 0) continue;
            long v = allKept.hash(i);
            while (c < crossing.length && crossing[c] < v) out[o++] = crossing[c++];
            if (c < crossing.length && crossing[c] == v) c++;
            out[o++] = v;
        }
        while (c < crossing.length) out[o++] = crossing[c++];
        return ShingleSet.ofSorted(o == out.length ? out : Arrays.copyOf(out, o));
    }
}
