package io.copydesk.index;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** 64-bit values as little-endian BLOBs: 8 bytes each, in order, no header (the length gives the count). */
final class Blobs {
    private Blobs() {}

    static byte[] longs(long[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asLongBuffer().put(values);
        return b.array();
    }

    static long[] longs(byte[] blob) {
        if (blob.length % Long.BYTES != 0) throw new IllegalArgumentException("a BLOB of 64-bit values cannot hold " + blob.length + " bytes");
        long[] out = new long[blob.length / Long.BYTES];
        ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(out);
        return out;
    }
}
