package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.internal.CharTable;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link TextNormalizer#word} against the token normalized as it always was ({@link TextNormalizer#isWord}, then
 * {@link TextNormalizer#normalize}: NFKC, the optional marks taken out, quotes and dashes unified, lower case), which
 * its one-pass path for words of plain chars ({@link CharTable#isPlain}) must give too.
 */
class TextNormalizerWordTest {
    private static String reference(String token) {
        return TextNormalizer.isWord(token) ? TextNormalizer.normalize(token) : null;
    }

    private static void check(String token) {
        String text = "x " + token + " y"; // the range inside a longer text
        assertEquals(reference(token), TextNormalizer.word(text, 2, 2 + token.length()), () -> token.codePoints()
                .mapToObj(c -> "U+" + Integer.toHexString(c)).toList().toString());
    }

    /** Every char alone, and every pair of chars in the blocks of the scripts news is most written in beyond ASCII. */
    @Test
    void charsAndPairsAreNormalizedAsTokensAlwaysWere() {
        for (int c = 0; c <= 0xFFFF; c++) check(String.valueOf((char) c));
        int[][] blocks = {{0x80, 0x250}, {0x370, 0x400}, {0x400, 0x530}, {0x590, 0x700}, {0x900, 0x980}, {0xE00, 0xE80},
                {0x1E00, 0x1F00}, {0x1F00, 0x2000}, {0xAC00, 0xAD00}};
        for (int[] b : blocks) {
            for (int x = b[0]; x < b[1]; x++) {
                for (int y = b[0]; y < b[1]; y++) check(new String(new char[] {(char) x, (char) y}));
                check("A" + (char) x + "b");
            }
        }
    }

    /** Random words of plain chars from the whole BMP, and of any chars, with ASCII letters among them. */
    @Test
    void randomWordsAreNormalizedAsTokensAlwaysWere() {
        int[] plain = IntStream.rangeClosed(0, 0xFFFF).filter(c -> CharTable.isPlain(CharTable.of((char) c))).toArray();
        Random rnd = new Random(50);
        int fast = 0;
        for (int round = 0; round < 200_000; round++) {
            StringBuilder token = new StringBuilder();
            boolean any = round % 4 == 0;
            for (int n = 1 + rnd.nextInt(10); n > 0; n--) {
                int pick = rnd.nextInt(8);
                token.append(pick == 0 ? (char) ('A' + rnd.nextInt(26)) : any && pick == 1 ? (char) rnd.nextInt(0x10000) : (char) plain[rnd.nextInt(plain.length)]);
            }
            String t = token.toString();
            check(t);
            if (t.chars().allMatch(c -> CharTable.isPlain(CharTable.of((char) c)))) fast++;
        }
        assertTrue(fast > 100_000, fast + " words of plain chars");
    }
}
