package io.copydesk.internal.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The process's stdout, remembering its first write error. {@code System.out} swallows errors, so
 * {@code > /dev/full} or a closed pipe would otherwise end in success with nothing written.
 */
public final class StdoutStream extends FilterOutputStream {
    private volatile IOException failure;

    public StdoutStream(OutputStream out) {
        super(out);
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
        if (failure == null) failure = e;
        return e;
    }

    /** The first write error, or null. */
    public IOException failure() {
        return failure;
    }
}
