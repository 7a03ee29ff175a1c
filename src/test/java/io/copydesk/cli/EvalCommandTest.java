package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.internal.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives {@code copydesk eval ...} end to end on temp files, through Main's error handling. */
class EvalCommandTest {
    @TempDir
    Path dir;

    private record Result(int exitCode, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Path gold() throws IOException {
        return file("gold.jsonl", """
                {"id": "a", "cluster": 1}
                {"id": "b", "cluster": 1}
                {"id": "c", "cluster": 1}
                {"id": "d", "cluster": 2}
                {"id": "e", "cluster": 2}
                {"id": "f"}
                """);
    }

    @Test
    void clustersPrintsOneJsonObject() throws IOException {
        Path pred = file("pred.jsonl", """
                {"cluster": 0, "members": ["a", "b", "c"]}
                {"group": 1, "members": [{"id": "d", "jaccard": 1.0}, {"id": "e", "jaccard": 0.9}]}
                """);
        Result r = run("eval", "clusters", "--gold", gold().toString(), "--pred", pred.toString(), "--format", "jsonl");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size());
        Map<String, Object> json = Json.parseObject(lines.getFirst());
        assertEquals(6L, json.get("items"));
        assertEquals(3L, json.get("gold_clusters"));
        assertEquals(3L, json.get("pred_clusters"));
        assertEquals(1L, json.get("unassigned_items"));
        for (String key : List.of("ari", "pair_precision", "pair_recall", "pair_f1", "bcubed_precision", "bcubed_recall", "bcubed_f1")) {
            assertEquals(1.0, json.get(key), key);
        }
    }

