package io.copydesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * {@code dedup}, {@code cluster} and {@code related} run from a plain command line without picocli.
 * Picocli's classes are Java 5 bytecode, which the AOT cache cannot hold: loading and verifying them
 * and building a command's model by reflection took ~0.45 s of a 2.5 s dedup run. A plain command
 * line is the command's name, then its known options each given once ({@code --name value},
 * {@code --name=value}, flags bare) with plain values ({@code PlainValues}), then INPUTs, its
 * settings in range and its outputs clear of its inputs. Anything else (help, --version, --debug,
 * --index, {@code @files}, {@code --}, every error) gets null here and goes through picocli, which
 * gives its own messages; PlainCommandLineTest checks that what is read here sets what picocli sets.
 */
final class PlainCommandLine {
    /** A command that runs from a plain command line as well as from picocli. */
    interface Command {
        /** Sets option {@code name} (a flag when {@code value} is null); false when it is not one or its value is not plain. */
        boolean take(String name, String value);

        /**
         * With these INPUTs, true when the run would pass every check of its settings picocli's run
         * makes before any work (false, or any exception, leaves the command line to picocli).
         */
        boolean ready(List<String> inputs);

        /** The run, writing to {@code out} and {@code err}; {@code cl} names the command in usage errors, null here. */
        int run(CommandLine cl, PrintWriter out, PrintWriter err);
    }

    /** Each command's options that take no value, beside those of its input options. */
    private static final Map<String, Set<String>> FLAGS = Map.of("dedup", Set.of("--exact", "--pairs", "--with-meta", "--ignore-figures"),
            "cluster", Set.of("--with-meta", "--verbose", "--ignore-figures"), "related", Set.of("--all", "--levels", "--no-levels", "--ignore-figures"));
    private static final Set<String> INPUT_FLAGS = Set.of("--keep-boilerplate", "--strict", "-q", "--quiet", "--timings");

    private PlainCommandLine() {}

    /** The command {@code args} give, options set, or null when they are not a plain command line. */
    static Command parse(String... args) {
        if (args.length < 2) return null;
        Command c = switch (args[0]) {
            case "dedup" -> new DedupCommand();
            case "cluster" -> new ClusterCommand();
            case "related" -> new RelatedCommand();
            default -> null;
        };
        if (c == null) return null;
        Set<String> flags = FLAGS.get(args[0]);
        List<String> inputs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.isEmpty() || a.charAt(0) == '@') return null; // @file: picocli reads arguments from it
            if (a.charAt(0) != '-' || a.equals("-")) {
                inputs.add(a);
                continue;
            }
            String name = a, value = null;
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
                if (flags.contains(name) || INPUT_FLAGS.contains(name)) return null;
            } else if (!flags.contains(name) && !INPUT_FLAGS.contains(name)) {
                if (i + 1 == args.length || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")) return null;
                value = args[++i];
            }
            if (name.equals("-q")) name = "--quiet";
            if (!seen.add(name.replace("--no-", "--")) || !c.take(name, value)) return null; // --no-x is --x negated
        }
        if (inputs.isEmpty()) return null;
        try {
            return c.ready(inputs) ? c : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Runs {@code c}, the command {@code name}; failures are reported as picocli's run of the same command line reports them. */
    static int run(String name, Command c, PrintWriter out, PrintWriter err) {
        try {
            return c.run(null, out, err);
        } catch (CommandLine.ParameterException e) { // not expected: parse checked the settings
            err.println("copydesk: " + e.getMessage());
            err.println("Try 'copydesk " + name + " --help' for more information.");
            return ExitCode.USAGE;
        } catch (Exception e) {
            return Main.failure(e, out, err, false);
        }
    }
}
