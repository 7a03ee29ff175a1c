package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link LineStarts#mayStart} says no only where the lower-cased line starts with none of the
 * openings, and says no to most lines that start otherwise, on text mixing the openings in any
 * case with ASCII and chars whose lower case is ASCII or longer ('\u212A', '\u0130'). Each line is
 * read in place inside a longer text whose chars around it would change the answer if read.
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

    /**
     * The answer for {@code s} read in place: after a char beyond ASCII (a yes if read) and before
     * text that completes a cut opening ("by" + " ", "Don't mis" + "s"), which must not change it.
     */
    private static boolean mayStart(String s) {
        boolean answer = STARTS.mayStart("\u212A" + s + " s", 1, 1 + s.length());
        assertEquals(answer, STARTS.mayStart("\u212A" + s + "s ", 1, 1 + s.length()), s);
        return answer;
    }

    /** Whether the lower-cased {@code s} starts with one of the openings, and whether it holds one. */
    private static boolean[] truth(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        boolean starts = false, holds = false;
        for (String o : OPENINGS) {
            starts |= lower.startsWith(o);
            holds |= lower.contains(o);
        }
        return new boolean[] {starts, holds};
    }

    @Test
    void startsWithIsSureAndExactOnAscii() {
        int[] yes = new int[1];
        Trials.run("line starts, sure", 50_000, LineStartsTest::line, s -> {
            if (s.isEmpty()) return;
            boolean sure = STARTS.startsWith("\u212A" + s + " s", 1, 1 + s.length()); // read in place, the chars around it unread
            assertEquals(sure, STARTS.startsWith("x" + s + "s ", 1, 1 + s.length()), s);
            if (sure) yes[0]++;
            if (sure) assertTrue(truth(s)[0], s);
            if (s.chars().allMatch(c -> c < 128)) assertEquals(truth(s)[0], sure, s);
        });
        assertTrue(yes[0] > 10_000, "lines known to start with an opening: " + yes[0]);
        assertTrue(STARTS.startsWith("ReAd More", 0, 9));
        assertFalse(STARTS.startsWith("Read", 0, 4)); // "read " needs its blank
        assertFalse(STARTS.startsWith("\u212Aeep", 0, 4));
    }

    @Test
    void mayContainSaysNoOnlyWhereNoOpeningIsInTheLowerCasedLine() {
        int[] no = new int[1];
        Trials.run("line holds", 50_000, r -> Texts.letters(r, 3) + " " + line(r), s -> {
            boolean may = STARTS.mayContain("\u212A" + s + " s", 1, 1 + s.length());
            assertEquals(may, STARTS.mayContain("x" + s + "s ", 1, 1 + s.length()), s);
            if (truth(s)[1]) assertTrue(may, s);
            if (s.chars().allMatch(c -> c < 128)) assertEquals(truth(s)[1], may, s);
            if (!may) no[0]++;
        });
        assertTrue(no[0] > 5_000, "lines refused: " + no[0]);
        assertTrue(STARTS.mayContain("The BY the way", 0, 14));
        assertFalse(STARTS.mayContain("The by", 0, 6));
        assertTrue(STARTS.mayContain("Nothing \u00E9", 0, 10)); // the regex decides
    }

    @Test
    void noOnlyWhereNoOpeningStartsTheLowerCasedLine() {
        int[] no = new int[1];
        Trials.run("line starts", 50_000, LineStartsTest::line, s -> {
            if (s.isEmpty()) return;
            String lower = s.toLowerCase(Locale.ROOT);
            boolean starts = false;
            for (String o : OPENINGS) starts |= lower.startsWith(o);
            if (starts) assertTrue(mayStart(s), s);
            if (!mayStart(s)) no[0]++;
        });
        assertTrue(no[0] > 10_000, "lines refused: " + no[0]);
        assertTrue(mayStart("READ More"));
        assertTrue(mayStart("Editor\u2019s choice")); // the regex decides
        assertFalse(mayStart("Reading list"));
        assertFalse(mayStart("by"));
        assertFalse(mayStart("Don't mis"));
        assertTrue(mayStart("\u212Aeep")); // lower-cases to 'k'
        assertTrue(new LineStarts("look").mayStart("Loo\u212A", 0, 4)); // its last char may complete the opening
    }

    /** A regex's openings beyond ASCII too ({@link LineStarts#allOf}): Cyrillic in both cases, Han, an accented letter, a mark. */
    private static final String BEYOND = "\u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043A\u0436\u0435|\u0441\u043C\u043E\u0442\u0440\u0438|\u76F8\u5173|\u00E0 lire|\u00A9|read";
    private static final LineStarts ALL = LineStarts.allOf(BEYOND, "more ", "by ");

    /**
     * Property: with every opening given ({@link LineStarts#allOf}), a line starting beyond ASCII is refused unless its
     * first char, lower-cased, starts an opening (or lower-cases to ASCII); never where the lower-cased line starts with one.
     */
    @Test
    void allOpeningsGivenRefuseLinesBeyondAsciiThatStartNone() {
        String[] openings = (BEYOND + "|more |by ").split("\\|");
        int[] refused = new int[1];
        Trials.run("line starts beyond ASCII", 50_000, r -> {
            String head = switch (r.nextInt(3)) {
                case 0 -> Texts.oneOf(r, openings);
                case 1 -> Texts.oneOf(r, openings).toUpperCase(Locale.ROOT);
                default -> String.valueOf((char) (0x80 + r.nextInt(0xFF80)));
            };
            return head + Texts.pieces(r, 4, q -> Texts.letters(q, 5), q -> Texts.oneOf(q, " ", "\u0436", "\u00E9", "\u212A", "\u0130"));
        }, s -> {
            String lower = s.toLowerCase(Locale.ROOT);
            boolean starts = false;
            for (String o : openings) starts |= lower.startsWith(o);
            boolean may = ALL.mayStart("x" + s + " s", 1, 1 + s.length());
            if (starts) assertTrue(may, s);
            if (!may) refused[0]++;
        });
        assertTrue(refused[0] > 10_000, "lines refused: " + refused[0]);
        assertTrue(ALL.mayStart("\u0427\u0418\u0422\u0410\u0419\u0422\u0415", 0, 7)); // the regex decides
        assertTrue(ALL.mayStart("\u00C0 LIRE", 0, 6));
        assertTrue(ALL.mayStart("\u212Aeep", 0, 4)); // lower-cases to 'k'
        assertFalse(ALL.mayStart("\u0416\u0438\u0437\u043D\u044C", 0, 5));
        assertFalse(ALL.mayStart("\u00C9t\u00E9", 0, 3));
        assertTrue(STARTS.mayStart("\u0416\u0438\u0437\u043D\u044C", 0, 5)); // openings given in ASCII only: any such line may start one
    }

    /** Openings of four chars or more and a char beyond ASCII, as {@link FurnitureLines}' hints: {@link LineStarts#mayContain} looks up four chars at once. */
    private static final String[] LONG_OPENINGS = {"rights reserved", "newsletter", "getty", "photo", "share on", "unfollow", "google news",
        "follow ", "caption", " app", "latest ", "ne's", "(c) 2", "look", "taxi", "\u00A9"};
    private static final LineStarts LONG = new LineStarts(LONG_OPENINGS);

    /** Text made of the openings (in any case, cut or with a char changed), ASCII and chars beyond it, '?' among them. */
    private static String holding(java.util.Random r) {
        return Texts.pieces(r, 10, q -> Texts.letters(q, 5), q -> Texts.oneOf(q, " ", "?", "(", "'", "\u00E9", "\u00C9", "\u212A", "\u0130",
                "\u0436", "\u201C", "\u2019", "\u00A9", "\uD83D\uDE00", "\uDC00", "A", "P", "K"), q -> {
            String o = Texts.oneOf(q, LONG_OPENINGS);
            o = q.nextBoolean() ? o : o.toUpperCase(Locale.ROOT);
            int at = q.nextInt(o.length());
            return switch (q.nextInt(3)) {
                case 0 -> o;
                case 1 -> o.substring(0, at); // cut
                default -> o.substring(0, at) + Texts.oneOf(q, "?", "\u212A", "\u0130", "\u00E9", "\u2019", "x", " ") + o.substring(at + 1);
            };
        });
    }

    @Test
    void fourCharLookUpSaysNoExactlyWhereTheLowerCasedLineHoldsNoOpening() {
        int[] seen = new int[3]; // yes, no, bytes not at hand (a surrogate pair)
        Trials.run("line holds, four chars at once", 50_000, r -> List.of(holding(r), holding(r), holding(r)), t3 -> {
            String[] t = t3.toArray(String[]::new);
            // the line t[1] read in place, between text that would complete an opening at either end
            String text = t[0] + " app" + t[1] + "ter " + t[2];
            int from = t[0].length() + 4, to = from + t[1].length();
            byte[] latin1 = PageLine.latin1(text);
            String lower = t[1].toLowerCase(Locale.ROOT);
            boolean holds = java.util.Arrays.stream(LONG_OPENINGS).anyMatch(lower::contains);
            boolean may = LONG.mayContain(text, latin1, from, to);
            if (holds) assertTrue(may);
            // a yes without an opening only where the bytes are not at hand, or at a char that lower-cases to ASCII
            if (latin1 != null && t[1].chars().noneMatch(c -> LineStarts.LOWER_TO_ASCII.indexOf(c) >= 0)) assertEquals(holds, may);
            // without the bytes (a text mostly beyond Latin-1), its chars are read: the same answer
            boolean fromChars = LONG.mayContain(text, null, from, to);
            if (latin1 != null) assertEquals(may, fromChars);
            if (t[1].chars().noneMatch(c -> LineStarts.LOWER_TO_ASCII.indexOf(c) >= 0)) assertEquals(holds, fromChars);
            seen[latin1 == null ? 2 : may ? 0 : 1]++;
        });
        assertTrue(seen[0] > 5_000 && seen[1] > 5_000 && seen[2] > 1_000, "yes, no, without bytes: " + java.util.Arrays.toString(seen));
        String s = "\u201CGet the LATEST news\u201D \u2014 no";
        assertTrue(LONG.mayContain(s, PageLine.latin1(s), 0, s.length()));
        s = "\u201CGet the late news?\u201D \u2014 no";
        assertFalse(LONG.mayContain(s, PageLine.latin1(s), 0, s.length()));
    }

    @Test
    void onlyTheCharsNamedLowerCaseToAscii() {
        StringBuilder found = new StringBuilder();
        for (int cp = 128; cp <= Character.MAX_CODE_POINT; cp++) {
            String lower = Character.toString(cp).toLowerCase(Locale.ROOT);
            if (lower.chars().anyMatch(c -> c < 128)) found.appendCodePoint(cp);
        }
        assertEquals(LineStarts.LOWER_TO_ASCII, found.toString());
    }
}
