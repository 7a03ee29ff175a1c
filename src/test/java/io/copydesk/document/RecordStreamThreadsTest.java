package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Trials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records are decoded on worker threads: whatever the thread count, a stream gives the same
 * records in the same order, reports the same problems in the same order (reading problems such
 * as an oversized line or a damaged gzip stream in their place among decoding problems), and in
 * strict mode stops at the same first problem. Inputs mix good records, blank, broken, oversized
 * and mojibake lines over several files, some gzip-compressed or cut short, with enough lines to
 * span many decoding batches.
 */
class RecordStreamThreadsTest {
    private static final long MAX_BYTES = 600;

    @TempDir Path dir;

    private static byte[] line(Random r, int n) {
        return switch (r.nextInt(10)) {
            case 0 -> JsonlReaderPropertyTest.brokenLine(r);
            case 1 -> new byte[0]; // blank
            case 2 -> ("{\"id\":\"long" + n + "\",\"text\":\"" + "word ".repeat(150) + "\"}").getBytes(StandardCharsets.UTF_8); // over the cap
            case 3 -> ("{\"id\":\"m" + n + "\",\"title\":\"Itâ€™s \\u00e2\\u0080\\u009cfixedâ€\\u009d\",\"text\":\"cafÃ© " + n + "\"}")
                    .getBytes(StandardCharsets.UTF_8); // mojibake, repaired on decoding
            case 4 -> ("{\"id\":\"d" + n + "\",\"text\":\"t\",\"date\":\"not a date\"}").getBytes(StandardCharsets.UTF_8); // a warning, kept
            default -> ArticleJson.toLine(JsonlReaderPropertyTest.anyArticle(r)).getBytes(StandardCharsets.UTF_8);
        };
    }

