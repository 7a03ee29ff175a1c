package io.copydesk.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A reader of records that looks at its input byte by byte (a JSON document's structure, a CSV file's quotes): the
 * input a chunk at a time in {@link #buf}, and the record being read in {@link #kept}, up to the size cap, counted past it.
 */
abstract class ChunkedSource implements RecordSource {
    private final InputStream in;
    final long maxBytes;
    final byte[] buf = new byte[1 << 16];
    int pos;
    int limit;
    byte[] kept = new byte[1 << 12];
    int keptLength;
    long recordBytes; // the current record's bytes, including those past the cap

    ChunkedSource(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
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

    /** Starts a new record. */
    final void clearRecord() {
        keptLength = 0;
        recordBytes = 0;
    }

    /** Whether the current record is over the size cap (its bytes past it were not kept). */
    final boolean overCap() {
        return recordBytes > maxBytes;
    }

    final void keep(byte b) {
        if (++recordBytes > maxBytes) return;
        if (keptLength == kept.length) kept = Arrays.copyOf(kept, kept.length * 2);
        kept[keptLength++] = b;
    }

    /** Keeps {@code buf[from, to)}. */
    final void keep(int from, int to) {
        int n = to - from;
        recordBytes += n;
        if (recordBytes > maxBytes) return;
        if (keptLength + n > kept.length) kept = Arrays.copyOf(kept, Math.max(kept.length * 2, keptLength + n));
        System.arraycopy(buf, from, kept, keptLength, n);
        keptLength += n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
