package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link LineStarts#mayStart} says no only where the lower-cased line starts with none of the
 * openings, and says no to most lines that start otherwise, on text mixing the openings in any
 * case with ASCII and chars whose lower case is ASCII or longer ('\u212A', '\u0130').
 */
class LineStartsTest {
    private static final String[] OPENINGS = {"read ", "also read", "more", "(c) ", "by ", "editor", "don't miss", "5", "in case you missed it"};
    private static final LineStarts STARTS = new LineStarts(OPENINGS);

    private static String line(java.util.Random r) {
        String head = switch (r.nextInt(4)) {
            case 0 -> Texts.oneOf(r, OPENINGS);
            case 1 -> Texts.oneOf(r, OPENINGS).toUpperCase(Locale.ROOT);
            case 2 -> {
                String o = Texts.oneOf(r, OPENINGS);
                int cut = r.nextInt(o.length());
                yield o.substring(0, cut) + Texts.oneOf(r, "x", " ", "'", "\u2019", "\u212A", "\u0130", "", "@", "[");
            }
            default -> "";
        };
        return head + Texts.pieces(r, 6, q -> Texts.letters(q, 6), q -> Texts.oneOf(q, " ", "'", "(", "c", ")", "5", "\u00E9", "\u212A", "R"));
    }

    @Test
    void noOnlyWhereNoOpeningStartsTheLowerCasedLine() {
        int[] no = new int[1];
        Trials.run("line starts", 50_000, LineStartsTest::line, s -> {
            if (s.isEmpty()) return;
            String lower = s.toLowerCase(Locale.ROOT);
            boolean starts = false;
            for (String o : OPENINGS) starts |= lower.startsWith(o);
            if (starts) assertTrue(STARTS.mayStart(s), s);
            if (!STARTS.mayStart(s)) no[0]++;
        });
        assertTrue(no[0] > 10_000, "lines refused: " + no[0]);
        assertTrue(STARTS.mayStart("READ More"));
        assertTrue(STARTS.mayStart("Editor\u2019s choice")); // the regex decides
        assertFalse(STARTS.mayStart("Reading list"));
        assertFalse(STARTS.mayStart("by"));
        assertFalse(STARTS.mayStart("Don't mis"));
        assertTrue(STARTS.mayStart("\u212Aeep")); // lower-cases to 'k'
    }
}
