package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.testing.Jsonl;
import io.copydesk.testing.Prose;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duplicate groups: versions chain, a brief joins one article that holds it, and a brief is never the copy kept. */
class GroupRulesTest {
    private static final Instant DAY = Instant.parse("2024-05-02T06:00:00Z");
    @TempDir Path dir;

    private DedupResult dedup(List<Article> articles, KeepPolicy keep) {
        Path file = Jsonl.write(dir.resolve("in-" + System.nanoTime() + ".jsonl"), articles);
        DedupConfig d = DedupConfig.DEFAULT;
        DedupConfig config = new DedupConfig(d.analysis(), d.threshold(), d.containment(), d.minContainedShingles(), d.lsh(),
                d.anchorRate(), false, keep, 2);
        try (InputSet in = InputSet.of(List.of(file.toString()))) {
            return new NearDuplicates(config).find(Corpus.scan(in, config.analysis(), ReadProblems.silent(), Progress.NONE), Progress.NONE);
        }
    }

    private static List<Set<String>> groups(DedupResult r) {
        List<Set<String>> out = new ArrayList<>();
        for (DuplicateGroup g : r.groups()) {
            Set<String> ids = new HashSet<>();
            for (DuplicateGroup.Member m : g.members()) ids.add(r.articles().get(m.index()).id());
            out.add(ids);
        }
        return out;
    }

    private static String canonical(DedupResult r, DuplicateGroup g) {
        return r.articles().get(g.canonical()).id();
    }

    /**
     * A wire brief quoted whole by two different stories is a duplicate of each (containment 1.0), but the stories
     * are no duplicates of each other and stay apart: the brief joins the shorter, whose Jaccard similarity with it is
     * higher, and under every keep policy the story is kept, though the brief is earliest and first.
     */
    @Test
    void aBriefQuotedByTwoStoriesJoinsOneAndIsNotKept() {
        Prose prose = new Prose(5);
        String brief = prose.sentence(16) + " " + prose.sentence(14);
        String farmers = brief + "\n" + prose.body(4), markets = prose.body(7) + "\n" + brief;
        List<Article> articles = List.of(new Article("brief", null, brief, DAY, null, null),
                new Article("markets", null, markets, DAY.plusSeconds(3600), null, null),
                new Article("farmers", null, farmers, DAY.plusSeconds(7200), null, null));
        for (KeepPolicy keep : KeepPolicy.values()) {
            DedupResult r = dedup(articles, keep);
            assertEquals(2, r.pairs().size(), "the brief pairs with each story, the stories with each other not");
            assertEquals(List.of(Set.of("brief", "farmers")), groups(r), keep.name());
            assertEquals("farmers", canonical(r, r.groups().getFirst()), keep.name());
        }
    }

    /** Identical copies of a brief go with it, into the group of the article holding it, which stays the copy kept. */
    @Test
    void copiesOfABriefJoinItsArticle() {
        Prose prose = new Prose(6);
        String brief = prose.sentence(15) + " " + prose.sentence(15);
        String story = prose.body(3) + "\n" + brief + "\n" + prose.body(2);
        DedupResult r = dedup(List.of(new Article("alert-1", null, brief, DAY, null, null), new Article("alert-2", null, brief, DAY, null, null),
                new Article("story", null, story, DAY.plusSeconds(600), null, null)), KeepPolicy.earliest);
        assertEquals(List.of(Set.of("alert-1", "alert-2", "story")), groups(r));
        assertEquals("story", canonical(r, r.groups().getFirst()));
    }

    /**
     * Property over generated collections: stories with edited copies and briefs cut from one story, some also quoted
     * by another. No group holds members of two stories, each brief is in the group of a story it is cut from or
     * quoted in (or alone), every story's copies that pair with it at the threshold are in its group, and no canonical
     * copy is a brief while its group holds a story.
     */
    @Test
    void briefsNeverJoinTwoStories() {
        for (long seed = 1; seed <= 6; seed++) {
            Prose prose = new Prose(seed);
            List<Article> articles = new ArrayList<>();
            Map<String, Integer> storyOf = new HashMap<>(); // story and copies: the story's number
            Map<String, Set<Integer>> holders = new HashMap<>(); // brief: the stories holding its text
            Map<String, Set<Integer>> byText = new HashMap<>(); // (two briefs may be one paragraph)
            List<String> bodies = new ArrayList<>();
            for (int s = 0; s < 12; s++) bodies.add(prose.body(4 + prose.random().nextInt(4)));
            List<String> texts = new ArrayList<>(bodies);
            for (int b = 0; b < 10; b++) {
                int from = prose.random().nextInt(12), also = prose.random().nextInt(12);
                String[] paragraphs = bodies.get(from).split("\n");
                String brief = paragraphs[prose.random().nextInt(paragraphs.length)];
                Set<Integer> held = byText.computeIfAbsent(brief, t -> new HashSet<>());
                held.add(from);
                if (also != from && prose.random().nextBoolean()) {
                    texts.set(also, texts.get(also) + "\n" + brief);
                    held.add(also);
                }
                articles.add(new Article("brief" + b, null, brief, DAY.plusSeconds(b), null, null));
                holders.put("brief" + b, held);
            }
            for (int s = 0; s < 12; s++) {
                articles.add(new Article("story" + s, null, texts.get(s), DAY.plusSeconds(100 + s), null, null));
                storyOf.put("story" + s, s);
                for (int c = 0; c < prose.random().nextInt(3); c++) {
                    articles.add(new Article("story" + s + "-copy" + c, null, prose.edit(texts.get(s), 0.04), DAY.plusSeconds(200 + s), null, null));
                    storyOf.put("story" + s + "-copy" + c, s);
                }
            }
            DedupResult r = dedup(articles, KeepPolicy.earliest);
            List<Set<String>> groups = groups(r);
            for (int g = 0; g < groups.size(); g++) {
                Set<Integer> stories = new HashSet<>();
                for (String id : groups.get(g)) if (storyOf.containsKey(id)) stories.add(storyOf.get(id));
                assertTrue(stories.size() <= 1, "seed " + seed + ": " + groups.get(g));
                for (String id : groups.get(g)) {
                    if (holders.containsKey(id) && !stories.isEmpty()) assertTrue(holders.get(id).containsAll(stories), id + " in " + groups.get(g));
                }
                if (!stories.isEmpty()) assertFalse(canonical(r, r.groups().get(g)).startsWith("brief"), "seed " + seed + ": " + groups.get(g));
            }
            for (DuplicatePair p : r.pairs()) {
                String a = r.articles().get(p.a()).id(), b = r.articles().get(p.b()).id();
                if (p.jaccard() < DedupConfig.DEFAULT_THRESHOLD) continue;
                assertTrue(groups.stream().anyMatch(g -> g.contains(a) && g.contains(b)), "seed " + seed + ": " + a + " " + b + " apart");
            }
        }
    }
}
