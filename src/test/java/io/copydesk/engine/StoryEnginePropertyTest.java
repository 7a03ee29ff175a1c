package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.testing.Trials;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Small random collections through the whole story engine (duplicates, related lists, events and storylines), drawn
 * to hold what real input holds at the edges: copies, articles without one index term, undated articles beside dated
 * ones, many articles of one instant; and settings at theirs: the time decay on or off, smoothing on or off, a dense
 * limit of a few units (the graph's linkage for every component), one to five neighbours, thresholds and a storyline
 * window given instead of calibrated. Whatever the draw, every article is in exactly one story, no list names its own
 * article or an unknown one, and three threads give what one gives (the stories, every related list, the duplicate
 * groups).
 */
class StoryEnginePropertyTest {
    private static final String[] WORDS = {"quake", "school", "rescue", "bank", "rates", "talks", "river", "storm", "harbour",
        "ferry", "minister", "vote", "budget", "court", "fire", "Corvaro", "Hollmark", "Tessaly", "2024", "27"};
    private static final String TERMLESS = "The of and. A to it? X"; // stop words and single letters only

    record Draw(List<Article> articles, ClusterConfig config) {}

    private static Draw draw(Random r) {
        int n = 1 + r.nextInt(40);
        boolean oneInstant = r.nextInt(5) == 0;
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(10);
            String text;
            if (kind == 0) text = TERMLESS;
            else if (kind == 1 && i > 0) text = articles.get(r.nextInt(i)).text(); // a copy
            else {
                StringBuilder sb = new StringBuilder();
                for (int w = 4 + r.nextInt(40); w > 0; w--) sb.append(WORDS[r.nextInt(WORDS.length)]).append(w % 9 == 0 ? ". " : " ");
                text = sb.toString().strip();
            }
            Instant date = r.nextInt(3) == 0 ? null : Instant.parse("2024-03-01T00:00:00Z").plusSeconds(oneInstant ? 0 : r.nextInt(6 * 86_400));
            articles.add(new Article("a" + i, r.nextBoolean() ? null : "Title " + (i % 4), text, date, null, null));
        }
        RelatedConfig related = RelatedConfig.DEFAULT.withThreads(1);
        if (r.nextBoolean()) related = related.withTime(TimeDecay.OFF);
        ClusterConfig config = ClusterConfig.of(related);
        if (r.nextBoolean()) config = config.withSmoothing(0);
        if (r.nextBoolean()) config = config.withDenseLimit(2 + r.nextInt(5));
        if (r.nextBoolean()) config = config.withNeighbours(1 + r.nextInt(5));
        if (r.nextInt(3) == 0) config = config.withEventThreshold(0.05 + 0.9 * r.nextDouble());
        if (r.nextInt(3) == 0) config = config.withStorylineThreshold(0.01 + 0.9 * r.nextDouble());
        if (r.nextInt(3) == 0) config = config.withStorylineWindow(TimeDecay.parse(r.nextBoolean() ? "1h" : "none"));
        return new Draw(articles, config);
    }

    @Test
    void everyArticleLandsInOneStoryAndThreadsChangeNothing() {
        Trials.run("story engine", 60, StoryEnginePropertyTest::draw, d -> {
            NewsCollection news = NewsCollection.of(d.articles(), d.config());
            Set<String> ids = new HashSet<>();
            for (Article a : d.articles()) ids.add(a.id());
            List<String> placed = new ArrayList<>();
            List<NewsCollection.Story> stories = news.stories();
            for (NewsCollection.Story s : stories) placed.addAll(s.ids());
            assertEquals(ids.size(), placed.size(), "every article in one story: " + stories);
            assertEquals(ids, new HashSet<>(placed));
            for (String id : ids) {
                List<String> hits = news.related(id, 5).stream().map(RelatedHit::id).toList();
                assertFalse(hits.contains(id), "a list names its own article");
                assertTrue(ids.containsAll(hits));
                assertEquals(hits.size(), new HashSet<>(hits).size(), "no article twice in a list");
            }
            Set<String> copies = new HashSet<>();
            for (NewsCollection.Duplicates g : news.duplicates()) {
                assertTrue(copies.add(g.canonical()));
                for (NewsCollection.Duplicates.Copy c : g.copies()) assertTrue(copies.add(c.id()), "an article in two duplicate groups");
            }
            NewsCollection threaded = NewsCollection.of(d.articles(), d.config().withRelated(d.config().related().withThreads(3)));
            assertEquals(stories, threaded.stories(), "three threads");
            for (String id : ids) assertEquals(news.related(id, 5), threaded.related(id, 5), "three threads, the list of " + id);
            assertEquals(news.duplicates(), threaded.duplicates(), "three threads");
        });
    }

    /**
     * Whatever the draw, the storylines hold every event once and every article through them; each event's duplicate
     * groups are the collection's groups of its articles; and a related hit's relation is the level it shares with its
     * query: duplicate within a duplicate group, event within a story, storyline within a storyline, related across
     * storylines, in that order; without levels, only duplicate and related.
     */
    @Test
    void relationsAreTheLevelsTheStoriesAndStorylinesHold() {
        Trials.run("levels", 60, StoryEnginePropertyTest::draw, d -> {
            NewsCollection news = NewsCollection.of(d.articles(), d.config());
            java.util.Map<String, Integer> group = new java.util.HashMap<>(), event = new java.util.HashMap<>(), storyline = new java.util.HashMap<>();
            List<List<String>> groups = new ArrayList<>();
            for (NewsCollection.Duplicates g : news.duplicates()) {
                List<String> ids = new ArrayList<>(List.of(g.canonical()));
                g.copies().forEach(c -> ids.add(c.id()));
                for (String id : ids) group.put(id, groups.size());
                groups.add(ids);
            }
            List<NewsCollection.Story> events = new ArrayList<>();
            List<NewsCollection.Storyline> storylines = news.storylines();
            for (int s = 0; s < storylines.size(); s++) {
                Set<String> inEvents = new HashSet<>();
                for (NewsCollection.Story e : storylines.get(s).events()) {
                    for (String id : e.ids()) {
                        assertNull(event.put(id, events.size()), id + " in two events");
                        storyline.put(id, s);
                    }
                    inEvents.addAll(e.ids());
                    Set<Set<String>> expected = new HashSet<>();
                    for (String id : e.ids()) if (group.containsKey(id)) expected.add(new HashSet<>(groups.get(group.get(id))));
                    Set<Set<String>> held = new HashSet<>();
                    for (List<String> g : e.duplicates()) held.add(new HashSet<>(g));
                    assertEquals(expected, held, "the duplicate groups of an event");
                    events.add(e);
                }
                assertEquals(inEvents, new HashSet<>(storylines.get(s).ids()), "a storyline's articles are its events'");
            }
            assertEquals(d.articles().size(), event.size(), "every article in one event of one storyline");
            assertEquals(new HashSet<>(news.stories()), new HashSet<>(events), "the events are the stories");
            assertEquals(news.stories().size(), events.size());
            for (Article a : d.articles()) {
                String q = a.id();
                RelatedHit.Relation last = RelatedHit.Relation.duplicate;
                for (RelatedHit h : news.related(q, 5)) {
                    RelatedHit.Relation expected = group.containsKey(q) && group.get(q).equals(group.get(h.id())) ? RelatedHit.Relation.duplicate
                            : event.get(q).equals(event.get(h.id())) ? RelatedHit.Relation.event
                            : storyline.get(q).equals(storyline.get(h.id())) ? RelatedHit.Relation.storyline : RelatedHit.Relation.related;
                    assertEquals(expected, h.relation(), q + " and " + h.id());
                    assertTrue(h.relation().compareTo(last) >= 0, "ordered by level: " + news.related(q, 5));
                    last = h.relation();
                }
                for (RelatedHit h : news.related(q, 5, false)) {
                    boolean sameGroup = group.containsKey(q) && group.get(q).equals(group.get(h.id()));
                    assertEquals(sameGroup ? RelatedHit.Relation.duplicate : RelatedHit.Relation.related, h.relation(), "without levels");
                }
            }
        });
    }
}
