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
        Thread stopped = new Thread(SparkMain::stopped, "copydesk-spark stopped");
        Runtime.getRuntime().addShutdownHook(stopped);
        int exit = commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
        try {
            Runtime.getRuntime().removeShutdownHook(stopped); // an exit of our own: nothing to report
        } catch (IllegalStateException signalled) {
            // the JVM is already shutting down: the hook reports it
        }
        System.exit(exit);
    }

    /**
     * On SIGTERM or Ctrl-C: Spark's own shutdown hook stops the context under the running job, which then fails (an
     * "internal error" of many lines naming where the context was stopped), and Spark may log the tasks it kills; the
     * user sees this one line instead, and the exit code is the signal's (143 for SIGTERM, 130 for Ctrl-C).
     */
    private static void stopped() {
        try {
            org.apache.logging.log4j.core.config.Configurator.setAllLevels(org.apache.logging.log4j.LogManager.ROOT_LOGGER_NAME,
                    org.apache.logging.log4j.Level.OFF);
        } catch (LinkageError | RuntimeException notLog4j) {
            // another logging backend on a cluster: its lines stay
        }
        System.err.println("copydesk-spark: stopped by a signal (SIGTERM or Ctrl-C) before the end");
    }

    /** Whether the JVM is shutting down (after a signal), when a shutdown hook can no longer be added. */
    static boolean shuttingDown() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** A configured command line writing to the given streams; tests call {@code execute} on it. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SparkMain());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (shuttingDown()) return ExitCode.INTERNAL; // the job failed because it was stopped: stopped() reported it
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
