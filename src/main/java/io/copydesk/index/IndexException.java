package io.copydesk.index;

/**
 * A problem with an index that the user can act on; {@link #kind()} tells the command line which
 * exit code to use. Messages name the index folder and, where it helps, what to do.
 */
public final class IndexException extends RuntimeException {
    /** What went wrong. */
    public enum Kind {
        /** No index in the folder, or the folder cannot be read or written. */
        IO,
        /** Another process is writing to the index. */
        LOCKED,
        /** Not a copydesk index, or one of another format version. */
        FORMAT,
        /** The index was built with other settings than those asked for. */
        SETTINGS,
        /** The index contents are damaged. */
        CORRUPT
    }

    private final Kind kind;

    public IndexException(Kind kind, String message) {
        this(kind, message, null);
    }

    public IndexException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
