package io.copydesk.hash;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Hash64Test {
    /** Known answers: these values are part of persisted formats and must never change. */
    @Test
    void knownAnswers() {
        assertEquals(0xF490368ABA8BFEACL, Hash64.hash("", 0));
        assertEquals(0x0C3D8B4FCC311569L, Hash64.hash("copydesk", 0));
        assertEquals(0x67A30E1B997F4C35L, Hash64.hash("earthquake", 42));
        assertEquals(0x4AD653ACFE6D41C4L, Hash64.hash("Zürich—🌍", 42));
    }

    @Test
    void rangeHashEqualsHashOfSubstring() {
        String s = "The quick brown fox – über alles 🌍 jumps";
        for (int from = 0; from < s.length(); from += 3) {
            for (int to = from; to <= s.length(); to += 5) {
                if (to < s.length() && Character.isLowSurrogate(s.charAt(to))) continue;
                if (from > 0 && Character.isLowSurrogate(s.charAt(from))) continue;
                assertEquals(Hash64.hash(s.substring(from, to), 7), Hash64.hash(s, from, to, 7));
            }
        }
    }

    /** The byte version reads eight bytes at a time and masks the last word: any range, any bytes around it. */
    @Test
    void lowerAsciiBytesHashEqualsHashOfTheLowerCasedText() {
        Random r = new Random(13);
        for (int t = 0; t < 20_000; t++) {
            byte[] b = new byte[r.nextInt(40)];
            for (int i = 0; i < b.length; i++) b[i] = (byte) (r.nextInt(3) == 0 ? r.nextInt(128) : "AZaz@[`{09 ".charAt(r.nextInt(11)));
            int from = r.nextInt(b.length + 1), to = from + r.nextInt(b.length - from + 1);
            String text = new String(b, StandardCharsets.ISO_8859_1);
            String lower = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
            long seed = r.nextLong();
            assertEquals(Hash64.hash(lower, seed), Hash64.hashLowerAscii(b, from, to, seed), text + " [" + from + ", " + to + ")");
            assertEquals(Hash64.hash(lower, seed), Hash64.hashLowerAscii(text, from, to, seed));
        }
    }

    @Test
    void textHashEqualsHashOfItsUtf8Bytes() {
        Random r = new Random(5);
        for (int t = 0; t < 5000; t++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(40);
            for (int i = 0; i < n; i++) {
                int kind = r.nextInt(4);
                int cp = switch (kind) {
                    case 0 -> 0x20 + r.nextInt(0x5F);
                    case 1 -> 0xA0 + r.nextInt(0x700);
                    case 2 -> 0x800 + r.nextInt(0xD000);
                    default -> 0x10000 + r.nextInt(0x10000);
                };
                sb.appendCodePoint(cp);
            }
            String s = sb.toString();
            assertEquals(Hash64.hash(s.getBytes(StandardCharsets.UTF_8), 9), Hash64.hash(s, 9), s);
        }
    }

    @Test
    void hashDependsOnUtf8BytesNotOnCharBoundaries() {
        // "é" precomposed vs its UTF-8 bytes read as Latin-1 characters are different texts with different bytes
        String composed = "caf\u00e9";
        String mojibake = new String(composed.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertNotEquals(Hash64.hash(composed, 1), Hash64.hash(mojibake, 1));
    }

    @Test
    void seedsGiveDifferentFunctionsAndNoCollisionsOnManyWords() {
        assertNotEquals(Hash64.hash("news", 1), Hash64.hash("news", 2));
        Random r = new Random(3);
        Set<Long> seen = new HashSet<>();
        Set<String> words = new HashSet<>();
        while (words.size() < 50_000) {
            char[] c = new char[1 + r.nextInt(12)];
            for (int i = 0; i < c.length; i++) c[i] = (char) ('a' + r.nextInt(26));
            words.add(new String(c));
        }
        for (String w : words) seen.add(Hash64.hash(w, 0));
        assertEquals(words.size(), seen.size());
    }

    @Test
    void mixIsBalanced() {
        // each output bit should flip for about half of single-bit input changes (avalanche)
        Random r = new Random(11);
        int[] flips = new int[64];
        int trials = 2000;
        for (int t = 0; t < trials; t++) {
            long x = r.nextLong();
            long d = Hash64.mix(x) ^ Hash64.mix(x ^ (1L << r.nextInt(64)));
            for (int b = 0; b < 64; b++) if ((d >>> b & 1) != 0) flips[b]++;
        }
        for (int b = 0; b < 64; b++) assertTrue(flips[b] > trials * 0.4 && flips[b] < trials * 0.6, "bit " + b + ": " + flips[b]);
    }

    /** A word of one to eight ASCII chars given as its bytes hashes as the same word read from the text. */
    @Test
    void wordGivenAsItsBytesHashesAsTheText() {
        Random r = new Random(19);
        for (int t = 0; t < 20000; t++) {
            int len = 1 + r.nextInt(8);
            byte[] b = new byte[len + r.nextInt(10)];
            for (int i = 0; i < b.length; i++) b[i] = (byte) "abcXYZ0189qQ ,.'-".charAt(r.nextInt(17));
            long word = 0;
            for (int i = 0; i < len; i++) word |= (b[i] & 0xFFL) << (i << 3);
            long seed = r.nextLong();
            assertEquals(Hash64.hashLowerAscii(b, 0, len, seed), Hash64.hashLowerAsciiWord(word, len, seed));
            assertEquals(Hash64.hash(new String(b, 0, len, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT), seed),
                    Hash64.hashLowerAsciiWord(word, len, seed));
        }
    }
}
