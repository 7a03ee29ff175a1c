package io.copydesk.cli.output;

import io.copydesk.cli.ExitCode;
import io.copydesk.cli.UserException;
import io.copydesk.internal.io.AtomicFile;
import io.copydesk.internal.io.IoErrors;
import io.copydesk.internal.io.RealPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * Refuses, before any work, a command line whose outputs would overwrite one of its inputs, its
 * index, or each other ({@code index query --index ix --out ix/index.db}, {@code dedup s.jsonl --out
 * s.jsonl}, {@code --out u.jsonl --write-unique u.jsonl}), or that names an output it cannot write
 * (a folder, a file in a missing folder): a run that fails on one output leaves every other file as
 * it was. Paths are compared after resolving links.
 */
public final class OutputGuard {
    /** Options that name a file the command writes. */
    private static final List<String> OUTPUT_OPTIONS = List.of("--out", "--write-unique", "--annotate", "--truth-pairs");

    private record Named(String what, Path real, boolean folder) {}

    private final List<Named> reads = new ArrayList<>();
    private final List<Named> writes = new ArrayList<>();
    private final List<Path> outputs = new ArrayList<>(); // every output named, devices and FIFOs too

    private OutputGuard() {}

    /**
     * Checks the command line of the subcommand that will run; throws a usage error naming the clash,
     * or a {@link UserException} ({@link ExitCode#IO}) naming an output that cannot be written.
     */
    public static void check(ParseResult leaf) {
        OutputGuard g = new OutputGuard();
        CommandLine.Model.CommandSpec spec = leaf.commandSpec();
        OptionSpec index = spec.findOption("--index");
        boolean inputsAreIndexes = index != null && leaf.hasMatchedOption("--index") && index.type() == boolean.class;
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!"INPUT".equals(p.paramLabel()) || !(p.getValue() instanceof List<?> names)) continue;
            for (Object name : names) {
                if (name.equals("-")) continue;
                g.read(inputsAreIndexes ? "the index " + name : "the input " + name, Path.of(name.toString()), inputsAreIndexes);
            }
        }
        if (index != null && index.getValue() instanceof Path dir) g.read("the index " + dir, dir, true);
        if (leaf.hasMatchedOption("--query-file") && spec.findOption("--query-file").getValue() instanceof Path q) {
            g.read("the query file " + q, q, false);
        }
        for (String option : OUTPUT_OPTIONS) {
            OptionSpec o = spec.findOption(option);
            if (o != null && o.getValue() instanceof Path p) g.write(option + " " + p, p);
        }
        String clash = g.clash();
        if (clash != null) throw new CommandLine.ParameterException(leaf.commandSpec().commandLine(), clash);
        String unwritable = g.unwritable();
        if (unwritable != null) throw new UserException(ExitCode.IO, unwritable);
    }

    /**
     * {@link #check}'s answer for a command line read without picocli, from the files or folders read
     * (- is stdin) and the files written (null when not given): true when it would pass.
     */
    public static boolean passes(List<String> inputs, Path... outputs) {
        OutputGuard g = new OutputGuard();
        for (String name : inputs) if (!name.equals("-")) g.read("the input " + name, Path.of(name), false);
        for (Path p : outputs) if (p != null) g.write(p.toString(), p);
        return g.clash() == null && g.unwritable() == null;
    }

    private void read(String what, Path p, boolean index) {
        reads.add(new Named(what, RealPaths.of(p), index || Files.isDirectory(p)));
    }

    private void write(String what, Path p) {
        outputs.add(p);
        if (RealPaths.isStream(p)) return; // a device or pipe is not overwritten
        writes.add(new Named(what, RealPaths.of(p), false));
    }

    /** The error writing the first output that cannot be written would give, or null. */
    private String unwritable() {
        for (Path p : outputs) {
            try {
                AtomicFile.check(p);
            } catch (IOException e) {
                return "cannot write " + p + ": " + IoErrors.reason(e);
            }
        }
        return null;
    }

    private String clash() {
        for (int i = 0; i < writes.size(); i++) {
            Named w = writes.get(i);
            for (Named r : reads) {
                if (w.real().equals(r.real())) return w.what() + " would overwrite " + r.what() + "; write to another file";
                if (r.folder() && w.real().startsWith(r.real()) && (r.what().startsWith("the index") || isArticle(w.real()))) {
                    return w.what() + " lies inside " + r.what() + " and would change it; write outside that folder";
                }
            }
            for (int j = 0; j < i; j++) {
                if (w.real().equals(writes.get(j).real())) return writes.get(j).what() + " and " + w.what() + " name the same file; give each its own";
            }
        }
        return null;
    }

    /** A file an input folder's reader would pick up as an article. */
    private static boolean isArticle(Path p) {
        return io.copydesk.document.FileKind.of(p.getFileName().toString()).isPage();
    }
}
