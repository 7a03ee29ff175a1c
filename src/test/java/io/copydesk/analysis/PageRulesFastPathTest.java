package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import org.junit.jupiter.api.Test;

/**
 * Shortcuts in the page rules give the rules' answers: the caption test searches only a line's tail, and only when it could
 * match (same answer as the full regex search); the menu test rules out lines with too few capitals first.
 */
class PageRulesFastPathTest {
    private static final String[] PIECES = {" ", "  ", "\t", ".", "!", "?", ":", " : ", ",", "(", ")", "/", "by", "By ", " BY", "b", "y",
        "photo", "Photo", "photos", "image", "picture", "pic", "video", "credit", "Credits", "courtesy", "source", "photo credit", "file",
        "handout", "reuters", "Reuters", "AFP", "ap", "getty images", "AFP via Getty Images", "Xinhua", "supplied", "\u2019", "\u00E9",
        "\n", "\u000B", "\u00A0", "Jane Doe", "said", "the", "of"};

    @Test
    void creditTailAgreesWithTheFullSearch() {
        Trials.run("credit-tail", 20_000, r -> {
            String s = Texts.pieces(r, 30, q -> Texts.oneOf(q, PIECES), q -> Texts.letters(q, 8));
            return r.nextInt(4) == 0 ? Texts.letters(r, 120).repeat(1 + r.nextInt(3)) + " " + s : s;
        }, s -> assertEquals(PageRules.CREDIT_TAIL.matcher(s).find(), PageRules.hasCreditTail(s)));
    }

    private static final String[] MENU_PIECES = {" ", " ", " ", ". ", "! ", "? ", ".\u201D ", ", ", "; ", " | ", " / ", " \u2022 ", "\u00B7",
        "\t", "\u00A0", "\u2003", "\u001C", "Home", "World", "\u00C9lys\u00E9e", "\u00D6sterreich", "\u03A9mega", "\u0130stanbul", "NEWS",
        "A", "De", "the", "and", "of", "said", "\u00E9t\u00E9", "42", "\u01C5ab"}; // \u01C5: title case, neither upper nor lower

    @Test
    void menuShortcutGivesTheRulesAnswer() {
        int[] menus = new int[1];
        Trials.run("menu-shortcut", 20_000, r -> {
            int capitalized = r.nextInt(11), other = 1 + r.nextInt(30); // from prose to menus: tenths of capitalized words
            return Texts.pieces(r, 120, q -> q.nextInt(100) < other ? Texts.oneOf(q, MENU_PIECES)
                    : (q.nextInt(10) < capitalized ? Character.toUpperCase((char) ('a' + q.nextInt(26))) + Texts.letters(q, 7) : Texts.letters(q, 7)) + " ");
        }, s -> {
            if (s.isBlank()) return;
            PageLine l = PageLine.of(s, 0, s.length());
            boolean rule = l.words() >= 20 && PageRules.scansAsMenu(l, l.original());
            assertEquals(rule, PageRules.isMenu(l));
            if (rule) menus[0]++;
        });
        assertTrue(menus[0] > 100, "the trials hold menus too, not only prose: " + menus[0]);
    }

    @Test
    void creditTailKnownAnswers() {
        assertTrue(PageRules.hasCreditTail("Rescuers search the rubble on Tuesday. (AP Photo/Jane Doe)"));
        assertTrue(PageRules.hasCreditTail("The harbour at dawn Photo by Jane Doe"));
        assertTrue(PageRules.hasCreditTail("Protesters outside parliament. Credit: AFP File Photo"));
        assertFalse(PageRules.hasCreditTail("The minister said the talks would resume on Monday."));
        assertFalse(PageRules.hasCreditTail("Stand by"));
    }
}
