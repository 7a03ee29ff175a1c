package io.copydesk.document;

import java.util.Arrays;

/**
 * The bytes of the record being read, kept up to a size cap and counted past it, so that memory stays bounded
 * however long a record is: a JSONL line ({@link LineReader}), a JSON document's record or a CSV row
 * ({@link ChunkedSource}). The readers read {@link #bytes} in place, up to {@link #length}.
 */
final class CappedBytes {
    private final long cap;
    byte[] bytes = new byte[1 << 12];
    int length;
    long total; // bytes added since the last clear, including those past the cap

    CappedBytes(long cap) {
        this.cap = cap;
    }

    /** Starts a new record. */
    void clear() {
        length = 0;
        total = 0;
    }

    /** Whether the record is over the cap (its bytes past it were not kept). */
    boolean overCap() {
        return total > cap;
    }

    void add(byte b) {
        if (++total > cap) return;
        if (length == bytes.length) bytes = Arrays.copyOf(bytes, bytes.length * 2);
        bytes[length++] = b;
    }

    /** Adds {@code src[from, to)}. */
    void add(byte[] src, int from, int to) {
        int n = to - from;
        total += n;
        if (total > cap) return;
        if (length + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
        System.arraycopy(src, from, bytes, length, n);
        length += n;
    }
}
