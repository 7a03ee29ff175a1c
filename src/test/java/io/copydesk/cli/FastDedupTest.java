package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A dedup command line read without picocli sets exactly what picocli sets, and runs to the same
 * output, messages and exit code; any other command line is left to picocli.
 */
class FastDedupTest {
    @TempDir Path dir;

    private static final PrintWriter NOWHERE = new PrintWriter(new StringWriter());

    /** picocli's reading of {@code args}: the dedup command with its options set, or null when it refuses them. */
    private static DedupCommand picocli(String... args) {
        CommandLine cl = Main.commandLine(NOWHERE, NOWHERE, args);
        try {
            cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return null;
        }
        return cl.getSubcommands().get("dedup").getCommand();
    }

    /** Every option field of the command and its mixins, by name (picocli's own references left out). */
    private static List<String> settings(DedupCommand c) throws IllegalAccessException {
        List<String> out = new ArrayList<>();
        for (Object o : List.of(c, c.input, c.output, c.dedup, c.listing)) {
            for (Field f : o.getClass().getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().getName().startsWith("picocli") || f.getType() == o.getClass()) continue;
                if (f.getType().getPackageName().startsWith("io.copydesk.cli.options") && f.getDeclaringClass() == DedupCommand.class) continue;
                f.setAccessible(true);
                out.add(o.getClass().getSimpleName() + "." + f.getName() + "=" + f.get(o));
            }
        }
        return out;
    }

    private static final String[][] VALUES = {
            {"--threshold", "0.5", "1", "0.05", "0", "2", "-0.5", ".5", "0.5d", "1e-1", "abc", "0x1p-1"},
            {"--containment", "0.8", "1.0", "0.25", "1.5"},
            {"--min-contained", "3", "0", "007", "+3", "99999999999"},
            {"--hashes", "128", "64", "4", "5000", "0128"},
            {"--keep", "earliest", "longest", "first", "LONGEST", "other"},
            {"--shingle", "1", "4", "16", "17", "0"},
            {"--tokenizer", "simple", "learnable", "Simple"},
            {"--threads", "1", "2", "0", "2000"},
            {"--max-article-bytes", "1000", "0", "16777216"},
            {"--max-input-bytes", "1", "123456789012"},
            {"--out", "o.jsonl", "corpus", "-", "/dev/null", ""},
            {"--format", "jsonl", "csv", "tsv", "text", "JSONL", "xml"},
            {"--min-size", "2", "1", "0"},
            {"--sort", "size", "date", "score", "Size"},
            {"--write-unique", "u.jsonl", "o.jsonl"},
            {"--annotate", "a.jsonl"},
            {"--bands", "8"}, {"--rows", "4"},
    };
    private static final String[] FLAGS = {"--exact", "--pairs", "--keep-boilerplate", "--strict", "-q", "--quiet", "--with-meta", "--index",
            "--help", "--version", "--debug", "--no-such", "--", "-qq", "-h"};
    private static final String[] INPUTS = {"corpus", "corpus/corpus.jsonl", "-", "missing.jsonl", "@args.txt", "x=y.jsonl", "-x"};

    @Test
    void readsWhatPicocliReadsOrLeavesItToPicocli() throws Exception {
        Random rnd = new Random(15);
        int plain = 0, left = 0;
        for (int n = 0; n < 4000; n++) {
            List<String> args = new ArrayList<>(List.of("dedup"));
            int parts = rnd.nextInt(7);
            for (int p = 0; p < parts; p++) {
                int kind = rnd.nextInt(10);
                if (kind < 6) {
                    String[] v = VALUES[rnd.nextInt(VALUES.length)];
                    String value = v[1 + (rnd.nextInt(3) == 0 ? rnd.nextInt(v.length - 1) : 0)];
                    if (rnd.nextInt(4) == 0) args.add(v[0] + "=" + value);
                    else { args.add(v[0]); args.add(value); }
                } else if (kind < 8) {
                    args.add(rnd.nextInt(4) == 0 ? FLAGS[rnd.nextInt(FLAGS.length)] : FLAGS[rnd.nextInt(7)]);
                } else {
                    args.add(rnd.nextInt(3) == 0 ? INPUTS[rnd.nextInt(INPUTS.length)] : INPUTS[rnd.nextInt(2)]);
                }
            }
            if (rnd.nextInt(5) > 0) args.add(rnd.nextInt(args.size()) + 1 > args.size() ? args.size() : 1 + rnd.nextInt(args.size()), "corpus/corpus.jsonl");
            String[] a = args.toArray(String[]::new);
            DedupCommand fast = FastDedup.parse(a);
            if (fast == null) {
                left++;
                continue;
            }
            plain++;
            DedupCommand picocli = picocli(a);
            assertNotNull(picocli, "picocli refuses what was read without it: " + args);
            assertEquals(settings(picocli), settings(fast), String.join(" ", args));
        }
        assertTrue(plain > 800 && left > 800, plain + " plain, " + left + " left to picocli");
    }

    @Test
    void leavesEveryOtherCommandLineToPicocli() {
        for (String[] a : new String[][] {{"dedup"}, {"dedup", "--help"}, {"dedup", "corpus", "--pairs", "--pairs"}, {"dedup", "corpus", "-q", "--quiet"},
                {"dedup", "corpus", "--threshold", "2"}, {"dedup", "corpus", "--threshold"}, {"dedup", "corpus/corpus.jsonl", "--out", "corpus/corpus.jsonl"},
                {"dedup", "corpus", "--bands", "8", "--rows", "4"}, {"dedup", "--index", "ix"}, {"--debug", "dedup", "corpus"},
                {"dedup", "corpus", "--pairs=true"}, {"dedup", "corpus", "--min-size", "0"}, {"cluster", "corpus"}, {"dedup", "corpus", "--"},
                {"dedup", "corpus", "--threads", "0"}, {"dedup", "corpus", "--format", "Jsonl"}}) {
            assertNull(FastDedup.parse(a), String.join(" ", a));
        }
        assertNotNull(FastDedup.parse("dedup", "corpus", "--pairs", "--threshold=0.5", "-q", "--format", "jsonl"));
    }

    private record Outcome(int code, String out, String err) {}

    private static Outcome run(boolean fast, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true), e = new PrintWriter(err, true);
        int code;
        if (fast) {
            DedupCommand c = FastDedup.parse(args);
            assertNotNull(c, String.join(" ", args));
            code = FastDedup.run(c, o, e);
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
        String unique = dir.resolve("u.jsonl").toString(), annotated = dir.resolve("a.jsonl").toString();
        for (String[] a : new String[][] {{"dedup", "corpus"}, {"dedup", "corpus", "--format", "jsonl", "--pairs", "--threshold", "0.5"},
                {"dedup", "corpus/corpus.jsonl", "--format=csv", "--with-meta", "--sort", "score", "--min-size", "3", "--keep", "longest"},
                {"dedup", "corpus", "-q", "--format", "tsv", "--shingle", "3", "--hashes", "64", "--threads", "1", "--keep-boilerplate"},
                {"dedup", "corpus", "--exact", "--format", "jsonl", "--write-unique", unique, "--annotate", annotated},
                {"dedup", dir.resolve("missing.jsonl").toString()}, {"dedup", dir.resolve("broken.jsonl").toString(), "--strict"},
                {"dedup", dir.resolve("broken.jsonl").toString()}}) {
            Outcome picocli = run(false, a);
            boolean writes = List.of(a).contains(unique);
            String files = writes ? written(unique, annotated) : "";
            assertEquals(picocli, run(true, a), String.join(" ", a));
            if (writes) assertEquals(files, written(unique, annotated));
        }
    }
}
