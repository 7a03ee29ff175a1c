package io.copydesk.cli;

/** An error the user can fix; printed as one line without a stack trace, exits with {@link #exitCode()}. */
public final class UserException extends RuntimeException {
    private final int exitCode;

    public UserException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
