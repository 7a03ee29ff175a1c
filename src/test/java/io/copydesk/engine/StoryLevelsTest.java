package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.eval.ClusterMetrics;
import io.copydesk.eval.ClusterScores;
import io.copydesk.eval.Clustering;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
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

    /**
     * Every stage of clustering names its total and reaches exactly that total, so a terminal shows
     * count, rate and ETA throughout and they are true: with dense and with large components, with
     * undated articles (placed by date) and with thresholds calibrated or given.
     */
    @Test
    void everyStageIsCountedToItsTotal() throws Exception {
        List<GeneratedArticle> articles = generate(11, 400);
        Corpus corpus = StoryFixture.corpus(write("progress.jsonl", articles, GeneratedArticle::text));
        for (int denseLimit : new int[] {ClusterConfig.DEFAULT.denseLimit(), 2}) {
            RecordingProgress recording = new RecordingProgress();
            new StoryClusters(ClusterConfig.DEFAULT.withDenseLimit(denseLimit)).cluster(corpus, recording);
            recording.assertEveryStageCountedToItsTotal("dense limit " + denseLimit);
            assertEquals(List.of("analyzing", "copies", "anchors", "candidates", "verifying", "grouping", "vocabulary", "weighting",
                    "units", "calibrating", "smoothing", "neighbours", "edges", "linking", "centroids", "sampling", "storylines", "merging"),
                    recording.names());
            assertTrue(recording.stages().stream().allMatch(st -> st.total > 0), "no empty stage on 400 articles: " + recording.stages());
            RecordingProgress.Stage linking = recording.stages().get(recording.names().indexOf("linking"));
            // the linkage counts its work too: pairs of units in dense components, candidate edges (and
            // pairs compared again as clusters merge) in large ones
            assertTrue(linking.extended > 0, "the linkage of components counted: " + linking);
        }
        // every fifth article undated: they are placed by date in a stage of their own; thresholds given: no calibration
        Path undated = dir.resolve("undated.jsonl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(dir.resolve("progress.jsonl")));
        for (int i = 0; i < lines.size(); i += 5) lines.set(i, lines.get(i).replaceFirst(",\"date\":\"[^\"]*\"", ""));
        Files.write(undated, lines);
        RecordingProgress recording = new RecordingProgress();
        new StoryClusters(ClusterConfig.DEFAULT.withEventThreshold(0.3).withStorylineThreshold(0.1)).cluster(StoryFixture.corpus(undated), recording);
        recording.assertEveryStageCountedToItsTotal("undated, thresholds given");
        assertTrue(recording.names().contains("dating"), recording.names().toString());
        assertFalse(recording.names().contains("calibrating"), recording.names().toString());
        assertEquals(80, recording.stages().get(recording.names().indexOf("dating")).total, "the undated articles are counted");
    }

    /**
     * Headlines of one event often share no word, and average linkage split such events; smoothing
     * each vector towards its nearest neighbours lets them meet through the reports they both resemble.
     * On the same generated headlines, with the same calibrated threshold, events are recovered more
     * completely (BCubed recall) and better overall (F1), for several seeds.
     */
    @Test
    void smoothingJoinsHeadlinesOfOneEventThatShareNoWord() throws Exception {
        for (long seed : new long[] {3, 8}) {
            List<GeneratedArticle> articles = generate(seed, 800);
            Corpus headlines = StoryFixture.corpus(write("smooth-" + seed + ".jsonl", articles, GeneratedArticle::title));
            ClusterResult plain = new StoryClusters(ClusterConfig.DEFAULT.withSmoothing(0)).cluster(headlines, Progress.NONE);
            ClusterResult smooth = new StoryClusters(ClusterConfig.DEFAULT).cluster(headlines, Progress.NONE);
            assertEquals(plain.thresholds().event(), smooth.thresholds().event(), 0.0, "smoothing does not move the calibrated threshold");
            ClusterScores p = eventScores(articles, plain), s = eventScores(articles, smooth);
            String where = "seed " + seed + ": plain " + p + "\nsmoothed " + s;
            assertTrue(s.bcubedRecall() > p.bcubedRecall() + 0.02, where);
            assertTrue(s.bcubedF1() > p.bcubedF1(), where);
        }
    }

    private static ClusterScores eventScores(List<GeneratedArticle> articles, ClusterResult r) {
        Clustering.Builder gold = Clustering.builder(), pred = Clustering.builder();
        int[] event = r.assignment();
        for (int i = 0; i < articles.size(); i++) {
            gold.add(articles.get(i).id(), articles.get(i).cluster());
            pred.add(articles.get(i).id(), Integer.toString(event[i]));
        }
        return ClusterMetrics.score(gold.build(), pred.build());
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
        // storylines: each from its own chance level, which has no fixed order between the two (headlines
        // split into more events, so each is compared with more); what matters is that each is measured
        assertTrue(h.thresholds().reason().endsWith("(chance)") && f.thresholds().reason().endsWith("(chance)"), h.thresholds() + " vs " + f.thresholds());
        assertTrue(Math.abs(h.thresholds().storyline() - f.thresholds().storyline()) > 0.005, h.thresholds() + " vs " + f.thresholds());
    }

    /**
     * The storyline threshold rises with the events each event is compared with (multiple
     * comparisons): the same kind of generated news, 5 times as many events over the same year. At a
     * fixed threshold the larger collection merged unrelated storylines that share a common name.
     */
    @Test
    void theStorylineThresholdRisesWithTheEventsInReach() throws Exception {
        ClusterResult small = new StoryClusters(ClusterConfig.DEFAULT).cluster(
                StoryFixture.corpus(write("small.jsonl", generate(21, 600), GeneratedArticle::text)), Progress.NONE);
        ClusterResult large = new StoryClusters(ClusterConfig.DEFAULT).cluster(
                StoryFixture.corpus(write("large.jsonl", generate(21, 3000), GeneratedArticle::text)), Progress.NONE);
        assertEquals(small.thresholds().event(), large.thresholds().event(), 1e-12, "same kind of text: the same event threshold");
        assertTrue(large.thresholds().storyline() > small.thresholds().storyline() + 0.01, small.thresholds() + "\nvs\n" + large.thresholds());
        assertTrue(large.thresholds().reason().endsWith("(chance)"), large.thresholds().reason());
    }
}
