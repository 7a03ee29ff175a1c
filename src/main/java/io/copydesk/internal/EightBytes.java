package io.copydesk.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes of text at a time in one long (the tests the line split, the page rules and the
 * tokenizer each make on ASCII bytes): every test answers in the high bit of each byte.
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

    /** The high bit of each byte of {@code w} equal to {@code c} (exact: no borrow reaches another byte). */
    public static long equalTo(long w, char c) {
        long q = w ^ ONES * c;
        return ~(((q & ~HIGH) + ~HIGH) | q) & HIGH;
    }
}
