package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import io.copydesk.internal.json.Json;
import io.copydesk.testing.Jsonl;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** related, cluster and index query on an index answer as the in-memory commands do on the same articles. */
class RelatedFromIndexTest {
    @TempDir static Path dir;
    static Path news, idx;

    @BeforeAll
    static void index() {
        news = Jsonl.write(dir.resolve("news.jsonl"),
                new NewsGenerator(GeneratorConfig.of(800).withSeed(23)).stream().map(GeneratedArticle::toArticle).toList());
        idx = dir.resolve("news.idx");
        IndexCli.Run add = IndexCli.run("index", "add", "--index", idx.toString(), news.toString(), "--batch", "5000", "-q");
        assertEquals(0, add.exit(), add.err());
    }

    private static String out(String... args) {
        IndexCli.Run r = IndexCli.run(args);
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }

    @Test
    void relatedFromAnIndexPrintsWhatInMemoryRelatedPrints() {
        String inMemory = out("related", news.toString(), "--all", "--top", "5", "--format", "jsonl", "-q", "--threads", "2");
        assertTrue(inMemory.contains("\"relation\":\"related\"") && inMemory.contains("\"relation\":\"duplicate\""));
        assertEquals(inMemory, out("related", "--index", idx.toString(), "--all", "--top", "5", "--format", "jsonl", "-q", "--threads", "1"));
        String id = Json.parseObject(inMemory.lines().findFirst().orElseThrow()).get("id").toString();
        assertEquals(out("related", news.toString(), "--id", id, "--window", "3d", "--format", "text", "-q"),
                out("related", "--index", idx.toString(), "--id", id, "--window", "3d", "--format", "text", "-q"));
    }

    @Test
    void clusterFromAnIndexPrintsWhatInMemoryClusterPrintsButTheLabelWords() {
        String inMemory = out("cluster", news.toString(), "--format", "jsonl", "-q");
        assertTrue(inMemory.lines().count() < 800, "stories of several articles");
        String fromIndex = out("cluster", "--index", idx.toString(), "--format", "jsonl", "-q", "--threads", "1");
        // labels show each term's most frequent word in memory, the shortest word the index stored
        assertEquals(withoutLabels(inMemory), withoutLabels(fromIndex));
    }

    private static String withoutLabels(String jsonl) {
        return jsonl.replaceAll("\"label\":\"[^\"]*\",", "");
    }

    @Test
    void indexQueryRanksAnIndexedArticleAsRelatedDoesWhenItHasNoDuplicates() {
        List<String> lines = out("index", "query", "--index", idx.toString(), news.toString(), "--top", "5", "--format", "jsonl", "-q").lines().toList();
        List<String> gold = out("related", "--index", idx.toString(), "--all", "--top", "5", "--no-levels", "--format", "jsonl", "-q").lines().toList();
        assertEquals(gold.size(), lines.size());
        int compared = 0;
        for (int i = 0; i < lines.size(); i++) {
            Map<String, Object> q = Json.parseObject(lines.get(i)), g = Json.parseObject(gold.get(i));
            assertEquals(g.get("id"), q.get("id"));
            if (!((List<?>) q.get("duplicates")).isEmpty()) continue;
            if (((List<?>) g.get("related")).stream().anyMatch(h -> ((Map<?, ?>) h).get("relation").equals("duplicate"))) continue;
            List<?> want = (List<?>) g.get("related"), got = (List<?>) q.get("related");
            assertEquals(want.stream().map(h -> ((Map<?, ?>) h).get("id")).toList(), got.stream().map(h -> ((Map<?, ?>) h).get("id")).toList(),
                    "article " + q.get("id"));
            for (int h = 0; h < want.size(); h++) { // the in-memory index sums in float, the index query in double
                double a = (Double) ((Map<?, ?>) want.get(h)).get("score"), b = (Double) ((Map<?, ?>) got.get(h)).get("score");
                assertEquals(a, b, 2e-4, "article " + q.get("id"));
            }
            compared++;
        }
        assertTrue(compared > 300, compared + " articles compared");
    }

    @Test
    void optionsOtherThanTheIndexSettingsAreRefused() {
        IndexCli.Run r = IndexCli.run("related", "--index", idx.toString(), "--all", "--title-weight", "3");
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().contains("title-weight 2.0 (index) vs 3.0 (asked)"), r.err());
        IndexCli.Run c = IndexCli.run("cluster", "--index", idx.toString(), "--dup-threshold", "0.7");
        assertEquals(ExitCode.USAGE, c.exit());
        assertTrue(c.err().contains("threshold 0.5 (index) vs 0.7 (asked)"), c.err());
        IndexCli.Run f = IndexCli.run("related", "--index", idx.toString(), "--query-file", news.toString());
        assertEquals(ExitCode.USAGE, f.exit());
    }
}
