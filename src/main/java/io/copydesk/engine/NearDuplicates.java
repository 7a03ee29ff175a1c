package io.copydesk.engine;

import io.copydesk.analysis.Analyzer;
import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.ShingleDraft;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.analysis.Shingler;
import io.copydesk.document.Article;
import io.copydesk.fingerprint.Fingerprinter;
import io.copydesk.internal.LongList;
import io.copydesk.internal.Parallel;
import io.copydesk.internal.UnionFind;
import io.copydesk.lsh.AnchorIndex;
import io.copydesk.lsh.BriefIndex;
import io.copydesk.lsh.CandidatePairs;
import io.copydesk.lsh.LshIndex;
import io.copydesk.lsh.PrefixFilter;
import io.copydesk.minhash.MinHasher;
import io.copydesk.minhash.Signature;
import io.copydesk.verify.Overlap;
import io.copydesk.verify.Verifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * Finds duplicate articles: shingles → MinHash signatures → LSH bands (plus anchor shingles for
 * containment, and prefix and brief keys that make short texts' candidates exact) → candidate pairs → exact Jaccard and containment on the shingle sets → groups.
 * Reported scores are always exact; MinHash only proposes candidates.
 */
public final class NearDuplicates {
    /**
     * Documents of one LSH bucket whose pairs are all candidates; a larger bucket links its members
     * to its first one only (see {@link LshIndex#candidatePairs(int)}). Buckets of distinct texts
     * this large are template pages; news collections keep theirs far smaller.
     */
    public static final int MAX_BUCKET_PAIRS = 200;
    private static final int VERIFY_CHUNK = 4096;
    /**
     * Articles or candidates a thread takes at a time in the parallel stages: small enough that the
     * threads finish together (20,100 articles in chunks of 4,096 left one thread idle for the
     * last one, a sixth of the signing stage), large enough that handing them out costs nothing.
     */
    private static final int CHUNK = 1024;

    private final DedupConfig config;
    private final Verifier verifier;
    private final Shingler shingler;
    private final PrefixFilter prefixes;

    public NearDuplicates(DedupConfig config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
        this.verifier = new Verifier(config.rule());
        this.prefixes = new PrefixFilter(config.rule(), config.anchorRate());
        this.shingler = new Shingler(config.analysis().shingle(), config.analysis().seed());
    }

    /** The shingle sets of every article of the corpus, in input order (benchmarks and other engines use them). */
    public static List<ShingleSet> shingleSets(Corpus corpus, int threads, Progress progress) {
        return corpus.fingerprints(Fingerprinter.forDuplicates(corpus.config(), corpus.boilerplate()), threads, progress, (i, f) -> f.shingles());
    }

    public DedupResult find(Corpus corpus, Progress progress) {
        Collector collector = collector(corpus.size());
        Fingerprinter fingerprinter = Fingerprinter.forDuplicates(config.analysis(), corpus.boilerplate());
        List<ShingleSet> sets = corpus.fingerprints(fingerprinter, config.threads(), progress, (i, f) -> {
            collector.add(i, f.signature(), f.shingles());
            return f.shingles();
        });
        return collector.find(corpus.articles(), sets, progress);
    }

    /**
     * The first pass of a duplicate search that reads its input once, for {@link Corpus#scan(
     * io.copydesk.document.InputSet, io.copydesk.analysis.AnalysisConfig, io.copydesk.document.ReadProblems, Progress, int,
     * java.util.function.BiFunction, List)}: each article's shingle draft and line keys. Thread-safe. Then {@link #find(Corpus, List, Progress)}.
     */
    public BiFunction<Article, Boilerplate.Builder, Corpus.Scanned<ShingleDraft>> firstPass() {
        config.searchBandingAhead(); // wanted once the input is read
        Boilerplate noCounts = Boilerplate.perArticle(config.analysis().boilerplate()); // drafts read no counts of their remover
        ThreadLocal<Analyzer> analyzers = ThreadLocal.withInitial(() -> new Analyzer(config.analysis(), noCounts));
        return (a, counts) -> {
            Analyzer.Drafted d = analyzers.get().draft(a, counts, shingler);
            return new Corpus.Scanned<>(d.draft(), d.keys());
        };
    }

    /**
     * The duplicates among the corpus's articles, {@code drafts.get(i)} being article {@code i}'s
     * draft from {@link #firstPass()}: the same result as {@link #find(Corpus, Progress)}, without
     * reading the input again. The drafts are resolved with the corpus's counts and dropped from
     * the list as they are (the list must allow {@code set}).
     */
    public DedupResult find(Corpus corpus, List<ShingleDraft> drafts, Progress progress) {
        int n = drafts.size();
        if (n != corpus.size()) throw new IllegalArgumentException(n + " drafts for " + corpus.size() + " articles");
        Boilerplate counts = corpus.boilerplate();
        ShingleSet[] sets = new ShingleSet[n];
        Collector collected = signed(n, i -> {
            sets[i] = drafts.get(i).resolve(counts, shingler);
            drafts.set(i, null);
            return sets[i];
        }, progress);
        return find(corpus.articles(), Arrays.asList(sets), collected, progress);
    }

    /**
     * Collects the signatures and anchors of {@code n} articles as their fingerprints are computed (on any
     * thread), so another use case's fingerprint pass can find duplicates too.
     */
    public Collector collector(int n) {
        return new Collector(config.exact() ? null : new LshIndex(config.banding(), n), config.exact() ? null : new int[n][],
                config.exact() ? null : new int[n][]);
    }

    /** Signatures, anchors and brief keys gathered during one fingerprint pass; {@link #find} then verifies the candidates, once. */
    public final class Collector {
        private final LshIndex lsh;
        private final int[][] anchorsOf;
        private final int[][] briefKeysOf;
        // the anchors' index: its rule finds them on the threads as articles are added, then find() fills it in order
        private final AnchorIndex anchors = new AnchorIndex(config.anchorRate(), config.rule().leastShare());

        private Collector(LshIndex lsh, int[][] anchorsOf, int[][] briefKeysOf) {
            this.lsh = lsh;
            this.anchorsOf = anchorsOf;
            this.briefKeysOf = briefKeysOf;
        }

        /**
         * Adds article {@code index}'s signature, its {@link PrefixFilter} keys when its shingle {@code set} is short,
         * when it is long enough to be contained its anchors ({@link AnchorIndex#anchors}), and when it is a brief its
         * brief keys: found while the set is at hand, as signing finds them. Thread-safe.
         */
        public void add(int index, Signature signature, ShingleSet set) {
            if (lsh == null) return;
            lsh.add(index, signature);
            if (prefixes.applies(set.size())) lsh.addPrefixKeys(index, prefixes.keys(set));
            if (set.size() >= config.minContainedShingles()) anchorsOf[index] = anchors.anchors(set);
            if (prefixes.isBrief(set.size())) briefKeysOf[index] = prefixes.briefKeys(set);
        }

        /** The duplicates among the articles, {@code sets.get(i)} being article {@code i}'s shingle set. */
        public DedupResult find(List<ArticleMeta> articles, List<ShingleSet> sets, Progress progress) {
            return NearDuplicates.this.find(articles, sets, this, progress);
        }
    }

    /**
     * Duplicates among articles whose shingle sets are already known (e.g. read from a persistent
     * index); {@code sets.get(i)} belongs to {@code articles.get(i)}, whose index must be {@code i}.
     * Gives the same result as {@link #find(Corpus, Progress)} on the same articles and sets.
     */
    public DedupResult find(List<ArticleMeta> articles, List<ShingleSet> sets, Progress progress) {
        if (articles.size() != sets.size()) throw new IllegalArgumentException(articles.size() + " articles but " + sets.size() + " shingle sets");
        return find(articles, sets, config.exact() ? collector(0) : signed(sets.size(), sets::get, progress), progress);
    }

    /**
     * Exact Jaccard and containment of every candidate pair (LSH bands and anchors), duplicates or
     * not, ordered by (a, b): where the collection's scores fall against the threshold. Pairs are
     * between distinct texts, as dedup verifies them: copies with the same shingle set stand behind
     * their first one. Empty in exact mode, which has no candidates.
     */
    public List<DuplicatePair> candidateScores(List<ShingleSet> sets) {
        return candidateScores(sets, Progress.NONE);
    }

    /** As {@link #candidateScores(List)}, in the counted stages {@code copies}, {@code candidates} and {@code scores}. */
    public List<DuplicatePair> candidateScores(List<ShingleSet> sets, Progress progress) {
        if (config.exact()) return List.of();
        Collector collected = signed(sets.size(), sets::get, progress);
        CandidatePairs candidates = candidates(collected, sets, copies(sets, progress), progress);
        progress.start("scores", candidates.size());
        List<DuplicatePair> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            int a = candidates.a(i), b = candidates.b(i);
            ShingleSet x = sets.get(a), y = sets.get(b);
            if ((i + 1) % VERIFY_CHUNK == 0 || i == candidates.size() - 1) progress.advance(i % VERIFY_CHUNK + 1);
            if (x.isEmpty() || y.isEmpty()) continue;
            int inter = x.intersectionSize(y);
            out.add(new DuplicatePair(a, b, (double) inter / (x.size() + y.size() - inter), (double) inter / Math.min(x.size(), y.size())));
        }
        progress.finish();
        return out;
    }

    /** Classes of identical shingle sets, in the counted stage {@code copies} (articles). */
    private ExactCopies copies(List<ShingleSet> sets, Progress progress) {
        progress.start("copies", sets.size()); // finding identical sets takes a second on 200k articles: on screen too
        ExactCopies copies = ExactCopies.of(sets, config.threads(), progress::advance);
        progress.finish();
        return copies;
    }

    /**
     * Asks {@code setOf} for the shingle sets of articles {@code 0..n-1}, on the threads, in the
     * counted stage {@code signing}, and collects their signatures and anchors ({@link Collector#add})
     * while each set is at hand (a second pass over every set was most of the stage {@code anchors}).
     */
    private Collector signed(int n, IntFunction<ShingleSet> setOf, Progress progress) {
        Collector collector = collector(n);
        MinHasher minHasher = new MinHasher(config.hashes(), config.analysis().seed());
        progress.start("signing", n);
        Parallel.map(config.threads(), (n + CHUNK - 1) / CHUNK, c -> {
            int end = Math.min(n, (c + 1) * CHUNK);
            for (int i = c * CHUNK; i < end; i++) {
                ShingleSet set = setOf.apply(i);
                if (!config.exact()) collector.add(i, minHasher.sign(set), set);
            }
            progress.advance(end - c * CHUNK);
            return null;
        });
        progress.finish();
        return collector;
    }

    private DedupResult find(List<ArticleMeta> articles, List<ShingleSet> sets, Collector collected, Progress progress) {
        ExactCopies copies = copies(sets, progress);
        CandidatePairs candidates = config.exact() ? null : candidates(collected, sets, copies, progress);
        List<DuplicatePair> pairs = config.exact() ? verifyAll(sets, copies, progress) : verify(candidates, sets, progress);
        List<DuplicateGroup> groups = group(articles, pairs, sets, copies, progress);
        long distinct = copies.distinct();
        long verified = config.exact() ? distinct * (distinct - 1) / 2 : candidates.size();
        return new DedupResult(articles, pairs, copies, groups, verified);
    }

    /**
     * Candidate pairs of representatives only: a copy pairs with everything its first copy pairs
     * with. Counted in two stages: {@code anchors} (articles whose anchors and brief keys are indexed) and {@code
     * candidates} (bucket entries gone through: every article in each LSH band, then each anchor entry,
     * then each article looked up among the briefs' keys).
     */
    private CandidatePairs candidates(Collector collected, List<ShingleSet> sets, ExactCopies copies, Progress progress) {
        int n = sets.size();
        LshIndex lsh = collected.lsh;
        progress.start("anchors", n);
        AnchorIndex anchors = collected.anchors;
        BriefIndex briefs = new BriefIndex();
        int[][] of = collected.anchorsOf, keysOf = collected.briefKeysOf;
        for (int i = 0; i < of.length; i++) { // in order, each article's anchors and brief keys dropped once added
            added(i, of[i], keysOf[i], sets.get(i), lsh, anchors, briefs, copies);
            of[i] = keysOf[i] = null;
        }
        progress.advance(n);
        progress.finish();
        progress.start("candidates", (long) lsh.bands() * n + anchors.entries() + n);
        CandidatePairs banded = lsh.candidatePairs(MAX_BUCKET_PAIRS, config.threads(), () -> progress.advance(n));
        CandidatePairs anchored = anchors.candidatePairs(config.threads(), progress::advance);
        CandidatePairs briefed = briefs.candidatePairs(n, i -> copies.isRep(i) ? sets.get(i) : null, copies::copies, config.threads(),
                progress::advance);
        CandidatePairs all = CandidatePairs.union(CandidatePairs.union(banded, anchored), briefed);
        progress.finish();
        return all;
    }

    /**
     * Article {@code i}, of shingles {@code set}, added to the candidates' indexes: its anchors {@code of} and brief
     * keys {@code keys} (either null when it has none), or, for a copy, its removal from the bands. A call an article:
     * the loop runs once, on the main thread, and a body of its own stayed interpreted for its first thousands of articles.
     */
    private void added(int i, int[] of, int[] keys, ShingleSet set, LshIndex lsh, AnchorIndex anchors, BriefIndex briefs, ExactCopies copies) {
        if (!copies.isRep(i)) {
            lsh.remove(i);
            return;
        }
        if (of != null) anchors.add(i, of, copies.copies(i));
        if (keys != null) briefs.add(i, keys, prefixes.briefNeed(set.size(), keys.length));
    }

    private List<DuplicatePair> verify(CandidatePairs candidates, List<ShingleSet> sets, Progress progress) {
        int chunks = (candidates.size() + CHUNK - 1) / CHUNK;
        progress.start("verifying", candidates.size());
        List<List<DuplicatePair>> parts = Parallel.map(config.threads(), chunks, c -> {
            List<DuplicatePair> out = new ArrayList<>();
            int end = Math.min(candidates.size(), (c + 1) * CHUNK);
            for (int i = c * CHUNK; i < end; i++) {
                DuplicatePair d = check(candidates.a(i), candidates.b(i), sets);
                if (d != null) out.add(d);
            }
            progress.advance(end - c * CHUNK);
            return out;
        });
        progress.finish();
        List<DuplicatePair> pairs = new ArrayList<>();
        parts.forEach(pairs::addAll);
        return pairs;
    }

    private List<DuplicatePair> verifyAll(List<ShingleSet> sets, ExactCopies copies, Progress progress) {
        int[] reps = new int[copies.distinct()];
        for (int i = 0, k = 0; i < sets.size(); i++) if (copies.isRep(i)) reps[k++] = i;
        int n = reps.length;
        progress.start("comparing all pairs", n);
        List<List<DuplicatePair>> rows = Parallel.map(config.threads(), n, a -> {
            List<DuplicatePair> out = new ArrayList<>();
            for (int b = a + 1; b < n; b++) {
                DuplicatePair d = check(reps[a], reps[b], sets);
                if (d != null) out.add(d);
            }
            progress.advance(1);
            return out;
        });
        progress.finish();
        List<DuplicatePair> pairs = new ArrayList<>();
        rows.forEach(pairs::addAll);
        return pairs;
    }

    /** Exact scores of a pair, or null when it is not a duplicate. */
    DuplicatePair check(int a, int b, List<ShingleSet> sets) {
        return check(a, b, sets.get(a), sets.get(b));
    }

    /** Exact scores of articles {@code a} and {@code b} with these shingle sets, or null when they are not duplicates. */
    public DuplicatePair check(int a, int b, ShingleSet x, ShingleSet y) {
        Overlap o = verifier.verify(x, y);
        return o == null ? null : new DuplicatePair(a, b, o.jaccard(), o.containment());
    }

    /**
     * The duplicate groups, each led by its canonical copy: the connected components of the pairs at the Jaccard
     * threshold (and identical copies), each then joined by {@link GroupRules#attach} to at most one other that contains
     * it; the canonical copy is the keep policy's first of the members no other member contains ({@link GroupRules}).
     * The stage {@code grouping} counts the pairs joined, then each article twice: joined with its identical copies,
     * and placed (scored against its group's canonical copy, or left alone).
     */
    List<DuplicateGroup> group(List<ArticleMeta> articles, List<DuplicatePair> pairs, List<ShingleSet> sets, ExactCopies copies,
                               Progress progress) {
        int n = articles.size();
        progress.start("grouping", pairs.size() + 2L * n);
        UnionFind uf = new UnionFind(n);
        double threshold = config.threshold();
        // (a call a pair, an article: these loops run once, on the main thread, and bodies of their own stayed interpreted for thousands of turns)
        for (int k = 0; k < pairs.size(); k++) joined(uf, pairs.get(k), threshold, k, pairs.size(), progress);
        int[] root = new int[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) joined(uf, i, copies.rep(i), i, n, progress);
        boolean[] contained = GroupRules.attach(uf, pairs, threshold, sets, copies::rep);
        for (int i = 0; i < n; i++) count[root[i] = uf.find(i)]++;
        List<List<Integer>> byRoot = new ArrayList<>();
        int[] slot = new int[n];
        Arrays.fill(slot, -1);
        for (int i = 0; i < n; i++) placed(i, root[i], count, slot, byRoot, progress);
        Comparator<ArticleMeta> order = config.keep().order();
        long[] verified = new long[pairs.size()]; // the pairs, packed: where a member's score against its canonical copy may be found
        for (int k = 0; k < verified.length; k++) verified[k] = LongList.pair(pairs.get(k).a(), pairs.get(k).b());
        int perChunk = CHUNK / 4; // groups of a few articles each: a chunk of about CHUNK articles
        List<List<DuplicateGroup>> parts = Parallel.map(config.threads(), (byRoot.size() + perChunk - 1) / perChunk, c -> {
            List<DuplicateGroup> out = new ArrayList<>(perChunk);
            for (int g = c * perChunk; g < Math.min(byRoot.size(), (c + 1) * perChunk); g++) {
                List<Integer> members = byRoot.get(g);
                out.add(scored(members, articles, contained, sets, copies, order, pairs, verified));
                progress.advance(members.size());
            }
            return out;
        });
        List<DuplicateGroup> groups = new ArrayList<>(byRoot.size());
        parts.forEach(groups::addAll);
        progress.finish();
        groups.sort((x, y) -> Integer.compare(x.canonical(), y.canonical())); // not Comparator.comparingInt: see KeepPolicy
        return groups;
    }

    /**
     * Joins pair {@code p}, the {@code k}th of {@code size}, if it is at the Jaccard {@code threshold} (a pair by
     * containment only is left to {@link GroupRules#attach}); progress after each VERIFY_CHUNK pairs and the last.
     */
    private static void joined(UnionFind uf, DuplicatePair p, double threshold, int k, int size, Progress progress) {
        if (p.jaccard() >= threshold) uf.union(p.a(), p.b());
        if ((k + 1) % VERIFY_CHUNK == 0 || k == size - 1) progress.advance(k % VERIFY_CHUNK + 1);
    }

    /** Joins articles {@code a} and {@code b}, the {@code k}th pair of {@code size}; progress after each VERIFY_CHUNK pairs and the last. */
    private static void joined(UnionFind uf, int a, int b, int k, int size, Progress progress) {
        uf.union(a, b);
        if ((k + 1) % VERIFY_CHUNK == 0 || k == size - 1) progress.advance(k % VERIFY_CHUNK + 1);
    }

    /** Article {@code i}, of root {@code root}, listed in its root's group if it has one ({@code slot}: a root's place in {@code byRoot}). */
    private static void placed(int i, int root, int[] count, int[] slot, List<List<Integer>> byRoot, Progress progress) {
        if (count[root] < 2) {
            progress.advance(1);
            return;
        }
        if (slot[root] < 0) {
            slot[root] = byRoot.size();
            byRoot.add(new ArrayList<>());
        }
        byRoot.get(slot[root]).add(i);
    }

    /**
     * The group of {@code members}: its canonical copy first (the keep policy's first of those not {@code contained}),
     * then every other member scored against it, in input order.
     * A member whose first copy was verified against the canonical's takes that pair's scores (the same numbers: both
     * scores are symmetric, and copies have the same set), found in {@code verified}, {@code pairs} packed.
     */
    private static DuplicateGroup scored(List<Integer> members, List<ArticleMeta> articles, boolean[] contained, List<ShingleSet> sets,
                                         ExactCopies copies, Comparator<ArticleMeta> order, List<DuplicatePair> pairs, long[] verified) {
        int canonical = members.getFirst(); // the first of the best (a loop: a stream here was C2's third largest compile after reading)
        for (int m : members) {
            if (GroupRules.keptBefore(articles.get(m), contained[m], articles.get(canonical), contained[canonical], order)) {
                canonical = m;
            }
        }
        ShingleSet c = sets.get(canonical);
        List<DuplicateGroup.Member> out = new ArrayList<>(members.size());
        out.add(new DuplicateGroup.Member(canonical, 1.0, 1.0));
        for (int m : members) {
            if (m == canonical) continue;
            if (copies.rep(m) == copies.rep(canonical)) { out.add(new DuplicateGroup.Member(m, 1.0, 1.0)); continue; }
            int k = Arrays.binarySearch(verified, LongList.pair(copies.rep(m), copies.rep(canonical))); // in (a, b) order, as verified
            if (k >= 0) { out.add(new DuplicateGroup.Member(m, pairs.get(k).jaccard(), pairs.get(k).containment())); continue; }
            Overlap o = Overlap.of(c, sets.get(m));
            out.add(new DuplicateGroup.Member(m, o.jaccard(), o.containment()));
        }
        return new DuplicateGroup(out);
    }
}
