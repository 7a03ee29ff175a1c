package io.copydesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Runs copydesk commands as {@link Main} would, with {@code index} registered whether or not
 * {@code Main} lists it yet; tests and the crash-test child process use it.
 */
public final class IndexCli {
    private IndexCli() {}

    /** Exit code and captured output of one run. */
    public record Run(int exit, String out, String err) {}

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = Main.commandLine(out, err);
        if (!cl.getSubcommands().containsKey("index")) {
            cl.addSubcommand(new IndexCommand());
            // Settings given before a subcommand is added do not reach it: give them again.
            CommandLine.IExecutionExceptionHandler handler = cl.getExecutionExceptionHandler();
            CommandLine.IExitCodeExceptionMapper mapper = cl.getExitCodeExceptionMapper();
            cl.setOut(out);
            cl.setErr(err);
            cl.setCaseInsensitiveEnumValuesAllowed(true);
            cl.setExecutionExceptionHandler(handler);
            cl.setExitCodeExceptionMapper(mapper);
        }
        return cl;
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Entry point of the child process in the crash test. */
    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }
}
