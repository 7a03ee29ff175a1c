package io.copydesk.generate;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewsGeneratorTest {
    private static final GeneratorConfig SMALL = GeneratorConfig.of(1500);

    static List<GeneratedArticle> generate(GeneratorConfig config) {
        return new NewsGenerator(config).stream().toList();
    }

    /** Duplicate groups in first-seen order, each list with its head (the non-duplicate) first. */
    static Map<String, List<GeneratedArticle>> groups(List<GeneratedArticle> articles) {
        Map<String, List<GeneratedArticle>> groups = new LinkedHashMap<>();
        for (GeneratedArticle a : articles) groups.computeIfAbsent(a.dupGroup(), g -> new ArrayList<>()).add(a);
        for (List<GeneratedArticle> g : groups.values()) g.sort((x, y) -> Boolean.compare(x.kind().isDuplicate(), y.kind().isDuplicate()));
        return groups;
    }

    @Test
    void followUpsShareTheirOriginalsStorylineAndTwinsHaveTheirOwn() {
        List<GeneratedArticle> articles = generate(GeneratorConfig.of(3000).withSeed(5));
        Map<String, String> storylineOf = new java.util.HashMap<>();
        Map<String, java.time.LocalDate> dateOf = new java.util.HashMap<>();
        for (GeneratedArticle a : articles) {
            assertEquals(a.storyline(), storylineOf.computeIfAbsent(a.cluster(), c -> a.storyline()), "one storyline per event");
            if (a.kind() == ArticleKind.ORIGINAL) dateOf.put(a.cluster(), a.date());
        }
        int followUps = 0, twins = 0, laterRounds = 0;
        for (GeneratedArticle a : articles) {
            if (a.kind() == ArticleKind.FOLLOW_UP) {
                followUps++;
                assertNotEquals(a.cluster(), a.storyline(), "a follow-up is a new event of an older storyline");
                java.time.LocalDate first = dateOf.get(a.storyline());
                if (first != null) {
                    boolean days = a.date().isAfter(first.plusDays(2)) && !a.date().isAfter(first.plusDays(20));
                    boolean months = !a.date().isBefore(first.plusDays(30)) && !a.date().isAfter(first.plusDays(180));
                    assertTrue(days || months, a.id() + " " + a.date() + " after " + first);
                    if (months) laterRounds++;
                }
            } else if (a.kind() == ArticleKind.DISTRACTOR) {
                twins++;
                assertEquals(a.cluster(), a.storyline(), "a same-kind twin is a storyline of its own");
            }
        }
        assertTrue(followUps > 20 && twins > 20 && laterRounds > 5, followUps + " follow-ups (" + laterRounds + " later rounds), " + twins + " twins");
    }

    @Test
    void sameConfigurationGivesIdenticalOutput() {
        List<String> first = generate(SMALL).stream().map(GeneratedArticle::toJson).toList();
        List<String> second = generate(SMALL).stream().map(GeneratedArticle::toJson).toList();
        assertEquals(first, second);
    }

    @Test
    void anotherSeedGivesOtherArticles() {
        List<GeneratedArticle> a = generate(GeneratorConfig.of(50));
        List<GeneratedArticle> b = generate(GeneratorConfig.of(50).withSeed(43));
        Set<String> texts = new HashSet<>();
        a.forEach(x -> texts.add(x.text()));
        assertTrue(b.stream().noneMatch(x -> texts.contains(x.text())));
    }

    @Test
    void writesExactlyTheRequestedNumberOfArticles() {
        // Large events (many related articles, all republished) make the cut inside an event likely.
        for (long n : new long[] {1, 2, 7, 333}) {
            GeneratorConfig config = GeneratorConfig.of(n).withRelatedPerEvent(20).withDupRate(1.0).withDistractorRate(0.5);
            List<GeneratedArticle> articles = generate(config);
            assertEquals(n, articles.size());
            assertEquals(n, articles.stream().map(GeneratedArticle::id).distinct().count(), "ids are unique");
        }
    }

    @Test
    void everyDuplicateGroupLiesWithinOneClusterAndHasOneHead() {
        for (List<GeneratedArticle> group : groups(generate(SMALL)).values()) {
            assertEquals(1, group.stream().map(GeneratedArticle::cluster).distinct().count(), group.getFirst().dupGroup());
            assertFalse(group.getFirst().kind().isDuplicate(), "the group's head is written, not copied");
            assertTrue(group.stream().skip(1).allMatch(a -> a.kind().isDuplicate()));
        }
    }

    @Test
    void copiesAtEditRateZeroKeepTheBodyInOtherFurniture() {
        int copies = 0;
        for (List<GeneratedArticle> group : groups(generate(SMALL.withEditRate(0))).values()) {
            GeneratedArticle head = group.getFirst();
            for (GeneratedArticle copy : group.subList(1, group.size())) {
                if (copy.kind() != ArticleKind.COPY) continue;
                copies++;
                assertEquals(head.body(), copy.body());
                assertNotEquals(head.source(), copy.source(), "a copy appears on another site");
                assertNotEquals(head.text(), copy.text(), "with that site's furniture");
            }
        }
        assertTrue(copies > 100, "copies checked: " + copies);
    }

    @Test
    void briefsArePrefixesAndUpdatesContainTheirOriginal() {
        int briefs = 0;
        int updates = 0;
        for (List<GeneratedArticle> group : groups(generate(SMALL)).values()) {
            String body = group.getFirst().body();
            for (GeneratedArticle a : group) {
                if (a.kind() == ArticleKind.BRIEF) {
                    briefs++;
                    assertTrue(body.startsWith(a.body()) && a.body().length() < body.length(), a.id());
                } else if (a.kind() == ArticleKind.UPDATE) {
                    updates++;
                    assertTrue(a.body().startsWith(body + "\n"), a.id());
                }
            }
        }
        assertTrue(briefs > 30 && updates > 30, briefs + " briefs, " + updates + " updates");
    }

    @Test
    void observedWordEditRateIsCloseToTheRequestedOne() {
        for (double rate : new double[] {0.02, 0.1}) {
            long edits = 0;
            long words = 0;
            for (List<GeneratedArticle> group : groups(generate(GeneratorConfig.of(600).withEditRate(rate))).values()) {
                String[] original = group.getFirst().body().split("[ \n]");
                for (GeneratedArticle copy : group) {
                    if (copy.kind() != ArticleKind.COPY) continue;
                    edits += WordDistance.between(original, copy.body().split("[ \n]"));
                    words += original.length;
                }
            }
            double observed = (double) edits / words;
            assertEquals(rate, observed, rate * 0.15, "requested " + rate + ", observed " + observed);
        }
    }

    @Test
    void truthPairsAreAllPairsOfEveryGroup() {
        List<GeneratedArticle> articles = new ArrayList<>();
        List<TruthPair> pairs = new ArrayList<>();
        new NewsGenerator(SMALL).generate(articles::add, pairs::add);
        Map<String, GeneratedArticle> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        long expected = 0;
        for (List<GeneratedArticle> g : groups(articles).values()) expected += (long) g.size() * (g.size() - 1) / 2;
        assertEquals(expected, pairs.size());
        assertEquals(expected, pairs.stream().map(p -> p.a() + " " + p.b()).distinct().count());
        for (TruthPair p : pairs) {
            GeneratedArticle a = byId.get(p.a());
            GeneratedArticle b = byId.get(p.b());
            assertEquals(a.dupGroup(), b.dupGroup());
            if (a.kind() == ArticleKind.BRIEF || b.kind() == ArticleKind.BRIEF) assertEquals(ArticleKind.BRIEF, p.kind());
        }
    }

    @Test
    void copiesFollowTheirOriginalWithinTwoDaysAndDatesStayNearTheSpan() {
        GeneratorConfig config = SMALL.withDistractorRate(1.0);
        LocalDate first = config.start();
        LocalDate last = first.plusDays(config.days() - 1 + 1 + 2); // related articles a day late, copies two more
        for (List<GeneratedArticle> group : groups(generate(config)).values()) {
            LocalDate original = group.getFirst().date();
            for (GeneratedArticle a : group) {
                assertFalse(a.date().isBefore(first) || a.date().isAfter(last), a.id() + " " + a.date());
                long lag = a.date().toEpochDay() - original.toEpochDay();
                assertTrue(lag >= 0 && lag <= 2, a.id() + " lags " + lag + " days");
            }
        }
    }

    @Test
    void everySiteRepeatsSomeFurnitureLineOnAllItsPages() {
        Map<String, List<GeneratedArticle>> bySite = new LinkedHashMap<>();
        for (GeneratedArticle a : generate(SMALL)) bySite.computeIfAbsent(a.source(), s -> new ArrayList<>()).add(a);
        assertEquals(GeneratorConfig.DEFAULT_SITES, bySite.size());
        for (List<GeneratedArticle> pages : bySite.values()) {
            Set<String> common = null;
            for (GeneratedArticle a : pages) {
                Set<String> lines = new HashSet<>(List.of(a.text().substring(a.bodyEnd()).split("\n")));
                if (common == null) common = lines;
                else common.retainAll(lines);
            }
            assertFalse(common.isEmpty(), pages.getFirst().source());
        }
    }

    @Test
    void convertsToTheEngineArticleWithTheDateAtMidnightUtc() {
        GeneratedArticle g = generate(GeneratorConfig.of(1)).getFirst();
        var a = g.toArticle();
        assertEquals(g.id(), a.id());
        assertEquals(g.text(), a.text());
        assertEquals(g.date() + "T00:00:00Z", a.date().toString());
        assertTrue(a.text().contains(g.body()));
    }

    @Test
    void memoryDoesNotGrowWithTheNumberOfArticles() {
        GeneratorConfig config = GeneratorConfig.of(20_000).withDupRate(0.5);
        // One event's coverage at most: every article and its twin's, each with five copies.
        int bound = NewsGenerator.MIX_WINDOW + 2 * config.relatedPerEvent() * 6;
        NewsGenerator.Run run = new NewsGenerator.Run(config, p -> {});
        int most = 0;
        long count = 0;
        while (run.hasNext()) {
            run.next();
            count++;
            most = Math.max(most, run.buffered());
        }
        assertEquals(20_000, count);
        assertTrue(most <= bound, "held " + most + " articles at once, bound " + bound);
    }
}
