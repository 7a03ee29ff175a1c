package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Prose;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 50 MB article: skipped with a warning under the default cap, processed when the cap allows it. */
class HugeInputTest {
    @TempDir Path dir;

    @Test
    void fiftyMegabyteArticleIsCappedOrProcessedWithoutRunningOutOfMemory() throws IOException {
        Prose prose = new Prose(1);
        String small = prose.body(3);
        Path file = dir.resolve("huge.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("{\"id\":\"small\",\"text\":\"" + small.replace("\n", "\\n") + "\"}\n");
            w.write("{\"id\":\"huge\",\"text\":\"");
            String para = prose.paragraph().replace("\n", " ");
            long written = 0;
            for (int i = 0; written < 50L << 20; i++) { // distinct lines, so none is dropped as a repeat
                String line = para + " " + i + "\\n";
                w.write(line);
                written += line.length();
            }
            w.write("\"}\n");
            w.write("{\"id\":\"copy\",\"text\":\"" + small.replace("\n", "\\n") + "\"}\n");
        }
        DedupCommandTest.Run capped = DedupCommandTest.run("dedup", file.toString(), "--format", "jsonl", "-q");
        assertEquals(0, capped.exit(), capped.err());
        assertTrue(capped.err().contains("huge.jsonl:2: record of 52,"), capped.err());
        assertTrue(capped.err().contains("exceeds --max-article-bytes 16,777,216 (skipped)"), capped.err());
        assertTrue(capped.out().contains("\"small\"") && capped.out().contains("\"copy\""), capped.out());

        DedupCommandTest.Run processed = DedupCommandTest.run("dedup", file.toString(), "--format", "jsonl", "-q",
                "--max-article-bytes", "60000000", "--threads", "1");
        assertEquals(0, processed.exit(), processed.err());
        assertEquals("", processed.err());
    }
}
