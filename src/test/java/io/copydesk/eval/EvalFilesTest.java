package io.copydesk.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalFilesTest {
    @TempDir
    Path dir;

    @Test
    void goldNormalizesNumericClustersAndMakesUnlabelledItemsSingletons() throws IOException {
        Clustering gold = EvalFiles.readGold(file("gold.jsonl", """
                {"id": "a", "cluster": 7, "text": "ignored"}
                {"id": "b", "cluster": "7"}

                {"id": 12, "cluster": 7.0}
                {"id": "d"}
                {"id": "e", "cluster": null}
                """));
        assertEquals(5, gold.size());
        assertEquals(gold.clusterOf("a"), gold.clusterOf("b"));
        assertEquals(gold.clusterOf("a"), gold.clusterOf("12"));
        assertNotEquals(gold.clusterOf("d"), gold.clusterOf("e"));
        assertEquals(3, gold.clusterCount());
    }

    @Test
    void clustersAcceptIdsMemberObjectsAndDuplicateGroups() throws IOException {
        Clustering pred = EvalFiles.readClusters(file("pred.jsonl", """
                {"cluster": 0, "members": ["a", "b"]}
                {"cluster": 1, "members": [{"id": "c"}, {"id": 4, "score": 0.5}]}
                {"group": 0, "members": [{"id": "e", "jaccard": 1.0}, {"id": "f", "jaccard": 0.8}]}
                """));
        assertEquals(6, pred.size());
        assertEquals(3, pred.clusterCount());
        assertEquals(pred.clusterOf("a"), pred.clusterOf("b"));
        assertEquals(pred.clusterOf("c"), pred.clusterOf("4"));
        assertEquals(pred.clusterOf("e"), pred.clusterOf("f"));
        assertNotEquals(pred.clusterOf("a"), pred.clusterOf("e"), "each line is its own cluster");
    }

    @Test
    void relatedKeepsResultOrder() throws IOException {
        List<Ranking> rankings = EvalFiles.readRelated(file("related.jsonl", """
                {"id": "q", "related": [{"id": "x", "score": 0.9, "relation": "duplicate"}, {"id": "y", "score": 0.4}, "z"]}
                {"id": "r", "related": []}
                """));
        assertEquals(List.of(new Ranking("q", List.of("x", "y", "z")), new Ranking("r", List.of())), rankings);
    }

    @Test
    void pairsAreUnorderedAndRepeatsCollapse() throws IOException {
        Map<IdPair, Double> truth = EvalFiles.readTruthPairs(file("truth.jsonl", """
                {"a": "x", "b": "y", "jaccard": 0.75, "containment": 0.9}
                {"a": "y", "b": "x", "jaccard": 0.5}
                {"a": "u", "b": "v", "jaccard": 1}
                """));
        assertEquals(Map.of(new IdPair("x", "y"), 0.75, new IdPair("u", "v"), 1.0), truth);
        Set<IdPair> pred = EvalFiles.readPairs(file("pred.jsonl", """
                {"a": "y", "b": "x"}
                {"a": "x", "b": "y", "jaccard": 0.3}
                """));
        assertEquals(Set.of(new IdPair("x", "y")), pred);
    }

    @Test
    void missingIdIsReportedWithFileAndLine() throws IOException {
        Path f = file("gold.jsonl", "{\"id\": \"a\"}\n\n{\"cluster\": 1}\n");
        EvalDataException e = assertThrows(EvalDataException.class, () -> EvalFiles.readGold(f));
        assertEquals(f + ":3: missing \"id\"", e.getMessage());
    }

    @Test
    void badJsonIsReportedWithFileLineAndColumn() throws IOException {
        Path f = file("gold.jsonl", "{\"id\": \"a\"}\n{\"id\": \"b\n");
        EvalDataException e = assertThrows(EvalDataException.class, () -> EvalFiles.readGold(f));
        assertEquals(f + ":2: unterminated string starting at column 8", e.getMessage());
    }

    @Test
    void duplicateGoldIdIsReported() throws IOException {
        Path f = file("gold.jsonl", "{\"id\": \"a\", \"cluster\": 1}\n{\"id\": \"a\", \"cluster\": 2}\n");
        EvalDataException e = assertThrows(EvalDataException.class, () -> EvalFiles.readGold(f));
        assertEquals(f + ":2: id \"a\" is listed twice", e.getMessage());
    }

    @Test
    void memberOfTwoClustersIsReported() throws IOException {
        Path f = file("pred.jsonl", "{\"members\": [\"a\", \"b\"]}\n{\"members\": [\"c\", \"a\"]}\n");
        EvalDataException e = assertThrows(EvalDataException.class, () -> EvalFiles.readClusters(f));
        assertEquals(f + ":2: id \"a\" is in more than one cluster", e.getMessage());
    }

    @Test
    void badMemberAndMissingMembersAreReported() throws IOException {
        Path noId = file("a.jsonl", "{\"members\": [{\"name\": \"a\"}]}\n");
        assertEquals(noId + ":1: a member has no \"id\"",
                assertThrows(EvalDataException.class, () -> EvalFiles.readClusters(noId)).getMessage());
        Path noMembers = file("b.jsonl", "{\"cluster\": 3}\n");
        assertEquals(noMembers + ":1: missing \"members\"",
                assertThrows(EvalDataException.class, () -> EvalFiles.readClusters(noMembers)).getMessage());
        Path badId = file("c.jsonl", "{\"members\": [1.5]}\n");
        assertEquals(badId + ":1: a member must be a non-empty string or an integer, found 1.5",
                assertThrows(EvalDataException.class, () -> EvalFiles.readClusters(badId)).getMessage());
    }

    @Test
    void jaccardOutsideTheUnitIntervalIsReported() throws IOException {
        Path f = file("truth.jsonl", "{\"a\": \"x\", \"b\": \"y\", \"jaccard\": 0.5}\n{\"a\": \"x\", \"b\": \"z\", \"jaccard\": 1.5}\n");
        EvalDataException e = assertThrows(EvalDataException.class, () -> EvalFiles.readTruthPairs(f));
        assertEquals(f + ":2: \"jaccard\" must be a number in [0, 1], found 1.5", e.getMessage());
    }

    @Test
    void pairOfAnIdWithItselfIsReported() throws IOException {
        Path f = file("pairs.jsonl", "{\"a\": \"x\", \"b\": \"x\"}\n");
        EvalDataException e = assertThrows(EvalDataException.class, () -> EvalFiles.readPairs(f));
        assertEquals(f + ":1: \"a\" and \"b\" are the same id \"x\"", e.getMessage());
    }

    @Test
    void repeatedQueryIsReported() throws IOException {
        Path f = file("related.jsonl", "{\"id\": \"q\", \"related\": []}\n{\"id\": \"q\", \"related\": [\"a\"]}\n");
        EvalDataException e = assertThrows(EvalDataException.class, () -> EvalFiles.readRelated(f));
        assertEquals(f + ":2: query \"q\" is listed twice", e.getMessage());
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() throws IOException {
        Path f = dir.resolve("gold.jsonl");
        byte[] good = "{\"id\": \"a\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'};
        Files.write(f, concat(good, bad));
        EvalDataException e = assertThrows(EvalDataException.class, () -> EvalFiles.readGold(f));
        assertEquals(f + ":2: not valid UTF-8", e.getMessage());
    }

    @Test
    void missingFileIsAnIoError() {
        assertThrows(NoSuchFileException.class, () -> EvalFiles.readGold(dir.resolve("absent.jsonl")));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
