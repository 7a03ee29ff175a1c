package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.document.Article;
import io.copydesk.fingerprint.Fingerprint;
import io.copydesk.fingerprint.Fingerprinter;
import io.copydesk.lsh.AnchorIndex;
import io.copydesk.testing.ContainedBriefs;
import io.copydesk.testing.Prose;
import io.copydesk.verify.Verifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DuplicateIndexTest {
    private final List<StoryFixture.Item> items = StoryFixture.generate(11, 4, 4, true);

    /** The exact answer: every indexed article whose exact scores pass the rule, found by comparing with all. */
    private static Set<String> exact(Article q, List<Article> indexed) {
        Fingerprinter f = new Fingerprinter(DedupConfig.DEFAULT.analysis(), Boilerplate.perArticle(DedupConfig.DEFAULT.analysis().boilerplate()));
        Verifier v = new Verifier(DedupConfig.DEFAULT.rule());
        Fingerprint fq = f.fingerprint(q);
        Set<String> out = new TreeSet<>();
        for (Article a : indexed) if (!a.id().equals(q.id()) && v.verify(fq, f.fingerprint(a)) != null) out.add(a.id());
        return out;
    }

    @Test
    void queriesFindExactlyTheVerifiedDuplicatesOfTheFixture() {
        DuplicateIndex index = new DuplicateIndex();
        List<Article> all = items.stream().map(StoryFixture.Item::article).toList();
        all.forEach(index::add);
        assertEquals(all.size(), index.size());
        int withCopies = 0;
        for (Article q : all) {
            Set<String> found = new TreeSet<>(index.query(q).stream().map(DuplicateIndex.Match::id).toList());
            assertEquals(exact(q, all), found, q.id());
            if (!found.isEmpty()) withCopies++;
        }
        assertEquals(16, withCopies, "8 events, each with one report and its copy");
    }

    @Test
    void removedArticlesAreNoLongerFoundAndReAddingReplaces() {
        DuplicateIndex index = new DuplicateIndex();
        Article report = items.get(0).article(), copy = items.get(1).article();
        assertTrue(copy.id().startsWith("copy/"), copy.id());
        index.add(report);
        List<DuplicateIndex.Match> m = index.query(copy);
        assertEquals(List.of(report.id()), m.stream().map(DuplicateIndex.Match::id).toList());
        assertTrue(m.getFirst().jaccard() > 0.5 && m.getFirst().jaccard() <= 1.0);
        assertTrue(index.remove(report.id()));
        assertFalse(index.remove(report.id()));
        assertTrue(index.query(copy).isEmpty());
        index.add(report);
        index.add(new Article(report.id(), null, items.get(5).article().text(), null, null, null)); // same id, other text
        assertEquals(1, index.size());
        assertTrue(index.query(copy).isEmpty(), "the replaced text is gone from every bucket");
    }

    /**
     * Any history of adds, replacements and removals answers every query as an index built afresh from
     * the articles left: no posting of a removed or replaced article survives, and a reused slot
     * carries nothing of the article before it.
     */
    @Test
    void anIndexAnswersAsOneBuiltFromTheArticlesItHolds() {
        List<Article> pool = new ArrayList<>(items.stream().map(StoryFixture.Item::article).toList());
        for (Article a : List.copyOf(pool)) { // briefs cut from the articles: brief keys to post and to remove
            String[] words = a.text().split(" ");
            pool.add(Article.of("cut-" + a.id(), String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 30)))));
        }
        for (long seed = 1; seed <= 5; seed++) {
            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
            DuplicateIndex index = new DuplicateIndex();
            java.util.Map<String, Article> held = new java.util.LinkedHashMap<>();
            for (int op = 0; op < 120; op++) {
                Article a = pool.get(r.nextInt(pool.size()));
                int kind = r.nextInt(6);
                if (kind < 3) { // an add, or under an id held already a replacement by another text
                    Article as = kind == 2 && !held.isEmpty() ? new Article(held.keySet().iterator().next(), a.title(), a.text(), null, null, null) : a;
                    index.add(as);
                    held.put(as.id(), as);
                } else if (kind < 5) {
                    assertEquals(held.remove(a.id()) != null, index.remove(a.id()));
                } else {
                    DuplicateIndex fresh = new DuplicateIndex();
                    held.values().forEach(fresh::add);
                    assertEquals(held.size(), index.size());
                    for (Article q : pool) assertEquals(fresh.query(q), index.query(q), "seed " + seed + " op " + op + " query " + q.id());
                }
            }
        }
    }

    @Test
    void queryAndAddAnswersAsAQueryAndThenAnAdd() {
        List<Article> stream = new ArrayList<>(items.stream().map(StoryFixture.Item::article).toList());
        stream.add(new Article(stream.get(3).id(), null, stream.get(0).text(), null, null, null)); // an id again, another text
        DuplicateIndex oneStep = new DuplicateIndex(), twoSteps = new DuplicateIndex();
        int found = 0;
        for (Article a : stream) {
            List<DuplicateIndex.Match> expected = twoSteps.query(a);
            twoSteps.add(a);
            assertEquals(expected, oneStep.queryAndAdd(a), a.id());
            found += expected.size();
        }
        assertEquals(twoSteps.size(), oneStep.size());
        assertTrue(found >= 8, "the stream's copies meet what came before them: " + found);
        for (Article q : stream) assertEquals(twoSteps.query(q), oneStep.query(q), q.id());
    }

    /** Threads adding, querying and removing at once leave the index a sequential run would, and each query sees a whole state. */
    @Test
    void concurrentCallsLeaveWhatOneThreadWould() throws Exception {
        List<Article> pool = items.stream().map(StoryFixture.Item::article).toList();
        DuplicateIndex shared = new DuplicateIndex();
        int threads = 4;
        List<Thread> workers = new ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<Throwable> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int w = 0; w < threads; w++) {
            int id = w;
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int round = 0; round < 30; round++) {
                        for (int i = id; i < pool.size(); i += threads) { // each thread its own articles: the end state is known
                            Article a = pool.get(i);
                            shared.add(a);
                            for (DuplicateIndex.Match m : shared.query(a)) assertTrue(m.jaccard() > 0 && m.jaccard() <= 1, m.toString());
                            if (round % 2 == 0) assertTrue(shared.remove(a.id()), a.id());
                        }
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        for (Thread t : workers) t.join();
        assertTrue(failures.isEmpty(), () -> failures.peek().toString());
        DuplicateIndex sequential = new DuplicateIndex();
        pool.forEach(sequential::add); // round 29 is odd: every article ends added
        assertEquals(sequential.size(), shared.size());
        for (Article q : pool) assertEquals(sequential.query(q), shared.query(q), q.id());
    }

    @Test
    void anArticleIsNotItsOwnDuplicate() {
        DuplicateIndex index = new DuplicateIndex();
        Article a = items.get(0).article();
        index.add(a);
        assertTrue(index.query(a).isEmpty());
        assertEquals(1, index.query(new Article("other", a.title(), a.text(), null, null, null)).size());
    }

    @Test
    void collectionAnswersInIdsAsTheFileEngineDoes() {
        List<Article> all = new ArrayList<>(items.stream().map(StoryFixture.Item::article).toList());
        NewsCollection news = NewsCollection.of(all);
        Corpus corpus = Corpus.of(all, ClusterConfig.DEFAULT.related().analysis());
        DedupResult byIndex = new NearDuplicates(DedupConfig.DEFAULT).find(corpus, io.copydesk.engine.Progress.NONE);
        assertEquals(byIndex.groups().size(), news.duplicates().size());
        for (int g = 0; g < byIndex.groups().size(); g++) {
            assertEquals(all.get(byIndex.groups().get(g).canonical()).id(), news.duplicates().get(g).canonical());
        }
        assertEquals(all.size(), news.stories().stream().mapToInt(s -> s.ids().size()).sum());
        String first = all.getFirst().id();
        assertEquals(RelatedHit.Relation.duplicate, news.related(first, 3).getFirst().relation());
        assertThrows(IllegalArgumentException.class, () -> news.related("no-such-id", 3));
        all.add(all.getFirst());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NewsCollection.of(all));
        assertTrue(e.getMessage().contains(first), e.getMessage());
    }

    /**
     * A brief contained in k long articles: its anchors are held by k + 1 documents. The batch
     * engine and the in-memory index must apply one posting limit, so both find it at
     * k + 1 = MAX_POSTING and neither at k + 1 = MAX_POSTING + 1.
     */
    @Test
    void batchAndIndexShareTheAnchorPostingLimit() {
        Prose prose = new Prose(23);
        String brief = String.join(" ", prose.sentence(), prose.sentence(), prose.sentence());
        for (int k : new int[] {AnchorIndex.MAX_POSTING - 1, AnchorIndex.MAX_POSTING}) {
            List<Article> all = new ArrayList<>();
            Article q = new Article("brief", null, brief, null, null, null);
            all.add(q);
            DuplicateIndex index = new DuplicateIndex();
            for (int i = 0; i < k; i++) {
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < 8; s++) text.append(prose.sentence()).append(' ');
                text.append(brief); // on the same line, so the brief is not a repeated (boilerplate) line
                for (int s = 0; s < 8; s++) text.append(' ').append(prose.sentence());
                Article a = new Article("long-" + i, null, text.toString(), null, null, null);
                all.add(a);
                index.add(a);
            }
            boolean kept = AnchorIndex.postingKept(k + 1);
            int found = index.query(q).size();
            DedupResult batch = new NearDuplicates(DedupConfig.DEFAULT).find(Corpus.of(all, DedupConfig.DEFAULT.analysis()),
                    io.copydesk.engine.Progress.NONE);
            long withBrief = batch.pairs().stream().filter(p -> p.a() == 0 || p.b() == 0).count();
            // past the limit the anchors are dropped by both: only the few pairs the bands make are left (a brief
            // in a long article has a low Jaccard similarity), the same ones in both
            if (kept) assertEquals(k, found, "index, k=" + k);
            else assertTrue(found < k / 4, "index, k=" + k + ": " + found);
            assertEquals(found, withBrief, "batch, k=" + k);
        }
    }

    /**
     * A brief indexed before the longer article containing it is found surely, by its brief keys, where its few anchors
     * find it only by chance: every query of a long article finds every indexed brief it duplicates (all compared)
     * and nothing else. The second round opens every brief with the same words, many of its keys then keys of more
     * than {@link AnchorIndex#MAX_POSTING} briefs: those are passed over, and a brief asks one key fewer for each it
     * holds that the query holds too, so that only a brief all of whose keys the query holds are that common may be
     * missed (as in {@code dedup}); many are found only so.
     */
    @Test
    void aBriefIndexedBeforeItsArticleIsFoundSurely() {
        for (boolean commonOpening : new boolean[] {false, true}) {
            ContainedBriefs fixture = new ContainedBriefs(commonOpening);
            DuplicateIndex index = new DuplicateIndex();
            fixture.briefs.forEach(index::add);
            fixture.check(a -> new TreeSet<>(index.query(a).stream().map(DuplicateIndex.Match::id).toList()));
        }
    }
}
