package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.DoubledLine;
import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line's doubling, asked first of its counts ({@link PageLine#mayBeDoubled}), is what {@link
 * DoubledLine#isDoubled} says of its chars: on pages of lines printed twice (blanks of any kind
 * between the halves, words with apostrophes, digits, capitals and chars beyond ASCII), near
 * misses of them and other lines, split with and without a cap on the words.
 */
class PageLineDoubledTest {
    private static final String[] PIECES = {" ", "'", "\u2019", "1", "24", "A", "B", "\u00C9", "\u00E9", "\u0130", "\u212A", "\u01C5",
        "don't", ",", ".", "-", "?", "\u0661", "\uD83D\uDE00"};

    private static String half(java.util.Random r) {
        return Texts.pieces(r, 10, q -> Texts.letters(q, 6), q -> Texts.oneOf(q, PIECES)).strip();
    }

    private static String line(java.util.Random r) {
        String a = half(r);
        String gap = Texts.oneOf(r, " ", "  ", "\t", "\u2003", " \u00A0 ");
        return switch (r.nextInt(4)) {
            case 0, 1 -> a + gap + a; // doubled (when the halves are long enough)
            case 2 -> a + gap + a + Texts.oneOf(r, "x", "1", "A", "'", "'s"); // one char more on the right
            default -> a + gap + half(r);
        };
    }

    @Test
    void theCountsRefuseOnlyLinesThatAreNotDoubled() {
        int[] seen = new int[2]; // doubled lines, lines the counts refused
        Trials.run("doubled lines", 20_000, r -> {
            List<String> lines = Texts.list(r, 6, PageLineDoubledTest::line);
            return new Object[] {String.join("\n\n", lines), r.nextBoolean() ? Integer.MAX_VALUE : 1 + r.nextInt(8)};
        }, page -> {
            String text = (String) page[0];
            for (PageLine l : PageLine.split(text, (Integer) page[1])) {
                boolean doubled = DoubledLine.isDoubled(text, l.start(), l.end());
                assertEquals(doubled, l.doubled(), text.substring(l.start(), l.end()));
                if (doubled) seen[0]++;
                if (!l.mayBeDoubled()) seen[1]++;
            }
        });
        assertTrue(seen[0] > 5_000 && seen[1] > 5_000, "doubled lines, lines the counts refused: " + seen[0] + ", " + seen[1]);
    }
}
