package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import org.junit.jupiter.api.Test;

/**
 * Shortcuts in the page rules give the rules' answers: the caption test searches only a line's tail, and only when it could
 * match (same answer as the full regex search); the menu test rules out lines with too few capitals first, stops at the
 * first sentence end of a line without the capitals a run needs, and classifies ASCII inline (same answer as the rule
 * written with {@link Character}'s methods, {@link #menuRule}).
 */
class PageRulesFastPathTest {
    private static final String[] PIECES = {" ", "  ", "\t", ".", "!", "?", ":", " : ", ",", "(", ")", "/", "by", "By ", " BY", "b", "y",
        "photo", "Photo", "photos", "image", "picture", "pic", "video", "credit", "Credits", "courtesy", "source", "photo credit", "file",
        "handout", "reuters", "Reuters", "AFP", "ap", "getty images", "AFP via Getty Images", "Xinhua", "supplied", "\u2019", "\u00E9",
        "\n", "\u000B", "\u00A0", "Jane Doe", "said", "the", "of", "PHOTO", "Source", "SOURCE:", "(Photo", "\u017Fource", "\u0130mage",
        "COURTESY", "Pic", "VIDEOS by", "((", "))"};

    @Test
    void creditTailAgreesWithTheFullSearch() {
        Trials.run("credit-tail", 20_000, r -> {
            String s = Texts.pieces(r, 30, q -> Texts.oneOf(q, PIECES), q -> Texts.letters(q, 8));
            return r.nextInt(4) == 0 ? Texts.letters(r, 120).repeat(1 + r.nextInt(3)) + " " + s : s;
        }, s -> assertEquals(PageRules.CREDIT_TAIL.matcher(s).find(), PageRules.hasCreditTail(s)));
    }

