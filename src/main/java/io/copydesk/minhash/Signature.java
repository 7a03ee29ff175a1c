package io.copydesk.minhash;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * An immutable MinHash signature: {@code k} 32-bit bin minima and the seed they were made with.
 *
 * <p>Binary layout (version 1, little-endian):
 * <pre>
 * offset  size  field
 *      0     4  magic "CDSG" (0x43 0x44 0x53 0x47)
 *      4     1  format version (1)
 *      5     1  flags (bit 0: empty signature)
 *      6     2  k, number of bins (unsigned)
 *      8     8  seed
 *     16   4·k  bin values, bin 0 first
 * </pre>
 */
public final class Signature {
    static final int MAGIC = 0x47534443; // "CDSG" read little-endian
    static final byte VERSION = 1;
    static final int HEADER_BYTES = 16;

    private final int[] values;
    private final long seed;
    private final boolean empty;

    Signature(int[] values, long seed, boolean empty) {
        this.values = values;
        this.seed = seed;
        this.empty = empty;
    }

    static Signature empty(int k, long seed) {
        return new Signature(new int[k], seed, true);
    }

    public int size() {
        return values.length;
    }

    public long seed() {
        return seed;
    }

    /** True for the signature of an empty set. */
    public boolean isEmpty() {
        return empty;
    }

    public int value(int bin) {
        return values[bin];
    }

    /** Fraction of bins that agree: the MinHash estimate of Jaccard similarity. */
    public double estimateJaccard(Signature other) {
        checkCompatible(other);
        if (empty || other.empty) return 0;
        int same = 0;
        for (int i = 0; i < values.length; i++) if (values[i] == other.values[i]) same++;
        return (double) same / values.length;
    }

    private void checkCompatible(Signature other) {
        if (other.seed != seed || other.values.length != values.length) {
            throw new IllegalArgumentException("signatures are not comparable: k=" + values.length + ", seed=" + seed
                    + " vs k=" + other.values.length + ", seed=" + other.seed);
        }
    }

    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + 4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MAGIC).put(VERSION).put((byte) (empty ? 1 : 0)).putShort((short) values.length).putLong(seed);
        for (int v : values) b.putInt(v);
        return b.array();
    }

    public static Signature fromBytes(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < HEADER_BYTES || b.getInt() != MAGIC) throw new IllegalArgumentException("not a copydesk signature");
        byte version = b.get();
        if (version != VERSION) {
            throw new IllegalArgumentException("signature format version " + version + " is not supported; this copydesk reads version " + VERSION);
        }
        boolean empty = (b.get() & 1) != 0;
        int k = Short.toUnsignedInt(b.getShort());
        long seed = b.getLong();
        if (bytes.length != HEADER_BYTES + 4 * k) throw new IllegalArgumentException("signature of " + k + " bins must be " + (HEADER_BYTES + 4 * k) + " bytes, was " + bytes.length);
        int[] values = new int[k];
        for (int i = 0; i < k; i++) values[i] = b.getInt();
        return new Signature(values, seed, empty);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && s.seed == seed && s.empty == empty && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values) * 31 + Long.hashCode(seed);
    }

    @Override
    public String toString() {
        return "Signature[k=" + values.length + ", seed=" + seed + (empty ? ", empty" : "") + "]";
    }
}
