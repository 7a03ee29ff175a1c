package io.copydesk.cli;

/** Process exit codes, documented in every command's --help and in the README. */
public final class ExitCode {
    public static final int OK = 0;
    /** An unexpected internal error (a bug: please report it, with --debug output), or out of memory. */
    public static final int INTERNAL = 1;
    /** Bad command line: unknown option, value out of range, an id the input does not hold, stdin named twice. */
    public static final int USAGE = 2;
    /** An input path is missing or unreadable, or an output cannot be written. */
    public static final int IO = 3;
    /** A bad record under --strict, or no usable article in the input. */
    public static final int DATA = 4;
    /**
     * Stdout was a pipe whose reader went away ({@code | head}): the run ends quietly, with the status of a
     * process killed by SIGPIPE (128 + 13), as {@code cat} or {@code grep} end there.
     */
    public static final int CLOSED_PIPE = 141;

    public static final String HELP = "%nExit codes:%n  0  success%n  1  internal error (rerun with --debug and report it)%n"
            + "  2  usage error (bad option or value, or an id the input does not hold)%n"
            + "  3  input missing/unreadable or output not writable%n"
            + "  4  bad data (a bad record under --strict, or no usable article)%n"
            + "  141  stdout a pipe its reader closed (| head): ended quietly, as by SIGPIPE%n"
            + "%nMemory: Java's default heap is a quarter of the RAM; for more, run e.g.%n"
            + "  COPYDESK_JAVA_OPTS=-Xmx8g ./copydesk cluster big.jsonl.gz%n";

    private ExitCode() {}
}
