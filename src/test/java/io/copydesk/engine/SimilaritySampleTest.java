package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.cluster.NeighbourSmoothing;
import io.copydesk.cluster.ThresholdCalibration;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import io.copydesk.internal.json.JsonWriter;
import io.copydesk.tfidf.InvertedIndex;
import io.copydesk.tfidf.TermVector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The calibration sample's neighbour lists, which smoothing takes instead of searching the sampled
 * units again: equal to smoothing's own searches, and its best-neighbour scores decide the same
 * share as a plain best-neighbour search would.
 */
class SimilaritySampleTest {
    @TempDir static Path dir;
    static RelatedStories rs, rs2;
    static List<TermVector> vectors;
    static long[] dates;
    static InvertedIndex index;

    @BeforeAll
    static void build() throws Exception {
        List<GeneratedArticle> articles = new NewsGenerator(GeneratorConfig.of(700).withSeed(5)).stream().toList();
        Path file = dir.resolve("news.jsonl");
        Files.write(file, articles.stream().map(a -> new JsonWriter().beginObject().field("id", a.id()).field("title", a.title())
                .field("text", a.text()).field("date", a.date().toString()).field("source", a.source()).endObject().toString()).toList());
        Corpus corpus = StoryFixture.corpus(file);
        rs = RelatedStories.build(corpus, RelatedConfig.DEFAULT.withThreads(1), Progress.NONE);
        rs2 = RelatedStories.build(corpus, RelatedConfig.DEFAULT.withThreads(2), Progress.NONE);
        vectors = StoryFixture.vectors(rs);
        dates = StoryFixture.dates(rs);
        index = InvertedIndex.build(vectors, rs.model().size(), dates);
    }

    @Test
    void sampledNeighboursAreTheListsSmoothingWouldSearchFor() {
        SimilaritySample sample = SimilaritySample.of(rs, index, vectors, dates, NeighbourSmoothing.NEIGHBOURS, ThresholdCalibration.DEFAULT_QUANTILE,
                150, false, Progress.NONE);
        InvertedIndex.Searcher searcher = index.searcher();
        int sampled = 0, listed = 0, short_ = 0;
        for (int unit = 0; unit < vectors.size(); unit++) {
            InvertedIndex.Hits shared = sample.neighbours()[unit];
            if (shared == null) continue;
            sampled++;
            InvertedIndex.Hits own = StoryClusters.neighbours(rs, searcher, vectors, dates, unit, sample.level());
            assertArrayEquals(own.docs(), shared.docs(), "unit " + unit);
            for (int h = 0; h < own.size(); h++) {
                assertEquals(Float.floatToRawIntBits(own.scores()[h]), Float.floatToRawIntBits(shared.scores()[h]), "unit " + unit + " hit " + h);
            }
            listed += own.size();
            if (own.size() > 0 && own.size() < NeighbourSmoothing.NEIGHBOURS) short_++;
        }
        assertEquals(150, sampled);
        assertTrue(listed > 150, "too few neighbours to compare: " + listed);
        assertTrue(short_ > 0, "no list shorter than asked for");
    }

    /**
     * A collection whose searches walk most of their postings, with no unit dated or every one, has every unit's
     * neighbours found at once when smoothing wants them all: the same best-neighbour scores as the sampled
     * searches, and for every unit the list its own search finds (within its time window when dated).
     */
    @ParameterizedTest(name = "dated {0}")
    @ValueSource(booleans = {false, true})
    void everyUnitsNeighboursFoundAtOnceAreItsOwnSearchs(boolean dated) throws Exception {
        List<String> lines = StoryFixture.zipfRecords(new java.util.Random(11), 4400, dated);
        Path file = dir.resolve("zipf-" + dated + ".jsonl");
        Files.write(file, lines);
        RelatedStories zipf = RelatedStories.build(StoryFixture.corpus(file), RelatedConfig.DEFAULT.withThreads(2), Progress.NONE);
        int n = zipf.articles().size();
        List<TermVector> vs = StoryFixture.vectors(zipf);
        long[] ds = StoryFixture.dates(zipf);
        assertTrue(java.util.Arrays.stream(ds).allMatch(d -> (d != Long.MIN_VALUE) == dated), "dated and undated articles mixed");
        InvertedIndex ix = InvertedIndex.build(vs, zipf.model().size(), ds);
        RecordingProgress progress = new RecordingProgress();
        SimilaritySample all = SimilaritySample.of(zipf, ix, vs, ds, NeighbourSmoothing.NEIGHBOURS, ThresholdCalibration.DEFAULT_QUANTILE, 300,
                true, progress);
        progress.assertEveryStageCountedToItsTotal("calibrating every unit at once");
        SimilaritySample some = SimilaritySample.of(zipf, ix, vs, ds, NeighbourSmoothing.NEIGHBOURS, ThresholdCalibration.DEFAULT_QUANTILE, 300,
                false, Progress.NONE);
        assertFalse(java.util.Arrays.asList(all.neighbours()).contains(null), "not every unit's neighbours found at once");
        assertEquals(some.level(), all.level());
        assertArrayEquals(some.nearest(), all.nearest());
        InvertedIndex.Searcher searcher = ix.searcher();
        int listed = 0;
        for (int unit = 0; unit < n; unit++) {
            InvertedIndex.Hits own = StoryClusters.neighbours(zipf, searcher, vs, ds, unit, all.level());
            assertArrayEquals(own.docs(), all.neighbours()[unit].docs(), "unit " + unit);
            assertArrayEquals(own.scores(), all.neighbours()[unit].scores(), "unit " + unit);
            listed += own.size();
        }
        assertTrue(listed > n / 4, "too few neighbours to compare: " + listed);
        assertTrue(java.util.Arrays.stream(all.nearest()).anyMatch(x -> x > 0), "no sampled unit with a neighbour");
    }

