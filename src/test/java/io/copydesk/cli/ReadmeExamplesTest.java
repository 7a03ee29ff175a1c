package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md stays true: every shell example in it that starts with {@code ./copydesk} runs on data
 * made from {@code corpus/} and exits 0, unless {@link #SKIPPED} says why not; and where the README
 * shows what an example prints (a block right after {@code <!-- output of: COMMAND -->}), the command
 * still prints it in substance: every line shown, with timings free and a line the README cuts with
 * "…" (a terminal's width) or "..." (the README's own cut) matched by its start. The file names the
 * README uses as placeholders ({@code articles.jsonl.gz}, {@code incoming.jsonl}, ...) are made
 * first from the corpus ({@link ExampleFixtures}); every other relative file name is put in a
 * temporary folder.
 */
class ReadmeExamplesTest {
    /** Examples not run, with the reason. */
    static final Map<String, String> SKIPPED = Map.of(
            "./copydesk generate --articles 100000 --out /tmp/news.jsonl --truth-pairs /tmp/truth.jsonl",
            "100,000 articles take minutes and write into /tmp; truth.jsonl for eval pairs is made by the same command "
                    + "with --articles 300 (fixtures)");

    @TempDir Path dir;
    String readme;
    ExampleFixtures fixtures;

    private void fixtures() throws IOException {
        readme = Files.readString(Path.of("README.md"));
        fixtures = new ExampleFixtures(dir);
    }

    private static String[] run(List<String> args) {
        return ExampleFixtures.run(args);
    }

    /** The {@code ./copydesk} lines of the README's shell blocks, in order, comments dropped. */
    static List<String> examples(String readme) {
        List<String> out = new ArrayList<>();
        boolean inBlock = false;
        for (String line : readme.lines().toList()) {
            if (line.startsWith("```")) inBlock = !inBlock;
            else if (inBlock && line.startsWith("./copydesk ")) out.add(line.replaceFirst("\\s+#.*$", "").strip());
        }
        return out;
    }

    /** Each example whose output the README shows, with the lines shown. */
    static Map<String, List<String>> shownOutputs(String readme) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> lines = readme.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            var m = Pattern.compile("^<!-- output of: (.+?) -->$").matcher(lines.get(i).strip());
            if (!m.matches()) continue;
            assertTrue(i + 1 < lines.size() && lines.get(i + 1).startsWith("```"), "an output marker stands right above a block: " + lines.get(i));
            List<String> shown = new ArrayList<>();
            for (int k = i + 2; k < lines.size() && !lines.get(k).startsWith("```"); k++) shown.add(lines.get(k));
            out.put(m.group(1), shown);
        }
        return out;
    }

    /**
     * The examples in README order, except that those deleting from the index (remove, expire) run
     * last: the README lists them as a stream's chores, and run first they would leave the queries
     * after them an empty index (the corpus is older than 30 days) or a removed id.
     */
    static List<String> inRunOrder(List<String> examples) {
        List<String> out = new ArrayList<>(examples.stream().filter(e -> !deletes(e)).toList());
        out.addAll(examples.stream().filter(ReadmeExamplesTest::deletes).toList());
        return out;
    }

    private static boolean deletes(String example) {
        return example.startsWith("./copydesk index remove ") || example.startsWith("./copydesk index expire ");
    }

    /** The example's arguments (after {@code ./copydesk}) with placeholder files and ids replaced. */
    private List<String> arguments(String example) {
        return fixtures.arguments(example.substring("./copydesk ".length()));
    }

    @Test
    void everyExampleRunsOrIsSkippedForAReason() throws IOException {
        fixtures();
        List<String> examples = examples(readme);
        assertTrue(examples.size() >= 20, "examples found: " + examples.size());
        for (String skipped : SKIPPED.keySet()) assertTrue(examples.contains(skipped), "skipped example still in the README: " + skipped);
        Map<String, List<String>> shown = shownOutputs(readme);
        for (String example : shown.keySet()) assertTrue(examples.contains(example), "output shown for an example the README gives: " + example);
        int ran = 0, compared = 0;
        for (String example : inRunOrder(examples)) {
            if (SKIPPED.containsKey(example)) continue;
            List<String> args = arguments(example);
            if (shown.containsKey(example) && !args.contains("--format")) args.addAll(List.of("--format", "text")); // as on a terminal
            String[] r = run(args);
            assertEquals("0", r[0], example + "\n" + r[2]);
            assertFalse(r[1].isBlank() && r[2].isBlank(), "prints something: " + example);
            ran++;
            if (shown.containsKey(example)) {
                assertShown(example, shown.get(example), r[1] + r[2]);
                compared++;
            }
        }
        assertTrue(ran >= 20 && compared >= 4, "ran " + ran + ", compared " + compared);
    }

    /**
     * Every line the README shows is printed: the same words, ids and counts, decimal scores within
     * {@link #SCORE_SLACK} (they move in the last digits whenever the analysis is tuned), timings
     * free, and a line cut with "…" (a terminal's width) or "..." (the README's own cut) matched by
     * its start; an id printed after what the README shows (text output off a terminal) is allowed.
     */
    static void assertShown(String example, List<String> shown, String actual) {
        List<Shape> printed = actual.lines().map(Shape::of).toList();
        for (String line : shown) {
            String want = line.stripTrailing();
            if (want.isBlank() || want.strip().equals("...")) continue;
            boolean cut = want.endsWith("\u2026") || want.endsWith("...");
            Shape w = Shape.of(want.endsWith("\u2026") ? want.substring(0, want.length() - 1)
                    : cut ? want.substring(0, want.length() - 3).stripTrailing() : want);
            assertTrue(printed.stream().anyMatch(p -> p.shows(w, cut)),
                    example + ": the documentation shows\n" + line + "\nbut the command printed\n" + actual);
        }
    }

    /** How far a decimal number printed may be from the one the README shows. */
    static final double SCORE_SLACK = 0.02;

    /** A line with its decimal numbers taken out (timings dropped). */
    record Shape(String skeleton, List<Double> numbers) {
        static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");

        static Shape of(String line) {
            Matcher m = DECIMAL.matcher(line.stripTrailing().replaceAll("\\b\\d+\\.\\d+ s\\b", "N s"));
            List<Double> numbers = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                numbers.add(Double.parseDouble(m.group()));
                m.appendReplacement(sb, "#");
            }
            m.appendTail(sb);
            return new Shape(sb.toString(), numbers);
        }

        /** Whether this printed line shows what {@code w} shows ({@code cut}: w is only its start). */
        boolean shows(Shape w, boolean cut) {
            boolean words = cut ? skeleton.startsWith(w.skeleton) : skeleton.equals(w.skeleton) || skeleton.startsWith(w.skeleton + "  ");
            if (!words || numbers.size() < w.numbers.size()) return false;
            for (int i = 0; i < w.numbers.size(); i++) if (Math.abs(numbers.get(i) - w.numbers.get(i)) > SCORE_SLACK) return false;
            return true;
        }
    }
}
