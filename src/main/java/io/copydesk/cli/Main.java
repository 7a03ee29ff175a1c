package io.copydesk.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code copydesk} command line. Only {@link #main} calls {@code System.exit}. */
@Command(name = "copydesk",
        mixinStandardHelpOptions = true,
        version = "copydesk 0.1.0",
        description = "Finds duplicate and related news stories.",
        subcommands = {DedupCommand.class, RelatedCommand.class, ClusterCommand.class, ExplainCommand.class, IndexCommand.class,
                EvalCommand.class, GenerateCommand.class, picocli.AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class},
        footer = ExitCode.HELP)
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (dedup, explain, ...)");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs copydesk with the process's stdout and stderr; returns the exit code. */
    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** A configured command line writing to the given streams; tests call {@code execute} on it. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug");
            if (debug) ex.printStackTrace(commandLine.getErr());
            if (ex instanceof UserException ue) {
                commandLine.getErr().println("copydesk: " + ue.getMessage());
                return ue.exitCode();
            }
            if (ex instanceof CommandLine.ParameterException pe) throw pe;
            commandLine.getErr().println("copydesk: internal error: " + ex + (debug ? "" : " (rerun with --debug for details)"));
            return ExitCode.INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println("copydesk: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, failed.getErr())) {
                failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
            }
            return ExitCode.USAGE;
        });
        cl.setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? ExitCode.USAGE : ExitCode.INTERNAL);
        return cl;
    }
}
