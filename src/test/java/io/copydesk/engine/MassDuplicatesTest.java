package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.document.Article;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.internal.UnionFind;
import io.copydesk.testing.Jsonl;
import io.copydesk.testing.Prose;
import io.copydesk.verify.Overlap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thousands of copies of one text cost linear work, and collapsing them never changes the answer. */
class MassDuplicatesTest {
    @TempDir Path dir;

    private DedupResult dedup(List<Article> articles, DedupConfig config) {
        Path file = Jsonl.write(dir.resolve("in-" + System.nanoTime() + ".jsonl"), articles);
        try (InputSet in = InputSet.of(List.of(file.toString()))) {
            Corpus corpus = Corpus.scan(in, config.analysis(), ReadProblems.silent(), Progress.NONE);
            return new NearDuplicates(config).find(corpus, Progress.NONE);
        }
    }

    /** 60 stories, some with an edited copy, then {@code copies} identical copies of one press release. */
    private static List<Article> withCopies(int copies) {
        Prose prose = new Prose(13);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String body = prose.body(3);
            out.add(new Article("s" + i, null, body, null, null, null));
            if (i % 3 == 0) out.add(new Article("s" + i + "e", null, prose.edit(body, 0.1), null, null, null));
        }
        String release = prose.body(2);
        for (int c = 0; c < copies; c++) out.add(new Article(String.format("r%05d", c), null, release, null, null, null));
        return out;
    }

    @Test
    void thousandsOfCopiesFormOneGroupAndAddNoVerifiedPair() {
        DedupConfig config = DedupConfig.DEFAULT.withThreads(2);
        DedupResult few = dedup(withCopies(2), config);
        DedupResult many = dedup(withCopies(4000), config);
        DuplicateGroup release = many.groups().stream().filter(g -> many.articles().get(g.canonical()).id().startsWith("r")).findFirst().orElseThrow();
        assertEquals(4000, release.members().size());
        assertEquals("r00000", many.articles().get(release.canonical()).id(), "earliest policy, no dates, same length: smallest id");
        assertTrue(release.members().stream().allMatch(m -> m.jaccard() == 1.0 && m.containment() == 1.0));
        assertEquals(few.groups().size(), many.groups().size(), "the other groups are untouched");
        assertEquals(few.candidates(), many.candidates(), "copies of one text are verified through their first copy only");
        assertEquals(few.pairCount() - 1 + 4000L * 3999 / 2, many.pairCount(), "every pair of copies is still a duplicate pair");
        assertEquals(few.distinctTexts(), many.distinctTexts());
    }

    @Test
    void templatePagesDifferingInOneWordVerifyLinearlyManyPairs() {
        Prose prose = new Prose(29);
        String[] words = prose.body(4).split(" ");
        int n = 1500;
        List<Article> pages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] w = words.clone();
            w[w.length / 2] = "item" + i; // one word differs: every page shares most band keys with every other
            pages.add(new Article("p" + i, null, String.join(" ", w), null, null, null));
        }
        DedupResult r = dedup(pages, DedupConfig.DEFAULT.withThreads(2));
        assertEquals(1, r.groups().size());
        assertEquals(n, r.groups().getFirst().members().size());
        assertTrue(r.candidates() <= 3L * n, "hot buckets link members to one representative: " + r.candidates()
                + " verified pairs for " + n + " pages (all pairs: " + (long) n * (n - 1) / 2 + ")");
    }

    /**
     * Property: on random shingle sets with near duplicates, contained briefs, empty sets and
     * injected identical copies, (a) exact comparison with copies collapsed reports the very pairs
     * and groups a brute-force comparison of every pair reports, and (b) with LSH, injecting copies
     * only adds each copy to its original's group, with its original's scores.
     */
    @Test
    void collapsingIdenticalArticlesChangesNoGroup() {
        for (long seed = 1; seed <= 12; seed++) {
            Random rnd = new Random(seed);
            List<ShingleSet> base = randomSets(rnd, 40 + rnd.nextInt(80));
            List<ShingleSet> all = new ArrayList<>(base);
            List<Integer> originalOf = new ArrayList<>();
            int injected = 1 + rnd.nextInt(40);
            for (int c = 0; c < injected; c++) {
                int o = rnd.nextInt(base.size());
                all.add(base.get(o));
                originalOf.add(o);
            }
            String why = "seed " + seed;
            DedupConfig config = new DedupConfig(AnalysisConfig.DEFAULT, 0.5, 0.8, 15, null, 8, false, KeepPolicy.first, 2);

            DedupResult exact = new NearDuplicates(config.withExact(true)).find(metas(all.size()), all, Progress.NONE);
            assertEquals(bruteForcePairs(all, config), exact.pairs(), why);
            assertEquals(partition(all.size(), exact.pairs()), partition(exact), why);

            DedupResult without = new NearDuplicates(config).find(metas(base.size()), base, Progress.NONE);
            DedupResult with = new NearDuplicates(config).find(metas(all.size()), all, Progress.NONE);
            assertEquals(expectedWithCopies(without, originalOf, base), with.groups(), why);
        }
    }

    /**
     * Property: every member of a group carries the exact overlap of its set with its canonical copy's
     * (1 and 1 for an identical copy), however the canonical copy is chosen (here the longest, lengths
     * drawn at random: often a later copy, or an article verified only through others), with LSH and exact.
     */
    @Test
    void membersCarryTheirExactOverlapWithTheCanonicalCopy() {
        int members = 0;
        for (long seed = 1; seed <= 12; seed++) {
            Random rnd = new Random(seed);
            List<ShingleSet> sets = randomSets(rnd, 60 + rnd.nextInt(80));
            for (int c = 1 + rnd.nextInt(20); c > 0; c--) sets.add(sets.get(rnd.nextInt(sets.size())));
            List<ArticleMeta> metas = new ArrayList<>();
            for (int i = 0; i < sets.size(); i++) metas.add(new ArticleMeta(i, "a" + i, null, null, null, null, rnd.nextInt(4), "test:" + i));
            for (boolean exact : new boolean[] {false, true}) {
                DedupConfig config = new DedupConfig(AnalysisConfig.DEFAULT, 0.5, 0.8, 15, null, 8, exact, KeepPolicy.longest, 2);
                for (DuplicateGroup g : new NearDuplicates(config).find(metas, sets, Progress.NONE).groups()) {
                    ShingleSet canonical = sets.get(g.canonical());
                    assertEquals(new DuplicateGroup.Member(g.canonical(), 1.0, 1.0), g.members().getFirst());
                    for (DuplicateGroup.Member m : g.members().subList(1, g.members().size())) {
                        ShingleSet set = sets.get(m.index());
                        Overlap o = Overlap.of(canonical, set);
                        DuplicateGroup.Member want = set.equals(canonical) ? new DuplicateGroup.Member(m.index(), 1.0, 1.0)
                                : new DuplicateGroup.Member(m.index(), o.jaccard(), o.containment());
                        assertEquals(want, m, "seed " + seed + (exact ? " exact" : " LSH") + ", canonical " + g.canonical());
                        members++;
                    }
                }
            }
        }
        assertTrue(members > 200, "members scored: " + members);
    }

    /**
     * Property: a collector fed by another use case's fingerprint pass, its articles in any order (as worker
     * threads hand them over), gives the candidates, pairs and groups of dedup's own signing: articles too short to
     * be contained, copies, empty sets and briefs among them.
     */
    @Test
    void aCollectorFedInAnyOrderGivesTheCandidatesOfSigning() {
        for (long seed = 1; seed <= 12; seed++) {
            Random rnd = new Random(seed);
            List<ShingleSet> sets = randomSets(rnd, 60 + rnd.nextInt(80));
            for (int c = rnd.nextInt(10); c > 0; c--) sets.add(sets.get(rnd.nextInt(sets.size())));
            DedupConfig config = new DedupConfig(AnalysisConfig.DEFAULT, 0.5, 0.8, 15, null, 2, false, KeepPolicy.first, 2);
            DedupResult whileSigning = new NearDuplicates(config).find(metas(sets.size()), sets, Progress.NONE);
            NearDuplicates.Collector collector = new NearDuplicates(config).collector(sets.size());
            io.copydesk.minhash.MinHasher signer = new io.copydesk.minhash.MinHasher(config.hashes(), config.analysis().seed());
            List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, sets.size()).boxed().toList());
            java.util.Collections.shuffle(order, rnd);
            for (int i : order) collector.add(i, signer.sign(sets.get(i)), sets.get(i));
            DedupResult after = collector.find(metas(sets.size()), sets, Progress.NONE);
            String why = "seed " + seed;
            assertEquals(after.candidates(), whileSigning.candidates(), why);
            assertEquals(after.pairs(), whileSigning.pairs(), why);
            assertEquals(after.groups(), whileSigning.groups(), why);
        }
    }

    private static List<ShingleSet> randomSets(Random rnd, int n) {
        List<ShingleSet> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = rnd.nextInt(6);
            if (kind == 0 && !out.isEmpty()) { // an edited version of an earlier set
                long[] h = out.get(rnd.nextInt(out.size())).hashes().clone();
                for (int k = 0; k < h.length; k++) if (rnd.nextInt(8) == 0) h[k] = rnd.nextLong();
                out.add(ShingleSet.of(h));
            } else if (kind == 1 && !out.isEmpty()) { // a brief: a part of an earlier set
                long[] h = out.get(rnd.nextInt(out.size())).hashes();
                out.add(ShingleSet.of(java.util.Arrays.copyOf(h, Math.max(1, h.length * 2 / 3))));
            } else if (kind == 2 && rnd.nextInt(4) == 0) {
                out.add(ShingleSet.of(new long[0]));
            } else {
                long[] h = new long[5 + rnd.nextInt(60)];
                for (int k = 0; k < h.length; k++) h[k] = rnd.nextLong();
                out.add(ShingleSet.of(h));
            }
        }
        return out;
    }

    private static List<ArticleMeta> metas(int n) {
        List<ArticleMeta> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new ArticleMeta(i, "a" + i, null, null, null, null, 0, "test:" + i));
        return out;
    }

    private static List<DuplicatePair> bruteForcePairs(List<ShingleSet> sets, DedupConfig config) {
        List<DuplicatePair> out = new ArrayList<>();
        for (int a = 0; a < sets.size(); a++) {
            for (int b = a + 1; b < sets.size(); b++) {
                ShingleSet x = sets.get(a), y = sets.get(b);
                Overlap o = Overlap.of(x, y);
                if (config.rule().isDuplicate(o)) out.add(new DuplicatePair(a, b, o.jaccard(), o.containment()));
            }
        }
        return out;
    }

    private static TreeSet<TreeSet<Integer>> partition(int n, List<DuplicatePair> pairs) {
        UnionFind uf = new UnionFind(n);
        for (DuplicatePair p : pairs) uf.union(p.a(), p.b());
        TreeMap<Integer, TreeSet<Integer>> byRoot = new TreeMap<>();
        for (int i = 0; i < n; i++) byRoot.computeIfAbsent(uf.find(i), r -> new TreeSet<>()).add(i);
        TreeSet<TreeSet<Integer>> out = new TreeSet<>(MassDuplicatesTest::compare);
        for (TreeSet<Integer> g : byRoot.values()) if (g.size() > 1) out.add(g);
        return out;
    }

    private static TreeSet<TreeSet<Integer>> partition(DedupResult r) {
        TreeSet<TreeSet<Integer>> out = new TreeSet<>(MassDuplicatesTest::compare);
        for (DuplicateGroup g : r.groups()) {
            TreeSet<Integer> s = new TreeSet<>();
            g.members().forEach(m -> s.add(m.index()));
            out.add(s);
        }
        return out;
    }

    private static int compare(TreeSet<Integer> x, TreeSet<Integer> y) {
        return x.toString().compareTo(y.toString());
    }

    /** The groups of {@code without}, each copy (index {@code n + c}) joining its original's group with its scores. */
    private static List<DuplicateGroup> expectedWithCopies(DedupResult without, List<Integer> originalOf, List<ShingleSet> base) {
        int n = base.size();
        List<List<DuplicateGroup.Member>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        for (DuplicateGroup g : without.groups()) {
            for (DuplicateGroup.Member m : g.members()) groupOf[m.index()] = groups.size();
            groups.add(new ArrayList<>(g.members()));
        }
        for (int c = 0; c < originalOf.size(); c++) {
            int o = originalOf.get(c);
            if (base.get(o).isEmpty()) continue; // empty sets are never duplicates, not even of each other
            if (groupOf[o] < 0) { // a lone article and its copy become a group of their own
                groupOf[o] = groups.size();
                groups.add(new ArrayList<>(List.of(new DuplicateGroup.Member(o, 1.0, 1.0))));
            }
            List<DuplicateGroup.Member> g = groups.get(groupOf[o]);
            DuplicateGroup.Member of = g.stream().filter(m -> m.index() == o).findFirst().orElseThrow();
            g.add(new DuplicateGroup.Member(n + c, of.jaccard(), of.containment()));
        }
        List<DuplicateGroup> out = new ArrayList<>();
        for (List<DuplicateGroup.Member> g : groups) out.add(new DuplicateGroup(g));
        out.sort(java.util.Comparator.comparingInt(DuplicateGroup::canonical));
        return out;
    }
}
