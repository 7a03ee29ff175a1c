package io.copydesk.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydesk.generate.GeneratedArticle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every side-by-side engine once on a small generated collection and checks its answer. */
class SideBySideTest {
    @TempDir
    static Path dir;
    static Path input;
    static final Map<String, long[]> pairs = new HashMap<>();

    @BeforeAll
    static void runAll() throws Exception {
        input = dir.resolve("gen.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(input)) {
            for (GeneratedArticle a : BenchData.articles(1500, 42)) {
                w.write(a.toJson());
                w.write('\n');
            }
        }
        for (String engine : SideBySide.engines().keySet()) {
            SideBySide.run(engine, input, dir, 2);
            pairs.put(engine, SideBySide.readPairs(dir.resolve(engine + ".pairs")));
        }
    }

    private static double recall(String engine) {
        long[] truth = pairs.get("exact");
        return (double) hits(pairs.get(engine), truth) / truth.length;
    }

    private static double precision(String engine) {
        return (double) hits(pairs.get(engine), pairs.get("exact")) / pairs.get(engine).length;
    }

    private static long hits(long[] a, long[] truth) {
        return java.util.Arrays.stream(a).filter(p -> java.util.Arrays.binarySearch(truth, p) >= 0).count();
    }

    @Test
    void thereAreDuplicatesToFind() {
        assertTrue(pairs.get("exact").length > 200, "exact pairs: " + pairs.get("exact").length);
        assertEquals(0, pairs.get("analyze-only").length);
    }

    @Test
    void prefixFilterJoinEqualsAllPairs() {
        assertArrayEquals(pairs.get("exact"), pairs.get("exact-prefix"));
    }

    @Test
    void copydeskReportsOnlyTruePairsAndNearlyAll() {
        assertEquals(1.0, precision("copydesk"));
        assertTrue(recall("copydesk") >= 0.98, "recall " + recall("copydesk"));
    }

    @Test
    void theIncrementalIndexFindsTheBatchPairs() {
        // it cleans each article by the per-article rules only (no collection counts in a stream): scores near
        // the threshold may move, so not every pair is the batch's
        assertTrue(recall("copydesk-index") >= 0.95, "recall " + recall("copydesk-index"));
        assertTrue(precision("copydesk-index") >= 0.95, "precision " + precision("copydesk-index"));
    }

    @Test
    void peersFindMostPairsAtTheThreshold() {
        for (String peer : new String[] {"java-lsh", "lucene-minhash", "lucene-minhash-bands"}) {
            assertTrue(recall(peer) >= 0.9, peer + " recall " + recall(peer));
            assertTrue(precision(peer) >= 0.8, peer + " precision " + precision(peer));
        }
    }

    @Test
    void everyRunRecordsTimeAndPeakMemory() throws IOException {
        for (String engine : SideBySide.engines().keySet()) {
            Properties p = new Properties();
            try (var in = Files.newInputStream(dir.resolve(engine + ".properties"))) {
                p.load(in);
            }
            assertEquals("1500", p.getProperty("articles"));
            String[] run = Files.readString(dir.resolve(engine + ".runs")).trim().split(" ");
            assertTrue(Double.parseDouble(run[0]) > 0, engine);
            assertTrue(Long.parseLong(run[1]) > 0, engine);
        }
    }

    @Test
    void reportHasARowPerEngine() throws IOException {
        String md = SideBySide.report(input, dir);
        for (String engine : SideBySide.engines().keySet()) assertTrue(md.contains("| " + engine + " |"), md);
        assertTrue(md.contains("(truth: exact)"), md);
    }
}