    private List<String> files(Random r, int trial) {
        List<String> names = new ArrayList<>();
        for (int f = 0, files = 1 + r.nextInt(3); f < files; f++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0, n = r.nextInt(r.nextBoolean() ? 30 : 700); i < n; i++) {
                out.writeBytes(line(r, i));
                out.write('\n');
            }
            byte[] bytes = out.toByteArray();
            String name = "t" + trial + "-" + f + ".jsonl";
            if (r.nextInt(3) == 0) {
                ByteArrayOutputStream gz = new ByteArrayOutputStream();
                try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
                    z.write(bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bytes = gz.toByteArray();
                if (r.nextBoolean() && bytes.length > 40) bytes = Arrays.copyOf(bytes, 20 + r.nextInt(bytes.length - 20)); // damaged
                name += ".gz";
            }
            try {
                Files.write(dir.resolve(name), bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            names.add(dir.resolve(name).toString());
        }
        return names;
    }

    /** What one pass saw: every record field and the counts (or the strict stop), and the messages. */
    private record Pass(String seen, String err) {}

    private static Pass pass(List<String> names, int threads, boolean strict) {
        return pass(names, threads, strict, false);
    }

    /** What a worked stream's function makes of a record: something of every field, so a value handed beside the wrong record shows. */
    private static String work(ArticleRecord r) {
        Article a = r.article();
        return r.location() + "#" + (a.id() + a.title() + a.text() + a.date() + a.source()).hashCode();
    }

    /** {@link #pass}, read through {@link WorkedRecords} when {@code worked}, each value checked against its record. */
    private static Pass pass(List<String> names, int threads, boolean strict, boolean worked) {
        StringWriter err = new StringWriter();
        ReadProblems problems = new ReadProblems(new PrintWriter(err, true), strict);
        StringBuilder seen = new StringBuilder();
        try (InputSet set = InputSet.of(names, InputStream.nullInputStream(), MAX_BYTES, InputSet.DEFAULT_MAX_INPUT_BYTES);
             RecordStream plain = worked ? null : set.open(problems, threads);
             WorkedRecords<String> values = worked ? set.open(problems, threads, RecordStreamThreadsTest::work) : null) {
            for (ArticleRecord r; (r = worked ? values.next() : plain.next()) != null; ) {
                if (worked) assertEquals(work(r), values.value(), r.location());
                Article a = r.article();
                seen.append(r.location()).append(' ').append(a.id()).append('|').append(a.title()).append('|').append(a.text())
                        .append('|').append(a.date()).append('|').append(a.source()).append('|').append(r.raw()).append('\n');
            }
            seen.append("incomplete ").append(set.incomplete()).append('\n');
        } catch (BadInputException e) {
            seen.append("stopped: ").append(e.getMessage()).append('\n');
        }
        seen.append("read ").append(problems.read()).append(" skipped ").append(problems.skipped()).append('\n');
        return new Pass(seen.toString(), err.toString());
    }

    @Test
    void sameRecordsAndProblemsInTheSameOrderOnAnyThreadCount() {
        int[] trial = {0};
        Trials.run("record stream threads", 25, r -> files(r, trial[0]++), names -> {
            Pass one = pass(names, 1, false);
            for (int threads : new int[] {2, 3, 8}) assertEquals(one, pass(names, threads, false), threads + " threads");
            Pass strict = pass(names, 1, true);
            for (int threads : new int[] {2, 8}) assertEquals(strict, pass(names, threads, true), threads + " threads, strict");
            // strict stops at the first problem the lenient pass reported, and reports nothing before it
            String first = one.err().lines().findFirst().orElse(null);
            if (first == null) assertFalse(strict.seen().contains("stopped: "), strict.seen());
            else assertTrue(strict.seen().contains("stopped: " + first.replace(" (skipped)", "") + "\n"), strict.seen() + "expected to stop at " + first);
            assertEquals("", strict.err());
            // with work on the decoding threads: the same records and problems, each record's own value beside it
            for (int threads : new int[] {1, 2, 8}) assertEquals(one, pass(names, threads, false, true), threads + " threads, worked");
            assertEquals(strict, pass(names, 2, true, true), "2 threads, strict, worked");
        });
    }

    @Test
    void whatTheWorkThrowsReachesTheReader() throws IOException {
        Path p = dir.resolve("w.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 500; i++) lines.append("{\"id\":\"r").append(i).append("\",\"text\":\"words ").append(i).append("\"}\n");
        Files.writeString(p, lines);
        for (int threads : new int[] {1, 2}) {
            int[] before = {0};
            try (InputSet set = InputSet.of(List.of(p.toString()));
                 WorkedRecords<String> s = set.open(ReadProblems.silent(), threads, r -> {
                     if (r.article().id().equals("r321")) throw new IllegalStateException("work failed on r321");
                     return r.article().id();
                 })) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
                    for (ArticleRecord r; (r = s.next()) != null; before[0]++) assertEquals(r.article().id(), s.value());
                });
                assertEquals("work failed on r321", e.getMessage());
                assertTrue(before[0] <= 321, before[0] + " records before the failure, " + threads + " threads");
            }
        }
    }

    @Test
    void aDamagedStreamIsReportedAfterTheProblemsOfTheLinesBeforeIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 1000; i++) {
            out.writeBytes((i % 97 == 5 ? "{broken " + i : "{\"id\":\"r" + i + "\",\"text\":\"words of record " + i + "\"}").getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(out.toByteArray());
        }
        Path p = dir.resolve("cut.jsonl.gz");
        Files.write(p, Arrays.copyOf(gz.toByteArray(), gz.size() - 12)); // the trailer and some data lost
        for (int threads : new int[] {1, 2, 8}) {
            String seen = pass(List.of(p.toString()), threads, false).err();
            List<String> messages = seen.lines().filter(l -> l.startsWith(p.toString() + ":")).toList();
            assertTrue(messages.size() >= 2, seen);
            assertTrue(messages.getLast().contains("the complete records before it are used"), seen);
            for (String m : messages.subList(0, messages.size() - 1)) assertTrue(m.endsWith("(skipped)"), m);
        }
    }
}
