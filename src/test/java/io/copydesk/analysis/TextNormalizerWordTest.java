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

    /** Each char's lower case, as {@link TokenList#addPlain} makes a word's term. */
    private static String byChar(String token) {
        StringBuilder b = new StringBuilder();
        for (char c : token.toCharArray()) b.append(CharTable.lower(CharTable.of(c)));
        return b.toString();
    }

    /**
     * Property: where {@link TextNormalizer#isPlainWord} says yes, the word's normal form is each char's lower case: every
     * pair of a char and a mark in the blocks of Indic scripts, Thai, Hebrew, Arabic and the combining marks (some
     * compose, some are reordered, some are written only now and then), and random words of plain chars and marks.
     */
    @Test
    void plainWordsWithMarksAreTheirCharsLowerCased() {
        int[][] blocks = {{0x0900, 0x0980}, {0x0980, 0x0A00}, {0x0B80, 0x0C00}, {0x0C80, 0x0D00}, {0x0D00, 0x0D80}, {0x0E00, 0x0E80},
                {0x0590, 0x0700}, {0x1000, 0x1080}, {0x1B00, 0x1B80}};
        int yes = 0;
        for (int[] b : blocks) {
            for (int x = b[0]; x < b[1]; x++) {
                for (int y = b[0]; y < b[1]; y++) {
                    String t = new String(new char[] {(char) x, (char) y});
                    if (TextNormalizer.isPlainWord("(" + t + ")", 1, 3)) {
                        yes++;
                        assertEquals(reference(t), byChar(t), "U+" + Integer.toHexString(x) + " U+" + Integer.toHexString(y));
                    }
                }
                for (int m = 0x0300; m < 0x0370; m++) {
                    String t = new String(new char[] {(char) x, (char) m});
                    if (TextNormalizer.isPlainWord(t, 0, 2)) assertEquals(reference(t), byChar(t), t);
                }
            }
            // a letter and two marks of the block: marks of other classes than 0 are reordered, some pairs compose
            char letter = (char) IntStream.range(b[0], b[1]).filter(c -> CharTable.isPlain(CharTable.of((char) c))).findFirst().orElse('a');
            for (int x = b[0]; x < b[1]; x++) {
                for (int y = b[0]; y < b[1]; y++) {
                    String t = new String(new char[] {letter, (char) x, (char) y});
                    if (TextNormalizer.isPlainWord(t, 0, 3)) assertEquals(reference(t), byChar(t), t);
                }
            }
        }
        int[] marks = IntStream.rangeClosed(0, 0xFFFF).filter(c -> CharTable.isMark(CharTable.of((char) c))).toArray();
        int[] plain = IntStream.rangeClosed(0, 0xFFFF).filter(c -> CharTable.isPlain(CharTable.of((char) c))).toArray();
        Random rnd = new Random(51);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder token = new StringBuilder();
            for (int n = 1 + rnd.nextInt(8); n > 0; n--) token.append((char) (rnd.nextInt(3) == 0 ? marks[rnd.nextInt(marks.length)] : plain[rnd.nextInt(plain.length)]));
            String t = token.toString();
            if (TextNormalizer.isPlainWord(t, 0, t.length())) {
                yes++;
                assertEquals(reference(t), byChar(t), t);
            }
        }
        assertTrue(yes > 50_000, yes + " plain words with marks");
    }
}
