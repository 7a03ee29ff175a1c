package io.copydesk.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import org.junit.jupiter.api.Test;

/** {@link Chars}' tests, checked for every char: against {@link Character}, and against the Windows-1252 encoding. */
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
}