    /** What the sample relies on: a search at a lower minimum finds the same scores, and its hits reaching a level are the search at it. */
    @Test
    void theHitsOfALowerMinimumReachingALevelAreTheSearchAtThatLevel() {
        InvertedIndex.Searcher searcher = index.searcher();
        double level = 0.2;
        int cut = 0;
        for (int unit = 0; unit < vectors.size(); unit += 3) {
            InvertedIndex.Hits low = rs.search(searcher, vectors.get(unit), NeighbourSmoothing.NEIGHBOURS, level / 4, dates[unit], dates, unit);
            InvertedIndex.Hits at = rs.search(searcher, vectors.get(unit), NeighbourSmoothing.NEIGHBOURS, level, dates[unit], dates, unit);
            InvertedIndex.Hits reaching = SimilaritySample.reaching(low, level);
            assertArrayEquals(at.docs(), reaching.docs(), "unit " + unit);
            for (int h = 0; h < at.size(); h++) assertEquals(Float.floatToRawIntBits(at.scores()[h]), Float.floatToRawIntBits(reaching.scores()[h]));
            if (reaching.size() < low.size()) cut++;
        }
        assertTrue(cut > 10, "too few lists cut by the level: " + cut);
    }

    @Test
    void theLevelIsTheCalibratedEventThresholdAndTheShareReachingItIsThePlainSearchOne() {
        SimilaritySample sample = SimilaritySample.of(rs, index, vectors, dates, 1, ThresholdCalibration.DEFAULT_QUANTILE, 200, false, Progress.NONE);
        ThresholdCalibration.Thresholds t = ThresholdCalibration.choose(sample.background(), sample.nearest(), sample.medianTerms(), vectors.size(),
                ThresholdCalibration.DEFAULT_QUANTILE, ThresholdCalibration.DEFAULT_STORYLINE_SHARE);
        assertEquals(t.event(), sample.level());
        InvertedIndex.Searcher searcher = index.searcher();
        int u = vectors.size(), reached = 0;
        for (int i = 0; i < 200; i++) {
            int unit = (int) ((long) i * u / 200);
            // the best neighbour at any score, scored exactly
            InvertedIndex.Hits best = rs.search(searcher, vectors.get(unit), 1, 0.001, dates[unit], dates, unit);
            double exact = best.size() == 0 ? 0
                    : vectors.get(unit).dot(vectors.get(best.docs()[0])) * rs.weightOfDates(dates[unit], dates[best.docs()[0]]);
            assertEquals(exact >= sample.level(), sample.nearest()[i] >= sample.level(), "sample " + i);
            if (exact >= sample.level()) {
                assertEquals(exact, sample.nearest()[i], "sample " + i);
                reached++;
            }
        }
        assertTrue(reached > 0 && reached < 200, "reached " + reached);
    }

    /** The random pairs' cosines are the merged dot products of each sampled unit with its others, bit for bit, on 1 and 2 threads. */
    @Test
    void theBackgroundIsTheMergedDotOfEachRandomPair() {
        for (RelatedStories r : List.of(rs, rs2)) {
            int u = vectors.size(), s = Math.min(u, 500);
            SimilaritySample sample = SimilaritySample.of(r, index, vectors, dates, 1, ThresholdCalibration.DEFAULT_QUANTILE, s, false, Progress.NONE);
            assertEquals(s * SimilaritySample.PAIRS_PER_UNIT, sample.background().length);
            for (int i = 0; i < s; i++) {
                int unit = SimilaritySample.sampled(i, u, s);
                for (int p = 0; p < SimilaritySample.PAIRS_PER_UNIT; p++) {
                    int other = SimilaritySample.other(unit, p, u);
                    double want = other == unit ? 0 : vectors.get(unit).dot(vectors.get(other));
                    assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(sample.background()[i * SimilaritySample.PAIRS_PER_UNIT + p]),
                            "sample " + i + " pair " + p);
                }
            }
        }
    }

    @Test
    void theSampleIsTheSameOnTwoThreads() {
        SimilaritySample a = SimilaritySample.of(rs, index, vectors, dates, NeighbourSmoothing.NEIGHBOURS, 0.9, 300, false, Progress.NONE);
        SimilaritySample b = SimilaritySample.of(rs2, index, vectors, dates, NeighbourSmoothing.NEIGHBOURS,
                0.9, 300, false, Progress.NONE);
        assertArrayEquals(a.nearest(), b.nearest());
        assertArrayEquals(a.background(), b.background());
        for (int unit = 0; unit < vectors.size(); unit++) {
            assertEquals(a.neighbours()[unit] == null, b.neighbours()[unit] == null);
            if (a.neighbours()[unit] != null) assertArrayEquals(a.neighbours()[unit].docs(), b.neighbours()[unit].docs());
        }
    }
}
