package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.analysis.Shingler;
import io.copydesk.analysis.TokenList;
import io.copydesk.analysis.TokenizerKind;
import io.copydesk.analysis.opennlp.OpenNlpTokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures explain lists as one article's only: whole figures of its text, as the rule compares them. */
class FiguresOnlyTest {
    private static final Shingler SHINGLER = new Shingler(4, 11);

    private static TokenList tokens(String text) {
        TokenList t = new TokenList();
        new OpenNlpTokenizer(TokenizerKind.simple).tokenize(text, 0, text.length(), t);
        return t;
    }

    /** The figures of {@code a} that {@code b} does not hold, as text. */
    private static List<String> only(String a, String b) {
        TokenList ta = tokens(a);
        int[] codesB = SHINGLER.shingles(tokens(b)).figureCodes();
        return Explainer.figuresOnly(a, ta, SHINGLER.windows(ta), codesB, 4).stream().map(s -> a.substring(s.start(), s.end())).toList();
    }

    @Test
    void listsWholeFiguresTheOtherDoesNotHold() {
        String a = "the rate stood at 2.7 percent in 2024 and 45 ships waited for 6-1/8 days at the quay";
        String b = "the rate stood at 2.6 percent in 2024 and 45 ships waited for 6-1/8 days at the quay";
        assertEquals(List.of("2.7"), only(a, b), "2.7 and 2.6 share the code of 2 alone, not the run");
        assertEquals(List.of("2.6"), only(b, a));
        assertEquals(List.of(), only(a, a));
        String edited = "officials said the rate was 2.7 percent in 2024 while 45 vessels queued for 6-1/8 days there";
        assertEquals(List.of(), only(edited, a), "other words beside the same figures: nothing only in one");
        assertEquals(List.of("2024", "45"), only("a census in 2024 45 towns grew", "no figures here at all"),
                "figures with a space between them are two");
        assertEquals(0, SHINGLER.shingles(tokens("no figures here at all")).figureCodes().length);
        assertTrue(ShingleSet.holdsFigure(SHINGLER.windows(tokens("45 ships"))[0]));
    }
}
