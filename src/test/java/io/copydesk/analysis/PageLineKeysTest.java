package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import org.junit.jupiter.api.Test;

/**
 * The line split's one pass gives the facts the two-chain pass of b1b026e gave
 * ({@link ReferenceCleaning#lineFacts}): the same key (it is stored with fingerprints) and words,
 * exact keys equal exactly where the old ones are (they are only compared, never stored), and the
 * capitals {@link Character#isUpperCase(char)} counts.
 */
class PageLineKeysTest {
    private static final String[] PIECES = {" ", "  ", ".", ",", "-", "'", "\u2019", "\t", "1", "2", "12", "2024", "0", "\u0661", "\u0662",
        "\u00E9", "\u00C9", "\u0130", "\u212A", "\u01C5", "\u24B6", "A", "a", "B", "b", "don't", "St.", "\u00A0", "(", ")", "\u2003"};

    private static String line(java.util.Random r) {
        return Texts.pieces(r, 24, q -> Texts.oneOf(q, PIECES), q -> Texts.letters(q, 4));
    }

    /** A line like {@code s}: digits moved, case, punctuation and spacing changed, or a char dropped. */
    private static String variant(java.util.Random r, String s) {
        StringBuilder b = new StringBuilder(s);
        for (int k = 1 + r.nextInt(3); k > 0 && b.length() > 0; k--) {
            int i = r.nextInt(b.length());
            char c = b.charAt(i);
            switch (r.nextInt(5)) {
                case 0 -> b.setCharAt(i, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
                case 1 -> b.insert(i, Texts.oneOf(r, " ", ",", ". ", "-", "'"));
                case 2 -> b.deleteCharAt(i);
                case 3 -> b.insert(i, Texts.oneOf(r, "1", "7", "\u0661"));
                default -> { if (Character.isDigit(c)) { b.deleteCharAt(i); b.insert(r.nextInt(b.length() + 1), c); } }
            }
        }
        return b.toString();
    }

    @Test
    void keysWordsAndCapitalsAreTheOnesOfTheOldPass() {
        int[] equalExact = new int[2];
        Trials.run("line facts", 50_000, r -> {
            String a = line(r);
            return new String[] {a, r.nextBoolean() ? variant(r, a) : line(r)};
        }, pair -> {
            PageLine[] lines = new PageLine[2];
            long[][] old = new long[2][];
            for (int k = 0; k < 2; k++) {
                String s = pair[k];
                lines[k] = PageLine.of(s, 0, s.length());
                old[k] = ReferenceCleaning.lineFacts(s, 0, s.length());
                assertEquals(old[k][0], lines[k].key());
                assertEquals(old[k][2], lines[k].words());
                assertEquals(old[k][1] == 0, lines[k].exactKey() == 0);
                assertEquals(s.chars().filter(c -> Character.isUpperCase((char) c)).count(), lines[k].capitals());
            }
            boolean same = old[0][1] == old[1][1];
            assertEquals(same, lines[0].exactKey() == lines[1].exactKey());
            if (same && old[0][1] != 0) equalExact[pair[0].equals(pair[1]) ? 0 : 1]++;
        });
        assertTrue(equalExact[1] > 1_000, "pairs that differ but for case, punctuation and spacing: " + equalExact[1]);
    }

    @Test
    void numbersTellExactKeysApart() {
        long a = PageLine.of("Published 12 March", 0, 18).exactKey(), b = PageLine.of("Published 3 March", 0, 17).exactKey();
        assertNotEquals(a, b);
        assertEquals(PageLine.of("Published 12 March", 0, 18).key(), PageLine.of("Published 3 March", 0, 17).key());
        assertEquals(PageLine.of("a1 b", 0, 4).exactKey(), PageLine.of("A 1, B", 0, 6).exactKey()); // no space before a digit
        assertEquals(PageLine.of("a1 b", 0, 4).exactKey(), PageLine.of("a 1b", 0, 4).exactKey()); // the space waits for the next letter
        assertNotEquals(PageLine.of("a1 b", 0, 4).exactKey(), PageLine.of("a1b", 0, 3).exactKey());
        assertNotEquals(PageLine.of("a12 b", 0, 5).exactKey(), PageLine.of("a21 b", 0, 5).exactKey());
    }
}
