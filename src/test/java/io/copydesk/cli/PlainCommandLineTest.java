package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A dedup, cluster or related command line read without picocli sets exactly what picocli sets, and
 * runs to the same output, messages and exit code; any other command line is left to picocli.
 */
class PlainCommandLineTest {
    @TempDir Path dir;

    private static final PrintWriter NOWHERE = new PrintWriter(new StringWriter());

    /** picocli's reading of {@code args}: the command with its options set, or null when it refuses them. */
    private static Object picocli(String... args) {
        CommandLine cl = Main.commandLine(NOWHERE, NOWHERE, args);
        try {
            cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return null;
        }
        return cl.getSubcommands().get(args[0]).getCommand();
    }

    /** Every option field of the command, its mixins and argument groups, by name (picocli's own references left out). */
    private static List<String> settings(Object command) throws IllegalAccessException {
        List<String> out = new ArrayList<>();
        settings(command, out);
        return out;
    }

    private static void settings(Object o, List<String> out) throws IllegalAccessException {
        for (Field f : o.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.getType().getName().startsWith("picocli") || f.getType() == o.getClass()) continue;
            f.setAccessible(true);
            Object value = f.get(o);
            boolean part = f.getType().getPackageName().equals("io.copydesk.cli.options") || f.getType() == RelatedCommand.Query.class;
            if (part && value != null) settings(value, out);
            else out.add(o.getClass().getSimpleName() + "." + f.getName() + "=" + value);
        }
    }

    private static final String[][] INPUT_VALUES = {
            {"--shingle", "1", "4", "16", "17", "0"},
            {"--tokenizer", "simple", "learnable", "Simple"},
            {"--threads", "1", "2", "0", "2000"},
            {"--max-article-bytes", "1000", "0", "16777216", "16M", "1k", "2K", "1.5k", "0m"},
            {"--max-input-bytes", "1", "123456789012", "8G", "3g", "512m", "1kb"},
            {"--out", "o.jsonl", "corpus", "-", "/dev/null", "", "corpus/corpus.jsonl"},
            {"--format", "jsonl", "csv", "tsv", "text", "JSONL", "xml"},
    };
    private static final String[][] STORY_VALUES = {
            {"--window", "12h", "3d", "none", "PT12H", "2x", "0h"},
            {"--title-weight", "2", "0", "10", "11", "1.5", "-1"},
            {"--dup-threshold", "0.8", "1", "0", "0.50", "1e-1"},
            {"--event-threshold", "0.2", "auto", "AUTO", "1.5", "0", "abc", "1e-1"},
            {"--storyline-threshold", "0.1", "auto", "2", ".5"},
            {"--storyline-window", "180d", "none", "30d", "bad"},
            {"--neighbours", "10", "1", "1000", "1001", "0", "010"},
            {"--smoothing", "0.25", "0", "1", "1.5"},
    };
    private static final Map<String, String[][]> VALUES = Map.of(
            "dedup", new String[][] {
                    {"--threshold", "0.5", "1", "0.05", "0", "2", "-0.5", ".5", "0.5d", "1e-1", "abc", "0x1p-1"},
                    {"--containment", "0.8", "1.0", "0.25", "1.5"},
                    {"--min-contained", "3", "0", "007", "+3", "99999999999"},
                    {"--hashes", "128", "64", "4", "5000", "0128"},
                    {"--keep", "earliest", "longest", "first", "LONGEST", "other"},
                    {"--min-size", "2", "1", "0"},
                    {"--sort", "size", "date", "score", "Size"},
                    {"--write-unique", "u.jsonl", "o.jsonl"},
                    {"--annotate", "a.jsonl"},
                    {"--bands", "8"}, {"--rows", "4"}},
            "cluster", new String[][] {
                    {"--level", "event", "storyline", "Event", "x"},
                    {"--annotate", "a.jsonl"},
                    {"--min-size", "2", "1", "0"},
                    {"--sort", "size", "date", "score", "Size"}},
            "related", new String[][] {
                    {"--id", "capitalobserver/hollmark-rate-cut-relief", "nosuch"},
                    {"--query-file", "q.jsonl", "corpus/corpus.jsonl", "o.jsonl"},
                    {"--top", "5", "10000", "10001", "0"},
                    {"--min-score", "0.1", "0", "1", "0.99"}});
    private static final Map<String, String[]> FLAGS = Map.of(
            "dedup", new String[] {"--exact", "--pairs", "--with-meta", "--ignore-figures"},
            "cluster", new String[] {"--with-meta", "--verbose", "--ignore-figures"},
            "related", new String[] {"--all", "--levels", "--no-levels", "--all", "--ignore-figures"});
    private static final String[] INPUT_FLAGS = {"--keep-boilerplate", "--strict", "-q", "--quiet", "--timings"};
    private static final String[] OTHER_FLAGS = {"--index", "--help", "--version", "--debug", "--no-such", "--", "-qq", "-h", "--pairs", "--all"};
    private static final String[] INPUTS = {"corpus", "corpus/corpus.jsonl", "-", "missing.jsonl", "@args.txt", "x=y.jsonl", "-x"};

    private static String pick(Random rnd, String[] v, int from) {
        return v[from + (rnd.nextInt(3) == 0 ? rnd.nextInt(v.length - from) : 0)];
    }

    @Test
    void readsWhatPicocliReadsOrLeavesItToPicocli() throws Exception {
        Random rnd = new Random(15);
        for (String command : List.of("dedup", "cluster", "related")) {
            int plain = 0, left = 0;
            String[][] own = VALUES.get(command);
            for (int n = 0; n < 2000; n++) {
                List<String> args = new ArrayList<>(List.of(command));
                if (command.equals("related") && rnd.nextInt(4) > 0) args.add(rnd.nextBoolean() ? "--all" : "--id=capitalobserver/hollmark-rate-cut-relief");
                int parts = rnd.nextInt(7);
                for (int p = 0; p < parts; p++) {
                    int kind = rnd.nextInt(10);
                    if (kind < 6) {
                        int set = rnd.nextInt(3);
                        String[][] values = set == 0 ? INPUT_VALUES : set == 1 && !command.equals("dedup") ? STORY_VALUES : own;
                        String[] v = values[rnd.nextInt(values.length)];
                        String value = pick(rnd, v, 1);
                        if (rnd.nextInt(4) == 0) args.add(v[0] + "=" + value);
                        else { args.add(v[0]); args.add(value); }
                    } else if (kind < 8) {
                        int set = rnd.nextInt(8);
                        args.add(set < 3 ? pick(rnd, FLAGS.get(command), 0) : set < 7 ? pick(rnd, INPUT_FLAGS, 0) : pick(rnd, OTHER_FLAGS, 0));
                    } else {
                        args.add(rnd.nextInt(3) == 0 ? INPUTS[rnd.nextInt(INPUTS.length)] : INPUTS[rnd.nextInt(2)]);
                    }
                }
                if (rnd.nextInt(5) > 0) args.add(1 + rnd.nextInt(args.size()), "corpus/corpus.jsonl");
                String[] a = args.toArray(String[]::new);
                PlainCommandLine.Command fast = PlainCommandLine.parse(a);
                if (fast == null) {
                    left++;
                    continue;
                }
                plain++;
                Object picocli = picocli(a);
                assertNotNull(picocli, "picocli refuses what was read without it: " + args);
                assertEquals(settings(picocli), settings(fast), String.join(" ", args));
            }
            assertTrue(plain > 300 && left > 300, command + ": " + plain + " plain, " + left + " left to picocli");
        }
    }

    @Test
    void leavesEveryOtherCommandLineToPicocli() {
        for (String[] a : new String[][] {{"dedup"}, {"dedup", "--help"}, {"dedup", "corpus", "--pairs", "--pairs"}, {"dedup", "corpus", "-q", "--quiet"},
                {"dedup", "corpus", "--threshold", "2"}, {"dedup", "corpus", "--threshold"}, {"dedup", "corpus/corpus.jsonl", "--out", "corpus/corpus.jsonl"},
                {"dedup", "corpus", "--bands", "8", "--rows", "4"}, {"dedup", "--index", "ix"}, {"--debug", "dedup", "corpus"},
                {"dedup", "corpus", "--pairs=true"}, {"dedup", "corpus", "--min-size", "0"}, {"explain", "corpus"}, {"dedup", "corpus", "--"},
                {"dedup", "corpus", "--threads", "0"}, {"dedup", "corpus", "--format", "Jsonl"},
                {"cluster"}, {"cluster", "corpus", "--format", "Jsonl"}, {"cluster", "--index", "ix"}, {"cluster", "corpus", "--smoothing", "2"},
                {"cluster", "corpus", "--window", "2x"}, {"cluster", "corpus", "--event-threshold", "auto!"}, {"cluster", "corpus", "--pairs"},
                {"cluster", "corpus/corpus.jsonl", "--out", "corpus/corpus.jsonl"}, {"cluster", "corpus", "--level", "Storyline"},
                {"related", "corpus"}, {"related", "corpus", "--all", "--id", "x"}, {"related", "corpus", "--all", "--format", "CSV"},
                {"related", "corpus", "--all", "--levels", "--no-levels"}, {"related", "corpus", "--all", "--top", "0"},
                {"related", "corpus", "--all", "--no-levels=true"}, {"related", "--index", "ix", "--all"},
                {"related", "corpus/corpus.jsonl", "--all", "--out", "corpus/corpus.jsonl"},
                {"related", "corpus", "--query-file", "q.jsonl", "--out", "q.jsonl"}}) {
            assertNull(PlainCommandLine.parse(a), String.join(" ", a));
        }
        assertNotNull(PlainCommandLine.parse("dedup", "corpus", "--pairs", "--threshold=0.5", "-q", "--format", "jsonl"));
        assertNotNull(PlainCommandLine.parse("cluster", "corpus", "--level", "storyline", "-q", "--format", "jsonl", "--window=3d"));
        assertNotNull(PlainCommandLine.parse("related", "corpus", "--all", "--no-levels", "--top", "3", "--format", "tsv"));
    }

    private record Outcome(int code, String out, String err) {}

    private static Outcome run(boolean fast, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true), e = new PrintWriter(err, true);
        int code;
        if (fast) {
            PlainCommandLine.Command c = PlainCommandLine.parse(args);
            assertNotNull(c, String.join(" ", args));
            code = PlainCommandLine.run(args[0], c, o, e);
        } else {
            code = Main.commandLine(o, e, args).execute(args);
        }
        return new Outcome(code, out.toString(), err.toString().replaceAll(" in [0-9.]+ s", ""));
    }

    private static String written(String... files) throws java.io.IOException {
        StringBuilder s = new StringBuilder();
        for (String f : files) {
            s.append(java.nio.file.Files.readString(Path.of(f)));
            java.nio.file.Files.delete(Path.of(f));
        }
        return s.toString();
    }

    @Test
    void runsAsPicocliRuns() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("broken.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}\n{not json\n");
        String broken = dir.resolve("broken.jsonl").toString(), missing = dir.resolve("missing.jsonl").toString();
        String unique = dir.resolve("u.jsonl").toString(), annotated = dir.resolve("a.jsonl").toString();
        for (String[] a : new String[][] {{"dedup", "corpus"}, {"dedup", "corpus", "--format", "jsonl", "--pairs", "--threshold", "0.5"},
                {"dedup", "corpus/corpus.jsonl", "--format=csv", "--with-meta", "--sort", "score", "--min-size", "3", "--keep", "longest"},
                {"dedup", "corpus", "-q", "--format", "tsv", "--shingle", "3", "--hashes", "64", "--threads", "1", "--keep-boilerplate"},
                {"dedup", "corpus", "--exact", "--format", "jsonl", "--write-unique", unique, "--annotate", annotated},
                {"dedup", missing}, {"dedup", broken, "--strict"}, {"dedup", broken},
                {"cluster", "corpus", "--format", "jsonl"}, {"cluster", "corpus/corpus.jsonl", "--level", "storyline", "--format", "text"},
                {"cluster", "corpus", "--format", "csv", "--with-meta", "--sort", "date", "--min-size", "2", "--window", "3d", "--threads", "1"},
                {"cluster", "corpus", "--format", "tsv", "--event-threshold", "0.2", "--storyline-window", "none", "--smoothing", "0"},
                {"cluster", broken}, {"cluster", missing},
                {"related", "corpus", "--all", "--format", "jsonl", "--top", "3"}, {"related", "corpus", "--all", "--no-levels", "--format", "tsv"},
                {"related", "corpus", "--all", "--format", "csv", "--top", "2"},
                {"related", "corpus", "--id", "capitalobserver/hollmark-rate-cut-relief", "--format", "text", "--min-score", "0.05"},
                {"related", "corpus", "--id", "nosuch"}, {"related", "corpus/corpus.jsonl", "--query-file", "corpus/corpus.jsonl", "--top", "2"},
                {"related", broken, "--all", "--strict"}}) {
            Outcome picocli = run(false, a);
            boolean writes = List.of(a).contains(unique);
            String files = writes ? written(unique, annotated) : "";
            assertEquals(picocli, run(true, a), String.join(" ", a));
            if (writes) assertEquals(files, written(unique, annotated));
        }
    }
}
