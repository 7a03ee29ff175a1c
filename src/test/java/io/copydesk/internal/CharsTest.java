package io.copydesk.internal;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** {@link Chars} gives {@link Character}'s answers for every char. */
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
}
