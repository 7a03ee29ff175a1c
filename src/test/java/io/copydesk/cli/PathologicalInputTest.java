package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.internal.json.JsonWriter;
import io.copydesk.testing.Prose;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs through the whole {@code dedup} pipeline: deep nesting, one huge line, control
 * characters, surrogates, escape storms, a date field of whitespace, records without one index term. Each must
 * finish with a clear outcome (no crash, the normal records kept), in at most {@value #MAX_RATIO} times the time
 * of a normal input of the same size, timed in turn with it (a ratio, not a clock time: a machine
 * busy with other work slows both alike); and through {@code cluster} and {@code related --all} with a clear
 * outcome, every normal record in their output.
 * Random parts come from {@code -Dcopydesk.test.seed=N}, printed on every run.
 */
class PathologicalInputTest {
    private static final int MAX_RATIO = 12;
    private static final int SIZE = 1 << 20;
    private static final long SEED = Long.getLong("copydesk.test.seed", System.nanoTime());

    @TempDir static Path dir;
    static Path normal;

    @BeforeAll
    static void writeANormalInput() throws IOException {
        System.out.println("PathologicalInputTest seed " + SEED + " (rerun with -Dcopydesk.test.seed=" + SEED + ")");
        normal = write("normal.jsonl", new StringBuilder(normalRecords(SIZE, new Random(SEED))));
    }

    private static String normalRecords(int bytes, Random random) {
        Prose prose = new Prose(random.nextLong());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < bytes; i++) {
            sb.append("{\"id\":\"n").append(i).append("\",\"title\":\"Story ").append(i).append("\",\"text\":")
                    .append(JsonWriter.quote(prose.body(2))).append(",\"date\":\"2024-03-12\"}\n");
        }
        return sb.toString();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("deep nesting", (IntFunction<String>) n -> "{\"id\":\"deep\",\"text\":\"words here\",\"x\":" + "[".repeat(n) + "]".repeat(n) + "}\n"),
                Arguments.of("one huge line", (IntFunction<String>) n -> "{\"id\":\"huge\",\"text\":" + JsonWriter.quote(words(n)) + "}\n"),
                Arguments.of("control characters", (IntFunction<String>) n -> "{\"id\":\"ctl\\u001b[2J\",\"text\":\""
                        + "\\u001b[31m\\u0007\\u0000\\r".repeat(n / 24) + "\"}\n"),
                Arguments.of("lone surrogates", (IntFunction<String>) n -> "{\"id\":\"sur\",\"text\":\"" + "a\\ud800 \\udfff b ".repeat(n / 20) + "\"}\n"),
                Arguments.of("surrogate pairs", (IntFunction<String>) n -> "{\"id\":\"emoji\",\"text\":\"" + "\ud83d\ude00 word ".repeat(n / 10) + "\"}\n"),
                Arguments.of("escape storm", (IntFunction<String>) n -> "{\"id\":\"esc\",\"text\":\"" + "\\\\\\\"\\n".repeat(n / 6) + "\"}\n"),
                Arguments.of("whitespace date", (IntFunction<String>) n -> "{\"id\":\"date\",\"text\":\"some words\",\"date\":\"date"
                        + " ".repeat(n) + "x\"}\n"),
                Arguments.of("tags closed at the end", (IntFunction<String>) n -> "{\"id\":\"tags\",\"text\":\"" + "<B>x ".repeat(n / 5) + "</B>\"}\n"),
                Arguments.of("markup that never ends", (IntFunction<String>) n -> "{\"id\":\"open\",\"text\":\""
                        + "<!-- <script> <a href=\\\"x <STYLE>y <p title='z ".repeat(n / 48) + "\"}\n"),
                Arguments.of("one long line of one word", (IntFunction<String>) n -> "{\"id\":\"word\",\"text\":\"" + "a".repeat(n) + "\"}\n"),
                // stop words and single letters: no index term, an empty vector; undated, first in date order
                Arguments.of("records without index terms", (IntFunction<String>) n -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; sb.length() < n; i++) sb.append("{\"id\":\"s").append(i).append("\",\"text\":\"The of and. A to it? X\"}\n");
                    return sb.toString();
                }),
                Arguments.of("many tiny records", (IntFunction<String>) n -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; sb.length() < n; i++) sb.append("{\"id\":\"t").append(i).append("\",\"text\":\"x\"}\n");
                    return sb.toString();
                }));
    }

    /**
     * Hostile input in the other formats: each case gives the normal records and the hostile part in its format; the
     * normal records must survive and the whole take at most {@value #MAX_RATIO} times the normal records alone in that
     * format, at the same size.
     */
    static Stream<Arguments> formatCases() {
        return Stream.of(
                Arguments.of("csv: a cell of doubled quotes", ".csv", (IntFunction<String>) n -> "h,\"" + "\"\"".repeat(n / 2) + "\",x\n"),
                Arguments.of("csv: a row of empty cells", ".csv", (IntFunction<String>) n -> ",".repeat(n) + "\n"),
                Arguments.of("csv: line ends only", ".csv", (IntFunction<String>) n -> "\r\n".repeat(n / 2)),
                Arguments.of("json list: deep nesting", ".json", (IntFunction<String>) n -> ",\n" + "[".repeat(n / 2) + "]".repeat(n / 2)),
                Arguments.of("json list: a string of escapes", ".json", (IntFunction<String>) n -> ",\n{\"id\":\"esc\",\"text\":\"" + "\\\"".repeat(n / 2) + "\"}"),
                Arguments.of("json list: many empty records", ".json", (IntFunction<String>) n -> ",{}".repeat(n / 3)));
    }

    /** The normal records in a format: CSV rows of id, title, text and date; or a JSON list's elements (the list left open). */
    private static String normalIn(String ext, int bytes) {
        StringBuilder sb = new StringBuilder(ext.equals(".csv") ? "id,title,text,date\n" : "[");
        Prose prose = new Prose(SEED);
        for (int i = 0; sb.length() < bytes; i++) {
            String text = prose.body(2);
            if (ext.equals(".csv")) {
                sb.append('n').append(i).append(",Story ").append(i).append(",\"").append(text.replace("\"", "\"\"")).append("\",2024-03-12\n");
            } else {
                sb.append(i == 0 ? "" : ",\n").append("{\"id\":\"n").append(i).append("\",\"title\":\"Story ").append(i).append("\",\"text\":")
                        .append(JsonWriter.quote(text)).append(",\"date\":\"2024-03-12\"}");
            }
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatCases")
    void otherFormatsFinishWithinARatioOfANormalInput(String name, String ext, IntFunction<String> hostile) throws IOException {
        String close = ext.equals(".json") ? "\n]\n" : "";
        Path normalFile = write(name.replaceAll("[^a-z]+", "-") + "-normal" + ext, new StringBuilder(normalIn(ext, SIZE)).append(close));
        Path file = write(name.replaceAll("[^a-z]+", "-") + ext, new StringBuilder(normalIn(ext, SIZE / 2)).append(hostile.apply(SIZE / 2)).append(close));
        keepsTheNormalRecordsWithinARatio(name, file, normalFile);
    }

    private static String words(int n) {
        Prose prose = new Prose(SEED);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < n) sb.append(prose.sentence()).append(' ');
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void finishesWithinARatioOfANormalInput(String name, IntFunction<String> hostile) throws IOException {
        // half normal records (which must survive), half hostile bytes: the same size as the normal input
        StringBuilder sb = new StringBuilder(normalRecords(SIZE / 2, new Random(SEED)));
        sb.append(hostile.apply(SIZE / 2));
        Path file = write(name.replace(' ', '-') + ".jsonl", sb);
        keepsTheNormalRecordsWithinARatio(name, file, normal);
    }

    /**
     * {@code file} (normal records and hostile bytes) through {@code dedup}: a clear outcome, its normal records kept, and at
     * most {@value #MAX_RATIO} times the time of {@code normalFile}, a normal input of the same size and format.
     */
    private static void keepsTheNormalRecordsWithinARatio(String name, Path file, Path normalFile) throws IOException {
        DedupCommandTest.Run r = DedupCommandTest.run("dedup", file.toString(), "--format", "jsonl", "--threads", "1",
                "--write-unique", dir.resolve("unique.jsonl").toString());
        assertTrue(r.exit() == 0 || r.exit() == ExitCode.DATA, name + ": exit " + r.exit() + " " + r.err());
        assertFalse(r.err().contains("internal error"), r.err());
        long kept = Files.lines(dir.resolve("unique.jsonl")).filter(l -> l.startsWith("{\"id\":\"n")).count();
        assertTrue(kept > 0, name + ": the normal records were lost");
        for (String[] story : new String[][] {{"cluster"}, {"related", "--all"}}) { // the story commands read the same records
            String[] args = Stream.concat(Arrays.stream(story), Stream.of(file.toString(), "--format", "jsonl", "-q")).toArray(String[]::new);
            DedupCommandTest.Run s = DedupCommandTest.run(args);
            assertTrue(s.exit() == 0 || s.exit() == ExitCode.DATA, name + ", " + story[0] + ": exit " + s.exit() + " " + s.err());
            assertFalse(s.err().contains("internal error"), name + ", " + story[0] + ": " + s.err());
            assertTrue(s.out().contains("\"n0\""), name + ", " + story[0] + ": the normal records are not in the output");
        }
        double[] seconds = bestSeconds(normalFile, file);
        double ratio = seconds[1] / seconds[0];
        System.out.printf("PathologicalInputTest %-32s %.3f s vs normal %.3f s: ratio %.2f%n", name, seconds[1], seconds[0], ratio);
        assertTrue(ratio <= MAX_RATIO, String.format("%s took %.2f times a normal input of the same size", name, ratio));
    }

    private static Path write(String name, StringBuilder content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /**
     * Each file's best of three runs, the files taken in turn, so a busy machine's pauses count
     * for neither and a load that comes and goes falls on both.
     */
    private static double[] bestSeconds(Path... files) {
        double[] best = new double[files.length];
        Arrays.fill(best, Double.MAX_VALUE);
        for (int round = 0; round < 3; round++) {
            for (int f = 0; f < files.length; f++) {
                long t0 = System.nanoTime();
                DedupCommandTest.Run r = DedupCommandTest.run("dedup", files[f].toString(), "--format", "jsonl", "--threads", "1", "-q");
                best[f] = Math.min(best[f], (System.nanoTime() - t0) / 1e9);
                assertFalse(r.err().contains("internal error"), r.err());
            }
        }
        return best;
    }
}