    private static final String[] MENU_PIECES = {" ", " ", " ", ". ", "! ", "? ", ".\u201D ", ", ", "; ", " | ", " / ", " \u2022 ", "\u00B7",
        "\t", "\u00A0", "\u2003", "\u001C", "Home", "World", "\u00C9lys\u00E9e", "\u00D6sterreich", "\u03A9mega", "\u0130stanbul", "NEWS",
        "A", "De", "the", "and", "of", "said", "\u00E9t\u00E9", "42", "\u01C5ab", "\r", "\f", "\u001F", "@", "[", "`", "{", "Z", "zZ"}; // \u01C5: title case, neither upper nor lower

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
            boolean rule = l.words() >= 20 && menuRule(l, l.original());
            assertEquals(rule, PageRules.isMenu(l));
            if (l.words() >= 20) assertEquals(rule, PageRules.scansAsMenu(l));
            if (rule) menus[0]++;
        });
        assertTrue(menus[0] > 100, "the trials hold menus too, not only prose: " + menus[0]);
    }

    @Test
    void runsAfterASentenceNearTheCapitalsBoundGiveTheRulesAnswer() {
        int[] menus = new int[2];
        Trials.run("menu-run-bound", 5_000, r -> {
            StringBuilder b = new StringBuilder("the page said so. ");
            int words = 38 + r.nextInt(8), capitals = 28 + r.nextInt(10); // a run of 38-45 words, 28-37 of them title case
            for (int w = 0; w < words; w++) {
                String word = (char) ('a' + r.nextInt(26)) + Texts.letters(r, 6);
                b.append(w < capitals ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(r.nextInt(100) == 0 ? ". " : " ");
            }
            return b.toString();
        }, s -> {
            PageLine l = PageLine.of(s, 0, s.length());
            boolean rule = l.words() >= 20 && menuRule(l, l.original());
            assertEquals(rule, PageRules.isMenu(l));
            menus[rule ? 1 : 0]++;
        });
        assertTrue(menus[0] > 100 && menus[1] > 100, "menus and not: " + menus[1] + ", " + menus[0]);
    }

    @Test
    void menuRuleFindsRunsAmongSentencesOnlyWithEnoughCapitals() {
        String run = "Choose your country " + "Albania Andorra Angola Argentina Armenia ".repeat(7) + "Privacy Policy";
        String line = "Sign up for our newsletter. " + run + ". Thank you.";
        PageLine menu = PageLine.of(line, 0, line.length());
        assertTrue(menuRule(menu, line));
        assertTrue(PageRules.isMenu(menu));
        String prose = "The talks resumed on Monday. " + "the delegates met again and said little about it ".repeat(5) + "Officials in Rome and Paris agreed.";
        PageLine story = PageLine.of(prose, 0, prose.length());
        assertFalse(menuRule(story, prose));
        assertFalse(PageRules.isMenu(story));
    }

    /** Words of long prose and menu lines: sentence ends, dots and marks inside words, capitals beyond ASCII and beyond Latin-1. */
    private static final String[] RUN_WORDS = {"U.S.", "3.5", "e.g.", "Wait!Now", "what?x", "\u00C9lys\u00E9e", "\u00E9t\u00E9", "\u0130stanbul",
        "\u03A9mega", "\u01C5ab", "NEWS", "A", "?", "!", ".", "said", "the", "De", "Z\u00FCrich", "\u00A0", "'quote'", "\u201Cso\u201D"};
    private static final String[] MENU_WORDS = {"3.5", "\u00C9lys\u00E9e", "\u0130stanbul", "\u03A9mega", "\u01C5ab", "NEWS", "A", "De", "'quote'"};
    private static final String[] RUN_GAPS = {" ", " ", " ", " ", ". ", "? ", "! ", ".' ", ".\u201D ", ", ", ".\u00A0", ".\u2003", ".\t", " | ", "\n"};

    @Test
    void runPreCheckRulesOutOnlyLinesTheRuleRejects() {
        int[] seen = new int[3]; // long lines the pre-check ruled out, let through to the rule, menus without a sentence end
        Trials.run("menu-run-precheck", 6_000, r -> {
            StringBuilder b = new StringBuilder(Texts.letters(r, 9)); // shifts the lines against the eight-byte blocks
            int sentences = 1 + r.nextInt(12), capitals = r.nextInt(11);
            boolean noEnd = r.nextInt(4) == 0; // one line without a sentence end: a menu by its capitals alone
            for (int k = 0; k < sentences; k++) {
                int words = 5 + r.nextInt(r.nextBoolean() ? 15 : 50); // prose sentences, and runs near and past the 32 capitals
                for (int w = 0; w < words; w++) {
                    String word = r.nextInt(8) == 0 ? Texts.oneOf(r, noEnd ? MENU_WORDS : RUN_WORDS) : (char) ('a' + r.nextInt(26)) + Texts.letters(r, 6);
                    b.append(w == 0 || r.nextInt(10) < capitals ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    b.append(noEnd || r.nextInt(40) != 0 ? " " : Texts.oneOf(r, RUN_GAPS));
                }
                b.append(noEnd ? Texts.oneOf(r, " ", " | ", ", ") : Texts.oneOf(r, ". ", "? ", "! ", ".\u201D ", "."));
            }
            return b.toString();
        }, s -> {
            for (PageLine l : PageLine.split(s)) {
                if (l.words() < 20) continue;
                boolean rule = menuRule(l, l.original());
                assertEquals(rule, PageRules.isMenu(l));
                if (l.capitals() < 32 || l.words() < 40) continue;
                boolean mayHold = PageRules.mayHoldRun(l);
                assertEquals(preCheck(l.original()), mayHold, "the pre-check as defined");
                if (!mayHold) assertFalse(rule, "ruled out a menu");
                seen[mayHold ? 1 : 0]++;
                if (rule && l.original().chars().noneMatch(c -> c == '.' || c == '!' || c == '?')) seen[2]++;
                // the same answer when the line's chars are read one by one (no bytes: a surrogate pair in the text)
                String wide = l.original() + " \uD83D\uDE00";
                PageLine w = PageLine.of(wide, 0, wide.length());
                assertNull(w.bytes());
                assertEquals(menuRule(w, wide), PageRules.isMenu(w));
                assertEquals(preCheck(wide), PageRules.mayHoldRun(w), "the pre-check as defined, char by char");
                if (!PageRules.mayHoldRun(w)) assertFalse(menuRule(w, wide), "ruled out a menu");
            }
        });
        assertTrue(seen[0] > 500 && seen[1] > 500 && seen[2] > 50, "lines ruled out, let through, menus without a sentence: " + seen[0] + ", " + seen[1] + ", " + seen[2]);
    }

    /**
     * The menu pre-check as defined, char by char with {@link Character}'s methods: false exactly when the line has a
     * sentence end (as the rule finds them) and fewer than 32 upper-case letters between any two.
     */
    private static boolean preCheck(String s) {
        int upper = 0;
        boolean sentence = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                if (++upper >= 32) return true;
            } else if ((c == '.' || c == '!' || c == '?') && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1))
                    || "'\"\u2019\u201D".indexOf(s.charAt(i + 1)) >= 0)) {
                sentence = true;
                upper = 0;
            }
        }
        return !sentence;
    }

    /** The menu rule as first written, with {@link Character}'s methods and no shortcut: the oracle for the fast path. */
    private static boolean menuRule(PageLine l, String s) {
        int words = 0, capital = 0;
        int runWords = 0, runCapital = 0, runCommas = 0;
        boolean sentence = false, start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1))
                    || "'\"\u2019\u201D".indexOf(s.charAt(i + 1)) >= 0)) {
                if (l.words() < 40) return false;
                sentence = true;
                runWords = runCapital = runCommas = 0;
            }
            if (c == ',' || c == ';') runCommas++;
            if (Character.isWhitespace(c) || c == '|' || c == ',' || c == '/' || c == '\u2022' || c == '\u00B7') {
                start = true;
            } else if (start) {
                start = false;
                if (Character.isLetter(c)) {
                    words++;
                    runWords++;
                    if (Character.isUpperCase(c)) {
                        capital++;
                        if (i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1))) runCapital++;
                    }
                    if (runWords >= 40 && runCapital * 10 >= runWords * 8 && runCommas * 10 < runWords) return true;
                }
            }
        }
        return !sentence && words >= 20 && capital * 10 >= words * 7;
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
