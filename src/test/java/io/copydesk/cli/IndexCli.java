package io.copydesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs copydesk commands as {@link Main} does, capturing the output; also the crash-test child's entry point. */
public final class IndexCli {
    private IndexCli() {}

    /** Exit code and captured output of one run. */
    public record Run(int exit, String out, String err) {}

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return Main.commandLine(out, err);
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
