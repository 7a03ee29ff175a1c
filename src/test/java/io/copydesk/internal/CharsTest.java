package io.copydesk.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** {@link Chars}' tests, checked for every char: against {@link Character}, the Windows-1252 encoding and the JDK's normalizer. */
class CharsTest {
    @Test
    void whitespaceIsCharactersForEveryChar() {
        int blanks = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace((char) c), Chars.isWhitespace((char) c), "char " + c);
            if (Chars.isWhitespace((char) c)) blanks++;
        }
        assertTrue(blanks > 20, "whitespace chars: " + blanks);
    }

    /**
     * A lead byte char is exactly a char that Windows-1252 (or, where it leaves a byte undefined,
     * Latin-1) writes as a byte a UTF-8 sequence of two or more bytes can start with (0xC2 and up).
     */
    @Test
    void leadByteCharsAreTheCharsThatEncodeToAUtf8LeadByte() {
        CharsetEncoder cp1252 = Charset.forName("windows-1252").newEncoder();
        int leads = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int b = cp1252.canEncode((char) c) ? String.valueOf((char) c).getBytes(Charset.forName("windows-1252"))[0] & 0xFF
                    : c <= 0xFF ? c : -1; // Latin-1 for the bytes Windows-1252 leaves undefined
            assertEquals(b >= 0xC2, Chars.isLeadByteChar(c), "char " + c);
            if (Chars.isLeadByteChar(c)) leads++;
        }
        assertEquals(0xFF - 0xC2 + 1, leads);
    }

    /**
     * Text holding no char of {@link Chars#mayNormalize} is in normal form: it holds no invisible char inside words (each
     * is flagged), and it is in NFC, checked for every code point not flagged: it is
     * in NFC on its own (NFC replaces no such char), it is no later part of any char's canonical decomposition (so
     * NFC joins it to nothing before it: the pairs NFC composes are exactly such decompositions, Hangul syllables
     * included), and it is not reordered after a mark of the highest combining class (so it is a starter). Those
     * are the three ways NFC changes text. And the flags are few: quotes, dashes, Latin-1, Cyrillic and the
     * unified ideographs are not among them.
     */
    @Test
    void textWithoutAFlaggedCharIsInNormalForm() {
        boolean[] laterPart = new boolean[Character.MAX_CODE_POINT + 1];
        for (int x = 0; x <= Character.MAX_CODE_POINT; x++) {
            if (x >= Character.MIN_SURROGATE && x <= Character.MAX_SURROGATE) continue;
            String d = Normalizer.normalize(Character.toString(x), Normalizer.Form.NFD);
            for (int i = Character.charCount(d.codePointAt(0)); i < d.length(); i += Character.charCount(d.codePointAt(i))) {
                laterPart[d.codePointAt(i)] = true;
            }
        }
        int flagged = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                assertTrue(Chars.mayNormalize(cp), "a lone half of a pair: " + cp); // its pair is not known
                continue;
            }
            if (Chars.mayNormalize(cp)) {
                if (cp <= Character.MAX_VALUE) flagged++;
                continue;
            }
            String c = Character.toString(cp), hex = "U+" + Integer.toHexString(cp);
            assertTrue(Normalizer.isNormalized(c, Normalizer.Form.NFC), () -> "replaced by NFC: " + hex);
            assertFalse(laterPart[cp], () -> "composed with a char before it: " + hex);
            String afterMark = "x\u0345" + c;
            assertEquals(afterMark, Normalizer.normalize(afterMark, Normalizer.Form.NFC), () -> "reordered: " + hex);
        }
        for (int cp : new int[] {'e', 0xE9, 0x2019, 0x201C, 0x2014, 0x2026, 0x20AC, 0x0416, 0x4E2D, 0x9F8D, 0xAC00, 0x1F600, 0x20BB7}) {
            assertFalse(Chars.mayNormalize(cp), "U+" + Integer.toHexString(cp));
        }
        for (int cp : new int[] {'&', '<', '\r', 0xAD, 0x2028, 0x2029, 0x0301, 0x0323, 0x1161, 0x11A8, 0x3099, 0x093C, 0x2126, 0xF900, 0x1D15E}) {
            assertTrue(Chars.mayNormalize(cp), "U+" + Integer.toHexString(cp));
        }
        assertTrue(flagged < 8_000, "flagged chars of the BMP: " + flagged);
        int invisible = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!Chars.isInvisibleInWord((char) c)) continue;
            invisible++;
            assertTrue(Chars.mayNormalize(c), "an invisible char is flagged: " + c);
            assertEquals(Character.FORMAT, Character.getType(c), "shown as nothing: " + c);
        }
        assertEquals(4, invisible);
    }
}
