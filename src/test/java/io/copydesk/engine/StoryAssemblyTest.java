package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.tfidf.TermVector;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events and storylines as put together after linking, against a plain recomputation from lists and
 * merge dot products: order (largest first, ties by smallest article), members (canonical first, then
 * ascending), canonical (the unit closest to the centroid of the units) and label (the centroid's words).
 */
class StoryAssemblyTest {
    static RelatedStories rs;
    static ClusterResult clusters;

    @BeforeAll
    static void read(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("news.jsonl"); // generated: events with duplicates, storylines of several events
        Files.write(file, new NewsGenerator(GeneratorConfig.of(1500).withSeed(5)).stream().map(GeneratedArticle::toJson).toList());
        try (InputSet in = InputSet.of(List.of(file.toString()))) {
            Corpus corpus = Corpus.scan(in, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE);
            rs = RelatedStories.build(corpus, RelatedConfig.DEFAULT, Progress.NONE);
            clusters = new StoryClusters(ClusterConfig.DEFAULT).cluster(rs, Progress.NONE);
        }
    }

    /** The unit of article {@code i}: the canonical copy of its duplicate group, or itself. */
    private static int rep(int i) {
        int g = rs.groupOf(i);
        return g < 0 ? i : rs.dedup().groups().get(g).canonical();
    }

    /** The units of some articles, ordered as the units are numbered: by the smallest article of each. */
    private static List<Integer> units(List<Integer> articles) {
        TreeMap<Integer, Integer> byFirst = new TreeMap<>();
        for (int a : articles) byFirst.merge(firstOfUnit(a), rep(a), (x, y) -> x);
        return new ArrayList<>(byFirst.values());
    }

    private static int firstOfUnit(int a) {
        int g = rs.groupOf(a);
        if (g < 0) return a;
        return rs.dedup().groups().get(g).members().stream().mapToInt(DuplicateGroup.Member::index).min().orElseThrow();
    }

    private static TermVector centroid(List<Integer> reps) {
        return TermVector.centroid(reps.stream().map(rs::vector).toList());
    }

    /** The first of {@code candidates} closest to {@code centroid} (a later one must beat it by more than 1e-12). */
    private static int closest(List<Integer> candidates, TermVector centroid) {
        int best = candidates.getFirst();
        double bestSim = -1;
        for (int c : candidates) {
            double s = rs.vector(c).dot(centroid);
            if (s > bestSim + 1e-12) { bestSim = s; best = c; }
        }
        return best;
    }

    private static void membersAndOrder(List<Integer> members, int canonical, int previousSize, int previousSmallest) {
        assertEquals(canonical, members.getFirst());
        List<Integer> rest = members.subList(1, members.size());
        assertEquals(rest.stream().sorted().toList(), rest, "members after the canonical ascend");
        int smallest = members.stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertTrue(members.size() < previousSize || members.size() == previousSize && smallest > previousSmallest,
                "largest first, ties by the smallest article");
    }

    @Test
    void eventsAreOrderedAndCentredAsPlainListsSay() {
        assertTrue(clusters.clusters().size() > 20);
        int multiUnit = 0, previousSize = Integer.MAX_VALUE, previousSmallest = -1;
        for (StoryCluster c : clusters.clusters()) {
            List<Integer> units = units(c.members());
            if (units.size() > 1) multiUnit++;
            TermVector centroid = centroid(units);
            int canonical = closest(units, centroid);
            assertEquals(canonical, c.canonical(), c.label());
            assertEquals(StoryLabel.of(rs.model(), centroid, 5), c.label());
            membersAndOrder(c.members(), canonical, previousSize, previousSmallest);
            previousSize = c.size();
            previousSmallest = c.members().stream().mapToInt(Integer::intValue).min().orElseThrow();
        }
        assertTrue(multiUnit > 5, "events of several units: " + multiUnit);
    }

    @Test
    void storylinesAreOrderedAndCentredAsPlainListsSay() {
        int multiEvent = storylines(clusters);
        assertTrue(multiEvent > 20, "storylines of several events: " + multiEvent);
    }

    /** Checks the storylines of {@code clusters}; returns how many have several events. */
    private static int storylines(ClusterResult clusters) {
        int multiEvent = 0, previousSize = Integer.MAX_VALUE, previousSmallest = -1;
        for (Storyline s : clusters.storylines()) {
            assertEquals(s.events().stream().sorted().toList(), s.events());
            List<Integer> members = s.members();
            if (s.events().size() > 1) {
                multiEvent++;
                TermVector centroid = centroid(units(members));
                List<Integer> canonicals = s.events().stream().map(e -> clusters.clusters().get(e).canonical()).toList();
                int canonical = closest(canonicals, centroid);
                assertEquals(canonical, s.canonical(), s.label());
                assertEquals(StoryLabel.of(rs.model(), centroid, 5), s.label());
            }
            membersAndOrder(members, s.canonical(), previousSize, previousSmallest);
            previousSize = s.size();
            previousSmallest = members.stream().mapToInt(Integer::intValue).min().orElseThrow();
        }
        return multiEvent;
    }
}
