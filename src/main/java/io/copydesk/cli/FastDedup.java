package io.copydesk.cli;

import io.copydesk.cli.options.DedupOptions;
import io.copydesk.cli.options.InputOptions;
import io.copydesk.cli.options.ListingOptions;
import io.copydesk.cli.options.OutputOptions;
import io.copydesk.cli.output.OutputGuard;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code dedup} run from a plain command line without picocli. Picocli's classes are Java 5
 * bytecode, which the AOT cache cannot hold: loading and verifying them and building dedup's model
 * by reflection took ~0.45 s of a 2.5 s run. A plain command line is {@code dedup}, then known options
 * each given once ({@code --name value}, {@code --name=value}, flags bare) with plain values
 * ({@code PlainValues}), then INPUTs, its settings in range and its outputs clear of its inputs.
 * Anything else (help, --version, --debug, --index, --bands, {@code @files}, {@code --}, every
 * error) gets null here and goes through picocli, which gives its own messages; FastDedupTest checks
 * that what is read here sets what picocli sets.
 */
final class FastDedup {
    private static final Set<String> FLAGS = Set.of("--exact", "--pairs", "--keep-boilerplate", "--strict", "-q", "--quiet", "--with-meta");

    private FastDedup() {}

    /** The command {@code args} give, options set, or null when they are not a plain dedup command line. */
    static DedupCommand parse(String... args) {
        if (args.length < 2 || !args[0].equals("dedup")) return null;
        DedupCommand c = new DedupCommand();
        c.input = new InputOptions();
        c.output = new OutputOptions();
        c.dedup = new DedupOptions();
        c.listing = new ListingOptions();
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
                if (FLAGS.contains(name)) return null;
            } else if (!FLAGS.contains(name)) {
                if (i + 1 == args.length || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")) return null;
                value = args[++i];
            }
            if (name.equals("-q")) name = "--quiet";
            if (!seen.add(name) || !take(c, name, value)) return null;
        }
        if (inputs.isEmpty()) return null;
        c.input.inputs = inputs;
        try { // the checks the run would make, so that it makes none that fails
            c.dedup.config(null, c.input, c.exact);
            c.input.checkLimits(null);
            c.listing.order(null, 0, g -> 0, g -> 0, g -> 0);
            if (OutputGuard.clash(inputs, c.output.out(), c.writeUnique) != null) return null;
        } catch (RuntimeException e) {
            return null;
        }
        return c;
    }

    private static boolean take(DedupCommand c, String name, String value) {
        switch (name) {
            case "--exact" -> { return c.exact = value == null; }
            case "--pairs" -> { return c.pairs = value == null; }
            case "--write-unique" -> { return value != null && !value.isEmpty() && (c.writeUnique = java.nio.file.Path.of(value)) != null; }
            case "--annotate" -> { return value != null && !value.isEmpty() && (c.annotate = java.nio.file.Path.of(value)) != null; }
            default -> { return c.input.take(name, value) || c.output.take(name, value) || c.dedup.take(name, value) || c.listing.take(name, value); }
        }
    }

    /** Runs {@code c}; failures are reported as picocli's run of the same command line reports them. */
    static int run(DedupCommand c, PrintWriter out, PrintWriter err) {
        try {
            return c.run(null, out, err);
        } catch (picocli.CommandLine.ParameterException e) { // not expected: parse checked the settings
            err.println("copydesk: " + e.getMessage());
            err.println("Try 'copydesk dedup --help' for more information.");
            return ExitCode.USAGE;
        } catch (Exception e) {
            return Main.failure(e, err, false);
        }
    }
}
