package io.copydesk.bench;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.analysis.Shingler;
import io.copydesk.engine.Corpus;
import io.copydesk.internal.LongList;
import io.copydesk.internal.Parallel;
import io.copydesk.engine.Progress;
import java.util.Arrays;
import java.util.List;

/**
 * Exact all-pairs Jaccard join by prefix filtering (the AllPairs idea of Bayardo, Ma & Srikant,
 * 2007), for ground truth where comparing every pair is too slow. Order all shingles by document
 * frequency (rarest first, ties by hash). If {@code J(x, y) >= t} then {@code |x ∩ y| >= t·max(|x|, |y|)},
 * so the first {@code |x| - ceil(t·|x|) + 1} shingles of x and the first {@code |y| - ceil(t·|y|) + 1}
 * of y share at least one shingle: documents sharing a prefix shingle, with sizes within a
 * factor t, are the only candidates, and each is verified on the exact sets. No pair with
 * {@code J >= t} is missed; the sanity test checks it equals copydesk's all-pairs answer.
 */
final class PrefixFilterEngine implements Engine {
    @Override
    public String name() {
        return "exact-prefix";
    }

    @Override
    public String description() {
        return "exact Jaccard join by prefix filtering (AllPairs) on copydesk's shingle sets: same answer as exact, without comparing every pair";
    }

    @Override
    public Result run(Corpus corpus, int threads) {
        // The same shingles NearDuplicates computes (the engine no longer exposes its helper for this).
        Shingler shingler = new Shingler(corpus.config().shingle(), corpus.config().seed());
        List<ShingleSet> sets = corpus.analyze(threads, Progress.NONE, a -> shingler.shingles(a.tokens()));
        return join(sets, SideBySide.THRESHOLD, threads);
    }

    static Result join(List<ShingleSet> sets, double t, int threads) {
        int n = sets.size();
        long total = 0;
        for (ShingleSet s : sets) total += s.size();
        long[] all = new long[Math.toIntExact(total)];
        int w = 0;
        for (ShingleSet s : sets) for (long h : s.hashes()) all[w++] = h;
        Arrays.sort(all);
        // Distinct shingles (ascending) and their document frequencies.
        int u = 0;
        int[] df = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            if (u > 0 && all[u - 1] == all[i]) { df[u - 1]++; continue; }
            all[u] = all[i];
            df[u++] = 1;
        }
        long[] distinct = Arrays.copyOf(all, u);
        all = null;
        // Prefix entries (token id << 32 | doc); a token id orders by (df, hash).
        LongList entries = new LongList();
        for (int d = 0; d < n; d++) {
            long[] h = sets.get(d).hashes();
            if (h.length == 0) continue;
            long[] keys = new long[h.length];
            for (int i = 0; i < h.length; i++) {
                int id = Arrays.binarySearch(distinct, h[i]);
                keys[i] = ((long) df[id] << 32) | id;
            }
            Arrays.sort(keys);
            int prefix = h.length - (int) Math.ceil(t * h.length) + 1;
            for (int i = 0; i < prefix; i++) entries.add((keys[i] & 0xFFFFFFFFL) << 32 | d);
        }
        long[] e = entries.toArray();
        Arrays.sort(e);
        LongList candidates = new LongList();
        for (int i = 0, j; i < e.length; i = j) {
            for (j = i + 1; j < e.length && e[j] >>> 32 == e[i] >>> 32; j++) { }
            for (int a = i; a < j; a++) {
                int x = (int) e[a], sx = sets.get(x).size();
                for (int b = a + 1; b < j; b++) {
                    int y = (int) e[b], sy = sets.get(y).size();
                    if (Math.min(sx, sy) >= t * Math.max(sx, sy)) candidates.add(LongList.pair(x, y));
                }
            }
        }
        candidates.sortDistinct();
        int chunk = 1 << 14;
        List<LongList> parts = Parallel.map(threads, (candidates.size() + chunk - 1) / chunk, c -> {
            LongList out = new LongList();
            for (int i = c * chunk; i < Math.min(candidates.size(), (c + 1) * chunk); i++) {
                long p = candidates.get(i);
                if (sets.get(LongList.first(p)).jaccard(sets.get(LongList.second(p))) >= t) out.add(p);
            }
            return out;
        });
        LongList pairs = new LongList();
        parts.forEach(pairs::addAll);
        return new Result(pairs.toArray(), candidates.size());
    }
}
