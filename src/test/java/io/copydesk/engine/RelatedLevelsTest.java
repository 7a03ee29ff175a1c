package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Labelled related lists against the rule written out plainly, on generated storylines that outlast the time window. */
class RelatedLevelsTest {
    @TempDir Path dir;

    /** The lists as the class documents them: ranked hits labelled, storyline members the window keeps out added, ordered, cut. */
    private static List<RelatedHit> plain(RelatedStories rs, ClusterResult clusters, int q, int k) {
        ArticleLevels levels = clusters.levels();
        List<RelatedHit> hits = new ArrayList<>();
        Set<Integer> listed = new HashSet<>();
        for (RelatedHit h : rs.related(q, k)) {
            hits.add(new RelatedHit(h.index(), h.id(), h.score(), relation(levels.of(q, h.index()))));
            listed.add(h.index());
        }
        for (int m : clusters.storylines().get(levels.storyline(q)).members()) {
            if (m != q && !listed.contains(m) && rs.timeWeight(q, m) == 0) {
                hits.add(new RelatedHit(m, rs.articles().get(m).id(), rs.vector(q).dot(rs.vector(m)), relation(levels.of(q, m))));
            }
        }
        hits.sort(Comparator.comparingInt((RelatedHit h) -> h.relation().ordinal())
                .thenComparing(Comparator.comparingDouble(RelatedHit::score).reversed()).thenComparingInt(RelatedHit::index));
        List<RelatedHit> out = new ArrayList<>();
        int others = 0;
        for (RelatedHit h : hits) {
            if (h.relation() != RelatedHit.Relation.duplicate && others++ >= k) break;
            out.add(h);
        }
        return out;
    }

    private static RelatedHit.Relation relation(ArticleLevels.Level level) {
        return switch (level) {
            case duplicate -> RelatedHit.Relation.duplicate;
            case event -> RelatedHit.Relation.event;
            case storyline -> RelatedHit.Relation.storyline;
            case none -> RelatedHit.Relation.related;
        };
    }

    @Test
    void everyListIsThePlainRulesList() throws IOException {
        Path file = dir.resolve("news.jsonl");
        List<GeneratedArticle> articles = new NewsGenerator(GeneratorConfig.of(1500).withSeed(9)).stream().toList();
        List<String> lines = new ArrayList<>(articles.stream().map(GeneratedArticle::toJson).toList());
        // copies dated a month later: duplicates the ranking lists although the time window keeps them out
        for (int i = 0; i < 1500; i += 50) {
            GeneratedArticle a = articles.get(i);
            lines.add(io.copydesk.testing.LaterCopy.of(a, 30).toJson());
        }
        Files.write(file, lines);
        try (InputSet in = InputSet.of(List.of(file.toString()))) {
            Corpus corpus = Corpus.scan(in, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE);
            RelatedStories rs = RelatedStories.build(corpus, RelatedConfig.DEFAULT, Progress.NONE);
            ClusterResult clusters = new StoryClusters(ClusterConfig.DEFAULT).cluster(rs, Progress.NONE);
            RelatedLevels levels = new RelatedLevels(rs, clusters);
            int added = 0, duplicates = 0, laterCopies = 0;
            for (int k : new int[] {3, 10}) {
                for (int q = 0; q < rs.articles().size(); q++) {
                    List<RelatedHit> expected = plain(rs, clusters, q, k), got = levels.related(q, k);
                    assertEquals(expected, got, "article " + q + ", k " + k);
                    Set<Integer> ranked = new HashSet<>();
                    for (RelatedHit h : rs.related(q, k)) ranked.add(h.index());
                    for (RelatedHit h : got) {
                        if (!ranked.contains(h.index())) added++;
                        if (h.relation() == RelatedHit.Relation.duplicate) duplicates++;
                        if (h.relation() == RelatedHit.Relation.duplicate && rs.timeWeight(q, h.index()) == 0) laterCopies++;
                    }
                }
            }
            assertTrue(added > 100, "members the window keeps out, listed: " + added);
            assertTrue(duplicates > 100, "duplicates listed: " + duplicates);
            assertTrue(laterCopies >= 40, "copies outside the window listed: " + laterCopies);
        }
    }
}
