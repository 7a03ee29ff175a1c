package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.internal.json.Json;
import io.copydesk.testing.Prose;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalRunCommandTest {
    @TempDir Path dir;

    /** Two duplicate groups and two singletons; one group member is a brief (containment). */
    private Path labelled() throws IOException {
        Prose p = new Prose(3);
        String a = p.body(4), b = p.body(4), c = p.body(4), d = p.body(4);
        String lines = String.join("\n",
                line("a1", a, "s1", "d1"), line("a2", p.edit(a, 0.02), "s1", "d1"), line("a3", a.substring(0, a.indexOf('\n')), "s1", "d1"),
                line("b1", b, "s2", "d2"), line("b2", b, "s2", "d2"),
                line("c1", c, "s3", "d3"), line("d1", d, "s4", "d4")) + "\n";
        return Files.writeString(dir.resolve("labelled.jsonl"), lines);
    }

    private static String line(String id, String text, String cluster, String dup) {
        return "{\"id\":\"" + id + "\",\"text\":" + io.copydesk.internal.json.JsonWriter.quote(text)
                + ",\"cluster\":\"" + cluster + "\",\"dup_group\":\"" + dup + "\"}";
    }

    @Test
    void runScoresDedupAgainstTheLabels() throws IOException {
        DedupCommandTest.Run r = DedupCommandTest.run("eval", "run", labelled().toString(), "--format", "jsonl", "-q");
        assertEquals(0, r.exit(), r.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> dedup = (Map<String, Object>) Json.parseObject(r.out().strip()).get("dedup");
        assertEquals(7L, dedup.get("articles"));
        assertEquals(2L, dedup.get("gold_groups"), "the two labelled groups, the two singletons left out as groups leaves them out");
        assertEquals(2L, dedup.get("groups"));
        assertEquals(1.0, dedup.get("pair_precision"));
        assertEquals(1.0, dedup.get("pair_recall"));
    }

    /** A labelled collection whose ids are "uuid" and texts "content" scores as its default-named twin with --field. */
    @Test
    void runReadsLabelsByTheRenamedId() throws IOException {
        Path plain = labelled();
        Path renamed = Files.write(dir.resolve("renamed.jsonl"), Files.readAllLines(plain).stream()
                .map(l -> l.replace("{\"id\":", "{\"uuid\":").replace(",\"text\":", ",\"content\":")).toList());
        DedupCommandTest.Run want = DedupCommandTest.run("eval", "run", plain.toString(), "--format", "jsonl", "-q");
        DedupCommandTest.Run got = DedupCommandTest.run("eval", "run", renamed.toString(), "--format", "jsonl", "-q", "--field", "id=uuid",
                "--field", "text=content");
        assertEquals(0, got.exit(), got.err());
        Map<String, Object> w = Json.parseObject(want.out().strip()), g = Json.parseObject(got.out().strip());
        w.remove("seconds");
        g.remove("seconds");
        assertEquals(w, g);
        DedupCommandTest.Run other = DedupCommandTest.run("eval", "run", renamed.toString(), "--format", "jsonl", "-q");
        assertEquals(0, other.exit(), other.err());
        Map<String, Object> o = Json.parseObject(other.out().strip());
        o.remove("seconds");
        assertEquals(w, o, "uuid and content are other names of the id and the text: the labels are read by the same ids");
        DedupCommandTest.Run sweep = DedupCommandTest.run("eval", "sweep", renamed.toString(), "--thresholds", "0.5", "--shingles", "4",
                "--hashes-list", "128", "--format", "jsonl", "-q", "--field", "id=uuid", "--field", "text=content");
        assertEquals(0, sweep.exit(), sweep.err());
        assertEquals(1.0, Json.parseObject(sweep.out().lines().findFirst().orElseThrow()).get("pair_f1"), sweep.out());
    }

    /** The labelled collection as a JSON list and as CSV scores as the JSONL does: the labels are read from the same records. */
    @Test
    void runReadsLabelsFromAListAndACsv() throws IOException {
        Path plain = labelled();
        List<String> lines = Files.readAllLines(plain);
        Path list = Files.writeString(dir.resolve("labelled.json"), "[\n" + String.join(",\n", lines) + "\n]\n");
        StringBuilder csv = new StringBuilder("id;text;cluster;dup_group\n");
        for (String l : lines) {
            Map<String, Object> r = Json.parseObject(l);
            for (String f : List.of("id", "text", "cluster", "dup_group")) {
                csv.append('"').append(((String) r.get(f)).replace("\"", "\"\"")).append(f.equals("dup_group") ? "\"\n" : "\";");
            }
        }
        Path table = Files.writeString(dir.resolve("labelled.csv"), csv);
        DedupCommandTest.Run want = DedupCommandTest.run("eval", "run", plain.toString(), "--format", "jsonl", "-q");
        Map<String, Object> w = Json.parseObject(want.out().strip());
        w.remove("seconds");
        for (Path p : List.of(list, table)) {
            DedupCommandTest.Run got = DedupCommandTest.run("eval", "run", p.toString(), "--format", "jsonl", "-q");
            assertEquals(0, got.exit(), got.err());
            Map<String, Object> g = Json.parseObject(got.out().strip());
            g.remove("seconds");
            assertEquals(w, g, p.toString());
        }
    }

    /** Without ids, --field id=@line names the records and their labels alike: the same scores. */
    @Test
    void runNamesRecordsWithoutIdsByTheirPlace() throws IOException {
        Path plain = labelled();
        Path unnamed = Files.write(dir.resolve("unnamed.jsonl"), Files.readAllLines(plain).stream().map(l -> l.replaceFirst("^\\{\"id\":\"[a-z0-9]+\",", "{")).toList());
        DedupCommandTest.Run want = DedupCommandTest.run("eval", "run", plain.toString(), "--format", "jsonl", "-q");
        DedupCommandTest.Run got = DedupCommandTest.run("eval", "run", unnamed.toString(), "--format", "jsonl", "-q", "--field", "id=@line");
        assertEquals(0, got.exit(), got.err());
        Map<String, Object> w = Json.parseObject(want.out().strip()), g = Json.parseObject(got.out().strip());
        w.remove("seconds");
        g.remove("seconds");
        assertEquals(w, g);
    }

    @Test
    void sweepPrintsOneRowPerSetting() throws IOException {
        DedupCommandTest.Run r = DedupCommandTest.run("eval", "sweep", labelled().toString(), "--thresholds", "0.5,0.9",
                "--shingles", "3,5", "--hashes-list", "64", "--format", "jsonl", "-q");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = r.out().lines().toList();
        assertEquals(4, rows.size());
        Map<String, Object> first = Json.parseObject(rows.getFirst());
        assertEquals(0.5, first.get("threshold"));
        assertEquals(3L, first.get("shingle"));
        assertEquals(1.0, first.get("pair_f1"));
    }

    /**
     * Without "cluster" labels every article is its own gold event: said on stderr, and the scores over no gold pair
     * or no query are null, not a perfect recall beside a null P@1. With the labels there is no such line.
     */
    @Test
    void runWarnsOfAFileWithoutClusterLabelsAndLeavesItsEmptyScoresNull() throws IOException {
        Path unlabelled = Files.writeString(dir.resolve("unlabelled.jsonl"), Files.readString(labelled()).replaceAll(",\"cluster\":\"s[0-9]\"", ""));
        DedupCommandTest.Run r = DedupCommandTest.run("eval", "run", unlabelled.toString(), "--format", "jsonl", "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("unlabelled.jsonl has no \"cluster\" labels: every article is its own gold cluster"), r.err());
        Map<String, Object> json = Json.parseObject(r.out().strip());
        assertEquals(7L, json.get("gold_clusters"));
        for (String key : List.of("pair_recall", "pair_f1", "p_at_1", "mrr")) assertNull(json.get(key), key);
        assertTrue(json.containsKey("pair_recall"));
        DedupCommandTest.Run labelledRun = DedupCommandTest.run("eval", "run", labelled().toString(), "--format", "jsonl", "-q");
        assertEquals("", labelledRun.err());
    }

    @Test
    void sweepWarnsOfAFileWithoutDupGroupLabels() throws IOException {
        Path unlabelled = Files.writeString(dir.resolve("nodups.jsonl"), Files.readString(labelled()).replaceAll(",\"dup_group\":\"d[0-9]\"", ""));
        DedupCommandTest.Run r = DedupCommandTest.run("eval", "sweep", unlabelled.toString(), "--thresholds", "0.5", "--shingles", "3",
                "--hashes-list", "64", "--format", "jsonl", "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("nodups.jsonl has no \"dup_group\" labels"), r.err());
        assertNull(Json.parseObject(r.out().strip()).get("pair_recall"), "no gold pair: 0/0");
    }

    @Test
    void runRefusesUnlabelledDirectories() {
        DedupCommandTest.Run r = DedupCommandTest.run("eval", "run", dir.toString());
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().contains("eval run takes one labelled file"), r.err());
    }
}
