package io.copydesk.internal.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * The process's stdout, remembering its first write error. {@code System.out} swallows errors, so
 * {@code > /dev/full} or a closed pipe would otherwise end in success with nothing written.
 */
public final class StdoutStream extends FilterOutputStream {
    private final BooleanSupplier isPipe;
    private volatile IOException failure;
    private volatile boolean closedPipe;

    /** {@code isPipe} tells whether the stream is a pipe (or FIFO), asked at the first write error. */
    public StdoutStream(OutputStream out, BooleanSupplier isPipe) {
        super(out);
        this.isPipe = isPipe;
    }

    /**
     * Whether the process's stdout is a pipe or FIFO ({@code /dev/fd/1}, on Linux and macOS); false where
     * that cannot be told.
     */
    public static boolean processStdoutIsPipe() {
        try {
            int mode = (Integer) Files.getAttribute(Path.of("/dev/fd/1"), "unix:mode");
            return (mode & 0170000) == 0010000; // S_IFMT, S_IFIFO
        } catch (IOException | RuntimeException e) { // no such file, no unix view
            return false;
        }
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            closedPipe = isPipe.getAsBoolean();
            failure = e;
        }
        return e;
    }

    /** The first write error, or null. */
    public IOException failure() {
        return failure;
    }

    /**
     * Whether a write failed on a pipe: its reader went away ({@code | head}), the one way a write to a pipe
     * fails (EPIPE; a pipe is never full, it blocks), which Java does not tell from a full disk's error.
     */
    public boolean closedPipe() {
        return closedPipe;
    }
}
