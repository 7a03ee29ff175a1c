package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The line split's newline search answers as String.indexOf from every place, with and without the text's bytes. */
class PageLineNewlineTest {
    @Test
    void newlineAtIsIndexOf() {
        Random r = new Random(17);
        char[] alphabet = {'a', 'B', ' ', '\n', '\r', '?', '\u010A', '\u0A0A', '\u00E9', '\u2028', '.'};
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(40);
            for (int i = 0; i < n; i++) b.append(r.nextInt(6) == 0 ? alphabet[r.nextInt(alphabet.length)] : (char) ('a' + r.nextInt(26)));
            if (round % 50 == 0) b.append("\uD83D\uDE00"); // a surrogate pair: no bytes
            String text = b.toString();
            byte[] bytes = PageLine.latin1(text);
            for (int from = 0; from <= text.length(); from++) {
                assertEquals(text.indexOf('\n', from), PageLine.newlineAt(text, bytes, from), text + " from " + from);
            }
        }
    }
}
