package io.copydesk.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes of text at a time in one long (the tests the line split, the page rules and the
 * tokenizer each make on ASCII bytes): every test answers in the high bit of each byte.
 *
 * <p>{@link #count} and {@link #first} read such answers with a multiply where {@link Long#bitCount}
 * and {@link Long#numberOfTrailingZeros} would do: inputs under 1 GiB run on C1's code only (the
 * launcher), and C1 compiles those two as calls to their Java bodies, 7-30 ns each against ~1 ns
 * (a C1 microbenchmark at load 9), once or four times per eight bytes of every text.
 */
public final class EightBytes {
    public static final long ONES = 0x0101010101010101L, HIGH = 0x8080808080808080L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private EightBytes() {}

    /** Bytes {@code b[i, i + 8)}, the first in the lowest byte. */
    public static long at(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }

    /** The high bit of each byte of {@code w} (all below 0x80) that lies in {@code [lo, hi]}. */
    public static long inRange(long w, int lo, int hi) {
        return (w + ONES * (0x80 - lo) & ~(w + ONES * (0x7F - hi))) & HIGH;
    }

    /** {@code Long.bitCount(m)} of {@code m} with only high bits of bytes set: the bytes' 0/1 summed into the top byte. */
    public static int count(long m) {
        return (int) ((m >>> 7) * ONES >>> 56);
    }

    /**
     * {@code count(a) + 16 * count(b)} of two such masks, in one multiply: each byte then holds at
     * most 1 + 16, so the sums below the top byte never carry into it (both counts are at most 8:
     * {@code & 15} and {@code >>> 4} take them apart).
     */
    public static int count2(long a, long b) {
        return (int) (((a >>> 7) + (b >>> 3)) * ONES >>> 56);
    }

    /**
     * {@code Long.numberOfTrailingZeros(m) >>> 3} of a non-zero {@code m} with only high bits of
     * bytes set: the index of its first such byte. The lowest bit, 1 at byte i's bottom, shifts the
     * constant up i bytes, which brings its byte 7 - i, holding i, to the top.
     */
    public static int first(long m) {
        return (int) (((m & -m) >>> 7) * 0x0001020304050607L >>> 56);
    }

    /**
     * The index of the first byte of {@code b[from, to)} equal to {@code c} (below 0x80), or {@code to}:
     * eight bytes a step (the input reader and the line split run it over every byte of a text).
     */
    public static int indexOf(byte[] b, int from, int to, char c) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long m = equalTo(at(b, i), c);
            if (m != 0) return i + first(m);
        }
        while (i < to && b[i] != c) i++;
        return i;
    }

    /** The high bit of each byte of {@code w} equal to {@code c} (exact: no borrow reaches another byte). */
    public static long equalTo(long w, char c) {
        long q = w ^ ONES * c;
        return ~(((q & ~HIGH) + ~HIGH) | q) & HIGH;
    }
}
