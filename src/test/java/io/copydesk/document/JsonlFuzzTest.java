package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz test of the JSONL reader: valid records interleaved with mutated ones (flipped,
 * inserted, deleted and truncated bytes, random binary). Whatever the garbage, the reader must not
 * throw, must keep every intact record, and must report each skipped line exactly once with its
 * line number. Set -Dcopydesk.seed=N to replay a failure.
 */
class JsonlFuzzTest {
    @TempDir Path dir;

    @Test
    void garbageNeverCostsTheGoodRecords() throws IOException {
        long seed = Long.getLong("copydesk.seed", System.nanoTime());
        Random r = new Random(seed);
        for (int round = 0; round < 40; round++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            List<String> intact = new ArrayList<>();
            int lines = 30 + r.nextInt(30);
            for (int i = 0; i < lines; i++) {
                String id = "r" + round + "-" + i;
                byte[] good = ("{\"id\":\"" + id + "\",\"title\":\"T \u00e9\u4e2d\",\"text\":\"Body \\u00e9 \u05e9\u05dc\u05d5\u05dd \ud83d\ude00 " + i
                        + "\",\"date\":\"2024-03-12\"}").getBytes(StandardCharsets.UTF_8);
                if (r.nextInt(3) == 0) {
                    bytes.writeBytes(mutate(good, r));
                } else {
                    bytes.writeBytes(good);
                    intact.add(id);
                }
                bytes.write('\n');
            }
            Path file = Files.write(dir.resolve("fuzz" + round + ".jsonl"), bytes.toByteArray());
            StringWriter err = new StringWriter();
            ReadProblems problems = new ReadProblems(new PrintWriter(err, true), false);
            List<String> read = new ArrayList<>();
            try (InputSet in = InputSet.of(List.of(file.toString())); RecordStream s = in.open(problems)) {
                for (ArticleRecord rec; (rec = s.next()) != null; ) read.add(rec.article().id());
            } catch (RuntimeException e) {
                fail("seed " + seed + ": reader threw " + e, e);
            }
            assertTrue(read.containsAll(intact), "seed " + seed + ": lost good records");
            for (String line : err.toString().lines().toList()) {
                if (line.contains("(skipped)")) assertTrue(line.startsWith(file + ":"), "seed " + seed + ": " + line);
            }
            assertEquals(problems.read() - read.size(), problems.skipped(), "seed " + seed + ": every record is read or skipped");
        }
    }

    private static byte[] mutate(byte[] good, Random r) {
        byte[] b = good.clone();
        switch (r.nextInt(5)) {
            case 0 -> { for (int k = 0; k < 1 + r.nextInt(4); k++) b[r.nextInt(b.length)] = (byte) r.nextInt(256); }
            case 1 -> b = java.util.Arrays.copyOf(b, r.nextInt(b.length));
            case 2 -> {
                int at = r.nextInt(b.length);
                byte[] out = new byte[b.length + 3];
                System.arraycopy(b, 0, out, 0, at);
                out[at] = (byte) 0xC3; out[at + 1] = (byte) r.nextInt(256); out[at + 2] = '"';
                System.arraycopy(b, at, out, at + 3, b.length - at);
                b = out;
            }
            case 3 -> { b = new byte[1 + r.nextInt(80)]; r.nextBytes(b); }
            default -> {
                int at = r.nextInt(b.length), len = Math.min(b.length - at, 1 + r.nextInt(10));
                byte[] out = new byte[b.length - len];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + len, out, at, b.length - at - len);
                b = out;
            }
        }
        for (int i = 0; i < b.length; i++) if (b[i] == '\n') b[i] = ' '; // one record per line
        return b;
    }
}
