package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.engine.NewsCollection;
import io.copydesk.engine.RelatedHit;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import io.copydesk.internal.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library's {@link NewsCollection} answers what the command line prints for the same articles and default
 * settings: {@code dedup} (groups, canonical copies, scores as printed), {@code related --all} (hits, scores as printed, relations by level) and {@code cluster --level storyline}
 * (storylines, their events, the duplicate groups inside), on a generated collection with copies, briefs, follow-ups
 * and same-kind twins.
 */
class LibraryMatchesCommandsTest {
    @TempDir Path dir;

    @Test
    void newsCollectionAnswersWhatRelatedAndClusterPrint() throws Exception {
        List<GeneratedArticle> generated = new NewsGenerator(GeneratorConfig.of(500).withSeed(11)).stream().toList();
        Path file = dir.resolve("news.jsonl");
        Files.write(file, generated.stream().map(GeneratedArticle::toJson).toList());
        NewsCollection news = NewsCollection.of(generated.stream().map(GeneratedArticle::toArticle).toList());

        String[] dedup = RelatedAndClusterCommandTest.run(new DedupCommand(), file.toString(), "--format", "jsonl", "-q");
        assertEquals("0", dedup[0], dedup[2]);
        List<String> groups = new ArrayList<>();
        for (String line : dedup[1].lines().toList()) {
            StringBuilder g = new StringBuilder();
            for (Object o : (List<?>) Json.parseObject(line).get("members")) {
                Map<?, ?> m = (Map<?, ?>) o;
                g.append(m.get("id")).append(String.format(Locale.ROOT, " %.4f %.4f; ", ((Number) m.get("jaccard")).doubleValue(),
                        ((Number) m.get("containment")).doubleValue()));
            }
            groups.add(g.toString());
        }
        List<String> answeredGroups = new ArrayList<>();
        for (NewsCollection.Duplicates d : news.duplicates()) {
            StringBuilder g = new StringBuilder(d.canonical() + " 1.0000 1.0000; ");
            for (NewsCollection.Duplicates.Copy c : d.copies()) g.append(String.format(Locale.ROOT, "%s %.4f %.4f; ", c.id(), c.jaccard(), c.containment()));
            answeredGroups.add(g.toString());
        }
        assertEquals(groups, answeredGroups, "dedup's groups");
        assertTrue(groups.size() > 50, "duplicate groups: " + groups.size());

        String[] related = RelatedAndClusterCommandTest.run(new RelatedCommand(), file.toString(), "--all", "--top", "5", "--format", "jsonl", "-q");
        assertEquals("0", related[0], related[2]);
        int levelled = 0;
        for (String line : related[1].lines().toList()) {
            Map<String, Object> row = Json.parseObject(line);
            List<String> printed = new ArrayList<>();
            for (Object o : (List<?>) row.get("related")) {
                Map<?, ?> h = (Map<?, ?>) o;
                printed.add(h.get("id") + " " + String.format(Locale.ROOT, "%.4f", ((Number) h.get("score")).doubleValue()) + " " + h.get("relation"));
            }
            List<String> answered = new ArrayList<>();
            for (RelatedHit h : news.related((String) row.get("id"), 5)) {
                answered.add(h.id() + " " + String.format(Locale.ROOT, "%.4f", h.score()) + " " + h.relation());
                if (h.relation() == RelatedHit.Relation.event || h.relation() == RelatedHit.Relation.storyline) levelled++;
            }
            assertEquals(printed, answered, "the related list of " + row.get("id"));
        }
        assertTrue(levelled > 100, "hits labelled event or storyline: " + levelled);

        String[] cluster = RelatedAndClusterCommandTest.run(new ClusterCommand(), file.toString(), "--level", "storyline", "--format", "jsonl", "-q");
        assertEquals("0", cluster[0], cluster[2]);
        List<String> lines = cluster[1].lines().toList();
        List<NewsCollection.Storyline> storylines = news.storylines();
        assertEquals(lines.size(), storylines.size());
        int events = 0;
        for (int s = 0; s < lines.size(); s++) {
            Map<String, Object> row = Json.parseObject(lines.get(s));
            NewsCollection.Storyline storyline = storylines.get(s);
            assertEquals(row.get("label"), storyline.label());
            assertEquals(row.get("members"), storyline.ids());
            List<?> printedEvents = (List<?>) row.get("events");
            assertEquals(printedEvents.size(), storyline.events().size(), "events of storyline " + s);
            for (int e = 0; e < printedEvents.size(); e++) {
                Map<?, ?> event = (Map<?, ?>) printedEvents.get(e);
                NewsCollection.Story story = storyline.events().get(e);
                assertEquals(event.get("label"), story.label());
                assertEquals(event.get("members"), story.ids());
                assertEquals(event.get("duplicates"), story.duplicates());
                events++;
            }
        }
        assertEquals(news.stories().size(), events, "every event in one storyline");
        assertTrue(storylines.stream().anyMatch(s -> s.events().size() > 1), "a storyline of several events");
    }
}
