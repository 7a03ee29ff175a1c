package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The examples in every command's --help: printed whole (copy-paste works), every one run, and what
 * a help shows of an example's output compared with what it prints.
 */
class HelpExamplesTest {
    /** Options whose value is a file copydesk writes: redirected into a temporary folder when an example runs. */
    static final Set<String> WRITES = Set.of("--out", "--write-unique", "--annotate", "--truth-pairs");

    @TempDir Path dir;

    static List<CommandLine> commands() {
        List<CommandLine> out = new ArrayList<>();
        collect(Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), out);
        return out;
    }

    private static void collect(CommandLine cl, List<CommandLine> out) {
        out.add(cl);
        for (CommandLine sub : cl.getSubcommands().values()) collect(sub, out);
    }

    /** How every example starts: pasted in the project's folder, it runs the launcher there. */
    static final String PROGRAM = "./copydesk ";

    /** Whether a footer line starts an example (a continuation line is indented further). */
    private static boolean startsExample(String line) {
        return line.startsWith("  " + PROGRAM);
    }

    /** Each example of a command's footer, continuation lines (ending in a backslash) joined. */
    static List<String> examples(CommandLine cl) {
        String footer = String.format(String.join("", cl.getCommandSpec().usageMessage().footer()));
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : footer.lines().toList()) {
            String t = line.strip();
            if (current != null) {
                current.append(' ').append(t.replaceFirst("\\\\$", "").strip());
                if (!t.endsWith("\\")) { out.add(current.toString()); current = null; }
            } else if (startsExample(line)) {
                if (t.endsWith("\\")) current = new StringBuilder(t.substring(0, t.length() - 1).strip());
                else out.add(t);
            }
        }
        return out;
    }

    @Test
    void everyExampleLineIsPrintedWhole() {
        for (CommandLine cl : commands()) {
            String help = cl.getUsageMessage();
            String footer = String.format(String.join("", cl.getCommandSpec().usageMessage().footer()));
            for (String line : footer.lines().toList()) {
                if (!startsExample(line) && !line.startsWith("      ") && !line.startsWith(SHOWN)) continue;
                assertTrue(line.length() <= 79, cl.getCommandName() + ": example line longer than 79 columns: " + line);
                assertTrue(help.lines().anyMatch(l -> l.stripTrailing().equals(line.stripTrailing())),
                        cl.getCommandName() + ": example wrapped in --help: " + line + "\n" + help);
            }
        }
    }

    /** An example of a --help and the lines its help shows of what it prints (lines starting with "  # " under it). */
    record Example(String command, List<String> shown) {}

    /** The examples of a command's footer, continuation lines joined, each with the output lines shown under it. */
    static List<Example> examplesWithOutput(CommandLine cl) {
        String footer = String.format(String.join("", cl.getCommandSpec().usageMessage().footer()));
        List<String> commands = examples(cl);
        List<Example> out = new ArrayList<>();
        int k = -1;
        List<String> shown = new ArrayList<>();
        for (String line : footer.lines().toList()) {
            if (startsExample(line)) {
                if (k >= 0) out.add(new Example(commands.get(k), List.copyOf(shown)));
                k++;
                shown.clear();
            } else if (line.startsWith(SHOWN) && k >= 0) {
                shown.add(line.substring(SHOWN.length()));
            }
        }
        if (k >= 0) out.add(new Example(commands.get(k), List.copyOf(shown)));
        assertEquals(commands.size(), out.size(), cl.getCommandName());
        return out;
    }

    /** Examples not run, with the reason. */
    static final java.util.Map<String, String> SKIPPED = java.util.Map.of(
            "./copydesk generate --articles 1000000 --seed 7 --edit-rate 0.05 --out news.jsonl.gz --truth-pairs pairs.jsonl",
            "a million articles take minutes; generate runs in the example before it and in ExampleFixtures (300 articles)");

    private static boolean deletes(String example) {
        return example.contains(PROGRAM + "index remove ") || example.contains(PROGRAM + "index expire ");
    }

    /** The copydesk commands of an example, in order: its parts joined by {@code &&} that run the launcher ({@code man -l} does not). */
    static List<String> parts(String example) {
        return java.util.Arrays.stream(example.split(" && ")).map(String::strip).filter(p -> p.startsWith(PROGRAM)).toList();
    }

    /** How a --help marks a line of what the example above it prints (a shell comment, harmless when pasted). */
    static final String SHOWN = "  # ";

    /**
     * Every example of every --help runs from the project root, on the corpus where it names it and
     * on files made from the corpus where it names a placeholder of the user's (articles.jsonl,
     * news.idx, ...), each of its copydesk commands in turn (a file one writes is the one the next
     * reads), and exits 0; and every line a help shows under an example is printed by it (the same
     * words, ids and counts).
     */
    @Test
    void everyExampleRunsAndPrintsWhatItsHelpShows() throws Exception {
        ExampleFixtures fixtures = new ExampleFixtures(dir);
        int ran = 0, compared = 0;
        List<Example> all = new ArrayList<>();
        for (CommandLine cl : commands()) all.addAll(examplesWithOutput(cl));
        // those deleting from the index run last, as in the README: first they would empty it (the corpus is older than 30 days)
        List<Example> ordered = new ArrayList<>(all.stream().filter(e -> !deletes(e.command())).toList());
        ordered.addAll(all.stream().filter(e -> deletes(e.command())).toList());
        {
            for (Example example : ordered) {
                if (SKIPPED.containsKey(example.command())) continue;
                java.util.Map<String, String> written = new java.util.HashMap<>(); // a file a part writes, where it went
                StringBuilder printed = new StringBuilder();
                boolean wrote = false;
                for (String part : parts(example.command())) {
                    String command = part;
                    Path redirect = null;
                    int gt = command.indexOf(" > ");
                    if (gt >= 0) {
                        redirect = dir.resolve("stdout-" + ran + "-" + Path.of(command.substring(gt + 3).strip()).getFileName());
                        command = command.substring(0, gt);
                    }
                    List<String> words = List.of(command.substring(PROGRAM.length()).strip().split("\\s+"));
                    List<String> args = fixtures.arguments(String.join(" ", words));
                    for (int i = 0; i < args.size(); i++) {
                        if (i > 0 && WRITES.contains(args.get(i - 1))) {
                            String to = dir.resolve("out-" + ran + "-" + Path.of(args.get(i)).getFileName()).toString();
                            written.put(words.get(i), to);
                            args.set(i, to);
                            wrote = true;
                        } else if (written.containsKey(words.get(i))) {
                            args.set(i, written.get(words.get(i)));
                        }
                    }
                    if (!example.shown().isEmpty() && !args.contains("--format") && !args.contains("--out")) args.addAll(List.of("--format", "text"));
                    String[] r = ExampleFixtures.run(args);
                    assertEquals("0", r[0], part + "\n" + r[2]);
                    if (redirect != null) Files.writeString(redirect, r[1]);
                    printed.append(r[1]).append(r[2]);
                }
                assertTrue(!printed.toString().isBlank() || wrote, "the example prints or writes something: " + example.command());
                if (!example.shown().isEmpty()) {
                    ReadmeExamplesTest.assertShown(example.command(), example.shown(), printed.toString());
                    compared++;
                }
                ran++;
            }
        }
        assertTrue(ran >= 30, "examples run: " + ran);
        assertTrue(compared >= 8, "examples whose output the help shows: " + compared);
    }

    /** Options naming a file or folder copydesk reads, or (the writing ones and index add's --index) makes. */
    private static final Set<String> PATHS = Set.of("--out", "--write-unique", "--annotate", "--truth-pairs", "--index", "--gold", "--pred",
            "--truth", "--query-file");

    /**
     * Every command's first example runs as pasted in the project's folder, with no file of the user's: every path it
     * names is in the project (the corpus) or made by a part of the example before (an index added, results written,
     * stdout redirected). Each is run in a fresh folder, the paths it makes put there.
     */
    @Test
    void everyCommandsFirstExampleRunsAsPasted() throws Exception {
        int ran = 0;
        for (CommandLine cl : commands()) {
            String name = cl.getCommandSpec().qualifiedName();
            List<String> examples = examples(cl);
            assertFalse(examples.isEmpty(), name + " --help has an example");
            String first = examples.getFirst();
            assertTrue(first.startsWith(PROGRAM), name + ": " + first);
            Path here = Files.createTempDirectory(dir, "pasted");
            Set<String> made = new java.util.HashSet<>();
            for (String part : parts(first)) {
                String command = part;
                String redirect = null;
                int gt = command.indexOf(" > ");
                if (gt >= 0) {
                    redirect = command.substring(gt + 3).strip();
                    command = command.substring(0, gt);
                }
                List<String> args = new ArrayList<>(List.of(command.substring(PROGRAM.length()).strip().split("\\s+")));
                CommandLine root = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), leaf = root;
                int i = 0;
                while (i < args.size() && leaf.getSubcommands().containsKey(args.get(i))) leaf = leaf.getSubcommands().get(args.get(i++));
                boolean addsToIndex = leaf.getCommandSpec().qualifiedName().equals("copydesk index add");
                for (; i < args.size(); i++) {
                    String word = args.get(i);
                    var option = word.startsWith("-") && !word.equals("-") ? leaf.getCommandSpec().findOption(word) : null;
                    if (option != null) {
                        if (option.arity().max() == 0) continue;
                        if (!PATHS.contains(word)) { i++; continue; }
                        word = args.get(++i);
                        if (WRITES.contains(option.longestName()) || addsToIndex && option.longestName().equals("--index")) made.add(word);
                    } else if (root.getSubcommands().containsKey(word)) {
                        continue; // help's command name
                    }
                    if (made.contains(word)) args.set(i, here.resolve(word).toString());
                    else assertTrue(Files.exists(Path.of(word)), name + ": " + word + " is neither in the project nor made by the example: " + first);
                }
                String[] r = ExampleFixtures.run(args);
                assertEquals("0", r[0], part + "\n" + r[2]);
                if (redirect != null) {
                    made.add(redirect);
                    Files.writeString(here.resolve(redirect), r[1]);
                }
            }
            ran++;
        }
        assertTrue(ran >= 24, "commands: " + ran);
    }

    /**
     * Where a --help describes its output ("Output (JSONL): {...}", "TSV: column, column, ..."), its
     * examples print that: every field the JSONL sample names, and the TSV header with those columns.
     */
    @Test
    void describedOutputsArePrinted() throws Exception {
        ExampleFixtures fixtures = new ExampleFixtures(dir);
        int checked = 0;
        for (CommandLine cl : commands()) {
            String footer = String.format(String.join("", cl.getCommandSpec().usageMessage().footer()));
            var jsonl = java.util.regex.Pattern.compile("Output \\(JSONL[^)]*\\): (\\{.*)").matcher(footer);
            var tsv = java.util.regex.Pattern.compile("TSV: ([a-z_]+(?:, [a-z_]+)+)").matcher(footer);
            if (!jsonl.find()) continue;
            List<String> example = fixtures.arguments(parts(examples(cl).getFirst()).getLast().substring(PROGRAM.length()));
            example.removeIf(w -> w.equals("--format") || w.equals("text") || w.equals("tsv"));
            example.addAll(List.of("--format", "jsonl"));
            String[] r = ExampleFixtures.run(example);
            assertEquals("0", r[0], example + "\n" + r[2]);
            var keys = java.util.regex.Pattern.compile("\"(\\w+)\":").matcher(jsonl.group(1));
            while (keys.find()) assertTrue(r[1].contains("\"" + keys.group(1) + "\":"), cl.getCommandName() + " prints " + keys.group(1) + ": " + r[1]);
            if (tsv.find()) {
                List<String> tsvExample = fixtures.arguments(examples(cl).stream().filter(e -> e.contains("--format tsv")).findFirst().orElseThrow()
                        .substring(PROGRAM.length()));
                String[] t = ExampleFixtures.run(tsvExample);
                assertEquals(String.join("\t", tsv.group(1).split(", ")), t[1].lines().findFirst().orElse(""), cl.getCommandName() + " TSV header");
            }
            checked++;
        }
        assertTrue(checked >= 2, "commands describing their output: " + checked);
    }

    @Test
    void manPageListsEveryCommandAndOption() {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)).execute("man"));
        String page = out.toString();
        assertTrue(page.startsWith(".TH COPYDESK 1"), page.lines().findFirst().orElse(""));
        for (CommandLine cl : commands()) {
            String name = cl.getCommandSpec().qualifiedName();
            if (name.endsWith(" help") || name.endsWith(" man")) continue;
            if (!name.equals("copydesk")) assertTrue(page.contains(".SS " + ManPage.escape(name)), name);
            for (var o : cl.getCommandSpec().options()) {
                if (!o.hidden()) assertTrue(page.contains(ManPage.escape(o.longestName())), name + " " + o.longestName());
            }
        }
        assertTrue(page.contains("COPYDESK_JAVA_OPTS"));
        assertFalse(page.lines().anyMatch(l -> l.startsWith(".") && l.length() > 1 && !l.matches("\\.(TH|SH|SS|TP|PP|B|I|nf|fi)( .*)?")),
                "only the man macros used here start a line with a dot");
    }
}
