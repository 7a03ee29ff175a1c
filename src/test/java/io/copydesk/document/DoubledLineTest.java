package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import org.junit.jupiter.api.Test;

/** {@link DoubledLine#half} compares halves in place: same answers as the plain substring-and-strip definition. */
class DoubledLineTest {
    /** The definition: split at whitespace near the middle, strip both sides, equal and long enough. */
    private static String definition(String line) {
        String s = line.strip();
        int n = s.length();
        if (n < 25) return null;
        for (int d = 0; d <= 3; d++) {
            for (int i : new int[] {n / 2 - d, n / 2 + d}) {
                if (i <= 0 || i >= n || !Character.isWhitespace(s.charAt(i))) continue;
                String left = s.substring(0, i).strip(), right = s.substring(i).strip();
                if (left.length() >= 12 && left.equals(right)) return left;
            }
        }
        return null;
    }

    @Test
    void agreesWithTheDefinition() {
        String[] blanks = {" ", "  ", "\t", " \u2003", "\u00A0", "   "};
        Trials.run("doubled-line", 20_000, r -> {
            String half = Texts.pieces(r, 6, q -> Texts.letters(q, 7), q -> Texts.oneOf(q, blanks), q -> Texts.oneOf(q, ".", ",", "\u00E9"));
            String other = r.nextInt(3) == 0 ? half + Texts.letters(r, 1) : half;
            return Texts.oneOf(r, "", " ") + half + Texts.oneOf(r, blanks) + other + Texts.oneOf(r, "", " ", "\t");
        }, s -> {
            assertEquals(definition(s), DoubledLine.half(s));
            String page = "Top line\n" + s + "\nlast";
            assertEquals(definition(s) != null, DoubledLine.isDoubled(page, 9, 9 + s.length()));
            String stripped = s.strip();
            int at = page.indexOf(stripped, 9);
            if (!stripped.isEmpty()) assertEquals(definition(s) != null, DoubledLine.isDoubled(page, at, at + stripped.length()));
        });
        assertEquals("Markets rally on rate cut", DoubledLine.half("Markets rally on rate cut  Markets rally on rate cut"));
        assertNull(DoubledLine.half("Markets rally on rate cut  Markets rally on rate cuts"));
    }
}
