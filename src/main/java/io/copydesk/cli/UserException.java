package io.copydesk.cli;

/** An error the user can fix; printed as one line without a stack trace, exits with {@link #exitCode()}. */
public final class UserException extends RuntimeException {
    private final int exitCode;
    private final boolean stdout;

    public UserException(int exitCode, String message) {
        this(exitCode, message, false);
    }

    private UserException(int exitCode, String message, boolean stdout) {
        super(message, null, false, false);
        this.exitCode = exitCode;
        this.stdout = stdout;
    }

    /** A failed write to stdout: a full disk, or a pipe its reader closed, after which the run ends quietly ({@link Main}). */
    public static UserException stdoutFailed(String message) {
        return new UserException(ExitCode.IO, message, true);
    }

    public int exitCode() {
        return exitCode;
    }

    /** Whether this is a {@link #stdoutFailed} error. */
    public boolean aboutStdout() {
        return stdout;
    }
}
