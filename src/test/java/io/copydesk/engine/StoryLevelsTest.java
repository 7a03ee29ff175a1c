package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import io.copydesk.engine.Progress;
import io.copydesk.internal.json.JsonWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two story levels on generated news: nesting, same-kind twins, and calibration by text length. */
class StoryLevelsTest {
    @TempDir static Path dir;

    private static Path write(String name, List<GeneratedArticle> articles, Function<GeneratedArticle, String> text) throws Exception {
        Path file = dir.resolve(name);
        List<String> lines = articles.stream().map(a -> new JsonWriter().beginObject().field("id", a.id()).field("title", a.title())
                .field("text", text.apply(a)).field("date", a.date().toString()).field("source", a.source()).endObject().toString()).toList();
        Files.write(file, lines);
        return file;
    }

    private static List<GeneratedArticle> generate(long seed, int n) {
        return new NewsGenerator(GeneratorConfig.of(n).withSeed(seed)).stream().toList();
    }

    /** Property: for every seed and storyline threshold, every level nests in the next one. */
    @Test
    void duplicateGroupsNestInEventsAndEventsInStorylines() throws Exception {
        for (long seed = 1; seed <= 4; seed++) {
            List<GeneratedArticle> articles = generate(seed, 300);
            Corpus corpus = StoryFixture.corpus(write("nest-" + seed + ".jsonl", articles, GeneratedArticle::text));
            for (double storyline : new double[] {Double.NaN, 0.005, 0.5}) {
                ClusterResult r = new StoryClusters(ClusterConfig.DEFAULT.withStorylineThreshold(storyline)).cluster(corpus, Progress.NONE);
                String where = "seed " + seed + ", storyline threshold " + storyline;
                int[] event = r.assignment();
                for (int e : event) assertTrue(e >= 0, where);
                for (DuplicateGroup g : r.dedup().groups()) {
                    Set<Integer> events = new HashSet<>();
                    for (DuplicateGroup.Member m : g.members()) events.add(event[m.index()]);
                    assertEquals(1, events.size(), "a duplicate group split over events, " + where);
                }
                int[] seen = new int[r.clusters().size()];
                for (int s = 0; s < r.storylines().size(); s++) {
                    Storyline line = r.storylines().get(s);
                    Set<Integer> union = new HashSet<>();
                    for (int e : line.events()) {
                        seen[e]++;
                        assertEquals(s, r.storylineOf()[e], where);
                        union.addAll(r.clusters().get(e).members());
                    }
                    assertEquals(union, new HashSet<>(line.members()), "storyline = union of its events, " + where);
                    assertEquals(union.size(), line.members().size(), where);
                }
                for (int count : seen) assertEquals(1, count, "every event in exactly one storyline, " + where);
            }
        }
    }

    /** Every stage that names a total reaches exactly that total, so its rate and ETA are true (dense and large components). */
    @Test
    void countedStagesEndAtTheirTotals() throws Exception {
        Corpus corpus = StoryFixture.corpus(write("progress.jsonl", generate(11, 400), GeneratedArticle::text));
        for (int denseLimit : new int[] {ClusterConfig.DEFAULT.denseLimit(), 2}) {
            Map<String, long[]> stages = new java.util.LinkedHashMap<>(); // task -> {total, done}
            Progress recording = new Progress() {
                String task;
                @Override public synchronized void start(String t, long total) { task = t; stages.put(t, new long[] {total, 0}); }
                @Override public synchronized void advance(long n) { stages.get(task)[1] += n; }
                @Override public void finish() {}
            };
            new StoryClusters(ClusterConfig.DEFAULT.withDenseLimit(denseLimit)).cluster(corpus, recording);
            assertTrue(stages.containsKey("linking") && stages.containsKey("storylines"), "stages: " + stages.keySet());
            for (Map.Entry<String, long[]> e : stages.entrySet()) {
                long[] v = e.getValue();
                if (v[0] > 0) assertEquals(v[0], v[1], "stage " + e.getKey() + " (dense limit " + denseLimit + ")");
            }
            assertTrue(stages.get("linking")[0] > 0 && stages.get("storylines")[0] > 0, "linking and storylines are counted");
        }
    }

    @Test
    void sameKindTwinsShareNeitherAnEventNorAStoryline() throws Exception {
        List<GeneratedArticle> articles = generate(7, 600);
        Corpus corpus = StoryFixture.corpus(write("twins.jsonl", articles, GeneratedArticle::text));
        ClusterResult r = new StoryClusters(ClusterConfig.DEFAULT).cluster(corpus, Progress.NONE);
        ArticleLevels levels = r.levels();
        // a twin is the next event id after its original, written right after it; both have a distractor article
        Map<String, Integer> byEvent = new HashMap<>();
        Set<String> twins = new HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            byEvent.putIfAbsent(articles.get(i).cluster(), i);
            if (articles.get(i).kind().label().equals("distractor")) twins.add(articles.get(i).cluster());
        }
        int checked = 0;
        for (String twin : twins) {
            String original = previousEvent(twin);
            if (!byEvent.containsKey(original)) continue;
            ArticleLevels.Level level = levels.of(byEvent.get(twin), byEvent.get(original));
            assertEquals(ArticleLevels.Level.none, level, twin + " and " + original);
            checked++;
        }
        assertTrue(checked >= 5, "too few twins checked: " + checked);
    }

    private static String previousEvent(String id) {
        int digits = id.length();
        while (digits > 0 && Character.isDigit(id.charAt(digits - 1))) digits--;
        long n = Long.parseLong(id.substring(digits));
        String number = Long.toString(n - 1);
        String pad = id.substring(digits);
        while (number.length() < pad.length()) number = "0" + number;
        return id.substring(0, digits) + number;
    }

    @Test
    void calibrationChoosesDifferentThresholdsForHeadlinesAndFullArticlesOfTheSameEvents() throws Exception {
        List<GeneratedArticle> articles = generate(3, 800);
        Corpus full = StoryFixture.corpus(write("full.jsonl", articles, GeneratedArticle::text));
        Corpus headlines = StoryFixture.corpus(write("headlines.jsonl", articles, GeneratedArticle::title));
        ClusterResult f = new StoryClusters(ClusterConfig.DEFAULT).cluster(full, Progress.NONE);
        ClusterResult h = new StoryClusters(ClusterConfig.DEFAULT).cluster(headlines, Progress.NONE);
        assertTrue(h.thresholds().event() < f.thresholds().event() * 0.7,
                "headlines " + h.thresholds() + " vs articles " + f.thresholds());
        assertTrue(h.thresholds().storyline() < f.thresholds().storyline(), h.thresholds() + " vs " + f.thresholds());
    }
}
