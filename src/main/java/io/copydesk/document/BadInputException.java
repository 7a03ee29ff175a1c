package io.copydesk.document;

/** Input that cannot be used: a missing or unreadable path, or a bad record under strict reading. */
public final class BadInputException extends RuntimeException {
    private final boolean io;

    public BadInputException(String message) {
        this(message, false);
    }

    public BadInputException(String message, boolean io) {
        super(message, null, false, false);
        this.io = io;
    }

    /** True when the path itself could not be read (as opposed to bad content). */
    public boolean isIo() {
        return io;
    }
}