    /** A gold file with no "cluster" label at all has nothing to score against: bad data, for clusters and related alike. */
    @Test
    void goldWithoutClusterLabelsIsRefused() throws IOException {
        Path unlabelled = file("unlabelled.jsonl", "{\"id\": \"a\"}\n{\"id\": \"b\", \"cluster\": null}\n");
        Path clusters = file("pred.jsonl", "{\"members\": [\"a\", \"b\"]}\n");
        Path related = file("related.jsonl", "{\"id\": \"a\", \"related\": [\"b\"]}\n");
        for (String[] args : List.of(new String[] {"clusters", "--pred", clusters.toString()}, new String[] {"related", "--pred", related.toString()})) {
            Result r = run("eval", args[0], "--gold", unlabelled.toString(), args[1], args[2]);
            assertEquals(ExitCode.DATA, r.exitCode(), args[0] + ": " + r.err());
            assertTrue(r.err().contains("unlabelled.jsonl: no \"cluster\" labels"), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void clustersPrintsAnAlignedTable() throws IOException {
        Path pred = file("pred.jsonl", "{\"members\": [\"a\", \"b\"]}\n");
        Result r = run("eval", "clusters", "--gold", gold().toString(), "--pred", pred.toString(), "--format", "text");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("metric               value", lines.getFirst());
        assertTrue(lines.contains("items                    6"), r.out());
        assertTrue(lines.contains("pair_precision      1.0000"), r.out());
        assertEquals(lines.getFirst().length(), lines.get(1).length(), "columns line up");
    }

    /*
     * Gold: {a b c} {d e} {f}. a returns b (hit), then x: P@1 = 1, P@2 = 1/2, R@2 = 1/2, RR = 1.
     * d returns a, e: P@1 = 0, P@2 = 1/2, R@2 = 1, RR = 1/2. f is a singleton: excluded.
     * Means: P@1 0.5, P@2 0.5, R@2 0.75, MRR 0.75.
     */
    @Test
    void relatedScoresRankings() throws IOException {
        Path pred = file("related.jsonl", """
                {"id": "a", "related": [{"id": "b", "score": 0.9, "relation": "duplicate"}, {"id": "x", "score": 0.2}]}
                {"id": "d", "related": [{"id": "a", "score": 0.8}, {"id": "e", "score": 0.7}]}
                {"id": "f", "related": [{"id": "a", "score": 0.1}]}
                """);
        Result r = run("eval", "related", "--gold", gold().toString(), "--pred", pred.toString(), "--k", "2", "--format", "jsonl");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        Map<String, Object> json = Json.parseObject(r.out().strip());
        assertEquals(2L, json.get("queries"));
        assertEquals(1L, json.get("excluded_queries"));
        assertEquals(2L, json.get("k"));
        assertEquals(0.5, json.get("p_at_1"));
        assertEquals(0.5, json.get("p_at_k"));
        assertEquals(0.75, json.get("r_at_k"));
        assertEquals(0.75, json.get("mrr"));
    }

    @Test
    void pairsWritesScoresAndBandsToTheOutFile() throws IOException {
        Path truth = file("truth.jsonl", """
                {"a": "x", "b": "y", "jaccard": 0.95, "containment": 1.0}
                {"a": "u", "b": "v", "jaccard": 0.42, "containment": 0.5}
                """);
        Path pred = file("pairs.jsonl", "{\"a\": \"y\", \"b\": \"x\", \"jaccard\": 0.95}\n");
        Path out = dir.resolve("scores.jsonl");
        Result r = run("eval", "pairs", "--truth", truth.toString(), "--pred", pred.toString(), "--out", out.toString(), "--format", "jsonl");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertEquals("", r.out());
        Map<String, Object> json = Json.parseObject(Files.readString(out).strip());
        assertEquals(1.0, json.get("pair_precision"));
        assertEquals(0.5, json.get("pair_recall"));
        List<?> bands = (List<?>) json.get("bands");
        assertEquals(10, bands.size());
        assertEquals(Map.of("from", 0.4, "to", 0.5, "truth", 1L, "found", 0L, "recall", 0.0), bands.get(4));
        assertEquals(1.0, ((Map<?, ?>) bands.get(9)).get("recall"));
        assertNull(((Map<?, ?>) bands.get(0)).get("recall"), "an empty band has no recall");
    }

    @Test
    void pairsTextShowsTheBandTable() throws IOException {
        Path truth = file("truth.jsonl", "{\"a\": \"x\", \"b\": \"y\", \"jaccard\": 1.0}\n");
        Path pred = file("pairs.jsonl", "");
        Result r = run("eval", "pairs", "--truth", truth.toString(), "--pred", pred.toString(), "--format", "text");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("[0.9, 1.0]      1      0  0.0000"), r.out());
        assertTrue(r.out().contains("[0.0, 0.1)      0      0       -"), r.out());
    }

    @Test
    void pairsTextWithoutAJaccardSaysWhyThereIsNoBandTable() throws IOException {
        Path truth = file("truth.jsonl", "{\"a\": \"x\", \"b\": \"y\"}\n");
        Result r = run("eval", "pairs", "--truth", truth.toString(), "--pred", truth.toString(), "--format", "text");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("pair_f1         1.0000", lines.get(lines.size() - 3));
        assertEquals(List.of("", "No recall per Jaccard band: no truth pair has a \"jaccard\" (dedup --pairs --exact writes it, "
                + "generate --truth-pairs does not)."), lines.subList(lines.size() - 2, lines.size()));
    }

    @Test
    void missingFileExitsWithIoCode() throws IOException {
        Result r = run("eval", "clusters", "--gold", gold().toString(), "--pred", dir.resolve("absent.jsonl").toString());
        assertEquals(ExitCode.IO, r.exitCode());
        assertEquals("copydesk: cannot read " + dir.resolve("absent.jsonl") + ": no such file", r.err().strip());
    }

    @Test
    void badLineExitsWithDataCodeAndNamesTheLine() throws IOException {
        Path pred = file("related.jsonl", "{\"id\": \"a\", \"related\": []}\n{\"id\": \"b\", \"related\": 3}\n");
        Result r = run("eval", "related", "--gold", gold().toString(), "--pred", pred.toString());
        assertEquals(ExitCode.DATA, r.exitCode());
        assertEquals("copydesk: " + pred + ":2: \"related\" must be an array, found 3", r.err().strip());
    }

    @Test
    void emptyGoldExitsWithDataCode() throws IOException {
        Path gold = file("empty.jsonl", "\n");
        Path pred = file("pred.jsonl", "");
        Result r = run("eval", "clusters", "--gold", gold.toString(), "--pred", pred.toString());
        assertEquals(ExitCode.DATA, r.exitCode());
        assertTrue(r.err().contains("no items to evaluate"), r.err());
    }

    @Test
    void kBelowOneIsAUsageError() throws IOException {
        Result r = run("eval", "related", "--gold", gold().toString(), "--pred", gold().toString(), "--k", "0");
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("--k must be at least 1, was 0"), r.err());
    }

    @Test
    void evalWithoutSubcommandIsAUsageError() {
        Result r = run("eval");
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("a subcommand is required"), r.err());
    }

    @Test
    void everySubcommandHasHelpWithAnExampleAndExitCodes() {
        for (String sub : List.of("clusters", "related", "pairs")) {
            Result r = run("eval", sub, "--help");
            assertEquals(ExitCode.OK, r.exitCode(), sub);
            assertTrue(r.out().contains("copydesk eval " + sub + " --"), sub + " example:\n" + r.out());
            assertTrue(r.out().contains("Exit codes:"), sub);
        }
    }
}
