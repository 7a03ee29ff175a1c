package io.copydesk.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CharTableTest {
    /** Every char of the BMP: the table's answers are the JDK's. */
    @Test
    void everyCharIsAnsweredAsTheJdkAnswers() {
        int plain = 0;
        for (int i = 0; i <= 0xFFFF; i++) {
            char c = (char) i;
            int e = CharTable.of(c);
            String at = "U+" + Integer.toHexString(i);
            assertEquals(Character.toLowerCase(c), CharTable.lower(e), at);
            assertEquals(Character.isLetter(c), CharTable.isLetter(e), at);
            assertEquals(Character.isDigit(c), CharTable.isDigit(e), at);
            assertEquals(Character.isUpperCase(c), CharTable.isUpperCase(e), at);
            assertEquals(Character.isLowerCase(c), CharTable.isLowerCase(e), at);
            assertEquals(Character.isLetterOrDigit(c) && c != '\u0640', CharTable.isLetterOrDigit(e), at);
            int kind = Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR ? CharTable.SPACE
                    : Character.isAlphabetic(c) ? CharTable.ALPHA : Character.isDigit(c) ? CharTable.DIGIT : CharTable.OTHER;
            assertEquals(kind, CharTable.kind(e), at);
            assertEquals(Chars.mayNormalizeAsked(i), CharTable.mayNormalize(e), at);
            if (CharTable.isPlain(e)) {
                plain++;
                String s = String.valueOf(c);
                assertEquals(s, Normalizer.normalize(s, Normalizer.Form.NFKC), at);
                assertEquals(String.valueOf(CharTable.lower(e)), s.toLowerCase(Locale.ROOT), at);
                assertTrue(CharTable.isLetterOrDigit(e), at);
            }
        }
        // letters of the alphabets news is written in: Latin with accents, Greek, Cyrillic, Hebrew, Arabic, Hangul
        for (char c : "azAZ09\u00E9\u00C9\u00DF\u0142\u03B1\u03C2\u0416\u0436\u05D0\u0627\uAC00".toCharArray()) {
            assertTrue(CharTable.isPlain(CharTable.of(c)), "U+" + Integer.toHexString(c));
        }
        // composing, context-dependent or compatibility chars, marks and no letters are not
        for (char c : "\u0301\u03A3\u0130\u1161\u01C5\u00B5\u2126\uFB01\u0640\u064E-'\u2019 \u00A0".toCharArray()) {
            assertFalse(CharTable.isPlain(CharTable.of(c)), "U+" + Integer.toHexString(c));
        }
        assertTrue(plain > 40_000, plain + " plain chars");
    }

    /**
     * The marks that stay as they are: vowel signs of class 0 that join nothing (Devanagari's, Thai's); not the nukta
     * (class 7) or the virama (9), not the acute (230), not the vowel signs that join the one before them (Bengali's and
     * Tamil's length marks, Sinhala's), nor a letter. Each answer is the same when asked again.
     */
    @Test
    void stillMarksAreThoseThatNeitherMoveNorJoin() {
        for (char c : "\u093E\u093F\u0941\u0947\u094B\u0902\u0E31\u0E34".toCharArray()) {
            assertTrue(CharTable.isStillMark(c), "U+" + Integer.toHexString(c));
            assertTrue(CharTable.isStillMark(c), "U+" + Integer.toHexString(c));
        }
        for (char c : "\u093C\u094D\u0301\u0316\u09BE\u09D7\u0BBE\u0DCF\u0D3E\u1161ka\u0915".toCharArray()) {
            assertFalse(CharTable.isStillMark(c), "U+" + Integer.toHexString(c));
            assertFalse(CharTable.isStillMark(c), "U+" + Integer.toHexString(c));
        }
    }
}
