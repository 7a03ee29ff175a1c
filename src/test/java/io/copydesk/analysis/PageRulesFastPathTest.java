package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import org.junit.jupiter.api.Test;

/** The caption test searches only a line's tail, and only when it could match: same answer as the full regex search. */
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

    @Test
    void creditTailKnownAnswers() {
        assertTrue(PageRules.hasCreditTail("Rescuers search the rubble on Tuesday. (AP Photo/Jane Doe)"));
        assertTrue(PageRules.hasCreditTail("The harbour at dawn Photo by Jane Doe"));
        assertTrue(PageRules.hasCreditTail("Protesters outside parliament. Credit: AFP File Photo"));
        assertFalse(PageRules.hasCreditTail("The minister said the talks would resume on Monday."));
        assertFalse(PageRules.hasCreditTail("Stand by"));
    }
}
