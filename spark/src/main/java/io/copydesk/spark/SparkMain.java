package io.copydesk.spark;

import io.copydesk.cli.ExitCode;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code copydesk-spark} command line: {@code dedup} on Apache Spark. Run with spark-submit on a
 * cluster, or through the {@code ./copydesk-spark} launcher in local mode. Only {@link #main} exits.
 */
@Command(name = "copydesk-spark", mixinStandardHelpOptions = true, version = "copydesk-spark 0.1.0",
        description = "copydesk's duplicate detection as an Apache Spark job: the same groups as copydesk dedup.",
        subcommands = {SparkDedupCommand.class, CommandLine.HelpCommand.class})
public final class SparkMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (dedup)");
    }

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** A configured command line writing to the given streams; tests call {@code execute} on it. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SparkMain());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable cause = rootCause(ex);
            if (parseResult.hasMatchedOption("--debug")) ex.printStackTrace(commandLine.getErr());
            if (cause instanceof io.copydesk.document.BadInputException bad) { // as copydesk dedup: a missing input is 3, bad data 4
                commandLine.getErr().println("copydesk-spark: " + bad.getMessage());
                return bad.isIo() ? ExitCode.IO : ExitCode.DATA;
            }
            if (cause instanceof IllegalArgumentException) {
                commandLine.getErr().println("copydesk-spark: " + cause.getMessage());
                return ExitCode.USAGE;
            }
            if (cause instanceof java.io.IOException || cause instanceof java.io.UncheckedIOException) {
                commandLine.getErr().println("copydesk-spark: " + cause.getMessage());
                return ExitCode.IO;
            }
            commandLine.getErr().println("copydesk-spark: internal error: " + cause + " (rerun with --debug for details)");
            return ExitCode.INTERNAL;
        });
        cl.setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? ExitCode.USAGE : ExitCode.INTERNAL);
        return cl;
    }

    /**
     * The exception that started it all: Spark wraps executor failures several times. The job's own messages stop the
     * search: a bad input's, and an I/O failure the job described ({@code cannot write FILE: is a directory}), whose
     * cause alone would not name the file.
     */
    static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            if (c instanceof io.copydesk.document.BadInputException) return c;
            if (c instanceof java.io.UncheckedIOException u && !String.valueOf(u.getCause()).equals(u.getMessage())) return c;
            c = c.getCause();
        }
        return c;
    }
}
