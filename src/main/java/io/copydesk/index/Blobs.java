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

    /**
     * The values of a BLOB read from the index; a damaged or missing one is an {@link IndexException}
     * naming its table and article (never a bare decoding error).
     */
    static long[] stored(byte[] blob, String table, String article) {
        if (blob == null) throw damaged(table, article, "missing");
        try {
            return longs(blob);
        } catch (IllegalArgumentException e) {
            throw damaged(table, article, e.getMessage());
        }
    }

    static IndexException damaged(String table, String article, String problem) {
        return new IndexException(IndexException.Kind.CORRUPT, "damaged " + table + " of article " + article + " (" + problem
                + "); index check lists the damage, index rebuild from the original input repairs it");
    }

    static long[] longs(byte[] blob) {
        if (blob.length % Long.BYTES != 0) throw new IllegalArgumentException("a BLOB of 64-bit values cannot hold " + blob.length + " bytes");
        long[] out = new long[blob.length / Long.BYTES];
        ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(out);
        return out;
    }
}
