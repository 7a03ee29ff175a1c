package io.copydesk.internal;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** EightBytes' multiply forms answer as Long.bitCount and numberOfTrailingZeros on every mask of high bits. */
class EightBytesTest {
    /** The mask with byte i's high bit set for each bit i of {@code bits}. */
    private static long mask(int bits) {
        long m = 0;
        for (int i = 0; i < 8; i++) if ((bits >> i & 1) != 0) m |= 0x80L << (i << 3);
        return m;
    }

    @Test
    void countAndFirstAnswerAsTheJdkOnEveryMask() {
        for (int bits = 0; bits < 256; bits++) {
            long m = mask(bits);
            assertEquals(Long.bitCount(m), EightBytes.count(m), Long.toHexString(m));
            if (m != 0) assertEquals(Long.numberOfTrailingZeros(m) >>> 3, EightBytes.first(m), Long.toHexString(m));
        }
    }

    @Test
    void count2IsBothCountsOnEveryPairOfMasks() {
        for (int a = 0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                int both = EightBytes.count2(mask(a), mask(b));
                assertEquals(Integer.bitCount(a), both & 15, a + " " + b);
                assertEquals(Integer.bitCount(b), both >>> 4, a + " " + b);
            }
        }
    }

    @Test
    void testsMarkTheBytesTheyName() {
        byte[] b = "aZ09?.x'AB".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        long w = EightBytes.at(b, 1); // "Z09?.x'A"
        assertEquals(mask(0b1000_0001), EightBytes.inRange(w, 'A', 'Z'));
        assertEquals(mask(0b0000_0110), EightBytes.inRange(w, '0', '9'));
        assertEquals(mask(0b0000_1000), EightBytes.equalTo(w, '?'));
        assertEquals(0, EightBytes.first(EightBytes.inRange(w, 'A', 'Z')));
        assertEquals(3, EightBytes.first(EightBytes.equalTo(w, '?') | EightBytes.equalTo(w, '\'') ));
        assertEquals(2, EightBytes.count(EightBytes.inRange(w, '0', '9')));
    }
}
