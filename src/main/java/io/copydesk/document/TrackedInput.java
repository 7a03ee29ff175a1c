package io.copydesk.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32C;

/**
 * The raw bytes of one input as one pass reads them: how many, and their CRC-32C. Two passes that
 * end with the same count and checksum saw the same bytes (up to the chance of a CRC collision).
 */
final class TrackedInput extends FilterInputStream {
    private final CRC32C crc = new CRC32C();
    private long count;

    TrackedInput(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            crc.update(b);
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            crc.update(b, off, n);
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        int len = (int) Math.min(Math.max(n, 0), 8192);
        return Math.max(read(new byte[len], 0, len), 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Reads what a decoder left unread (bytes after the gzip trailer), so the count is the file's size. */
    void drain() throws IOException {
        byte[] buf = new byte[8192];
        while (read(buf, 0, buf.length) >= 0) {
            // counted by read
        }
    }

    /** What this pass has read so far. */
    Seen seen() {
        return new Seen(count, crc.getValue());
    }

    /** Bytes read so far (what {@link #seen()} tells, without its checksum: asked once a record for progress). */
    long bytes() {
        return count;
    }

    /** Bytes read and their checksum. */
    record Seen(long bytes, long crc) {}
}
