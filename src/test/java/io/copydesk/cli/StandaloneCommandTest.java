package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A run of one command builds only that command's model: its help, its usage errors, suggestions
 * and exit codes are the same as with the whole command tree, for every command and subcommand.
 */
class StandaloneCommandTest {
    private record Outcome(int code, String out, String err) {}

    private static Outcome run(boolean pruned, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true), e = new PrintWriter(err, true);
        CommandLine cl = pruned ? Main.commandLine(o, e, args) : Main.commandLine(o, e);
        return new Outcome(cl.execute(args), out.toString(), err.toString());
    }

    /** Every command path below the top: dedup, index add, eval run, ... */
    private static List<List<String>> paths(CommandLine cl, List<String> prefix, List<List<String>> out) {
        for (var sub : cl.getSubcommands().entrySet()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(sub.getKey());
            out.add(path);
            paths(sub.getValue(), path, out);
        }
        return out;
    }

    @Test
    void sameHelpErrorsAndCodesAsTheWholeTree() {
        CommandLine whole = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        int pruned = 0;
        for (List<String> path : paths(whole, List.of(), new ArrayList<>())) {
            for (List<String> tail : List.<List<String>>of(List.of("--help"), List.of("--debug", "--no-such-option"))) {
                List<String> args = new ArrayList<>(path);
                args.addAll(tail);
                String[] a = args.toArray(String[]::new);
                if (Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), a).getSubcommands().size() == 1) pruned++;
                assertEquals(run(false, a), run(true, a), String.join(" ", a));
            }
        }
        assertTrue(pruned >= 8 * 2, "standalone commands were not pruned: " + pruned);
        assertEquals(run(false, "--debug", "dedup", "--help"), run(true, "--debug", "dedup", "--help"));
        assertEquals(run(false, "dedup", "--version"), run(true, "dedup", "--version"));
        assertEquals(run(false, "--version"), run(true, "--version"));
        assertEquals(run(false, "-V"), run(true, "-V"));
        assertEquals(0, Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), new String[] {"--version"})
                .getSubcommands().size(), "the version alone builds no command");
        assertEquals(run(false, "index"), run(true, "index")); // a command group without its subcommand
        assertEquals(run(false, "dedupe"), run(true, "dedupe")); // a misspelt command still gets suggestions
    }
}
