package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of JSONL part files, as Spark and other tools write them, read as the file they make end to end. */
class JsonlFolderTest {
    @TempDir Path dir;
    Path whole, parts;
    List<String> lines;

    @BeforeEach
    void splitGeneratedArticles() throws IOException {
        whole = dir.resolve("whole.jsonl");
        DedupCommandTest.Run g = DedupCommandTest.run("generate", "--articles", "300", "--seed", "1", "--out", whole.toString());
        assertEquals(ExitCode.OK, g.exit(), g.err());
        lines = Files.readAllLines(whole);
        parts = Files.createDirectory(dir.resolve("parts"));
        Files.write(parts.resolve("part-00000.jsonl"), lines.subList(0, 100));
        Files.write(parts.resolve("part-00001.jsonl"), lines.subList(100, 180));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(parts.resolve("part-00002.jsonl.gz")))) {
            out.write((String.join("\n", lines.subList(180, lines.size())) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(parts.resolve("_SUCCESS"), "");
        Files.writeString(parts.resolve(".part-00000.jsonl.crc"), "crc");
    }

    @Test
    void aFolderOfPartsGivesWhatTheirConcatenationGives() {
        for (String format : List.of("jsonl", "text", "tsv")) {
            DedupCommandTest.Run folder = DedupCommandTest.run("dedup", parts.toString(), "--pairs", "--format", format);
            DedupCommandTest.Run file = DedupCommandTest.run("dedup", whole.toString(), "--pairs", "--format", format);
            assertEquals(ExitCode.OK, folder.exit(), folder.err());
            assertTrue(file.out().lines().count() > 50, file.out());
            assertEquals(file.out(), folder.out(), format);
            assertEquals(file.err().replaceAll(" in [0-9.]+ s", ""), folder.err().replaceAll(" in [0-9.]+ s", ""), format);
        }
    }

    @Test
    void anIdRepeatedInAnotherPartIsReportedAsWithinOneFile() throws IOException {
        Files.write(parts.resolve("part-00003.jsonl"), List.of(lines.get(5)));
        DedupCommandTest.Run r = DedupCommandTest.run("dedup", parts.toString(), "-q");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        String id = (String) io.copydesk.internal.json.Json.parseObject(lines.get(5)).get("id");
        assertEquals(List.of(parts.resolve("part-00003.jsonl") + ":1: repeated id " + id + " (first seen at "
                + parts.resolve("part-00000.jsonl") + ":6) (skipped)"), r.err().lines().filter(l -> !l.startsWith("copydesk:")).toList());
    }

    @Test
    void anUnreadableSubfolderOfAFolderOfPartsFailsTheRun() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads everything");
        Path locked = Files.createDirectory(parts.resolve("more"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        try {
            DedupCommandTest.Run r = DedupCommandTest.run("dedup", parts.toString());
            assertEquals(ExitCode.IO, r.exit(), r.err());
            assertEquals(List.of("copydesk: " + parts + ": cannot read: permission denied (" + locked + ")"), r.err().lines().toList());
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }
}
