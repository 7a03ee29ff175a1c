package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import io.copydesk.internal.Chars;
import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The split's counting pass, eight ASCII chars at a time, gives each line the counts of a plain
 * char-by-char count ({@link #counts}, the pass it replaced): words (an apostrophe keeps a word
 * going; Chinese and Japanese a word every two chars of a run), letters, digits and capitals as {@link Character}
 * classifies them, on text mixing ASCII
 * with '?', Latin-1, other BMP chars, surrogate pairs and runs of apostrophes at every offset.
 */
class PageLineCountsTest {
    private static final String[] PIECES = {" ", "'", "''", "'''", "a'", "'a", "don't", "?", "??", "a?b", "\u00A9", "\u00E9", "\u00C9",
        "\u00FF", "\u4E2D", "\u6587\u5B57", "\u30B3\u30FC", "\u3007", "\u2019", "\u2019\u2019", "\u0661", "\u0130", "\u212A", "\u01C5", "\u24B6", "\uD83D\uDE00", "\uD835\uDC00", "\uD800",
        "A", "Z", "z", "@", "[", "`", "{", "/", ":", "0", "9", "2024", "\t", ".", "-", "\u007F", "\u0080", "\u0100", "\u013F", "\u203F"};

    private static String text(java.util.Random r) {
        return Texts.pieces(r, 80, q -> Texts.oneOf(q, PIECES), q -> Texts.letters(q, 12), q -> Texts.letters(q, 5).toUpperCase(),
                q -> " ".repeat(q.nextInt(9)), q -> "\n");
    }

    /** words, letters, digits, capitals of {@code s[start, end)}, one char at a time. */
    static int[] counts(String s, int start, int end) {
        int words = 0, letters = 0, digits = 0, capitals = 0;
        boolean in = false;
        int ideographs = 0; // in a row
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) capitals++;
            boolean letter = c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
            boolean digit = !letter && (c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c));
            if (letter) letters++;
            if (digit) digits++;
            if (Chars.isIdeographic(c)) { // a word every two of them, counted at the first of each two
                if (ideographs++ % 2 == 0) words++;
                in = false;
                continue;
            }
            ideographs = 0;
            if (letter || digit) {
                if (!in) words++;
                in = true;
            } else if (c != '\'' && c != '\u2019') {
                in = false;
            }
        }
        return new int[] {words, letters, digits, capitals};
    }

    private static void sameCounts(String text) {
        for (PageLine l : PageLine.split(text)) {
            int[] want = counts(text, l.start(), l.end());
            assertEquals(want[0], l.words(), "words");
            assertEquals((long) want[1] << 32 | want[2], l.shape(), "letters and digits");
            assertEquals(want[3], l.capitals(), "capitals");
        }
        PageLine whole = PageLine.of(text, 0, text.length());
        int[] want = counts(text, 0, text.length());
        assertEquals(want[0], whole.words());
        assertEquals((long) want[1] << 32 | want[2], whole.shape());
        assertEquals(want[3], whole.capitals());
    }

    @Test
    void countsAreThoseOfTheCharByCharPass() {
        Trials.run("line counts", 20_000, PageLineCountsTest::text, PageLineCountsTest::sameCounts);
        Trials.run("line counts, any chars", 2_000, r -> Texts.anyChars(r, 300), PageLineCountsTest::sameCounts);
    }

    @Test
    void countsOfGeneratedPages() {
        List<GeneratedArticle> pages = new NewsGenerator(GeneratorConfig.of(300).withSeed(Trials.SEED)).stream().toList();
        for (GeneratedArticle g : pages) sameCounts(g.toArticle().text());
    }

    @Test
    void apostropheRunsCarryAWordAcrossEightCharBlocks() {
        for (int at = 0; at < 20; at++) {
            for (int run = 1; run < 20; run++) {
                String s = "x".repeat(at) + "'".repeat(run) + "y z";
                sameCounts(s);
                sameCounts(" " + s);
                sameCounts(" ".repeat(at) + "'".repeat(run) + "y z");
            }
        }
        assertEquals(2, PageLine.of("abcdefg'''''''''''''''''hij k", 0, 29).words());
    }
}
