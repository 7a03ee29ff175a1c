package io.copydesk.document;

import java.io.IOException;
import java.io.InputStream;

/**
 * A reader of records that looks at its input byte by byte (a JSON document's structure, a CSV file's quotes): the
 * input a chunk at a time in {@link #buf}, and the record being read in {@link #record}, up to the size cap.
 */
abstract class ChunkedSource implements RecordSource {
    private final InputStream in;
    final long maxBytes;
    final byte[] buf = new byte[1 << 16];
    int pos;
    int limit;
    final CappedBytes record;

    ChunkedSource(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.record = new CappedBytes(maxBytes);
    }

    /** Reads the next chunk; false at the end of the input. */
    final boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        pos = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    /** Whether {@code n} bytes can be had from {@code pos}, reading more (and moving what is left to the chunk's start) when needed. */
    final boolean ensure(int n) throws IOException {
        if (limit - pos >= n) return true;
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
        for (int r; limit < n; limit += r) {
            if ((r = in.read(buf, limit, buf.length - limit)) <= 0) return false;
        }
        return true;
    }

    /** Keeps {@code buf[from, to)} in the record. */
    final void keep(int from, int to) {
        record.add(buf, from, to);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
