package io.copydesk.cli;

import io.copydesk.cli.eval.EvalCommand;
import io.copydesk.cli.index.IndexCommand;
import io.copydesk.cli.options.OutputOptions;
import io.copydesk.cli.output.OutputGuard;
import io.copydesk.cli.terminal.Stderr;
import io.copydesk.cli.terminal.Terminal;
import io.copydesk.document.BadInputException;
import io.copydesk.internal.HeapCompaction;
import io.copydesk.internal.io.IoErrors;
import io.copydesk.internal.io.SafeTextWriter;
import io.copydesk.internal.io.StdoutStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code copydesk} command line. Only {@link #main} calls {@code System.exit}. */
@Command(name = "copydesk",
        mixinStandardHelpOptions = true,
        version = "copydesk 0.1.0",
        description = "Finds duplicate and related news stories.",
        footer = {"%nExample:%n  ./copydesk dedup corpus", ExitCode.HELP})
public final class Main implements Runnable {
    /** The command tree, in a class of its own: a run {@link PlainCommandLine} takes loads none of picocli's classes it names. */
    private static final class Tree {
        /** The subcommands, in the order help lists them. */
        static final java.util.List<Class<?>> COMMANDS = java.util.List.of(DedupCommand.class, RelatedCommand.class, ClusterCommand.class,
                ReportCommand.class, ManPage.class, ExplainCommand.class, IndexCommand.class, EvalCommand.class, GenerateCommand.class,
                picocli.AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class);
        /** Commands that need no sibling: a run of one builds only its own model (the rest read the whole tree). */
        static final java.util.List<Class<?>> STANDALONE = java.util.List.of(DedupCommand.class, RelatedCommand.class, ClusterCommand.class,
                ReportCommand.class, ExplainCommand.class, IndexCommand.class, EvalCommand.class, GenerateCommand.class);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (dedup, explain, ...)");
    }

    public static void main(String[] args) {
        HeapCompaction.enable(HeapCompaction.MIN_USED, HeapCompaction.GROWTH); // the process is ours: full collections where large data dies
        System.exit(run(args));
    }

    /**
     * Runs copydesk with the process's stdout and stderr; returns the exit code. A failed write to
     * stdout ({@code > /dev/full}) ends the run with {@link ExitCode#IO}, never success; a pipe whose
     * reader went away ({@code | head}) ends it quietly with {@link ExitCode#CLOSED_PIPE}.
     */
    public static int run(String... args) {
        return run(new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err), Terminal.stdoutIsTerminal(),
                StdoutStream::processStdoutIsPipe, args);
    }

    /**
     * As {@link #run(String...)}, on the given streams (tests pass one that fails like {@code /dev/full}, or like a
     * closed pipe with {@code pipe}), stdout not a terminal.
     */
    static int run(OutputStream stdoutStream, OutputStream stderrStream, boolean pipe, String... args) {
        return run(stdoutStream, stderrStream, false, () -> pipe, args);
    }

    /**
     * Stdout is flushed at every line on a terminal only: into a file or a pipe each flush was a
     * system call, one a duplicate group (dedup of 100k generated articles: 18,568 writes, 0.12 s).
     */
    private static int run(OutputStream stdoutStream, OutputStream stderrStream, boolean terminal, java.util.function.BooleanSupplier pipe,
                           String... args) {
        StdoutStream stdout = new StdoutStream(stdoutStream, pipe);
        PrintWriter out = new StdoutWriter(stdout, terminal);
        Stderr err = new Stderr(new SafeTextWriter(new OutputStreamWriter(stderrStream, StandardCharsets.UTF_8), true));
        int code;
        try {
            code = endingOutOfMemory(() -> {
                PlainCommandLine.Command plain = PlainCommandLine.parse(args);
                return plain != null ? PlainCommandLine.run(args[0], plain, out, err) : commandLine(out, err, args).execute(args);
            }, err);
        } finally { // also when an error goes on: what was printed before it is not lost in the buffer
            err.endStatus(); // a stage an error left unfinished is not drawn again
            out.flush();
        }
        if (stdout.closedPipe()) {
            if (code == ExitCode.OK) code = ExitCode.CLOSED_PIPE; // what it printed was cut short, though nothing checked
        } else if (stdout.failure() != null && code != ExitCode.IO) {
            err.println("copydesk: cannot write stdout: " + IoErrors.reason(stdout.failure()));
            code = ExitCode.IO;
        }
        err.flush();
        return code;
    }

    /** The writer of the process's stdout, which tells whether its pipe was closed by the reader. */
    private static final class StdoutWriter extends PrintWriter {
        private final StdoutStream stream;

        StdoutWriter(StdoutStream stream, boolean autoFlush) {
            super(new OutputStreamWriter(new BufferedOutputStream(stream, 1 << 16), StandardCharsets.UTF_8), autoFlush);
            this.stream = stream;
        }
    }

    /**
     * Whether {@code out} is stdout and a pipe its reader closed: the run then ends quietly, as {@code cat} or
     * {@code grep} killed by SIGPIPE do, instead of reporting a write error nobody asked about.
     */
    private static boolean closedPipe(PrintWriter out) {
        return out instanceof StdoutWriter w && w.stream.closedPipe();
    }

    private static java.util.List<CommandLine> all(CommandLine cl) {
        java.util.List<CommandLine> out = new java.util.ArrayList<>();
        for (CommandLine sub : cl.getSubcommands().values()) {
            out.add(sub);
            out.addAll(all(sub));
        }
        return out;
    }

    /**
     * The one line printed when the heap runs out, with how to give Java more. Made before the
     * command runs (once the heap has run out, making it could run it out again: a worker may still
     * hold its batch), and by hand: a {@code Formatter} would load its locale data at every start.
     */
    static String outOfMemory() {
        return outOfMemory(Runtime.getRuntime().maxMemory() >> 20);
    }

    /** {@link #outOfMemory()} for a heap of {@code heapMb} MB. */
    static String outOfMemory(long heapMb) {
        String mb = Long.toString(heapMb);
        StringBuilder sb = new StringBuilder(160).append("copydesk: out of memory (Java heap of ");
        for (int i = 0; i < mb.length(); i++) {
            if (i > 0 && (mb.length() - i) % 3 == 0) sb.append(',');
            sb.append(mb.charAt(i));
        }
        return sb.append(" MB); give it more, e.g. COPYDESK_JAVA_OPTS=-Xmx8g ./copydesk ... (or java -Xmx8g -jar copydesk.jar ...)").toString();
    }

    /**
     * Runs a command and gives its exit code; when the heap runs out (an {@link OutOfMemoryError}, or
     * an error caused by one: the JVM wraps it in a {@link BootstrapMethodError} when it strikes while
     * linking a call site, in an {@link ExceptionInInitializerError} in a class's set-up) it prints
     * the one line saying how to give Java more and gives {@link ExitCode#INTERNAL}. Other errors go on.
     */
    static int endingOutOfMemory(java.util.function.IntSupplier command, Stderr err) {
        String outOfMemory = outOfMemory();
        try {
            return command.getAsInt();
        } catch (Error e) {
            if (!isOutOfMemory(e)) throw e;
            err.endStatus();
            err.println(outOfMemory);
            return ExitCode.INTERNAL;
        }
    }

    private static boolean isOutOfMemory(Throwable t) {
        for (; t != null; t = t.getCause()) if (t instanceof OutOfMemoryError) return true;
        return false;
    }

    /** A configured command line writing to the given streams; tests call {@code execute} on it. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, Tree.COMMANDS);
    }

    /**
     * As {@link #commandLine(PrintWriter, PrintWriter)} for running {@code args}: when they name a
     * {@linkplain Tree#STANDALONE standalone} command, only that command's model is built (picocli reads
     * every command's annotations by reflection, a good part of start-up). Parsing, help and errors
     * for that command are the same as with the whole tree.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
        // the version alone needs no command's model (the whole tree took ~1 CPU s to build)
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) return commandLine(out, err, java.util.List.of());
        for (String a : args) {
            if (a.equals("--debug")) continue; // the one option that may come before the command
            for (Class<?> c : Tree.STANDALONE) if (c.getAnnotation(Command.class).name().equals(a)) return commandLine(out, err, java.util.List.of(c));
            break;
        }
        return commandLine(out, err, Tree.COMMANDS);
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, java.util.List<Class<?>> commands) {
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> c : commands) cl.addSubcommand(c); // before the settings below, which reach only the commands present
        example(cl, "generate-completion", "./copydesk generate-completion > copydesk-completion.bash && \\%n      source copydesk-completion.bash");
        example(cl, "help", "./copydesk help dedup");
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(LocalDate.class, Main::date);
        cl.registerConverter(Integer.class, s -> (int) whole(s, Integer.MAX_VALUE));
        cl.registerConverter(int.class, s -> (int) whole(s, Integer.MAX_VALUE));
        cl.registerConverter(Long.class, s -> whole(s, Long.MAX_VALUE));
        cl.registerConverter(long.class, s -> whole(s, Long.MAX_VALUE));
        cl.registerConverter(Double.class, Main::number);
        cl.registerConverter(double.class, Main::number);
        cl.setExecutionStrategy(parseResult -> {
            try {
                OutputGuard.check(leaf(parseResult));
                for (CommandLine.Model.CommandSpec m : leaf(parseResult).commandSpec().mixins().values()) {
                    if (m.userObject() instanceof OutputOptions o) o.format(); // refuses a format the command does not print
                }
            } catch (UserException e) {
                return failure(e, out, err, debug(parseResult));
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failure(ex, commandLine.getOut(), commandLine.getErr(),
                debug(parseResult)));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println("copydesk: " + plain(ex.getMessage()));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, failed.getErr())) {
                failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
            }
            return ExitCode.USAGE;
        });
        for (CommandLine sub : all(cl)) sub.getCommandSpec().version(cl.getCommandSpec().version()); // --version everywhere
        cl.setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? ExitCode.USAGE : ExitCode.INTERNAL);
        return cl;
    }

    /** Gives picocli's own command {@code name}, when present, an example and the exit codes, as every other command has. */
    private static void example(CommandLine cl, String name, String example) {
        CommandLine sub = cl.getSubcommands().get(name);
        if (sub != null) sub.getCommandSpec().usageMessage().footer("%nExample:%n  " + example, ExitCode.HELP);
    }

    /**
     * Reports an exception a command's run threw and gives the exit code; a usage error is thrown
     * on, to picocli's handler. A failed write to {@code out} that is a closed pipe ends quietly.
     */
    static int failure(Exception ex, PrintWriter out, PrintWriter err, boolean debug) {
        if (err instanceof Stderr stderr) stderr.endStatus(); // the stage it stopped in is over
        if (ex instanceof UserException ue && ue.aboutStdout() && closedPipe(out)) return ExitCode.CLOSED_PIPE;
        if (debug) ex.printStackTrace(err);
        if (ex instanceof UserException ue) {
            err.println("copydesk: " + ue.getMessage());
            return ue.exitCode();
        }
        if (ex instanceof BadInputException bad) { // an input that failed after the first pass: gone, changed, unreadable
            err.println("copydesk: " + bad.getMessage());
            return bad.isIo() ? ExitCode.IO : ExitCode.DATA;
        }
        if (ex instanceof CommandLine.ParameterException pe) throw pe;
        if (isOutOfMemory(ex)) {
            err.println(outOfMemory());
            return ExitCode.INTERNAL;
        }
        err.println("copydesk: internal error: " + ex + (debug ? "" : " (rerun with --debug for details)"));
        return ExitCode.INTERNAL;
    }

    /** Picocli's wording of a usage error, in the words copydesk's own errors use ("--threshold: 'abc' is not a number"). */
    static String plain(String message) {
        for (String[] r : PLAIN) message = message.replaceFirst(r[0], r[1]);
        return message;
    }

    private static final String[][] PLAIN = {
        {"^Invalid value for option '([^']+)': ", "$1: "},
        {"^(--\\S+): expected one of \\[(.*)\\] \\(case-insensitive\\) but was '(.*)'$", "$1: '$3' is not one of $2"},
        {"^Value for option option '([^']+)' \\((.*)\\) should be in KEY=VALUE format but was (.*)$", "$1: '$3' is not $2"},
        {"^Missing required parameter for option '([^']+)' \\((.*)\\)$", "$1 needs a value ($2)"},
        {"^Missing required parameters?: (.*)$", "missing $1"},
        {"^Missing required options?: (.*)$", "missing $1"},
        {"^Error: Missing required argument \\(specify one of these\\): \\((.*)\\)$", "give one of $1"},
        {"^Error: ", ""},
    };

    /** A whole number up to {@code max}, for an option of type int or long. */
    private static long whole(String s, long max) {
        try {
            long v = Long.parseLong(s);
            if (Math.abs(v) <= max) return v;
        } catch (NumberFormatException e) {
            if (!s.matches("-?[0-9]+")) throw new CommandLine.TypeConversionException("'" + s + "' is not a whole number");
        }
        throw new CommandLine.TypeConversionException("'" + s + "' is too large");
    }

    private static Double number(String s) {
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + s + "' is not a number");
        }
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + s + "' is not a date YYYY-MM-DD (such as 2024-03-01)");
        }
    }

    private static CommandLine.ParseResult leaf(CommandLine.ParseResult r) {
        while (r.hasSubcommand()) r = r.subcommand();
        return r;
    }

    /** --debug given anywhere: before the subcommand or after it (it is inherited). */
    private static boolean debug(CommandLine.ParseResult r) {
        for (; r != null; r = r.hasSubcommand() ? r.subcommand() : null) {
            if (r.hasMatchedOption("--debug")) return true;
        }
        return false;
    }
}
